/**
 * Counterparts and institutions (codebook 400–419): which foreign side an institution's entry met. Every passage is
 * written for the test (none is copied from a page); the neighbours must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function eventsOf(text: string, published = '2024-10', kind = 'activity'): KoryuEvent[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'topics.txt'), { published, kind });
  return extractEvents(doc).events;
}
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(','), e.jpRole].join(' ');
const talksOf = (text: string, published?: string, kind?: string) =>
  eventsOf(text, published, kind).filter((e) => e.kind === 'talks').map(brief).sort();

describe("an activity page's month heading opens its entries (codebook 400)", () => {
  const page = [
    '防衛研究所の動向',
    '2024年10月',
    '令和6年度日豪研究交流について',
    '10月8日から10日にかけて、政策研究部の山田主任研究官はキャンベラを訪問し、オーストラリア国防大学において日豪研究交流に参加しました。',
    '駐日インドネシア大使館付国防武官の来訪',
    '10月3日(木)、駐日インドネシア大使館付国防武官ハディ空軍大佐が防衛研究所を訪問され、副所長と懇談した後、政策研究部長と意見交換を行いました。',
    '',
  ].join('\n');
  it('carries no country of the first entry title into a later entry', () => {
    expect(talksOf(page)).toEqual(['talks 2024-10-03  IDN official', 'talks 2024-10-08 2024-10-10 AUS official']);
  });
  it('reads a month alone under a year heading the same way', () => {
    const split = page.replace('2024年10月', '2024年\n10月');
    expect(talksOf(split)).toEqual(['talks 2024-10-03  IDN official', 'talks 2024-10-08 2024-10-10 AUS official']);
  });
  it("keeps a year alone over a page's title: the title still names the page's country", () => {
    const text = ['ご挨拶', '2024年', 'オーストラリア陸軍本部長の来訪について', '10月3日、陸上幕僚長は陸軍本部長と会談を行いました。', ''].join('\n');
    expect(talksOf(text, '2024-10-04', 'other')).toEqual(['talks 2024-10-03  AUS chief-gsdf']);
  });
});

describe('a call received from a named head or attaché (codebook 401, 402)', () => {
  it('reads a call received 「…から…のため訪問を受け」 as a meeting with the visitor\'s country', () => {
    const text = '4月10日(水)、駐日タイ大使館付海軍武官 ソムチャイ 海軍大佐から着任挨拶のため訪問を受けました。山本副所長との懇談では、研究交流について意見交換が行われました。';
    expect(talksOf(text, '2024-04')).toEqual(['talks 2024-04-10  THA official']);
  });
  it("reads 「…からの表敬を受け」 by the institute's deputy head, the force before the institute's field its side", () => {
    const text = '6月4日(火)、防衛研究所の副所長は、豪陸軍ロシア研究センター(Russia Studies Centre:RSC)のジョン・スミス所長からの表敬を受けました。';
    expect(talksOf(text, '2024-06')).toEqual(['talks 2024-06-04  AUS official']);
  });
  it('gives nothing for a letter received, nor for the institute named as the owner of a report', () => {
    expect(talksOf('6月4日(火)、防衛研究所の副所長は、豪陸軍ロシア研究センターのジョン・スミス所長からの書簡を受けました。', '2024-06')).toEqual([]);
    expect(talksOf('6月4日(火)、防衛研究所の研究成果がオーストラリアの大学で紹介されました。', '2024-06')).toEqual([]);
  });
});

describe("a foreign legislator's call and other titles the vocabulary lacked (codebook 485–489)", () => {
  it('reads a numbered formation written after its party as that party, for a training and for its commander', () => {
    const events = eventsOf(['部隊の動向', '5月8日、護衛艦「あさかぜ」は、米第7艦隊と共同訓練を実施しました。', '5月9日、航空幕僚長は、米第5空軍司令官と会談しました。', ''].join('\n'), '2024-05-10');
    expect(events.map(brief).sort()).toEqual(['exercise 2024-05-08  USA unit', 'talks 2024-05-09  USA chief-asdf']);
  });
  it('reads a committee chair of a legislature as the counterpart, of the country before the chamber', () => {
    const page = ['大臣の動静', '11月5日、山田防衛大臣は、スミス米下院外交委員会委員長の表敬を受けました。', ''].join('\n');
    expect(talksOf(page, '2024-11-06', 'activity')).toEqual(['talks 2024-11-05  USA minister']);
  });
  it('reads a committee named after another country without taking that country', () => {
    const page = ['大臣の動静', '11月5日、山田防衛大臣は、スミス米下院中国問題特別委員会委員長一行による表敬を受けました。', ''].join('\n');
    expect(talksOf(page, '2024-11-06', 'activity')).toEqual(['talks 2024-11-05  USA minister']);
  });
  it("reads the head of a foreign think tank, its name read through, calling on an institution (codebook 489)", () => {
    const page = ['研究所の動向', '11月5日、防衛研究所は、豪戦略政策研究所(ASPI)所長 スミス氏の来訪を受けました。', ''].join('\n');
    expect(talksOf(page, '2024-11-06', 'activity')).toEqual(['talks 2024-11-05  AUS official']);
  });
  it('makes nothing of the newly read titles when no Japanese side meets them', () => {
    const page = [
      '国際情勢',
      '5月9日、米下院軍事委員会委員長は、中国の軍事動向について懸念を表明しました。',
      '5月10日、米第7艦隊は南シナ海で訓練を実施しました。',
      '5月11日、豪戦略政策研究所(ASPI)所長は、報告書を公表しました。',
      '',
    ].join('\n');
    expect(eventsOf(page, '2024-05-12').map(brief)).toEqual([]);
  });
  it("reads a foreign ministry's deputy minister calling on an institution", () => {
    const page = ['研究所の動向', '11月5日、来日中のスミス・エストニア共和国外務副大臣が防衛研究所を訪問されました。', ''].join('\n');
    expect(talksOf(page, '2024-11-06', 'activity')).toEqual(['talks 2024-11-05  EST official']);
  });
});
