/**
 * Agreements, other acts and personnel told in other words (codebook 440–459). Passages written for this
 * test in the style of the white paper, a press release or a unit page; each row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.milestone ?? ''].join(' ').trim();
const of = (kind: string, ev: KoryuEvent[]) => ev.filter((e) => e.kind === kind).map(brief).sort();

describe('rule 440: a 「参照…」 line of a web white paper is a cross-reference, not the start of the next sentence', () => {
  it('keeps the topic 「カナダとの間では」 after a reference line, for the instruments signed in later paragraphs', () => {
    const ev = page(
      '参照図表IV-2-1(防衛装備・技術協力の例)、資料40(協定の締結状況)\nカナダとの間では、2019年7月、物品役務相互提供協定が発効した。\nまた、2021年2月には、研究者の交流に関する取決めに署名し、相互派遣の枠組みを整えた。\n',
      '2022',
    );
    expect(of('agreement', ev)).toEqual(['agreement 2019-07 CAN in-force', 'agreement 2021-02 CAN signed']);
  });

  it('reads a reference line written 「参照> 資料…」 the same way', () => {
    const ev = page('参照> 資料51(共同訓練の実績)\nインドとの間では、2020年9月、物品役務相互提供協定に署名した。\nまた、2023年3月には、装備協力に関する覚書に署名した。\n', '2023');
    expect(of('agreement', ev)).toEqual(['agreement 2020-09 IND signed', 'agreement 2023-03 IND signed']);
  });

  it('leaves a sentence that merely mentions 参照 alone', () => {
    const ev = page('参照した資料によれば、2021年2月には、研究者の交流に関する取決めに署名した。\n', '2022');
    expect(of('agreement', ev)).toEqual([]);
  });
});

describe('rule 441: an instrument named with its date and 「の」 was made then', () => {
  const agreements = (text: string): string[] => of('agreement', page(text + '\n', '2023-06-01'));

  it('reads 「2023年2月の「2+2」共同発表」 as the statement issued that month', () => {
    expect(agreements('日米の両閣僚は、2023年2月の「2+2」共同発表で示された方針を踏まえ、協力を進めていくことを確認した。')).toEqual(['agreement 2023-02 USA signed']);
  });

  it('reads a summit statement named by its quoted title (「…の日印首脳共同声明「…」」)', () => {
    expect(agreements('日印の四大臣は、2021年11月5日の日印首脳共同声明「未来に向けた連携」において示された協力の方向性を歓迎した。')).toEqual(['agreement 2021-11-05 IND signed']);
  });

  it('stays silent on a bare 「共同声明」, a summit’s unnamed statement, another noun between, and a future date', () => {
    expect(agreements('日米豪の三大臣は、2022年の共同声明で定めた協力分野の実行を確認した。')).toEqual([]);
    expect(agreements('日豪両大臣は、昨年7月の日豪首脳会談共同声明において示された提案の実施を確認した。')).toEqual([]);
    expect(agreements('北朝鮮は、2005年の六者会合の共同声明にもかかわらず、核開発を続けた。')).toEqual([]);
    expect(agreements('日英両大臣は、2025年の日英行動計画に向けて作業を進めることで一致した。')).toEqual([]);
  });

  it('keeps one event when the instrument’s clause tells its own milestone (「2019年の日豪協定の改定が行われた」)', () => {
    expect(agreements('2019年の日豪ACSAの改定が行われた。')).toEqual(['agreement 2019 AUS revised']);
  });
});

describe('rule 442: a foreign force sent to Japan to help is an act with Japan', () => {
  it('reads 「…をわが国に派遣して、支援任務に従事した」 as an act of the force’s country, dated by the disaster', () => {
    const ev = page('2016年4月の熊本地震の際には、米軍は輸送機2機をわが国に派遣して、救援活動に従事した。\n', '2017');
    expect(of('other', ev)).toEqual(['other 2016-04 USA']);
  });

  it('stays silent on a plan, and on forces sent elsewhere', () => {
    expect(of('other', page('2016年4月、米軍は部隊を日本に派遣する予定であり、支援活動に従事する。\n', '2016'))).toEqual([]);
    expect(of('other', page('2016年4月、豪軍は輸送機をフィジーに派遣して、支援任務に従事した。\n', '2017'))).toEqual([]);
  });
});
