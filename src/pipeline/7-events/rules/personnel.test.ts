/**
 * Postings and what is not one (codebook rule 253): staff sent to a UN mission, a count before the verb, a rotation of the
 * staff posted; people sent to a foreign-hosted exercise (the exercise), instructors (capacity building), a seat of an
 * organization (no partner). Passages written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(',')].join(' ');
const of = (kind: string, ev: KoryuEvent[]) => ev.filter((e) => e.kind === kind).map(brief).sort();

describe('rule 253: postings', () => {
  it('reads staff sent to a UN mission, with their count before the verb, as a posting with the UN', () => {
    const ev = page('2 国連南スーダン共和国ミッション\n\n政府は、2011年11月、司令部要員の派遣を決定し、2012年1月には、同ミッションの司令部要員として、自衛官3名が派遣された。\n', '2012');
    expect(of('personnel', ev)).toEqual(['personnel 2012-01 UN']);
  });

  it('reads a rotation of the staff posted (…が…と交代した) as a posting', () => {
    const mission = page('2 国連南スーダン共和国ミッション\n\nなお、本年6月には第3次司令部要員2名が第2次要員と交代し、任務を続けている。\n', '2013');
    expect(of('personnel', mission)).toEqual(['personnel 2013-06 UN']);
    const liaison = page('連絡官\n\n2020年12月、米インド太平洋軍司令部に置いている連絡官が前任の連絡官と交代しました。\n', '2021-01');
    expect(of('personnel', liaison)).toEqual(['personnel 2020-12 USA']);
  });

  it('gives a posting to a centre the partner that runs it, not the country it stands in', () => {
    const ev = page('サイバー\n\nさらに、2019年3月から、防衛省は、エストニアに設置されているNATOサイバー防衛協力センターに職員を派遣している。\n', '2019');
    expect(of('personnel', ev)).toEqual(['personnel 2019-03 NATO']);
  });
});

describe('rule 253: what is not a posting', () => {
  it('reads people sent to a foreign-hosted exercise as that exercise', () => {
    const ev = page('訓練\n\nまた、2019年3月にバーレーンで行われた米国主催の掃海訓練にも海自から隊員を派遣した。\n', '2019');
    expect(of('personnel', ev)).toEqual([]);
    expect(of('exercise', ev)).toEqual(['exercise 2019-03 USA']);
  });

  it('makes no exercise of a foreign-hosted training that nobody was sent to', () => {
    expect(of('exercise', page('訓練\n\n2019年3月、米国主催の掃海訓練の概要が公表された。\n', '2019'))).toEqual([]);
  });

  it('reads instructors sent to teach as no posting, and a decision as no act', () => {
    expect(of('personnel', page('活動\n\n今回は、1月19日から、ケニアで行われる重機の操作訓練に、陸上自衛官15名を教官団として派遣しています。\n', '2022-01-20'))).toEqual([]);
    expect(of('personnel', page('派遣\n\n政府は、2011年11月、司令部要員2名を派遣することを決定した。\n', '2012'))).toEqual([]);
  });
});
