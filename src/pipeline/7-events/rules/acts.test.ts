/**
 * Exercises, port calls, capacity building, people and other acts as releases, unit pages and
 * white papers tell them, and the false alarms around them. Passages written for this test; each
 * row fails without the rule (or data) it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

function run(paragraphs: string[], subject?: SectionSubject): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: subject?.label ?? '概要', subject, paragraphs }])).events;
}
/** A plain text with a publication date, through the whole pipeline. */
const page = (text: string, published: string, kind?: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published, ...(kind ? { kind } : {}) } as never)).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(',')].join(' ');

describe('dated after the document (codebook rule 82)', () => {
  it('drops an engagement dated after the month the document was published', () => {
    const text = '日米豪防衛相会談について\n\n2023年10月20日、防衛大臣は豪国防大臣と会談した。両大臣は、来年2月に行う日米共同統合演習「キーン・エッジ」に豪軍が参加したことを歓迎した。\n';
    const ev = page(text, '2023-10-20', 'press-release');
    expect(ev.filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(ev.map(brief)).toContain('talks 2023-10-20  AUS');
  });

  it('keeps an engagement later in the month of the document (an activity page dated by its first entry)', () => {
    const ev = page('大臣の動静\n\n11月16日、大臣は米空母「ジョージ・ワシントン」に乗艦し、視察しました。\n', '2022-11-01', 'activity');
    expect(ev.map(brief)).toEqual(['other 2022-11-16  USA']);
  });
});

describe('dates of plans are not the story\'s dates', () => {
  it('does not date an activity by the date of a plan in its sentence (「同年11月に開催予定の…」)', () => {
    const ev = run(['2022年8月、陸自は楽器を寄贈した。', '陸自はトンガ軍楽隊に対し、同年11月に開催予定の演奏会に向けて、楽器整備の能力構築支援を行った。']);
    expect(ev.filter((e) => e.date === '2022-11')).toEqual([]);
  });
});

describe('capacity-building.partner-field: the activity just told', () => {
  it('reads 「本事業においては、…」 without a date of its own as the activity just told, not another one', () => {
    const ev = run([
      '陸自は、2022年8月15日から9月2日までの間、フィジーにおいて能力構築支援を実施した。',
      '本事業においては、隊員5名を派遣し、フィジー軍の隊員に対し、軍楽隊育成の能力構築支援として技術指導を行った。',
    ]);
    expect(ev.filter((e) => e.kind === 'capacity-building').map(brief)).toEqual(['capacity-building 2022-08-15 2022-09-02 FJI']);
  });
});

describe('counts, anniversaries and relocations are no events', () => {
  it('does not read a count of engagements as one (「延べ30回の懇談」「3回の日米共同訓練」)', () => {
    const ev = run(['2022年4月、陸幕長に着任して以降、延べ30回のハイレベル懇談を実施するとともに、3回の日米共同訓練を実施した。']);
    expect(ev).toEqual([]);
  });

  it('reads 日X compounds listed before a count as one exercise each (「日米、日印、日豪など、合計5回の…共同訓練」)', () => {
    const ev = run(['2021年8月から9月にかけて、派遣部隊は、日米、日英、日仏など、合計6回の二国間の共同訓練を実施したほか、積極的に親善訓練を行った。']);
    expect(ev.map(brief).sort()).toEqual(['exercise 2021-08 2021-09 FRA', 'exercise 2021-08 2021-09 GBR', 'exercise 2021-08 2021-09 USA']);
  });

  it('does not read the anniversary of a treaty as its signature', () => {
    const ev = run(['2020年1月、日米安保条約署名60周年を迎えた。']);
    expect(ev.filter((e) => e.kind === 'agreement')).toEqual([]);
  });

  it('does not read a relocation of training or forces as a transfer of equipment', () => {
    const ev = run(['2010年5月、両国は、航空機訓練移転の拡充と海兵隊のグアム移転を確認した。'], { kind: 'country', codes: ['USA'], label: '米国' });
    expect(ev.filter((e) => e.kind === 'equipment')).toEqual([]);
    expect(run(['2014年4月、日本は豪州に潜水艦技術の移転を行った。']).map(brief)).toEqual(['equipment 2014-04  AUS']);
  });
});

describe('fleet reviews, observers and earlier occurrences', () => {
  it('records an international fleet review attended or hosted, its navies unnamed (codebook rule 97)', () => {
    expect(run(['2014年10月、大臣は、令和元年度国際観艦式に出席した。']).map(brief)).toEqual(['other 2014-10  ']);
    const ev = run(['2009年10月には、海自が国際観艦式に引き続き、多国間捜索救難訓練2を主催した。']);
    expect(ev.map(brief).sort()).toEqual(['exercise 2009-10  ', 'other 2009-10  ']);
    expect(ev.every((e) => e.format === 'multilateral')).toBe(true);
  });

  it('keeps the day of the sentence before across a fiscal year naming an edition (「同日」 after 「令和4年度…」)', () => {
    const ev = run(['2019年10月14日、大臣は、令和元年度国際観艦式に出席した。', 'また、同日、大臣は、米空母「ニミッツ」に乗艦し、視察した。']);
    expect(ev.map(brief)).toContain('other 2019-10-14  USA');
  });

  it('reads observers sent to a foreign exercise as an other act, not as Japan\'s exercise', () => {
    const ev = run(['空自は、2012年9月、米国とカナダが行った共同訓練(北方捜索救難訓練2012)に幹部自衛官をオブザーバーとして派遣した。']);
    expect(ev.map(brief)).toEqual(['other 2012-09  CAN,USA']);
    const invited = run(['2005年9月、わが国で行った日露捜索・救難共同訓練に、5か国からオブザーバーの参加を得た。']);
    expect(invited.map(brief)).toContain('exercise 2005-09  RUS');
  });

  it('dates the earlier occurrences an act continues (「2001年、2002年に続き」) beside its own', () => {
    const ev = run(['陸自は、2003年5月、タイで行われた米国とタイの共同訓練(コブラ・ゴールド03)に幹部を2001年、2002年に続きオブザーバーとして派遣した。']);
    expect(ev.filter((e) => e.kind === 'other').map((e) => e.date).sort()).toEqual(['2001', '2002', '2003-05']);
  });
});

describe('unit pages: entries, compound training words, days of one act', () => {
  it('dates an act told as done with no date by the occasion the release last dated (codebook rule 75, for acts)', () => {
    const text = 'ロシア海軍艦艇の寄港について\n\n7月5日、ロシア海軍の駆逐艦が舞鶴基地に入港した。\n\nまた、インド海軍のフリゲートも舞鶴基地に寄港しました。\n';
    expect(page(text, '2018-07-06', 'press-release').map(brief)).toContain('port-call 2018-07-05  IND');
  });

  it('does not date a habit told in the present by that occasion (「…寄港しています」)', () => {
    const text = 'ロシア海軍艦艇の寄港について\n\n7月5日、ロシア海軍の駆逐艦が舞鶴基地に入港した。\n\nまた、インド海軍のフリゲートも舞鶴基地に寄港しています。\n';
    expect(page(text, '2018-07-06', 'press-release').filter((e) => e.partners.includes('IND'))).toEqual([]);
  });

  it('reads a training word with its kind inside (「日豪共同巡航訓練」「日米共同統合訓練」) as an exercise', () => {
    expect(run(['2018年9月16日、護衛艦は豪海軍フリゲートと日豪共同巡航訓練を実施した。']).map(brief)).toEqual(['exercise 2018-09-16  AUS']);
    expect(run(['2018年10月29日、陸自は日米共同統合訓練に参加した。']).map(brief)).toEqual(['exercise 2018-10-29  USA']);
  });

  it('reads days listed one after another (「1月12日及び13日」) as the span of one call per airfield', () => {
    const ev = run(['2023年1月12日及び13日、空自の輸送機はパラオ国際空港及びフィリピン共和国マニラ国際空港への国外運航訓練を実施した。']);
    expect(ev.map(brief).sort()).toEqual(['port-call 2023-01-12 2023-01-13 PHL', 'port-call 2023-01-12 2023-01-13 PLW']);
  });
});

describe('capacity building: the UN triangular partnership, title lines', () => {
  it('reads a course of the UN triangular partnership as one activity with every country named and the UN', () => {
    const ev = run(['2023年6月5日から9日までの間、陸自は、ラオス、ベトナム及びフィリピンのPKO要員に対し、国連TPPの枠組みの下、重機整備に関するオンライン訓練を実施した。']);
    expect(ev.map(brief)).toEqual(['capacity-building 2023-06-05 2023-06-09 LAO,PHL,UN,VNM']);
    expect(ev[0].method).toBe('online');
  });

  it('does not date a title line by the period a trip stated before it', () => {
    const ev = run(['私は、2022年7月3日から7日までの間、英国を訪問し、陸軍参謀総長と懇談した。', 'ネパールに対する能力構築支援']);
    expect(ev.filter((e) => e.kind === 'capacity-building')).toEqual([]);
  });
});

describe('personnel: attachés posted, foreign personnel hosted', () => {
  it('reads a defence attaché posted from a month (「…から在ヨルダン防衛駐在官が派遣されている」)', () => {
    expect(run(['両大臣は、2017年3月から在ヨルダン防衛駐在官が派遣されていることも踏まえ、協力の進展を期待した。']).map(brief)).toContain('personnel 2017-03  JOR');
  });

  it('reads foreign personnel hosted at a camp, their own force the partner, not the mission nor its country', () => {
    const ev = run(['国連南スーダン共和国ミッションにおいては、2017年1月から5月までの間、業務のため派遣された英軍要員3名を日本隊宿営地に受け入れるなど、協力が深まっている。']);
    expect(ev.map(brief)).toEqual(['personnel 2017-01 2017-05 GBR']);
  });
});
