import { describe, expect, it } from 'vitest';
import { parseTimeExpressions, type TimeAnchor, type TimeContext } from './parse.js';

interface Row {
  /** A sentence in the white paper's style, written for this test. */
  text: string;
  ctx?: TimeContext;
  /** [expression as written, kind, dates, rule] for each mention, in order. */
  expect: Array<[string, string, string[], string]>;
  relative?: boolean[];
}

const Y2020: TimeContext = { year: 2020, month: 9, fiscalYear: 2020 };

const table: Row[] = [
  // explicit Gregorian dates
  { text: '2020年10月、防衛大臣は来日した国防相と会談した。', expect: [['2020年10月', 'point', ['2020-10'], 'time.explicit-ym']] },
  { text: '2019年の5月に、両国は訓練を行った。', expect: [['2019年の5月', 'point', ['2019-05'], 'time.explicit-ym']] },
  { text: '2020年7月1日付で、防衛政策局に新たな課を設けた。', expect: [['2020年7月1日', 'point', ['2020-07-01'], 'time.explicit-ymd']] },
  { text: '同国への機材の引渡しは2021年3月末に完了した。', expect: [['2021年3月末', 'point', ['2021-03'], 'time.explicit-ym']] },
  { text: '2018年来、両国の間には課題が続いている。', expect: [['2018年', 'point', ['2018'], 'time.explicit-y']] },
  { text: '２０２０年１１月、海幕長は同国を訪問した。', expect: [['２０２０年１１月', 'point', ['2020-11'], 'time.explicit-ym']] },
  { text: '2020 年 10 月 1 日、両国は協定に署名した。', expect: [['2020 年 10 月 1 日', 'point', ['2020-10-01'], 'time.explicit-ymd']] },
  { text: '両国は2014年後半以降、交流を再開した。', expect: [['2014年後半', 'point', ['2014'], 'time.explicit-y']] },
  // a month or day alone takes the context's year
  { text: '12月には、両大臣がテレビ会談を行った。', ctx: Y2020, expect: [['12月', 'point', ['2020-12'], 'time.month']], relative: [true] },
  { text: '6月8日には運用を開始した。', ctx: Y2020, expect: [['6月8日', 'point', ['2020-06-08'], 'time.month-day']] },
  // relative words
  { text: '同年11月には護衛艦が同国海軍と訓練を行った。', ctx: Y2020, expect: [['同年11月', 'point', ['2020-11'], 'time.same-year-month']], relative: [true] },
  { text: '同年同月、空幕長は多国間会議に出席した。', ctx: Y2020, expect: [['同年同月', 'point', ['2020-09'], 'time.same-year-month']] },
  { text: '同月、統幕長は電話会談を実施した。', ctx: Y2020, expect: [['同月', 'point', ['2020-09'], 'time.same-month']] },
  { text: '同日、共同声明が発出された。', ctx: { year: 2020, month: 9, day: 14 }, expect: [['同日', 'point', ['2020-09-14'], 'time.same-day']] },
  { text: '同年以降、自衛隊は医療要員を派遣している。', ctx: Y2020, expect: [['同年', 'point', ['2020'], 'time.same-year']] },
  { text: '協定は翌年に発効した。', ctx: Y2020, expect: [['翌年', 'point', ['2021'], 'time.next-year']] },
  { text: '前年には準備会合が開かれていた。', ctx: Y2020, expect: [['前年', 'point', ['2019'], 'time.prev-year']] },
  { text: '翌年2月、両国は覚書に署名した。', ctx: Y2020, expect: [['翌年2月', 'point', ['2021-02'], 'time.next-year-month']] },
  { text: '翌月には艦艇が寄港した。', ctx: { year: 2020, month: 12 }, expect: [['翌月', 'point', ['2021-01'], 'time.next-month']] },
  { text: '前月に行われた協議を踏まえた。', ctx: { year: 2021, month: 1 }, expect: [['前月', 'point', ['2020-12'], 'time.prev-month']] },
  // a bare two-digit year with its month, as the older editions write it; its century puts it at
  // or before the document's year (no anchor here: before 2050)
  { text: '05年10月29日には、両国の外務・防衛閣僚が会合した。', expect: [['05年10月29日', 'point', ['2005-10-29'], 'time.two-digit-year']] },
  { text: '99年3月、護衛艦が同国に寄港した。', expect: [['99年3月', 'point', ['1999-03'], 'time.two-digit-year']] },
  // alone, a two-digit year is a count or a background year
  { text: '両国の会合は07年以来4年ぶりとなった。', expect: [] },
  // after a fiscal year, January to March are of the next calendar year
  { text: '令和4年度の訓練として、1月12日に同国の空港に着陸した。', expect: [['令和4年度', 'fiscal-year', ['2022-04', '2023-03'], 'time.fiscal-year'], ['1月12日', 'point', ['2023-01-12'], 'time.month-day']] },
  { text: '2019年度は、5月に同国と訓練を行った。', expect: [['2019年度', 'fiscal-year', ['2019-04', '2020-03'], 'time.fiscal-year'], ['5月', 'point', ['2019-05'], 'time.month']] },
  // eras
  { text: '令和3年、同国との協議を再開した。', expect: [['令和3年', 'point', ['2021'], 'time.era']] },
  { text: '平成31年4月に覚書を交わした。', expect: [['平成31年4月', 'point', ['2019-04'], 'time.era']] },
  { text: '令和元年には初の共同訓練を行った。', expect: [['令和元年', 'point', ['2019'], 'time.era']] },
  { text: '本訓令は、令和三年四月一日から施行する。', expect: [['令和三年四月一日', 'point', ['2021-04-01'], 'time.era']] },
  { text: '平成二十九年十二月に改正された。', expect: [['平成二十九年十二月', 'point', ['2017-12'], 'time.era']] },
  { text: '両国の交流は昭和33年に始まった。', expect: [['昭和33年', 'point', ['1958'], 'time.era']] },
  { text: '2019（令和元）年には協定が署名された。', expect: [['2019（令和元）年', 'point', ['2019'], 'time.era-paren']] },
  { text: '07(平成19)年に共同宣言を発表し、13(同25)年に協定が発効した。', expect: [
    ['07(平成19)年', 'point', ['2007'], 'time.two-digit-era'],
    ['13(同25)年', 'point', ['2013'], 'time.two-digit-same-era'],
  ] },
  // An edition that writes the year twice: 「99年(平成11)年に作成された覚書」.
  { text: '99年(平成11)年に作成された覚書に沿って交流を進めている。', expect: [['99年(平成11)年', 'point', ['1999'], 'time.two-digit-era']] },
  { text: '０８（平成２０）年１０月、両首脳は宣言に署名した。', expect: [['０８（平成２０）年１０月', 'point', ['2008-10'], 'time.two-digit-era']] },
  // fiscal years
  { text: '2020年度の派遣実績は以下のとおりである。', expect: [['2020年度', 'fiscal-year', ['2020-04', '2021-03'], 'time.fiscal-year']] },
  { text: '令和2（2020）年度の新規事業として実施した。', expect: [['令和2（2020）年度', 'fiscal-year', ['2020-04', '2021-03'], 'time.fiscal-year']] },
  { text: '令和2年度遠洋練習航海', expect: [['令和2年度', 'fiscal-year', ['2020-04', '2021-03'], 'time.fiscal-year']] },
  { text: '翌年度には対象国を拡大する予定である。', ctx: Y2020, expect: [['翌年度', 'fiscal-year', ['2021-04', '2022-03'], 'time.fiscal-year']], relative: [true] },
  { text: '2020年度から2022年度までの間、同国に教官を派遣した。', expect: [['2020年度から2022年度までの間', 'period', ['2020-04', '2023-03'], 'time.period']] },
  { text: '2020年度末までに全機を引き渡す。', expect: [['2020年度末', 'point', ['2021-03'], 'time.fiscal-year-end']] },
  // lists: each item inherits the year of the item before it
  { text: '同年4月、11月及び2021年4月、統幕長は同国の軍事委員長とテレビ会談を行った。', ctx: Y2020, expect: [
    ['同年4月、11月及び2021年4月', 'list', ['2020-04', '2020-11', '2021-04'], 'time.list'],
  ], relative: [true] },
  { text: '空幕長は同年5月、8月及び10月、空軍本部長と電話会談を行った。', ctx: Y2020, expect: [
    ['同年5月、8月及び10月', 'list', ['2020-05', '2020-08', '2020-10'], 'time.list'],
  ] },
  { text: '5月及び10月には、両大臣が電話会談を行った。', ctx: Y2020, expect: [['5月及び10月', 'list', ['2020-05', '2020-10'], 'time.list']], relative: [true] },
  { text: '2018年9月及び2019年4月に佐官級訪問団が訪日した。', expect: [['2018年9月及び2019年4月', 'list', ['2018-09', '2019-04'], 'time.list']], relative: [false] },
  { text: 'なお、2020年及び2021年は感染症の影響で中止された。', expect: [['2020年及び2021年', 'list', ['2020', '2021'], 'time.list']] },
  { text: '同国は2019年には、2月、5月及び9月に会合を主催した。', expect: [
    ['2019年', 'point', ['2019'], 'time.explicit-y'],
    ['2月、5月及び9月', 'list', ['2019-02', '2019-05', '2019-09'], 'time.list'],
  ] },
  // spans and periods
  { text: '空自は同年1月から2月にかけて、共同訓練に参加した。', ctx: { year: 2021 }, expect: [['同年1月から2月にかけて', 'span', ['2021-01', '2021-02'], 'time.span']] },
  { text: '1月から2月にかけて共同訓練を行った。', ctx: { year: 2021 }, expect: [['1月から2月にかけて', 'span', ['2021-01', '2021-02'], 'time.span']], relative: [true] },
  { text: '2020年11月から12月まで、艦艇が派遣された。', expect: [['2020年11月から12月まで', 'span', ['2020-11', '2020-12'], 'time.span']], relative: [false] },
  { text: '翌11日（水）午前、大臣は大統領を表敬した。', ctx: { year: 2023, month: 1, day: 10 }, expect: [['翌11日', 'point', ['2023-01-11'], 'time.next-day-number']] },
  // press releases put the day of the week after a date
  { text: '令和3年3月27日（土）から29日（月）まで、共同訓練を実施しました。', expect: [['令和3年3月27日（土）から29日（月）まで', 'span', ['2021-03-27', '2021-03-29'], 'time.span']] },
  { text: '2019年10月から2月にかけて、要員を派遣した。', expect: [['2019年10月から2月にかけて', 'span', ['2019-10', '2020-02'], 'time.span']] },
  { text: '同年6月8日から10日まで、訓練を実施した。', ctx: Y2020, expect: [['同年6月8日から10日まで', 'span', ['2020-06-08', '2020-06-10'], 'time.span']] },
  // a day then a month are not one list
  { text: '2021年8月31日、7月に着任した参謀長と会談した。', expect: [['2021年8月31日', 'point', ['2021-08-31'], 'time.explicit-ymd'], ['7月', 'point', ['2021-07'], 'time.month']] },
  // a range whose first day leaves its 日 to the second, as activity pages write it
  { text: '令和5年11月15~16日、副大臣は会談した。', expect: [['令和5年11月15~16日', 'span', ['2023-11-15', '2023-11-16'], 'time.span']] },
  { text: '第2期（2014年から2016年）には共同議長を務めた。', expect: [['2014年から2016年', 'span', ['2014', '2016'], 'time.span']] },
  { text: '2020年1月から2021年3月までの間に実施した派遣は計8回である。', expect: [['2020年1月から2021年3月までの間', 'period', ['2020-01', '2021-03'], 'time.period']] },
  { text: '2021年から2024年までの間、両国が共同議長を務める。', expect: [['2021年から2024年までの間', 'period', ['2021', '2024'], 'time.period']] },
  { text: '交流実績（2020.4～2021.3）', expect: [['2020.4～2021.3', 'span', ['2020-04', '2021-03'], 'time.dotted-span']] },
  { text: '２０２０．１ ～ ２０２１．３の期間では、次の国を支援した。', expect: [['２０２０．１ ～ ２０２１．３の期間', 'period', ['2020-01', '2021-03'], 'time.dotted-span']] },
  // not dates
  { text: '第6回会合において、初の「2+2」を開催することで一致した。', expect: [] },
  { text: '日米豪3か国は、例年2月に開催される会議で会談している。', ctx: Y2020, expect: [] },
  { text: '毎年、近年、過去3年間、5年間、50年近く、約10年ぶりの訪問となった。', expect: [] },
  { text: '令和3年版防衛白書', expect: [] },
  { text: '協定は一年間効力を有し、九十日前に通告する。', expect: [] },
  { text: '日中防衛当局は共同年次会合を開催した。', ctx: Y2020, expect: [] },
  { text: '同日米共同訓練には護衛艦が参加した。', ctx: { year: 2020, month: 9, day: 1 }, expect: [] },
  { text: '同年5月には訪問する予定であった。', expect: [] }, // 同年 with no year before it
  { text: '3か月間の派遣で、1日あたり2回の飛行を行った。', ctx: Y2020, expect: [] },
];

