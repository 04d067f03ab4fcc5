/**
 * Trip reports and who met whom (codebook 260–): the seat of an organization visited for it, the principal
 * of a trip carried to its items, counterparts of one country met in separate sentences, a numbered item
 * retelling the lead's meeting, titles without a country, lists of meeting names. Every passage is written
 * for the test in the manner of the ministry's releases; each `it` names its rule, and the neighbours beside
 * each passage must keep (or must not give) their events.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(text: string, published: string, kind = 'press-release'): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'), { published, kind });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.partners.join(','), e.jpRole, e.mode].join(' '))
    .sort();
}
const partnersOf = (rows: string[]) => rows.map((r) => r.split(' ')[1]).sort();

describe('trips: the seat of an organization visited for it is no meeting with the host (codebook 260)', () => {
  it('drops Belgium visited for NATO and the EU, keeps France met in the same sentence', () => {
    const text = '山田防衛大臣政務官の欧州出張について\n\n2011年6月2日から3日まで、山田防衛大臣政務官はベルギー及びフランスを訪問し、NATO、EU及びフランス国防省の幹部と意見交換を行った。\n';
    expect(partnersOf(talksOf(text, '2011-06-06'))).not.toContain('BEL');
    expect(partnersOf(talksOf(text, '2011-06-06'))).toContain('FRA');
  });
  it('reads a visit to NATO headquarters in other words the same way (公式訪問し, 事務総長と会談した)', () => {
    const text = '2016年1月14日、田中防衛大臣はベルギーを公式訪問し、NATO本部においてNATO事務総長と会談した。\n';
    expect(talksOf(text, '2016-01-15', 'whitepaper')).toEqual(['2016-01-14 NATO minister in-person']);
  });
  it('keeps the host when its own people are named after the visit (ベルギー国防大臣)', () => {
    const text = '2016年1月14日、田中防衛大臣はベルギーを訪問し、ベルギー国防大臣及びNATO事務総長と会談した。\n';
    expect(partnersOf(talksOf(text, '2016-01-15'))).toContain('BEL');
  });
  it('keeps the countries visited when 「各国」 names them beside the organizations', () => {
    const text = '2014年5月、鈴木内閣総理大臣はドイツ及びベルギーを訪問し、各国およびEU、NATOの首脳と会談などを行った。\n';
    expect(partnersOf(talksOf(text, '2014-07-01', 'whitepaper'))).toEqual(expect.arrayContaining(['BEL', 'DEU']));
  });
  it('keeps a host met under a title with no country of its own', () => {
    const text = '2019年3月4日、田中防衛事務次官はベルギーを訪問し、国防大臣を表敬したほか、EU関係者と意見交換した。\n';
    expect(partnersOf(talksOf(text, '2019-03-08'))).toContain('BEL');
  });
});

describe('trips: a numbered item that retells the lead meeting is no second meeting (codebook 261)', () => {
  const lead = '日豪防衛相テレビ会談について\n\n2023年3月6日\n防衛省\n\n2023年3月6日17時から約60分間、山田防衛大臣は、スミス・オーストラリア国防大臣と防衛相テレビ会談を行いました。\n\n';
  it('keeps one video meeting when item 2 says 「両大臣は、続いて防衛相会談を実施し」', () => {
    expect(talksOf(lead + '1. 両大臣は、覚書の署名を歓迎しました。\n2. 両大臣は、続いて防衛相会談を実施し、地域情勢について議論しました。\n', '2023-03-06')).toEqual(['2023-03-06 AUS minister video']);
  });
  it('reads other wordings of the retelling the same way (会談を行い / 会談を実施した)', () => {
    expect(talksOf(lead + '(2)両大臣は、引き続き会談を行い、協力の深化で一致しました。\n', '2023-03-06')).toEqual(['2023-03-06 AUS minister video']);
    expect(talksOf(lead + '両者は、その後に会談を実施した。\n', '2023-03-06')).toEqual(['2023-03-06 AUS minister video']);
  });
  it('keeps a meeting of its own date told by 両大臣 (another day)', () => {
    expect(talksOf(lead + '2. 両大臣は、3月8日にも電話会談を行いました。\n', '2023-03-09')).toEqual(['2023-03-06 AUS minister video', '2023-03-08 AUS minister phone']);
  });
  it('keeps a meeting with another partner told after the lead', () => {
    expect(talksOf(lead + '2. 山田防衛大臣は、続いてニュージーランド国防大臣と会談を行いました。\n', '2023-03-06')).toEqual(['2023-03-06 AUS minister video', '2023-03-06 NZL minister in-person']);
  });
});

/** A minister's press conference of `day`, its announcements as given. */
function conference(day: string, ...sentences: string[]): string {
  return `大臣臨時会見概要\n\n${day}\n\n1 発表事項\n\n${sentences.join('')}\n`;
}

