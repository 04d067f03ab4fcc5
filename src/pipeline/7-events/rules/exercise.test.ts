/**
 * exercise.anchor: exercises Japan hosted or took part in under a foreign host (codebook rules 36, 202).
 * Passages written for this test; each first row fails without the rule, the others are neighbours.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { extractEvents } from '../../index.js';

const run = (paragraphs: string[]): KoryuEvent[] => extractEvents(docFromSections([{ title: '多国間共同訓練', paragraphs }])).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(',')].join(' ');

describe('exercises Japan hosted (codebook rule 202)', () => {
  it('reads Japan\'s unit named between the training and 「主催」, and a second hosted training after a named one', () => {
    const ev = run(['2019年6月、第3回西太平洋潜水艦救難訓練を日本として初めて海上自衛隊が主催し、同年11月にも、海自が多国間の潜水艦救難訓練を主催した。']);
    expect(ev.map(brief)).toEqual(['exercise 2019-06 ', 'exercise 2019-11 ']);
  });

  it('does not take a training a foreign force hosted as Japan\'s own, nor a plan to host', () => {
    expect(run(['令和元年6月、多国間の機雷戦訓練を豪海軍が主催した。'])).toEqual([]);
    expect(run(['2019年6月、多国間の機雷戦訓練を来年以降も主催する方針が示された。'])).toEqual([]);
  });

  it('keeps a bare training word after a named exercise as part of it when Japan did not host it', () => {
    expect(run(['2019年6月、「パシフィック・ヴァンガード」に参加し、米海軍とも訓練を行った。']).map(brief)).toEqual(['exercise 2019-06 USA']);
  });
});

describe('a foreign host is a partner (codebook rule 36)', () => {
  it('takes the host written before the training Japan took part in', () => {
    expect(run(['2019年6月、豪海軍主催の多国間共同訓練に参加した。']).map(brief)).toEqual(['exercise 2019-06 AUS']);
    expect(run(['平成30年9月、米軍が主催する多国間訓練に陸自が参加した。']).map(brief)).toEqual(['exercise 2018-09 USA']);
  });

  it('does not read a note naming a foreign-hosted training as Japan\'s exercise', () => {
    expect(run(['2000年、シンガポール海軍が主催した第1回の多国間訓練'])).toEqual([]);
  });
});