describe('parseTimeExpressions', () => {
  it.each(table.map((r) => [r.text, r] as const))('%s', (_text, row) => {
    const { mentions } = parseTimeExpressions(row.text, row.ctx ?? {});
    expect(mentions.map((m) => [m.text, m.kind, m.dates, m.rule])).toEqual(row.expect);
    for (const m of mentions) {
      expect(row.text.slice(m.local.start, m.local.end)).toBe(m.text);
      if (m.kind === 'span' || m.kind === 'period' || m.kind === 'fiscal-year') expect(m.end).toBe(m.dates[m.dates.length - 1]);
    }
    if (row.relative) expect(mentions.map((m) => m.relative)).toEqual(row.relative);
  });

  it('covers every rule it can name', () => {
    const rules = new Set(table.flatMap((r) => r.expect.map((e) => e[3])));
    for (const rule of [
      'time.explicit-y', 'time.explicit-ym', 'time.explicit-ymd', 'time.month', 'time.month-day',
      'time.same-year', 'time.same-year-month', 'time.same-month', 'time.same-day', 'time.next-year',
      'time.prev-year', 'time.next-year-month', 'time.next-month', 'time.prev-month', 'time.era',
      'time.era-paren', 'time.two-digit-era', 'time.two-digit-same-era', 'time.fiscal-year',
      'time.fiscal-year-end', 'time.list', 'time.span', 'time.period', 'time.dotted-span',
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });

  it('returns the last stated year and month as the context after the sentence', () => {
    const first = parseTimeExpressions('2020年4月、陸幕長は会談を行い、同年7月及び12月には電話会談を行った。', {});
    expect(first.ctx).toMatchObject({ year: 2020, month: 12 });
    const second = parseTimeExpressions('同年5月には両国が協議した。', first.ctx);
    expect(second.mentions[0].dates).toEqual(['2020-05']);
    expect(second.ctx).toMatchObject({ year: 2020, month: 5 });
    const fy = parseTimeExpressions('令和2年度の派遣は5回であった。', {});
    expect(fy.ctx).toMatchObject({ year: 2020, fiscalYear: 2020 });
  });

  it('keeps a sentence without dates from changing the context and does not mutate the input', () => {
    const ctx: TimeContext = { year: 2019, month: 3 };
    const r = parseTimeExpressions('両国は引き続き協力していくことで一致した。', ctx);
    expect(r.mentions).toEqual([]);
    expect(r.ctx).toEqual({ year: 2019, month: 3 });
    parseTimeExpressions('2021年1月に会談した。', ctx);
    expect(ctx).toEqual({ year: 2019, month: 3 });
  });
});

describe('relative words read against the document\'s date (its anchor)', () => {
  const rows: { text: string; anchor?: TimeAnchor; ctx?: TimeContext; want: [string, string[], string][]; unanchored?: string[] }[] = [
    { text: '両大臣は、本年9月に署名された協定の意義を確認した。', anchor: { year: 2020, month: 12, day: 22 }, want: [['本年9月', ['2020-09'], 'time.document-relative']] },
    // the running text's year (1994 here) must not capture 本年
    { text: '本年5月、両国の防衛相が会談した。', anchor: { year: 2008 }, ctx: { year: 1994 }, want: [['本年5月', ['2008-05'], 'time.document-relative']] },
    { text: '昨年5月には電話会談を行った。', anchor: { year: 2021 }, want: [['昨年5月', ['2020-05'], 'time.document-relative']] },
    // 「去年の11月」「昨年の9月」: 去年 is 昨年, and 「の」 may stand between the year and its month (codebook 184).
    { text: '去年の11月に続いて2度目の会談です。', anchor: { year: 2010, month: 4, day: 30 }, want: [['去年の11月', ['2009-11'], 'time.document-relative']] },
    { text: '昨年の9月に私が同国を訪問しました。', anchor: { year: 2024, month: 3 }, want: [['昨年の9月', ['2023-09'], 'time.document-relative']] },
    { text: '過去年度の実績と比べる。', anchor: { year: 2024 }, want: [] },
    // 「先週末」 and, early in the week, a bare 「週末」: the weekend before the document's date (codebook 188).
    { text: '週末、土日の会合から2日経ちました。', anchor: { year: 2017, month: 6, day: 6 }, want: [['週末', ['2017-06-03', '2017-06-04'], 'time.weekend']] },
    { text: '先週末に国防大臣と会談しました。', anchor: { year: 2017, month: 6, day: 8 }, want: [['先週末', ['2017-06-03', '2017-06-04'], 'time.weekend']] },
    { text: '先週末に国防大臣と会談しました。', anchor: { year: 2017, month: 6, day: 4 }, want: [['先週末', ['2017-05-27', '2017-05-28'], 'time.weekend']] },
    { text: '週末に訪問する予定です。', anchor: { year: 2017, month: 6, day: 8 }, want: [] },
    { text: '今週末と来週末、毎週末に訓練がある。', anchor: { year: 2017, month: 6, day: 5 }, want: [] },
    // 「今朝」「今朝方」 in a press conference: the conference's day (codebook 190).
    { text: '今朝方、国防長官と会談を実施いたしました。', anchor: { year: 2019, month: 11, day: 18 }, want: [['今朝方', ['2019-11-18'], 'time.document-relative']] },
    // a bare weekday in a press conference: the last such day before its date; not 毎週 (codebook 190)
    { text: '火曜日、先方の提案で国防大臣とテレビ会談を実施しました。', anchor: { year: 2020, month: 11, day: 13 }, want: [['火曜日', ['2020-11-10'], 'time.weekday-of-week']] },
    { text: '毎週火曜日に定例会見を行う。', anchor: { year: 2020, month: 11, day: 13 }, want: [] },
    { text: '一昨年の訓練に続き、来年も実施する。', anchor: { year: 2021 }, want: [['一昨年', ['2019'], 'time.document-relative'], ['来年', ['2022'], 'time.document-relative']] },
    { text: '本日、国防大臣と電話会談を実施しました。', anchor: { year: 2020, month: 10, day: 7 }, want: [['本日', ['2020-10-07'], 'time.document-relative']] },
    { text: '昨日、大使の表敬を受けました。', anchor: { year: 2021, month: 3, day: 1 }, want: [['昨日', ['2021-02-28'], 'time.document-relative']] },
    { text: '先ほど、国防大臣と会談を行いました。', anchor: { year: 2017, month: 6, day: 3 }, want: [['先ほど', ['2017-06-03'], 'time.document-relative']] },
    { text: '先ほど申し上げたとおり、協力を進めます。', anchor: { year: 2017, month: 6, day: 3 }, want: [] },
    { text: '先月、統合幕僚長が同国を訪問した。', anchor: { year: 2021, month: 1, day: 15 }, want: [['先月', ['2020-12'], 'time.document-relative']] },
    { text: '今月には共同訓練を行った。', anchor: { year: 2022, month: 11 }, want: [['今月', ['2022-11'], 'time.document-relative']] },
    { text: '先週の金曜日の夜、国防長官と電話会談を行いました。', anchor: { year: 2020, month: 5, day: 19 }, want: [['先週の金曜日', ['2020-05-15'], 'time.weekday-of-week']] },
    { text: '大臣とは先週、金曜日にテレビ会談を行っておりました。', anchor: { year: 2015, month: 11, day: 4 }, want: [['先週、金曜日', ['2015-10-30'], 'time.weekday-of-week']] },
    // 「先週22日」: the day of the week before the document's date, or before the date the entry gave
    { text: '先週22日には副大臣が議員の表敬を受けました。', anchor: { year: 2023, month: 10, day: 2 }, want: [['先週22日', ['2023-09-22'], 'time.day-of-week']] },
    { text: '先週22日には副大臣が議員の表敬を受けました。', anchor: { year: 2023, month: 9 }, ctx: { year: 2023, month: 9, day: 26 }, want: [['先週22日', ['2023-09-22'], 'time.day-of-week']] },
    { text: '本年度は派遣を拡大した。', anchor: { year: 2021, month: 7 }, want: [['本年度', ['2021-04', '2022-03'], 'time.document-relative']] },
    // yearless dates with nothing before them take the anchor's year (or month)
    { text: '4月13日、大臣はテレビ会談を行いました。', anchor: { year: 2022, month: 4 }, want: [['4月13日', ['2022-04-13'], 'time.month-day']] },
    { text: '12月の会談では協力の推進で一致した。', anchor: { year: 2021, month: 1, day: 10 }, want: [['12月', ['2020-12'], 'time.month']] },
    { text: '水曜日25日、先方の提案により電話会談を実施しました。', anchor: { year: 2020, month: 11, day: 27 }, want: [['25日', ['2020-11-25'], 'time.day']] },
    // 「本4日午後5時から」: a day of the release's own month (codebook 433); 「日本4日間」 is no date
    { text: '本4日午後5時から約20分間、総理大臣は国軍司令官の表敬を受けました。', anchor: { year: 2017, month: 8, day: 4 }, want: [['4日', ['2017-08-04'], 'time.day']] },
    { text: '日本4日間の滞在を終えた。', anchor: { year: 2017, month: 8, day: 4 }, want: [] },
    // a year in the running text still dates a yearless month before the anchor does
    { text: '8月には寄港した。', anchor: { year: 2021 }, ctx: { year: 2019, month: 5 }, want: [['8月', ['2019-08'], 'time.month']] },
    // without an anchor, deictic words date nothing and are reported
    { text: '本年9月に協定に署名した。', ctx: { year: 2015 }, want: [], unanchored: ['本年9月'] },
    { text: '本日、会談を行いました。', want: [], unanchored: ['本日'] },
    // not deictic
    { text: '日本年金機構との連携。', anchor: { year: 2021 }, want: [] },
    { text: '今日の安全保障環境は厳しい。', anchor: { year: 2021 }, want: [] },
  ];
  for (const r of rows) {
    it(r.text, () => {
      const { mentions, unanchored } = parseTimeExpressions(r.text, r.ctx ?? {}, r.anchor);
      expect(mentions.map((m) => [m.text, m.dates, m.rule])).toEqual(r.want);
      expect(unanchored.map((u) => r.text.slice(u.start, u.end))).toEqual(r.unanchored ?? []);
      for (const m of mentions) expect(m.relative).toBe(true);
    });
  }
});

describe('January to March after a fiscal year, against the document\'s date', () => {
  const dates = (text: string, anchor: TimeAnchor) => parseTimeExpressions(text, {}, anchor).mentions.map((m) => m.dates);
  it('rolls a yearless March over to the next calendar year only when that is not months after the document', () => {
    // A page of 2022-04-14 announcing 「令和4年度の訓練」, then telling a trip that ended four days before it.
    expect(dates('令和4年度の訓練をお知らせします。3月31日から4月10日までの間、米国へ出張しました。', { year: 2022, month: 4, day: 14 })).toEqual([
      ['2022-04', '2023-03'],
      ['2022-03-31', '2022-04-10'],
    ]);
    expect(dates('令和4年度の訓練として、1月12日に同国の空港に着陸した。', { year: 2023, month: 2 })).toEqual([['2022-04', '2023-03'], ['2023-01-12']]);
  });
});

describe('「同日」 after a month named in a flashback (codebook 192)', () => {
  const chain = (sentences: string[], anchor: TimeAnchor) => {
    let ctx: TimeContext = {};
    const out: string[][] = [];
    for (const s of sentences) {
      const r = parseTimeExpressions(s, ctx, anchor);
      out.push(r.mentions.flatMap((m) => m.dates));
      ctx = r.ctx;
    }
    return out;
  };
  it('keeps the last day the text gave', () => {
    expect(chain(['8月7日、副大臣は国防大臣と会談しました。', '副大臣から、昨年9月に開催した会合への参加に謝意を述べました。', '同日、副大臣は首相を表敬しました。'], { year: 2022, month: 8, day: 10 })).toEqual([
      ['2022-08-07'],
      ['2021-09'],
      ['2022-08-07'],
    ]);
  });
  it('follows a later month as before (「2009年3月5日…。同年5月、…。同日」 stays in May)', () => {
    expect(chain(['2009年3月5日、会談した。', '同年5月、訓練を行った。', '同日、表敬した。'], { year: 2010 })).toEqual([['2009-03-05'], ['2009-05'], ['2009-05']]);
  });
});

describe('the week before, a story that moves on, a day that opens its sentence (codebook 165–167)', () => {
  const anchor = { year: 2024, month: 3, day: 29 };
  const dates = (text: string, ctx: Parameters<typeof parseTimeExpressions>[1] = {}, at: Parameters<typeof parseTimeExpressions>[2] = anchor) =>
    parseTimeExpressions(text, ctx, at).mentions.map((m) => `${m.text}=${m.dates.join('..')}`);
  it('dates 「先週」「先々週」 alone by the month of that week, or the two months it spans', () => {
    expect(dates('先週、オーストラリア国防大臣とテレビ会談を実施しました。')).toEqual(['先週=2024-03']);
    expect(dates('先週実施したシンポジウムでは、各国の参謀長と懇談しました。', {}, { year: 2024, month: 3, day: 6 })).toEqual(['先週=2024-02..2024-03']);
    expect(dates('先々週、インド国防大臣と電話会談を行いました。', {}, { year: 2024, month: 4, day: 3 })).toEqual(['先々週=2024-03']);
  });
  it('dates 「今週」 alone by the month(s) of its days up to the document’s', () => {
    expect(dates('今週、東京において協議を行いました。')).toEqual(['今週=2024-03']);
    expect(dates('今週、東京において協議を行いました。', {}, { year: 2024, month: 4, day: 3 })).toEqual(['今週=2024-04']);
    expect(dates('今週、東京において協議を行いました。', {}, { year: 2024, month: 3, day: 2 })).toEqual(['今週=2024-02..2024-03']);
    expect(dates('今週木曜日に会談が予定されています。')).toEqual(['今週木曜日=2024-03-28']);
  });
  it('leaves 「先週」 to the day, the weekday or the weekend written with it, and 「先週まで」 undated', () => {
    expect(dates('先週2月25日から26日にかけて会談を実施しました。', {}, { year: 2024, month: 3, day: 4 })).toEqual(['2月25日から26日にかけて=2024-02-25..2024-02-26']);
    expect(dates('先週の金曜日に電話会談を行いました。')).toEqual(['先週の金曜日=2024-03-22']);
    expect(dates('護衛艦は、先週まで多国間訓練に参加していました。')).toEqual([]);
    expect(parseTimeExpressions('先週、会談を行いました。', {}).mentions).toEqual([]);
  });
  it('moves a yearless earlier month on to the document’s year after 「昨年11月」 (「…出港した艦艇は、3月8日に帰国」)', () => {
    expect(dates('昨年11月10日に出港した艦艇は、3月8日に帰国しました。')).toEqual(['昨年11月10日=2023-11-10', '3月8日=2024-03-08']);
    expect(dates('昨年11月に着任し、2月には初めて豪州を訪問しました。')).toEqual(['昨年11月=2023-11', '2月=2024-02']);
  });
  it('keeps the running year for a later month, for a month after the document, and without a document month', () => {
    expect(dates('昨年5月に着任し、11月には豪州を訪問しました。')).toEqual(['昨年5月=2023-05', '11月=2023-11']);
    expect(dates('昨年11月に出港し、5月に帰国する予定です。')).toEqual(['昨年11月=2023-11', '5月=2023-05']);
    expect(dates('2022年11月に出港し、3月に帰国した。', {}, { year: 2023 })).toEqual(['2022年11月=2022-11', '3月=2022-03']);
  });
  it('reads a bare day that opens its sentence (「26日、」「18日には、」) in the running month', () => {
    expect(dates('26日、エストニア国防軍司令官と懇談を行いました。', { year: 2024, month: 3 })).toEqual(['26日=2024-03-26']);
    expect(dates('また、18日には、英国陸軍参謀総長の表敬を受けました。', { year: 2024, month: 3 })).toEqual(['18日=2024-03-18']);
  });
  it('leaves a bare day inside a clause or as a length (「3日間」) alone', () => {
    expect(dates('部隊は現地に26日滞在しました。', { year: 2024, month: 3 })).toEqual([]);
    expect(dates('3日間、訓練を実施しました。', { year: 2024, month: 3 })).toEqual([]);
  });
  it('ends a list at a yearless date before the one just written (codebook 305)', () => {
    expect(dates('11月5日、7月20日に佐世保を出港した護衛艦は、訓練を実施した。', { year: 2023 })).toEqual(['11月5日=2023-11-05', '7月20日=2023-07-20']);
  });
  it('reads a bare day that opens a later clause after its comma (codebook 300), not a count nor a span’s end', () => {
    expect(dates('部隊は、26日、現地に到着しました。', { year: 2024, month: 3 })).toEqual(['26日=2024-03-26']);
    expect(dates('3月17日に会談を行い、18日には基地を視察しました。')).toEqual(['3月17日=2024-03-17', '18日=2024-03-18']);
    expect(dates('部隊は、5日に1回、整備を行っています。', { year: 2024, month: 3 })).toEqual([]);
    expect(dates('千歳を出発し、16日にかけて輸送を行った。', { year: 2024, month: 3 })).toEqual([]);
  });
});
