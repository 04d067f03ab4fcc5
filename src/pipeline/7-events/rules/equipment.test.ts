/**
 * equipment.trigger: projects, deliveries and their dates. Passages written for the purpose in the
 * white paper's style; each row fails without the part of the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { extractEvents } from '../../index.js';

const country = (code: string, label: string): SectionSubject => ({ kind: 'country', codes: [code], label });
const GBR = country('GBR', '英国');

function equipment(paragraphs: string[], subject: SectionSubject = GBR): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '（1）テスト', subject, paragraphs }])).events.filter((e) => e.kind === 'equipment');
}
const span = (e: KoryuEvent) => [e.date, e.dateEnd ?? null];

describe('equipment.trigger: several projects and their spans', () => {
  it('makes one event per quoted project started together (「「…共同研究」と「…共同研究」が開始」)', () => {
    const ev = equipment(['2021年5月には、「艦艇の推進性能に係る日豪共同研究」と「無人機の編隊技術に係る日豪共同研究」が開始した。'], country('AUS', 'オーストラリア'));
    expect(ev.map((e) => [e.date, e.name]).sort()).toEqual([
      ['2021-05', '無人機の編隊技術に係る日豪共同研究'],
      ['2021-05', '艦艇の推進性能に係る日豪共同研究'],
    ]);
  });

  it('spans a project from its start to the completion told after it (「…を開始し、本共同研究は…に完了」)', () => {
    const ev = equipment(['2013年7月、防護技術にかかる共同研究を開始し、本共同研究は2017年7月に成功裏に完了した。']);
    expect(ev.map(span)).toEqual([['2013-07', '2017-07']]);
  });

  it('reads an end written in brackets after a quoted project (「「…共同研究」（2018年3月終了）」)', () => {
    const ev = equipment(['2014年11月には、「新たな誘導技術に係る日英共同研究」（2018年3月終了）、2016年7月には「評価手法に係る共同研究」をそれぞれ開始した。']);
    expect(ev.map(span)).toEqual([
      ['2014-11', '2018-03'],
      ['2016-07', null],
    ]);
  });

  it('dates a delivery by its start 「から」 when the sentence tells its completion, as one act', () => {
    const ev = equipment(['2019年3月から部品などの引渡しを開始し、同年9月に引渡しを完了した。'], country('PHL', 'フィリピン'));
    expect(ev.map(span)).toEqual([['2019-03', '2019-09']]);
  });

  it('gives each date its delivery when each carries its own quantity (「3月には2機、翌年3月には3機を引き渡し」)', () => {
    const ev = equipment(['2017年3月には2機、2018年3月には3機を引き渡した。'], country('PHL', 'フィリピン'));
    expect(ev.map((e) => e.date)).toEqual(['2017-03', '2018-03']);
  });
});

describe('equipment.trigger: subjects, chains and plans', () => {
  it('does not read the subject of an arrangement as an act, and dates the act chained after it', () => {
    const ev = equipment(['2014年11月、誘導弾の実現可能性にかかる日英共同研究に関する取決めを作成し、共同研究を開始した。']);
    expect(ev.map((e) => [e.date, e.evidence.length])).toEqual([['2014-11', 1]]);
  });

  it('dates an act joined by 「とともに」 to the one before it', () => {
    const ev = equipment(['2013年7月、両政府は、装備品の共同開発などにかかる政府間枠組みを締結するとともに、防護技術に関する共同研究を開始した。']);
    expect(ev.map((e) => [e.date, e.name])).toEqual([['2013-07', '防護技術に関する共同研究']]);
  });

  it('does not record a decision to start research or a transfer found admissible', () => {
    expect(equipment(['2016年1月、装備品の評価について共同研究を開始することを確認した。'])).toEqual([]);
    expect(equipment(['2014年7月、英国との共同研究のための技術情報の移転が海外移転を認め得る案件に該当するとされた。'])).toEqual([]);
  });
});
