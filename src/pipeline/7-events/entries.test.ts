/**
 * Dates of unit pages (codebook 99): entry headings 「9月16日~18日:…」, days listed apart from the places
 * they went to, the training words those pages use. Every passage is written for the test; each row
 * fails without the rule or the data it names.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { docFromSections } from '../../../test/hand-built-doc.js';
import { extractEvents } from '../index.js';

function run(paragraphs: string[]): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '親善訓練', paragraphs }])).events;
}
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(',')].join(' ');

describe('unit pages: entries under a dated heading', () => {
  it('dates the first sentence of an entry by its heading (「7月5日~10日:…」 then 「…は舞鶴に寄港しました」)', () => {
    const ev = run(['2019年7月5日~10日:露海軍との親善行事', 'ロシア海軍の駆逐艦は舞鶴基地に寄港しました。']);
    expect(ev.map(brief)).toEqual(['port-call 2019-07-05 2019-07-10 RUS']);
  });
  it('does not date the later sentences of the entry, which tell its background', () => {
    const ev = run(['2019年9月16日~18日:日豪の交流', '護衛艦は豪海軍艦艇と戦術運動を行いました。', '同艦は、先週まで、リムパックに参加していたこともあり、関係を強化できました。']);
    expect(ev.filter((e) => e.kind === 'exercise')).toEqual([]);
  });
  it('tells nothing from a heading whose entry announces the training (「…訓練を行います。」)', () => {
    const ev = run(['2018年11月18日~28日:日米共同訓練', '海上自衛隊は米海軍と掃海訓練を行います。', '本訓練には艦艇20隻が参加します。']);
    expect(ev.filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(run(['2018年11月8日~16日:日米共同訓練', '護衛艦は米海軍空母と訓練を行いました。']).map(brief)).toEqual(['exercise 2018-11-08 2018-11-16 USA']);
  });
  it('reads 共同巡航訓練 and 共同統合訓練 as exercises', () => {
    expect(run(['2018年11月8日、護衛艦は米海軍空母と日米共同巡航訓練を行いました。']).map(brief)).toEqual(['exercise 2018-11-08  USA']);
    expect(run(['2018年10月29日、海上自衛隊は日米共同統合訓練に参加しました。']).map(brief)).toEqual(['exercise 2018-10-29  USA']);
  });
  it('reads 「…各海軍と」 as the counterparts, spelled ニュージランド too', () => {
    const ev = run(['2018年8月24日、護衛艦は豪州・カナダ・ニュージランド各海軍と共同訓練を実施しました。']);
    expect(ev.map(brief)).toEqual(['exercise 2018-08-24  AUS,CAN,NZL']);
  });
  it('does not read a training as planned when the plan is a relative clause on its partner (「…に参加する予定の米海軍と」)', () => {
    const ev = run(['2018年8月24日、護衛艦は、洋上の演習に参加する予定の米海軍と共同訓練を実施しました。']);
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2018-08-24  USA']);
    expect(run(['2018年8月、護衛艦は、参加する予定の日米共同訓練に向けて出港しました。']).filter((e) => e.kind === 'exercise')).toEqual([]);
  });
});

describe('unit pages: days listed apart from the places', () => {
  it('gives each place one call spanning the days (「1月12日及び13日、…パラオ…、フィリピン…への運航訓練」)', () => {
    const ev = run(['2023年1月12日及び13日、輸送航空隊はパラオ国際空港、フィリピンのマニラ国際空港への国外運航訓練を実施しました。']);
    expect(ev.map(brief).sort()).toEqual(['port-call 2023-01-12 2023-01-13 PHL', 'port-call 2023-01-12 2023-01-13 PLW']);
  });
});
