/**
 * Dates of events whose sentence gives none of their own, or gives only another occasion's (codebook 162–).
 * Every passage is written for the test in the style of the ministry's releases, transcripts and unit pages;
 * beside each passage that must fire stand neighbours that must not (a plan, a white paper, a date of its own).
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

/** A minister's press conference of `day` (its heading), its announcements as given. */
function conference(day: string, ...sentences: string[]): string {
  return `防衛大臣記者会見\n\n日時\n${day}\n場所\n防衛省\n\n1 発表事項\n\n ${sentences.join('')}\n`;
}
function eventsOf(text: string, kinds: string[], published?: string, kind?: string): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { ...(published ? { published } : {}), ...(kind ? { kind } : {}) });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => kinds.includes(e.kind))
    .map((e) => [e.kind, e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.partners.join(','), e.jpRole].join(' '))
    .sort();
}
const talksOf = (text: string, published?: string, kind?: string) => eventsOf(text, ['talks'], published, kind);

describe('a meeting dated only by its last time is also of the occasion (codebook 162)', () => {
  it('gives the meeting told and its last time (「…以来2回目となる…会談を行いました」)', () => {
    const text = conference('令和6年5月3日(金)10:00~10:20', 'フィンランドの国防大臣との間で、昨年6月以来2回目となる防衛相会談を行いました。');
    expect(talksOf(text)).toEqual(['talks 2023-06 FIN minister', 'talks 2024-05-03 FIN minister']);
  });
  it('reads 「…に続き2度目となる」 and 「…以来、約1年ぶりの」 the same way, in a release too', () => {
    const spoken = conference('令和6年5月3日(金)10:00~10:20', '続いて、ベトナム国防大臣と、今年2月に続き2度目となるテレビ会談を実施いたしました。');
    expect(talksOf(spoken)).toEqual(['talks 2024-02 VNM minister', 'talks 2024-05-03 VNM minister']);
    const release = '日西防衛相会談について\n\n令和5年9月8日\n防衛省\n\n木原防衛大臣は、スペイン国防大臣と、2022年6月以来、約1年ぶりとなる会談を実施しました。\n';
    expect(talksOf(release, undefined, 'press-release')).toEqual(['talks 2022-06 ESP minister', 'talks 2023-09-08 ESP minister']);
  });
  it('keeps the own date of a meeting that has one, and gives no occasion to a plan or a predicate nominal', () => {
    const dated = conference('令和6年5月3日(金)10:00~10:20', '5月1日、フィンランドの国防大臣との間で、昨年6月以来2回目となる防衛相会談を行いました。');
    expect(talksOf(dated)).toEqual(['talks 2023-06 FIN minister', 'talks 2024-05-01 FIN minister']);
    const nominal = conference('令和6年5月3日(金)10:00~10:20', 'スウェーデンとは一昨年10月以来、約1年半ぶりの防衛相会談でございまして、協力の方向性を確認したいと考えております。');
    expect(talksOf(nominal)).toEqual(['talks 2022-10 SWE minister']);
  });
  it('adds nothing in a white paper, which states no occasion', () => {
    const paper = '令和5年版防衛白書\n\nフィンランドとの関係\n\n防衛大臣は、フィンランド国防大臣との間で、2021年4月以来2回目となる防衛相会談を行った。\n';
    expect(talksOf(paper, '2023', 'whitepaper')).toEqual(['talks 2021-04 FIN minister']);
  });
});

/** A chief's message page or a unit's news page (kind `other`): no occasion of its own dates an undated meeting. */
function page(published: string, ...sentences: string[]): string[] {
  return eventsOf(`航空幕僚長より\n\n${sentences.join('')}\n`, ['talks'], published, 'other');
}

