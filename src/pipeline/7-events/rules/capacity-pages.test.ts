/**
 * Capacity-building project pages (codebook rules 250, 251): a page's labelled fact lines (「期間」「支援対象」
 * 「他支援国」) date and complete the project its sentences tell, or make it when none does; a project named like
 * an exercise is the project; the earlier activity a new one is counted from (「…から約半年ぶり」) is its own.
 * Passages written for this test; each row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(','), e.method ?? ''].join(' ').trim();
const of = (kind: string, ev: KoryuEvent[]) => ev.filter((e) => e.kind === kind).map(brief).sort();

describe('rule 250: the page\'s labelled facts date the project its sentence tells', () => {
  it('dates an act told as done with the 期間 line (label and a space)', () => {
    const ev = page(
      'ベトナム(施設)派遣\n\n事業紹介\n\n期間 令和5年6月5日~6月9日\n場所 ハノイ近郊の工兵学校\n支援対象 ベトナム人民軍工兵 20名\n\n防衛省・自衛隊は、ベトナムに対する施設分野の能力構築支援として、重機の整備要領を教えました。\n',
      '2023-06',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2023-06-05 2023-06-09 VNM dispatch']);
  });

  it('reads a label with a colon, and an invitation told after the facts', () => {
    const ev = page(
      'スリランカ(潜水医学)招へい\n\n実施期間：2019年11月11日~11月22日\n実施場所：海上自衛隊潜水医学実験隊\n支援対象：スリランカ海軍の医官等6名\n\n海上自衛隊は、スリランカ海軍の医官等を招へいし、潜水医学分野の能力構築支援を行いました。\n',
      '2019-11',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2019-11-11 2019-11-22 LKA invitation']);
  });

  it('makes the project from the facts alone when no sentence tells it (a story of phases)', () => {
    const ev = page(
      'PKO(施設)派遣\n\n期間 令和4年9月1日~令和4年9月20日\n場所 ウランバートル近郊の演習場\n支援対象 モンゴル軍工兵部隊等30名\n\n本事業は、平成27年から支援を始めました。\n\n第1段階の3年間では、測量の教育を行いました。\n',
      '2022-10',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2022-09-01 2022-09-20 MNG dispatch']);
  });

  it('adds the co-supporting countries (他支援国) and reads the project named like an exercise as the project', () => {
    const ev = page(
      '東ティモール(施設・他支援国との連携)派遣\n\n期間 令和5年8月21日~9月22日\n場所 東ティモール民主共和国 ディリ近郊\n支援対象 東ティモール国防軍工兵\n他支援国 豪州(陸軍)、米国(海兵隊)\n\n陸上自衛隊の隊員が、東ティモールにおける能力構築支援事業「ハリィ・ハムトゥック演習」に参加しました。\n',
      '2023-10',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2023-08-21 2023-09-22 AUS,TLS,USA dispatch']);
    expect(of('exercise', ev)).toEqual([]);
  });

  it('leaves out the supported unit\'s destination, taking the partner from the title', () => {
    const ev = page(
      'カンボジア王国における能力構築支援事業\n\n事業実施期間 平成28年1月18日(月)~1月22日(金)\n派遣要員 陸上自衛官3名\n支援対象 南スーダン派遣1個中隊\n\n今年度は、派遣前の要員による実習を行いました。\n',
      '2016-01',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2016-01-18 2016-01-22 KHM dispatch']);
  });
});

describe('rule 250: the supported unit\'s destination in running text', () => {
  it('leaves out the destination beside the party supported', () => {
    const ev = page('支援\n\n防衛省は、2015年11月、レバノン派遣前のカンボジア王国軍要員に対し、道路補修に関する能力構築支援を行った。\n', '2016');
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2015-11  KHM dispatch']);
  });

  it('keeps a country followed by 派遣 when it is the only party (where Japan\'s team went)', () => {
    const ev = page('支援\n\n2019年3月、ベトナム派遣の教官団は、潜水医学に関する能力構築支援を行った。\n', '2019');
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2019-03  VNM dispatch']);
  });
});

describe('rule 250: what the facts do not make', () => {
  it('gives no date when the page lists several periods (a table of meetings)', () => {
    const ev = page(
      '専門家会合\n\n第1回 開催地 シンガポール\n期間 平成23年7月\n第2回 開催地 日本\n期間 平成24年7月\n\nまた、防衛省は、ラオスに対する能力構築支援を行いました。\n',
      '2017',
    );
    expect(of('capacity-building', ev)).toEqual([]);
  });

  it('makes one project, not another for a course told after it with no date', () => {
    const ev = page(
      'フィリピン(人道支援・災害救援)派遣\n\n期間 令和4年2月7日~2月11日\n支援対象 フィリピン陸軍工兵大隊20名\n\n防衛省・自衛隊は、フィリピン陸軍工兵大隊に対し、人道支援・災害救援分野の能力構築支援を行いました。\n\n陸上自衛隊員は、フィリピン陸軍の要員に対し、人命救助機材の教育を実施しました。\n',
      '2022-02',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2022-02-07 2022-02-11 PHL dispatch']);
  });

  it('reads a sentence that compares with another year\'s project as no second activity', () => {
    const ev = page(
      'インドネシア(災害救援)招へい\n\n期間 令和5年1月16日~1月20日\n支援対象 インドネシア国軍工兵8名\n\n防衛省は、インドネシア国軍の工兵を招へいし、災害救援分野の能力構築支援を行いました。\n\n参加者は、昨年度の招へい事業と同じく、各部隊から選ばれました。\n',
      '2023-01',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2023-01-16 2023-01-20 IDN invitation']);
  });

  it('makes nothing of a project announced before its period', () => {
    const ev = page(
      'ラオス(施設)派遣\n\n期間 令和6年9月2日~9月13日\n支援対象 ラオス人民軍工兵 15名\n\n防衛省は、ラオス人民軍に対し、施設分野の能力構築支援を実施する予定です。\n',
      '2024-08',
    );
    expect(of('capacity-building', ev)).toEqual([]);
  });

  it('reads a program carried over fiscal years as no activity', () => {
    const ev = page(
      'インドネシア(海洋安全保障)\n\n防衛省は、平成25年度~平成27年度にかけて、インドネシア海軍に対する能力構築支援の招へい事業を実施してきました。\n',
      '2016-04',
    );
    expect(of('capacity-building', ev)).toEqual([]);
  });
});

describe('rule 251: a project named like an exercise; the earlier activity counted from', () => {
  it('keeps a joint training named in quotes an exercise', () => {
    const ev = page('訓練\n\n令和5年8月21日、陸上自衛隊は、豪陸軍との共同訓練「サザン・ジャッカルー」に参加しました。\n', '2023-08-25');
    expect(of('exercise', ev).length).toBe(1);
  });

  it('dates the new activity by the facts and the earlier one by its own date (…からN…ぶり)', () => {
    const ev = page(
      'モンゴル国に対する能力構築支援事業(本邦招へい)\n\n実施期間 令和2年2月3日~2月12日\n支援対象 モンゴル軍工兵要員8名\n\n令和元年夏の現地事業から約半年ぶりの能力構築支援事業として、今般、モンゴル軍工兵部隊の要員を招へいしました。\n',
      '2020-02',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2019  MNG dispatch', 'capacity-building 2020-02-03 2020-02-12 MNG invitation']);
  });

  it('reads no earlier activity when the one counted from has no date (前回の…から約半年ぶり)', () => {
    const ev = page(
      'モンゴル(施設)招へい\n\n実施期間 令和2年2月3日~2月12日\n支援対象 モンゴル軍工兵要員8名\n\n前回の現地事業からおよそ半年ぶりに、モンゴル軍工兵部隊の要員を日本へ招へいし、能力構築支援を行いました。\n',
      '2020-02',
    );
    expect(of('capacity-building', ev)).toEqual(['capacity-building 2020-02-03 2020-02-12 MNG invitation']);
  });
});
