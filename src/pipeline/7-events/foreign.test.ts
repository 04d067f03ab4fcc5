/**
 * Codebook rule 200: acts of foreign parties among themselves are not Japan's. Passages written for
 * this test; the first rows fail without the rule, the others are the neighbours that must still fire.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { docFromSections } from '../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

const run = (paragraphs: string[]): KoryuEvent[] => extractEvents(docFromSections([{ title: '地域の動向', paragraphs }])).events;
const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published } as never)).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(',')].join(' ');

describe('foreign parties among themselves (codebook rule 200)', () => {
  it('drops an exercise whose subject is a foreign party acting with another', () => {
    expect(run(['中国は、2019年7月、ロシアと大規模な合同演習を行った。'])).toEqual([]);
    expect(run(['平成30年8月、インド海軍は米海軍と共同訓練を実施している。'])).toEqual([]);
  });

  it('drops one told of two foreign parties joined as one subject', () => {
    expect(run(['また、中国海軍とロシア海軍は、2021年10月、共同訓練を実施した。'])).toEqual([]);
    expect(run(['米韓両国は、2017年3月、共同演習を実施した。'])).toEqual([]);
  });

  it('keeps the foreign subject of the running text for the sentences after it', () => {
    const ev = run(['一方、ASEANは、域外国との協力も進めている。', '米国との間では、2019年9月に初の海上共同演習を実施した。']);
    expect(ev).toEqual([]);
  });

  it('drops an exercise whose topic is one foreign party and whose partner is another', () => {
    expect(run(['また、ロシアとの間では、2021年12月、ASEAN諸国との海軍共同演習を実施した。'])).toEqual([]);
  });

  it('drops a port call of a foreign ship at a foreign port', () => {
    expect(run(['中国海軍の艦艇は、2020年5月、ロシアのウラジオストクに寄港した。'])).toEqual([]);
  });

  it('keeps Japan\'s exercise when the sentence names Japan, whatever its subject', () => {
    expect(run(['2020年11月、海上自衛隊はインド海軍及び米海軍と共同訓練を実施した。']).map(brief)).toEqual(['exercise 2020-11 IND,USA']);
    expect(run(['米国は、令和2年9月、わが国と豪州とともに共同訓練を行った。']).map(brief)).toEqual(['exercise 2020-09 AUS,USA']);
  });

  it('takes a foreign subject that trained with Japan\'s side as the partner', () => {
    expect(run(['インド海軍は、2020年11月、海上自衛隊と共同訓練を実施した。']).map(brief)).toEqual(['exercise 2020-11 IND']);
    expect(run(['令和3年8月、英海軍は護衛艦「いせ」とともに共同訓練を行った。']).map(brief)).toEqual(['exercise 2021-08 GBR']);
    // Japan's side is the subject: the partner is the one trained with, not the subject.
    expect(run(['2020年9月、海上自衛隊は米海軍と共同訓練を行った。']).map(brief)).toEqual(['exercise 2020-09 USA']);
  });

  it('keeps an exercise with Japan left unnamed, the foreign party trained alone with it', () => {
    expect(run(['2022年3月、豪海軍と共同訓練を実施した。']).map(brief)).toEqual(['exercise 2022-03 AUS']);
    expect(run(['令和元年9月、豪空軍と戦闘機による共同訓練を行った。']).map(brief)).toEqual(['exercise 2019-09 AUS']);
    // The running subject is the partner itself: Japan trained with it.
    expect(run(['インドは、シーレーンの要衝に位置する。', '2018年10月には、インド陸軍と共同訓練を実施した。']).map(brief)).toEqual(['exercise 2018-10 IND']);
  });

  it('ends the foreign subject at a sentence that names Japan', () => {
    const ev = run(['ASEANは、地域の協力を進めている。', '防衛省は、2019年9月、ASEAN諸国との間で乗艦協力プログラムを実施した。', '2019年11月には、米海軍と共同訓練を実施した。']);
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2019-11 USA']);
  });

  it('keeps a foreign ship\'s call in Japan (one party only)', () => {
    expect(run(['豪海軍の艦艇は、2021年10月、横須賀に入港した。']).map(brief)).toEqual(['port-call 2021-10 AUS']);
  });
});

describe('acts listed as topics of accord or intent (codebook rule 201)', () => {
  it('makes no event of acts listed before 「などについて一致」', () => {
    expect(run(['2006年1月、大臣は訪露し、陸軍が行う演習へのオブザーバーの派遣、空軍の代表団の相互訪問などについて一致した。']).filter((e) => e.kind !== 'talks')).toEqual([]);
  });

  it('makes no event of acts listed before 「等を推進」', () => {
    const text = '日英防衛相会談の概要\n\n昨年12月に公表された指針において、英国とは共同訓練・演習、装備協力等を一層推進する旨が示された。\n';
    expect(page(text, '2019-06-03')).toEqual([]);
  });

  it('keeps an act told done before the list, and an agreement on one transfer', () => {
    expect(run(['2019年6月、豪海軍と共同訓練を実施し、今後の訓練の拡充等を推進することで一致した。']).map(brief)).toEqual(['exercise 2019-06 AUS']);
    expect(run(['2021年7月、英海軍と共同訓練を行った後、防衛交流等について意見交換した。']).filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2021-07 GBR']);
  });
});

describe('foreign parties among themselves: agreements and capabilities (codebook rule 200)', () => {
  it('drops an agreement a foreign subject signed with another, in が as in は', () => {
    expect(run(['2022年4月、中国がバヌアツとの間で安全保障協力協定を締結した。'])).toEqual([]);
    expect(run(['2023年5月、米国はフィジーとの間で防衛協力協定に署名した。'])).toEqual([]);
  });

  it('does not let a unit word of theirs (艦艇, 部隊) make the sentence Japan’s', () => {
    expect(run(['2022年4月、中国がバヌアツとの間で、艦艇の派遣を含む安全保障協力協定を締結した。'])).toEqual([]);
  });

  it('keeps Japan’s own documents, whose 「…との間で」 names the partner', () => {
    expect(run(['2023年6月、オーストラリアとの間で防衛協力に関する覚書に署名したほか、シンガポールとの防衛装備品・技術移転協定の署名に立ち会った。']).map(brief)).toEqual([
      'agreement 2023-06 AUS',
      'agreement 2023-06 SGP',
    ]);
    expect(run(['2023年6月、わが国はフィリピンとの間で円滑化協定に署名した。']).map(brief)).toEqual(['agreement 2023-06 PHL']);
  });

  it('reads what an agreement would make possible (「寄港が可能となる」) as no act', () => {
    expect(run(['2022年4月、新たな取決めにより、護衛艦のバヌアツへの寄港が可能となった。'])).toEqual([]);
    expect(run(['2022年4月、護衛艦がバヌアツに寄港することが可能となる協定が結ばれた。'])).toEqual([]);
    // a call that took place is still one
    expect(run(['2022年4月、護衛艦がバヌアツに寄港した。']).map(brief)).toEqual(['port-call 2022-04 VUT']);
  });
});
