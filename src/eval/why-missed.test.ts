import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../model/event.js';
import type { SentenceTrace } from '../pipeline/7-events/types.js';
import { tallyReasons, whyMissed } from './why-missed.js';

const gold = (start: number): KoryuEvent => ({
  id: 'g', kind: 'talks', date: '2021-05', partners: ['AUS'], format: 'bilateral', highLevel: false,
  evidence: [{ start, end: start + 5, text: 'cue' }], confidence: 1,
});
const sentence = (start: number, end: number, over: Partial<SentenceTrace>): SentenceTrace => ({
  sentenceId: 0, text: '', span: { start, end }, sectionPath: [], blockType: 'paragraph', fired: [], ...over,
});

describe('whyMissed', () => {
  const trace = [
    sentence(0, 10, { skipped: "a journalist's question (Q: … until A:) reports no event" }),
    sentence(10, 20, { blockType: 'caption', skipped: 'caption: only running text creates events' }),
    sentence(20, 30, { skipped: 'talks.anchor-clause: 「電話会談」 has no date; exercise.anchor: exercise without a date' }),
    sentence(30, 40, { fired: [{ rule: 'talks.anchor-clause', reason: 'made', eventId: 'ev-1' }] }),
    sentence(40, 50, { skipped: 'no event trigger' }),
  ];

  it("says what happened to the miss's sentence, in the code's words only", () => {
    expect([0, 12, 25, 33, 41, 60].map((at) => whyMissed(gold(at), trace))).toEqual([
      "read as a journalist's question",
      'not running text (caption)',
      'talks.anchor-clause: 「…」 has no date',
      'its sentence made other events',
      'no trigger word',
      'outside every sentence',
    ]);
  });

  it('blanks the figures a reason quotes', () => {
    const t = [sentence(0, 10, { skipped: 'talks.anchor-clause: over 2019-04..2021-03 is a series, not one meeting' })];
    expect(whyMissed(gold(1), t)).toBe('talks.anchor-clause: over N..N is a series, not one meeting');
  });

  it('tallies reasons, most frequent first', () => {
    expect(tallyReasons(['b', 'a', 'b'])).toEqual([['b', 2], ['a', 1]]);
  });
});
