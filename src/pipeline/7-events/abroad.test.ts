/**
 * The minister's press conferences held abroad (codebook 430–439). Every passage is written for the test in the style
 * of the ministry's transcripts of a trip (no sentence of a real page); each `it` names the rule it tests, and the
 * neighbours beside each passage must keep (or must not give) their events.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

/** A minister's press conference on a trip: its head (a Heisei date, the time as given), then its text. */
function abroad(head: string, ...sentences: string[]): string {
  return `大臣臨時会見概要\n\n${head}\n\n1 発表事項\n\n ${sentences.join('')}\n`;
}
function eventsOf(text: string, published: string, kind?: string): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'kaiken.txt'), { published, kind: kind ?? 'transcript' });
  return extractEvents(doc)
    .events.map((e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.jpRole ?? '-'].join(' '))
    .sort();
}

describe('a press conference abroad: the trip country stands in for a counterpart named by title (codebook 430)', () => {
  it('reads 「国防大臣と会談」 as a meeting with the country visited, from the speaker\'s own visit', () => {
    const text = abroad(
      '平成29年2月14日(18時10分~18時20分)(日本時間)',
      '本日、ラオスを訪問いたしました。',
      '午後には、国防大臣と会談を行い、地域の情勢について率直に議論をいたしました。',
    );
    expect(eventsOf(text, '2017-02-14')).toEqual(['talks 2017-02-14 LAO minister']);
  });
  it('reads the place the head gives (「場所 …国防省」)', () => {
    const text = `防衛大臣臨時記者会見\n\n日時\n平成31年1月9日(16:00~16:10)(日本時間)\n場所\nポーランド国防省\n\n1 発表事項\n\n 先ほど、副首相兼国防大臣とも会談をいたしました。\n`;
    expect(eventsOf(text, '2019-01-09')).toEqual(['talks 2019-01-09 POL minister']);
  });
  it('takes the one country the answers name when the head only gives Japan\'s time', () => {
    const text = abroad(
      '平成26年3月3日(15時00分~15時08分)(日本時間)',
      'ただいま、参謀総長と懇談をいたしました。',
      'カンボジアの国造りに、わが国としても貢献していきたいと申し上げました。',
    );
    expect(eventsOf(text, '2014-03-03')).toEqual(['talks 2014-03-03 KHM minister']);
  });
  it('reads a bare 首相 the speaker met there as the host\'s head of government, not Japan\'s prime minister', () => {
    const text = abroad('平成29年2月14日(18時10分~18時20分)(日本時間)', '本日、ラオスを訪問いたしました。', 'その後、首相を表敬いたしました。');
    expect(eventsOf(text, '2017-02-14')).toEqual(['talks 2017-02-14 LAO minister']);
  });
  it('gives no country to a conference at home (no time abroad, no place abroad)', () => {
    const text = abroad('平成26年3月3日(15時00分~15時08分)', 'ただいま、参謀総長と懇談をいたしました。', 'カンボジアの国造りに、わが国としても貢献していきたいと申し上げました。');
    expect(eventsOf(text, '2014-03-03')).toEqual([]);
  });
  it('gives none when the trip met counterparts of several countries (a forum\'s sidelines)', () => {
    const text = abroad(
      '平成30年6月2日(17時00分~17時10分)(日本時間)',
      '本日、フランスのベルナール国防大臣、またインドのクマール国防大臣と、それぞれ会談をいたしました。',
      '先ほど、国防大臣とも懇談をいたしました。',
    );
    expect(eventsOf(text, '2018-06-02')).toEqual(['talks 2018-06-02 FRA minister', 'talks 2018-06-02 IND minister']);
  });
});

describe('a date before 「…以降初の」 is a reference point (codebook 431)', () => {
  it('keeps the meeting of the occasion in 「昨年10月の…内閣改造以降初めての閣僚会談となりました」', () => {
    const text = abroad(
      '平成30年9月6日(20時00分~20時10分)(日本時間)',
      '本日、スペイン国防省において、ロペス国防大臣と会談を実施いたしました。',
      '昨年10月のスペインの内閣改造以降初めての閣僚会談となりました。',
    );
    expect(eventsOf(text, '2018-09-06')).toEqual(['talks 2018-09-06 ESP minister']);
  });
});