describe('a sentence set on a trip told before takes its date (codebook 163)', () => {
  it('dates 「本出張においては」 and 「今回の…訪問では」 by the trip, its country standing in for a counterpart with none', () => {
    expect(
      page('2019-10-20', '私は、10月7日から11日までの間、空軍参謀長等会議に出席するため、オーストラリアに出張しました。', '本出張においては、私のカウンターパートである空軍本部長と会談を行いました。'),
    ).toEqual(['talks 2019-10-07..2019-10-11 AUS chief-asdf']);
    expect(
      page('2019-10-20', '私は、令和元年10月7日から11日までの間、航空参謀長シンポジウムに参加するため、オーストラリアを訪問しました。', '今回のオーストラリア訪問では、同国空軍の本部長と個別に懇談し、意見交換を行いました。'),
    ).toEqual(['talks 2019-10-07..2019-10-11 AUS chief-asdf']);
  });
  it('knows each country of a list visited (「A、B及びC国を訪問し」) as the trip’s, the first included', () => {
    expect(
      page('2019-10-20', '航空総隊司令官は、10月7日から11日までの間、イスラエル、スウェーデン及びノルウェー国に出張しました。', '今回のイスラエル訪問では、イスラエル空軍司令官と会談を行いました。'),
    ).toEqual(['talks 2019-10-07..2019-10-11 ISR official']);
  });
  it('dates a stay in port (「入港中は」「滞在中に」) by the call, with the ship’s country', () => {
    const call = '6月12日から15日まで、インド海軍の駆逐艦が横須賀に入港しました。';
    expect(page('2023-06-16', call, '入港中は、艦長が海上幕僚長を表敬しました。')).toEqual(['talks 2023-06-12..2023-06-15 IND chief-msdf']);
    expect(page('2023-06-16', call, '滞在中に、艦長は海上幕僚長を表敬しました。')).toEqual(['talks 2023-06-12..2023-06-15 IND chief-msdf']);
  });
  it('dates an exercise joined while still in the port of the call (「まだ、同港停泊中に」) by the call, with its foreign host (codebook 463)', () => {
    const call = '9月2日~5日、護衛艦「あおば」は、マレーシアのクアンタンに寄港しました。';
    const joined = 'まだ、同港停泊中に米海軍主催の多国間共同訓練「カトラス・エクスプレス2024 (Cutlass Express)」に参加し、参加国海軍との連携を深めました。';
    expect(eventsOf(`第3護衛隊のニュース\n\n${call}${joined}\n`, ['exercise'], '2024-09-10', 'other')).toEqual(['exercise 2024-09-02..2024-09-05 USA unit']);
    const planned = '9月2日~5日、護衛艦「あおば」は、マレーシアのクアンタンに寄港する予定です。';
    expect(eventsOf(`第3護衛隊のニュース\n\n${planned}${joined}\n`, ['exercise'], '2024-08-20', 'other')).toEqual([]);
  });
  it('dates a sentence set in one country of the trip (「マレーシアでは、」) by the trip, with that country', () => {
    expect(
      page('2024-02-10', '航空総隊司令官は、2月3日から7日までの間、タイ及びマレーシアに出張しました。', 'マレーシアでは、マレーシア空軍司令官と会談しました。'),
    ).toEqual(['talks 2024-02-03..2024-02-07 MYS official']);
  });
  it('takes nothing from a visit received (「前回は…訪日」) for 「今回の…訪問では」, nor from a trip elsewhere for 「インドでは、」', () => {
    expect(page('2019-10-20', '前回は、平成29年5月、オーストラリア空軍本部長が訪日されています。', '今回のオーストラリア訪問では、空軍本部長と会談を実施しました。')).toEqual([
      'talks 2017-05 AUS chief-asdf',
    ]);
    expect(page('2024-02-10', '航空総隊司令官は、2月3日から7日までの間、タイ及びマレーシアに出張しました。', 'インドでは、インド空軍司令官と会談しました。')).toEqual([]);
  });
  it('takes nothing from a trip still to come, nor in a white paper from another section', () => {
    expect(page('2023-06-10', '6月12日から15日まで、インド海軍の駆逐艦が横須賀に入港する予定です。', '入港中は、艦長が海上幕僚長を表敬しました。')).toEqual([]);
    const paper = '令和2年版防衛白書\n\n1\u3000オーストラリア\n\n2019年10月、航空幕僚長がオーストラリアを訪問した。\n\n2\u3000ニュージーランド\n\n本訪問においては、ニュージーランド空軍本部長と会談を行った。\n';
    expect(eventsOf(paper, ['talks'], '2020', 'whitepaper')).toEqual(['talks 2019-10 AUS chief-asdf']);
  });
});

