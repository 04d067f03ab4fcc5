/**
 * A chief's visit written as a noun with the country's short form (codebook 494): 「海上幕僚長の訪中が実現」「統合幕僚長の訪露
 * 及び…」 are visits to China and Russia told as done, as 「訪中し」 and 「…の中国訪問」 are. Passages written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(sentence: string): string[] {
  const text = `日中防衛相会談(概要)\n\n2019年6月1日\n\n${sentence}\n`;
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'), { published: '2019-06-01', kind: 'press-release' });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date, e.partners.join(','), e.jpRole].join(' '))
    .sort();
}

describe('a visit written as a noun with a short form (codebook 494)', () => {
  it('reads 「約5年ぶりの海上幕僚長の訪中が実現した」 as the chief’s visit to China', () => {
    expect(talksOf('双方は、本年4月に、約5年ぶりの海上幕僚長の訪中が実現したことを歓迎した。')).toEqual(['2019-04 CHN chief-msdf']);
  });
  it('reads 「統合幕僚長の訪露及び…」 in a list of what took place', () => {
    expect(talksOf('双方は、本年3月の統合幕僚長の訪露及び艦艇の相互訪問が実現したことを歓迎した。')).toEqual(['2019-03 RUS chief-joint-staff']);
  });
  it('tells no visit still to be arranged (「…の訪中を調整」)', () => {
    expect(talksOf('双方は、海上幕僚長の年内の訪中を調整していくことで一致した。')).toEqual([]);
  });
});

describe('a ship or a unit visiting (codebook 374)', () => {
  it('reads 「…首脳会談の合意を踏まえ、…海自艦艇が訪露し」 as the summit alone, not the leaders meeting again on the ships’ visit', () => {
    expect(talksOf('2005年4月の日露首脳会談の合意を踏まえ、2006年7月に海自艦艇が訪露し、初めての訓練を実施した。')).toEqual(['2005-04 RUS prime-minister']);
  });
});
