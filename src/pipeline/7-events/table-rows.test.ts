/**
 * The table-row reader (codebook 236–239, 242–249): rows of appendix tables given as CSV, with their line
 * breaks and flattened. Every row here is written for this test (the facts are invented).
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';
import { dateOf } from './table-rows.js';

function run(rows: string[], published: string | null = '2019', joiner = '\n'): KoryuEvent[] {
  const source = decodeBytes(new TextEncoder().encode(rows.join(joiner)), 'att.csv');
  return extractEvents(buildDocument(source, published ? { published } : {})).events;
}
const brief = (e: KoryuEvent) =>
  [e.kind, e.date + (e.dateEnd ? `/${e.dateEnd}` : ''), e.partners.join(','), e.jpRole ?? '-', e.mode ?? '-'].join(' ');
const sorted = (ev: KoryuEvent[]) => ev.map(brief).sort();

const TITLE = ['資料98 北欧諸国との防衛交流の主な実績(過去3年間),,,', ',,(2016.4.1〜2019.3.31),'];

describe('table.row: exchanges listed under a country marker', () => {
  const rows = [
    ...TITLE,
    '【フィンランド】,,,',
    '"防衛首脳 などの 交流",16.10,陸幕長フィンランド訪問(ヘルシンキ),',
    ',18.2,日フィンランド防衛相テレビ会談,',
    ',18.11,政務官フィンランド訪問,',
    '"当局者間の 協議",17.5,第3回日フィンランド防衛当局間協議(東京),',
    '【スウェーデン】,,,',
    '防衛首脳などの交流,17.3,国防大臣訪日(日スウェーデン防衛装備品・技術移転協定署名、防衛大臣との会談),',
    ',18.9,防衛政策局長スウェーデン訪問,',
    ',19.1,国防軍司令官訪日,',
    '部隊間の交流など,16.8,日スウェーデン部隊間交流(陸),',
    ',17.10,空自KC-767輸送機のスウェーデン派遣(国外運航訓練),',
  ];

  it('reads each row\'s act, date (century from the table\'s period) and partner (its own, else the marker\'s)', () => {
    expect(sorted(run(rows))).toEqual([
      'agreement 2017-03 SWE - -',
      'other 2016-08 SWE unit -',
      'other 2018-09 SWE official -',
      'other 2019-01 SWE - -',
      'port-call 2017-10 SWE unit -',
      'talks 2016-10 FIN chief-gsdf in-person',
      'talks 2017-03 SWE minister in-person',
      'talks 2017-05 FIN official in-person',
      'talks 2018-02 FIN minister video',
      'talks 2018-11 FIN parliamentary-vice-minister in-person',
    ]);
  });

  it('reads the same table with its line breaks flattened to spaces', () => {
    expect(sorted(run([...rows, ',,,'], '2019', ' '))).toEqual(sorted(run(rows)));
  });

  it('marks a top principal\'s visit as a high-level exchange, and an official\'s visit as no meeting', () => {
    const ev = run(rows);
    expect(ev.find((e) => e.date === '2016-10')?.highLevel).toBe(true);
    expect(ev.find((e) => e.date === '2018-09')?.kind).toBe('other');
    expect(ev.every((e) => e.rule?.startsWith('table.row@'))).toBe(true);
  });

  it('gives the acts told in a visit\'s parentheses, not the visit itself', () => {
    const ev = run(rows).filter((e) => e.date === '2017-03');
    expect(ev.map((e) => e.kind).sort()).toEqual(['agreement', 'talks']);
    expect(ev.find((e) => e.kind === 'agreement')).toMatchObject({ instrument: 'ETA', milestone: 'signed' });
  });

  it('reads a meeting noun in other words: 次官級協議, 電話会談 after 防衛相, 会談 with a principal', () => {
    const ev = run([...TITLE, '【ノルウェー】,,,', ',17.8,日ノルウェー防衛次官級協議(オスロ),', ',18.6,日ノルウェー防衛相電話会談,', ',18.12,防衛副大臣とノルウェー国防次官との会談,']);
    expect(sorted(ev)).toEqual([
      'talks 2017-08 NOR administrative-vice-minister in-person',
      'talks 2018-06 NOR minister phone',
      'talks 2018-12 NOR senior-vice-minister in-person',
    ]);
  });
});

describe('table.row: rows that give nothing', () => {
  it('leaves titles, headers, header continuations, markers and rows without a date alone', () => {
    const ev = run([
      ...TITLE,
      '【ノルウェー】,,,',
      '訓練名,期間,場所,人員等',
      ',(年月日),,(相手国)',
      ',,陸幕長ノルウェー訪問,',
      '陸上自衛隊,,,',
    ]);
    expect(ev).toEqual([]);
  });

  it('dates nothing by a two-digit year when neither the table nor the document tells its century', () => {
    const rows = ['【ノルウェー】,,,', ',18.6,日ノルウェー防衛相電話会談,', ',18.9,海幕長ノルウェー訪問,', ',19.2,日ノルウェー部隊間交流(海),'];
    expect(run(rows, null)).toEqual([]);
    expect(sorted(run(rows, '2019'))).toContain('talks 2018-06 NOR minister phone');
  });

  it('leaves a row with no act word, and a visit with no Japanese principal, alone', () => {
    expect(run([...TITLE, '【ノルウェー】,,,', ',18.6,ノルウェー国防白書の公表,', ',18.7,代表者ノルウェー訪問,', ',18.8,国防省ウェブサイトの開設,'])).toEqual([]);
  });
});

describe('table.row: a trainings table (its name column is 訓練名)', () => {
  const rows = [
    '資料97 多国間訓練への参加(過去3年間),,,,,',
    ',,,,,(2018.4.1〜2021.3.31)',
    '区分,訓練名,期間(年月日),場所,参加国,人員等(日本)',
    '海上自衛隊,米海軍主催多国間訓練(パシフィック・ヴァンガード21),20.9.10〜20.9.12,グアム周辺,"米国、オーストラリア、韓国",人員約300名',
    '航空自衛隊,北方多国間救難訓練(ノーザン・ライト19),19.8.28〜9.3,ノルウェー,ノルウェー、スウェーデン、フィンランド(他、オブザーバー国),人員約20名',
    '陸上自衛隊,NATO主催サイバー演習(シールド20),20.11.30〜12.4,エストニア、日本,"NATO加盟国、パートナー国、EU",人員約10名',
    '統合幕僚監部,多国間共同訓練コブラ・ゴールド19,19.2.12〜3.1,タイ王国,"タイ、米国、シンガポール",人員約50名',
  ];

  it('gives one exercise per row: dates and span from 期間, partners from 参加国 (not the venue)', () => {
    expect(sorted(run(rows, '2021'))).toEqual([
      'exercise 2019-02-12/2019-03-01 SGP,THA,USA unit -',
      'exercise 2019-08-28/2019-09-03 FIN,NOR,SWE unit -',
      'exercise 2020-09-10/2020-09-12 AUS,KOR,USA unit -',
      'exercise 2020-11-30/2020-12-04 EU,NATO unit -',
    ]);
  });

  it('names the exercise by the gazetteer, else by its parenthesised name', () => {
    const names = run(rows, '2021').map((e) => e.name).sort();
    expect(names).toEqual(['コブラ・ゴールド19', 'シールド20', 'ノーザン・ライト19', 'パシフィック・ヴァンガード21']);
  });
});

describe('table.row: other kinds in an exchanges table (codebook 246, 248, 249)', () => {
  const rows = [
    ...TITLE,
    '【ベトナム】,,,',
    '能力構築支援,17.9,施設分野の能力構築支援(派遣),',
    ',18.11,航空救難分野のオンライン教育,',
    ',18.2,ベトナム国防省職員の招へい(東京),',
    '部隊間の交流など,17.12,英国海軍フリゲートの訪日(横須賀),',
    ',18.6,空自輸送機のベトナム派遣(国外運航訓練),',
    '防衛装備・技術協力,18.4,防衛装備品の無償譲渡,',
  ];

  it('reads capacity building with its method and field, a foreign ship\'s call, a transfer', () => {
    const ev = run(rows);
    expect(sorted(ev)).toEqual([
      'capacity-building 2017-09 VNM - in-person',
      'capacity-building 2018-02 VNM - in-person',
      'capacity-building 2018-11 VNM - video',
      'equipment 2018-04 VNM - -',
      'port-call 2017-12 GBR unit -',
      'port-call 2018-06 VNM unit -',
    ]);
    const cb = ev.filter((e) => e.kind === 'capacity-building').map((e) => [e.date, e.method, e.field ?? '-'].join(' ')).sort();
    expect(cb).toEqual(['2017-09 dispatch engineering', '2018-02 invitation -', '2018-11 online aviation rescue']);
  });

  it('reads a forum attended, and a visit made to attend one as that attendance only', () => {
    const ev = run([
      ...TITLE,
      '【多国間】,,,',
      '多国間の会議,18.6,防衛大臣シャングリラ会合出席(シンガポール),',
      ',18.10,防衛大臣シンガポール訪問(ADMMプラス),',
      ',17.11,防衛副大臣の日ASEAN防衛担当大臣会合出席,',
    ]);
    expect(ev.map((e) => e.kind)).toEqual(['conference', 'conference', 'conference']);
    const byDate = Object.fromEntries(ev.map((e) => [e.date, e]));
    expect(byDate['2018-06']).toMatchObject({ jpRole: 'minister', partners: [], format: 'multilateral' });
    expect(byDate['2018-10'].partners).toContain('SGP'); // a member of the forum, not the country visited
    expect(byDate['2018-10'].partners.length).toBe(17);
    expect(byDate['2017-11']).toMatchObject({ jpRole: 'senior-vice-minister', partners: ['ASEAN'] });
  });

  it('takes the partner from a country cell before the date when the table has no partners column', () => {
    const ev = run([...TITLE, 'オーストラリア,17.7,統幕長訪問,', 'ニュージーランド,18.3,日ニュージーランド防衛相電話会談,', '各国共通,18.5,統幕長訪問,']);
    expect(sorted(ev)).toEqual(['talks 2017-07 AUS chief-joint-staff in-person', 'talks 2018-03 NZL minister phone']);
  });

  it('reads era years written short (R1.7, H30.11.5〜11.9)', () => {
    const ev = run(['【ノルウェー】,,,', ',H30.11.5〜11.9,陸幕長ノルウェー訪問,', ',R1.7,日ノルウェー防衛相電話会談,'], null);
    expect(sorted(ev)).toEqual(['talks 2018-11-05/2018-11-09 NOR chief-gsdf in-person', 'talks 2019-07 NOR minister phone']);
  });
});

describe('dateOf: two-digit years and spans (codebook 236)', () => {
  const period = { period: { from: 2016, to: 2019 } };
  it('reads months, days, and the end of a span in each of its forms', () => {
    expect(dateOf('17.11', period, undefined)).toEqual({ date: '2017-11' });
    expect(dateOf('17.4.26', period, undefined)).toEqual({ date: '2017-04-26' });
    expect(dateOf('18.7.10〜18.7.11', period, undefined)).toEqual({ date: '2018-07-10', end: '2018-07-11' });
    expect(dateOf('18.7.30〜8.1', period, undefined)).toEqual({ date: '2018-07-30', end: '2018-08-01' });
    expect(dateOf('18.12.28〜1.4', period, undefined)).toEqual({ date: '2018-12-28', end: '2019-01-04' });
    expect(dateOf('18.12.2〜6', period, undefined)).toEqual({ date: '2018-12-02', end: '2018-12-06' });
    expect(dateOf('17.11〜18.2', period, undefined)).toEqual({ date: '2017-11', end: '2018-02' });
  });

  it('takes the century from the table\'s period, else the document\'s year, else none', () => {
    expect(dateOf('98.6', { period: { from: 1997, to: 2000 } }, undefined)).toEqual({ date: '1998-06' });
    expect(dateOf('98.6', {}, 2001)).toEqual({ date: '1998-06' });
    expect(dateOf('05.6', {}, 2007)).toEqual({ date: '2005-06' });
    expect(dateOf('05.6', {}, undefined)).toBeUndefined();
  });

  it('reads no date in a period title, a count or a version', () => {
    expect(dateOf('(2016.4.1〜2019.3.31)', period, undefined)).toBeUndefined();
    expect(dateOf('人員約20名', period, undefined)).toBeUndefined();
    expect(dateOf('17.13', period, undefined)).toBeUndefined();
  });
});