describe('a sentence opening after the meeting just told or on its occasion is dated by it (codebook 164)', () => {
  it('dates 「同会合の後、」 and 「本セミナーの機会を活用して」 by the engagement told before', () => {
    const paper = '令和元年版防衛白書\n\n2019年3月、防衛事務次官は、東京で開かれた日ASEAN防衛当局次官級会合に出席した。また、同会合の後、事務次官は、タイの国防次官と個別に会談を行った。\n';
    expect(eventsOf(paper, ['talks'], '2019', 'whitepaper')).toEqual(['talks 2019-03 THA administrative-vice-minister']);
    const seminar = eventsOf(
      '陸上幕僚長より\n\n私は、6月5日、多国間の陸軍種シンポジウムに出席しました。また、本シンポジウムの機会を活用して、インドネシア陸軍参謀長と個別に懇談しました。\n',
      ['talks'],
      '2019-06-20',
      'other',
    );
    expect(seminar).toEqual(['talks 2019-06-05 IDN chief-gsdf']);
  });
  it('takes nothing for a meeting still to come after it', () => {
    const paper = '令和元年版防衛白書\n\n2019年3月、防衛事務次官は、日ASEAN防衛当局次官級会合に出席した。また、同会合の後、タイの国防次官と会談を行う予定である。\n';
    expect(eventsOf(paper, ['talks'], '2019', 'whitepaper')).toEqual([]);
  });
});

describe('the week before and a day opening its sentence, in a transcript (codebook 165, 167)', () => {
  it('dates 「先週、…会談を実施しました」 by that week’s month, not by the conference day', () => {
    expect(talksOf(conference('令和6年3月29日(金)10:00~10:20', '先週、オーストラリアの国防大臣とテレビ会談を実施しました。'))).toEqual(['talks 2024-03 AUS minister']);
    expect(talksOf(conference('令和6年3月6日(水)10:00~10:20', '私は、先週、インドの国防大臣と電話会談を行いました。'))).toEqual(['talks 2024-02..2024-03 IND minister']);
    expect(talksOf(conference('令和6年4月5日(金)10:00~10:20', '今週、東京において、インドの国防大臣と会談いたしました。'))).toEqual(['talks 2024-04 IND minister']);
    expect(talksOf(conference('令和6年4月5日(金)10:00~10:20', '今週、インドの国防大臣と会談する予定です。'))).toEqual([]);
  });
  it('dates 「26日、…と懇談を行いました」 by the month the text runs in, and leaves 「先週の金曜日」 its day', () => {
    expect(talksOf(conference('令和6年3月29日(金)10:00~10:20', '3月8日、艦艇が帰国しました。26日、エストニアの国防大臣と懇談を行いました。'))).toEqual(['talks 2024-03-26 EST minister']);
    expect(talksOf(conference('令和6年3月29日(金)10:00~10:20', '先週の金曜日、インドの国防大臣と電話会談を行いました。'))).toEqual(['talks 2024-03-22 IND minister']);
  });
});

/** A release of `day` (its date line under the title), its paragraphs as given. */
function release(day: string, ...sentences: string[]): string {
  return `防衛相会談について\n\n${day}\n防衛省\n\n${sentences.join('')}\n`;
}

