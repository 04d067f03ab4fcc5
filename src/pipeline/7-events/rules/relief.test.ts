/**
 * International disaster relief (codebook rule 252): forces or a relief team sent to a stricken country are an
 * `other` act with that country; the steps of the operation are no postings. Passages written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(',')].join(' ');
const of = (kind: string, ev: KoryuEvent[]) => ev.filter((e) => e.kind === kind).map(brief).sort();

describe('rule 252: international disaster relief', () => {
  it('reads disasters listed before one dispatch, each with the month and country of its own item', () => {
    const ev = page(
      '国際緊急援助活動\n\nまた昨年9月のフィリピン・ルソン島の台風や、本年2月のトルコ南部地震に際しての陸・空自衛隊の部隊の派遣など、自衛隊は人道的な貢献を重ねている。\n',
      '2023',
    );
    expect(of('other', ev)).toEqual(['other 2022-09 PHL', 'other 2023-02 TUR']);
  });

  it('reads a relief team sent, dated by the day before it (a start with 以降 too)', () => {
    expect(of('other', page('ネパールの地震\n\n2015年4月25日にネパールで大地震が発生したことを受け、政府は、同月28日、国際緊急援助隊(医療援助隊)を派遣した。\n', '2016'))).toEqual(['other 2015-04-28 NPL']);
    expect(of('other', page('ハイチの地震\n\nこのハイチ大地震に対し、わが国も、発生の翌日の2010年1月14日以降、自衛隊の国際緊急医療援助隊の派遣などを行った。\n', '2010'))).toEqual(['other 2010-01-14 HTI']);
  });

  it('reads a team sent as 「国際緊急援助隊として…名を派遣」, the disaster of the same country not counted again', () => {
    const ev = page('比の台風\n\n2013年11月、台風の被害を受けたフィリピンに対し、自衛隊は国際緊急援助隊として約1,100名を派遣した。\n', '2014');
    expect(of('other', ev)).toEqual(['other 2013-11 PHL']);
  });

  it('reads an operation told with its country and 「要員の派遣を行った」', () => {
    const ev = page('取組\n\n最近では、2004年12月にインドネシア・スマトラ島沖で発生した大規模地震およびインド洋津波に際して、陸・海・空自衛隊の要員の派遣を行った。\n', '2006');
    expect(of('other', ev)).toEqual(['other 2004-12 IDN']);
  });

  it('makes nothing of a disaster without a dispatch, a plan, a policy or the law\'s name', () => {
    expect(of('other', page('災害\n\n2023年2月にトルコ南部で大地震が発生した。\n', '2023'))).toEqual([]);
    expect(of('other', page('方針\n\n2022年1月のトンガの火山噴火に際して、自衛隊の部隊を派遣する予定である。\n', '2022'))).toEqual([]);
    expect(of('other', page('方針\n\n自衛隊は、2005年以降、国際緊急援助活動に積極的に取り組んでいる。\n', '2006'))).toEqual([]);
    expect(of('other', page('経緯\n\n同月11日、パキスタン政府の要請により、国際緊急援助隊法に基づく協力を求める協議が行われた。\n', '2006'))).toEqual([]);
  });

  it('reads a dispatch inside a relief operation as a step of it, not a posting', () => {
    const ev = page(
      '5 パキスタンの地震に際しての国際緊急援助活動\n\n2005年10月12日、パキスタンに国際緊急援助隊の先遣隊を派遣した。\n\nさらに、同月21日より、陸自ヘリコプター3機および要員を追加派遣し、輸送を続けた。\n',
      '2006',
    );
    expect(of('personnel', ev)).toEqual([]);
    expect(of('other', ev)).toEqual(['other 2005-10-12 PAK']);
  });
});