describe('trips: a summit named in passing gives no principal to the next meeting (codebook 262)', () => {
  const day = '平成27年5月12日(18時00分~18時10分)';
  it('keeps the minister as the speaker of 「…会談ができた」 after 「先月の日英首脳会談で示された…」', () => {
    const text = conference(
      day,
      '今回の会談におきましては、先月の日英首脳会談で示された方針に沿って、協力の方途について意見交換をいたしました。',
      'また、全体として和やかな雰囲気の中で、英国の国防大臣との会談ができました。',
    );
    expect(talksOf(text, '2015-05-12', 'transcript')).toContain('2015-05-12 GBR minister in-person');
    expect(talksOf(text, '2015-05-12', 'transcript').filter((r) => r.startsWith('2015-05-12'))).not.toContain('2015-05-12 GBR prime-minister in-person');
  });
  it('reads the summit in other words too (首脳会談を踏まえ / 首脳会談での合意に基づき)', () => {
    const a = conference(day, '本年3月の日仏首脳会談を踏まえ、協力を進めることを確認しました。', 'その上で、フランスの国防大臣と会談を行いました。');
    expect(talksOf(a, '2015-05-12', 'transcript')).toContain('2015-05-12 FRA minister in-person');
    const b = conference(day, '昨年の日豪首脳会談での合意に基づきまして、話し合いをいたしました。', '続けて、豪州の国防大臣との会談を実施させていただきました。');
    expect(talksOf(b, '2015-05-12', 'transcript')).toContain('2015-05-12 AUS minister in-person');
  });
  it('still carries the prime minister named as the subject of the summit', () => {
    const text = '2015年5月10日、山田内閣総理大臣は、英国首相と首脳会談を行った。また、同日、英国国防大臣とも会談を行った。\n';
    expect(talksOf(text, '2015-07-01', 'whitepaper')).toEqual(['2015-05-10 GBR prime-minister in-person']);
  });
});

describe('trips: two meeting names joined by 及び share the date written before them (codebook 263)', () => {
  const lead = '2023年5月1日\n防衛省\n2023年4月24日から28日までの間、田中防衛事務次官が米国を訪問したところ、概要は以下のとおり。\n';
  it('makes the 2+2 and the ministers\' meeting of 「今年1月の日米「2+2」及び日米防衛相会談を踏まえ」', () => {
    const rows = talksOf(lead + '会談においては、今年1月の日米「2+2」及び日米防衛相会談を踏まえ、協力を進めることを確認しました。\n', '2023-05-01');
    expect(rows.filter((r) => r.startsWith('2023-01 '))).toEqual(['2023-01 USA minister in-person', '2023-01 USA minister in-person']);
  });
  it('reads other wordings of the reference (での合意に基づき / を受け)', () => {
    const a = talksOf(lead + '会談では、昨年12月の日豪「2+2」及び日豪防衛相会談での合意に基づき、協力を進めることで一致しました。\n', '2023-05-01');
    expect(a.filter((r) => r.startsWith('2022-12 '))).toHaveLength(2);
    const b = talksOf(lead + '会談では、本年2月の日英「2+2」および日英防衛相会談を受け、協力の方針を再確認しました。\n', '2023-05-01');
    expect(b.filter((r) => r.startsWith('2023-02 '))).toHaveLength(2);
  });
  it('leaves the second meeting undated when it is named for the future (…に向けて)', () => {
    const rows = talksOf(lead + '会談においては、今年1月の日米「2+2」及び次回の日米防衛相会談に向けて、調整を進めることを確認しました。\n', '2023-05-01');
    expect(rows.filter((r) => r.startsWith('2023-01 '))).toEqual(['2023-01 USA minister in-person']);
  });
});

describe('trips: a bare title takes the country of its numbered item, not every country of the title (codebook 264)', () => {
  const head = '山田防衛大臣政務官のタイ・ベトナム訪問(結果概要)\n\n2014年6月9日\n防衛省\n\n6月2日から6日までの間、山田防衛大臣政務官は、タイ及びベトナムを訪問し、国防省関係者との意見交換等を実施したところ、概要以下のとおり。\n\n';
  it('gives 「…国防副大臣との会談を実施」 under 「2.ベトナム訪問」 to Viet Nam alone', () => {
    const rows = talksOf(head + '1.タイ訪問\n\n国防大臣を表敬し、協力の推進で一致。\n\n2.ベトナム訪問\n\nグエン国防副大臣との会談を実施し、地域情勢について意見交換を実施。\n', '2014-06-09');
    expect(rows.some((r) => r.split(' ')[1] === 'THA,VNM')).toBe(false);
  });
  it('reads an item title written with brackets the same way (（2）ベトナム)', () => {
    const rows = talksOf(head + '(2)ベトナム\n\nグエン国防副大臣と会談を行い、協力の推進で一致しました。\n', '2014-06-09');
    expect(rows.some((r) => r.split(' ')[1] === 'THA,VNM')).toBe(false);
  });
});

describe('trips: a day inside a trip to one country sets the sentence there (codebook 506)', () => {
  const trip = '中村防衛大臣の海外出張について\n\n中村防衛大臣は、6月3日から5日までオーストラリアを訪問しました。';
  it('gives a counterpart by title alone the country of the trip', () => {
    expect(talksOf(`${trip}4日には、ウォーカー国防大臣と会談を行いました。\n`, '2022-06-07')).toEqual(['2022-06-04 AUS minister in-person']);
  });
  it('implies nothing for a day outside the trip', () => {
    expect(talksOf(`${trip}8日には、ウォーカー国防大臣と電話会談を行いました。\n`, '2022-06-09')).toEqual(['2022-06-03..2022-06-05 AUS minister in-person']);
  });
  it('implies nothing after a trip to two countries', () => {
    const two = '中村防衛大臣は、6月3日から5日までオーストラリア及びカナダを訪問しました。4日には、国防大臣と会談を行いました。\n';
    expect(talksOf(two, '2022-06-07').filter((r) => r.startsWith('2022-06-04 '))).toEqual([]);
  });
});