describe('a principal written before the date is the dated meeting’s subject, not a meeting of the page’s date (codebook 168)', () => {
  it('gives one meeting for 「…大臣は、9月5日、…と会談を行いました」 in its wordings', () => {
    expect(talksOf(release('令和5年9月8日', '木原防衛大臣は、9月5日、豪国防大臣と会談を行いました。'), undefined, 'press-release')).toEqual(['talks 2023-09-05 AUS minister']);
    expect(talksOf(release('令和5年9月8日', '防衛大臣は、9月5日(火)、東京においてフィリピン国防大臣と会談いたしました。'), undefined, 'press-release')).toEqual(['talks 2023-09-05 PHL minister']);
    expect(talksOf(release('令和5年9月8日', '統合幕僚長は、2023年9月6日、米統合参謀本部議長とテレビ会談を実施した。'), undefined, 'press-release')).toEqual(['talks 2023-09-06 USA chief-joint-staff']);
  });
  it('keeps clauses that each name their counterpart (「…、9月5日、A国防大臣と、9月6日、B国防大臣とそれぞれ会談」)', () => {
    expect(
      talksOf(release('令和5年9月8日', '防衛大臣は、9月5日、豪国防大臣と、9月6日、インド国防大臣と、それぞれ会談を行いました。'), undefined, 'press-release'),
    ).toEqual(['talks 2023-09-05 AUS minister', 'talks 2023-09-06 IND minister']);
  });
  it('keeps a lead-in with a counterpart of its own as its own meeting, dated by the page (「…は、韓国国防部長官と電話会談を行い、9月5日、…」)', () => {
    expect(
      talksOf(release('令和5年9月8日', '防衛大臣は、本日、韓国国防部長官と電話会談を行い、9月5日には、豪国防大臣とも会談を行いました。'), undefined, 'press-release'),
    ).toEqual(['talks 2023-09-05 AUS minister', 'talks 2023-09-08 KOR minister']);
  });
});

describe('an act dated only by its last time is also of the occasion (codebook 162, for acts)', () => {
  const acts = (text: string, kind = 'press-release', published?: string) => eventsOf(text, ['exercise', 'port-call'], published, kind);
  it('gives the training or the call told and its last time, in a release', () => {
    expect(acts(release('令和5年9月8日', '海上自衛隊は、オーストラリア海軍と、昨年6月以来2回目となる共同訓練を実施しました。'))).toEqual([
      'exercise 2022-06 AUS unit',
      'exercise 2023-09-08 AUS unit',
    ]);
    expect(acts(release('令和5年9月8日', '護衛艦は、インド海軍と、2021年10月以来、約2年ぶりとなる共同訓練を行いました。'))).toEqual([
      'exercise 2021-10 IND unit',
      'exercise 2023-09-08 IND unit',
    ]);
    expect(acts(release('令和5年9月8日', '護衛艦「いせ」は、2019年以来4年ぶりにオーストラリアのダーウィンに寄港しました。'))).toEqual([
      'port-call 2019 AUS unit',
      'port-call 2023-09-08 AUS unit',
    ]);
  });
  it('keeps the act’s own date, and adds no occasion in a white paper or to a habit', () => {
    expect(acts(release('令和5年9月8日', '9月5日、海上自衛隊は、オーストラリア海軍と、昨年6月以来2回目となる共同訓練を実施しました。'))).toEqual([
      'exercise 2022-06 AUS unit',
      'exercise 2023-09-05 AUS unit',
    ]);
    expect(acts('令和5年版防衛白書\n\n海上自衛隊は、オーストラリア海軍と、2021年6月以来2回目となる共同訓練を実施した。\n', 'whitepaper', '2023')).toEqual(['exercise 2021-06 AUS unit']);
    expect(acts('令和5年版防衛白書\n\n2022年8月、海上自衛隊は、オーストラリア海軍と、2021年6月以来2回目となる共同訓練を実施した。\n', 'whitepaper', '2023')).toEqual([
      'exercise 2021-06 AUS unit',
      'exercise 2022-08 AUS unit',
    ]);
  });
});