describe('the last time of a meeting or a visit told as the topic (codebook 432)', () => {
  const head = '平成27年8月20日(17時00分~17時10分)(日本時間)';
  it('dates the last meeting in 「日X防衛相会談を行うのは、…年の…月以来でありますので、約…年ぶり」', () => {
    const text = abroad(head, 'A:日豪防衛相会談を行うのは、2012年の6月以来でありますので、約3年ぶりということになります。');
    expect(eventsOf(text, '2015-08-20')).toEqual(['talks 2012-06 AUS minister']);
  });
  it('reads the country the topic visits and the principal it names (「日本の防衛大臣が、Xを訪問して会談を行うのは」)', () => {
    const text = abroad(head, '日本の防衛大臣が、ラオスを訪問して会談を行うのは、2010年8月以来、約5年ぶりとなります。');
    expect(eventsOf(text, '2015-08-20')).toEqual(['talks 2010-08 LAO minister']);
  });
  it('takes the trip\'s country for 「今回の訪問は、…の訪問以来、N度目」', () => {
    const text = abroad(head, '本日、ブルネイを訪問し、国防副大臣と会談をいたしました。', '今回の訪問は、2012年5月の訪問以来、3度目になります。');
    expect(eventsOf(text, '2015-08-20')).toEqual(['talks 2012-05 BRN minister', 'talks 2015-08-20 BRN minister']);
  });
  it('makes none of a visit with no date (「今回の訪問は初めて」) or a date since which with no count (「…は、2012年以来検討して」)', () => {
    const text = abroad(head, '今回の訪問は初めてでございます。', '今回の訪問は、2012年以来、ずっと検討してまいりました。');
    expect(eventsOf(text, '2015-08-20')).toEqual([]);
  });
});

describe('「本N日」 in a release is its own day (codebook 433)', () => {
  const release = (...lines: string[]) => `ラオス国防大臣による防衛大臣表敬\n\n平成30年5月10日\n\n${lines.join('')}\n`;
  it('dates 「本10日午前11時から約30分間、…の表敬を受けたところ、概要は…」 to the release\'s day', () => {
    const text = release('本10日午前11時から約30分間、防衛大臣は、来日中のラオス国防大臣の表敬を受けたところ、概要は次のとおりです。');
    expect(eventsOf(text, '2018-05-10', 'press-release')).toEqual(['talks 2018-05-10 LAO minister']);
  });
  it('reads 「今9日」 alike (a day before the release)', () => {
    const text = release('今9日夕刻、防衛大臣は、ラオス国防大臣と会談を行いました。');
    expect(eventsOf(text, '2018-05-10', 'press-release')).toEqual(['talks 2018-05-09 LAO minister']);
  });
});

describe('the speaker\'s inspection of a host force\'s facility on a trip (codebook 434)', () => {
  const head = '平成28年2月3日(15時00分~15時10分)(日本時間)';
  it('makes an act with the trip\'s country of 「…研究所を視察いたしました」 and 「…飛行隊…を見学させていただきました」', () => {
    const text = abroad(head, '本日、フィリピンを訪問いたしました。', '午前中は、空軍の研究所を視察いたしました。');
    expect(eventsOf(text, '2016-02-03')).toEqual(['other 2016-02-03 PHL minister']);
    const text2 = abroad(head, 'ただいま、フィリピン空軍の基地を見学させていただきました。');
    expect(eventsOf(text2, '2016-02-03')).toEqual(['other 2016-02-03 PHL minister']);
  });
  it('makes none at home, nor of a plan', () => {
    expect(eventsOf(abroad('平成28年2月3日(15時00分~15時10分)', '本日、第8師団の司令部を視察いたしました。'), '2016-02-03')).toEqual([]);
    expect(eventsOf(abroad(head, '本日、フィリピンを訪問いたしました。', '明日は、海軍の基地を視察したいと考えております。'), '2016-02-03')).toEqual([]);
  });
});

describe('「今回の訪問で、」 refers back to the trip (codebook 435)', () => {
  it('dates a call told 「今回の訪問で、…を表敬した」 by the trip\'s days, apart from the ministers\' meeting of one day', () => {
    const text = `共同プレスリリース\n\n2017年3月9日\n\n2017年3月6日から9日の間、防衛大臣はインドネシアを公式訪問した。\n1.2017年3月8日、防衛大臣は、インドネシア国防大臣と防衛相会談を行った。\nまた、今回の訪問で、防衛大臣はインドネシアの副大統領への表敬を行った。\n`;
    expect(eventsOf(text, '2017-03-09', 'press-release')).toContain('talks 2017-03-06 IDN minister');
    expect(eventsOf(text, '2017-03-09', 'press-release')).toContain('talks 2017-03-08 IDN minister');
  });
});
