/**
 * The fifth held-out set (test/heldout5/), written without reading the rules first:
 * - talks-2023.ja.txt: a PDF-extracted page in the style of the 2023 white paper (column-width line breaks,
 *   a photo caption 「…（2022年11月）」 between a 2023 sentence and a 「同年3月」 that must stay 2023, a footnote
 *   「3\t…」), sections 「１　オーストラリア」 with 「（２）最近の主要な防衛協力・交流実績など」 and 「２　インド」, dense
 *   with talks of every shape: phone / video / in-person, the minister and each chief of staff, a 2+2 in
 *   each section, a summit, a 日米豪 and a 日米豪比 meeting on the sidelines of Shangri-La, a 日米豪印 navy
 *   chiefs' meeting at a symposium, month lists (「同年4月及び9月」), parallel clauses (「陸幕長は…と、海幕長は
 *   …と、それぞれ…」), counterparts with and without their country (「マールズ副首相兼国防大臣」「印陸軍参謀長」
 *   「クマール海軍参謀長」), two modes in one sentence (「同年8月に…電話会談を、2023年2月にテレビ会談を」),
 *   a postponed dialogue (延期, its trigger in a clause before the cue) and a planned meeting (予定).
 * All sentences are the project's own; the gold follows the codebook and docs/codebook.md.
 *
 * The floors are the scores when the set was written, rounded down to 0.05: regression guards, to be
 * raised as the rules improve. Known gaps are `it.fails`, each with its diagnosis: when a fix makes one
 * pass, vitest reports it — turn it into a plain `it`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createdIn,
  describeEvent,
  describeScores,
  heldoutRunner,
  sameIdentity,
  sentenceSpan,
  spanOf,
  touching,
  type HeldoutDocument,
} from './heldout-harness.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'heldout5');

const DOCUMENTS: HeldoutDocument[] = [
  // When written: 19 gold, 20 predicted, 19 matched — P 0.950, R 1.000, F1 0.974.
  { file: 'talks-2023.ja.txt', gold: 'talks-2023.gold.jsonl', floor: { precision: 0.95, recall: 0.95, f1: 0.95 } },
];

const run = heldoutRunner(DIR, DOCUMENTS);
const talks = () => run('talks-2023.ja.txt');

describeScores('held-out 5', DOCUMENTS, run);

describe('held-out 5: what must not be an event', () => {
  it('India: the postponed dialogue (延期) and the planned meeting (予定) create no event', () => {
    const { text, events } = talks();
    // Both sentences are wrapped at the column: find them by a piece on one line.
    expect(touching(events, sentenceSpan(text, '3月に東京で開催するとしていた')).map(describeEvent)).toEqual([]);
    expect(touching(events, sentenceSpan(text, '統幕長がインドを訪問し')).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => sameIdentity(e, 'talks', '2023-03', ['IND'])).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.partners.includes('IND') && e.jpRole === 'chief-joint-staff').map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2024')).map(describeEvent)).toEqual([]);
  });

  it('the caption and the footnote create no event, and 「同年3月」 after the 2022 caption is 2023', () => {
    const { text, events } = talks();
    expect(createdIn(events, spanOf(text, '電話会談に臨む浜田防衛大臣（2022年11月）')).map(describeEvent)).toEqual([]);
    expect(createdIn(events, spanOf(text, '3\t外務・防衛閣僚会合をいう。')).map(describeEvent)).toEqual([]);
    expect(events.some((e) => sameIdentity(e, 'talks', '2023-03', ['AUS']) && e.jpRole === 'vice-minister-international')).toBe(true);
    expect(events.filter((e) => e.date.startsWith('2022-03')).map(describeEvent)).toEqual([]);
  });

  it('the significance sentences create no event, and a meeting on the sidelines is no conference', () => {
    const { text, events } = talks();
    for (const s of [sentenceSpan(text, '豪州は、わが国と'), sentenceSpan(text, 'インドは、シーレーン')]) {
      expect(createdIn(events, s).map(describeEvent)).toEqual([]);
    }
    expect(events.filter((e) => e.kind !== 'talks').map(describeEvent)).toEqual([]);
  });
});

describe('held-out 5: the shapes of talks', () => {
  it('month lists and parallel clauses give one event per (principal, month); 「又は」 is mode unknown', () => {
    const { events } = talks();
    const au = (d: string) => events.filter((e) => sameIdentity(e, 'talks', d, ['AUS']));
    expect(au('2022-04').map((e) => [e.jpRole, e.mode])).toEqual([['chief-joint-staff', 'video']]);
    expect(au('2022-09').map((e) => [e.jpRole, e.mode])).toEqual([['chief-joint-staff', 'video']]);
    expect(au('2022-05').map((e) => [e.jpRole, e.mode])).toEqual([['chief-gsdf', 'unknown']]);
    expect(au('2022-07').map((e) => [e.jpRole, e.mode])).toEqual([['chief-msdf', 'unknown']]);
    expect(au('2022-11').map((e) => [e.jpRole, e.mode]).sort()).toEqual([['chief-msdf', 'unknown'], ['minister', 'phone']]);
  });

  it('two dates with two modes in one sentence (「同年8月に…電話会談を、2023年2月にテレビ会談を」)', () => {
    const { events } = talks();
    expect(events.find((e) => sameIdentity(e, 'talks', '2022-08', ['IND']))?.mode).toBe('phone');
    expect(events.find((e) => sameIdentity(e, 'talks', '2023-02', ['IND']))?.mode).toBe('video');
  });

  it('a counterpart without country takes the section (クマール海軍参謀長 → India)', () => {
    const { events } = talks();
    const e = events.find((x) => sameIdentity(x, 'talks', '2022-10', ['IND']));
    expect([e?.jpRole, e?.highLevel]).toEqual(['chief-msdf', true]);
  });

  it('summit, 日米豪, 日米豪比 and 日米豪印 meetings are not high-level exchanges; 2+2s are', () => {
    const { events } = talks();
    const find = (d: string, p: string[]) => events.find((e) => sameIdentity(e, 'talks', d, p));
    expect([find('2022-10', ['AUS'])?.level, find('2022-10', ['AUS'])?.highLevel]).toEqual(['leaders', false]);
    expect([find('2022-06', ['AUS', 'USA'])?.format, find('2022-06', ['AUS', 'USA'])?.highLevel]).toEqual(['trilateral', false]);
    expect([find('2023-06', ['AUS', 'PHL', 'USA'])?.format, find('2023-06', ['AUS', 'PHL', 'USA'])?.highLevel]).toEqual(['multilateral', false]);
    expect([find('2022-11', ['AUS', 'IND', 'USA'])?.jpRole, find('2022-11', ['AUS', 'IND', 'USA'])?.highLevel]).toEqual(['chief-msdf', false]);
    expect([find('2022-12', ['AUS'])?.level, find('2022-12', ['AUS'])?.highLevel]).toEqual(['ministerial', true]);
    expect([find('2022-09', ['IND'])?.level, find('2022-09', ['IND'])?.highLevel]).toEqual(['ministerial', true]);
  });
});

describe('held-out 5: known gaps (it.fails until the rule or data is fixed)', () => {
  // 「防衛審議官がキャンベラを訪問し、…との間で日豪防衛当局間協議を行った」: the visit (訪問) takes the named principal
  // (vice-minister-international) while the trigger 当局間協議 keeps its lexicon default jpRole official
  // (data/events/triggers.json), so one meeting gives two events that differ only by jpRole and are not merged.
  it('Australia: the 2023-03 talks of the 防衛審議官 are one event', () => {
    const { events } = talks();
    expect(events.filter((e) => sameIdentity(e, 'talks', '2023-03', ['AUS'])).map((e) => e.jpRole)).toEqual([
      'vice-minister-international',
    ]);
  });
});
