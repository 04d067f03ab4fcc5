/**
 * Talks in press-conference transcripts and press releases (issue 7, codebook 180–): the occasion a
 * transcript dates its undated meetings by, topics and predicate nominals that tell no meeting, plans.
 * Every passage is written for the test in the style of the ministry's transcripts; each `it` names the
 * rule it tests, and the neighbours beside each passage must keep (or must not give) their events.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

/** A minister's press conference of `day` (令和 era heading), its announcements as given. */
function conference(day: string, ...sentences: string[]): string {
  return `防衛大臣記者会見\n\n日時\n${day}\n場所\n防衛省\n\n1 発表事項\n\n ${sentences.join('')}\n`;
}
function talksOf(text: string, published?: string, kind?: string): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'kaiken.txt'), { ...(published ? { published } : {}), ...(kind ? { kind } : {}) });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date, e.partners.join(','), e.jpRole, e.mode].join(' '))
    .sort();
}

describe('talks in transcripts: a later date is a plan, never the occasion (codebook 180)', () => {
  it('dates an undated meeting by the conference, not by 「15日(月)から…予定」 told before it', () => {
    const text = conference(
      '令和3年3月12日(金)10:00~10:20',
      '職員への接種については、15日(月)から病院でも開始する予定であります。',
      'ニュージーランドの国防大臣とテレビ会談を実施をいたしました。',
    );
    expect(talksOf(text)).toEqual(['2021-03-12 NZL minister video']);
  });
  it('still dates it by a past day the conference stated before it', () => {
    const text = conference('令和3年3月12日(金)10:00~10:20', '9日(火)には、部隊を視察しました。', 'その後、ニュージーランドの国防大臣とテレビ会談を実施をいたしました。');
    expect(talksOf(text)).toEqual(['2021-03-09 NZL minister video']);
  });
});

describe('talks in transcripts: a topic lead-in is the meeting its dated clause tells (codebook 181)', () => {
  it('makes one meeting of 「日X…会談について、3月10日、…と会談を実施」', () => {
    const text = conference('令和3年3月12日(金)10:00~10:20', '日豪防衛相テレビ会談について、3月10日、豪州国防大臣との間でテレビ会談を実施をいたしました。');
    expect(talksOf(text)).toEqual(['2021-03-10 AUS minister video']);
  });
  it('reads 「…に関しては、」 the same way', () => {
    const text = conference('令和3年3月12日(金)10:00~10:20', 'インドネシアとの会談に関しては、3月9日、インドネシア国防大臣と電話会談を行いました。');
    expect(talksOf(text)).toEqual(['2021-03-09 IDN minister phone']);
  });
  it('keeps two clauses when the lead-in has a date and a counterpart of its own', () => {
    const text = conference('令和3年3月12日(金)10:00~10:20', '3月8日、タイ国防大臣と、また3月10日には、ベトナム国防大臣と、それぞれ電話会談を行いました。');
    expect(talksOf(text)).toEqual(['2021-03-08 THA minister phone', '2021-03-10 VNM minister phone']);
  });
});

describe('talks in transcripts: a meeting noun as a predicate nominal tells no meeting (codebook 182)', () => {
  it('gives nothing for 「今回が…10回目の会談だということを確認」, even with a date in the sentence', () => {
    const text = conference('平成27年11月22日(日)18:00~18:30', '外務大臣と私は、昨日の夜お話をしましたが、今回が10回目の豪州との会談だということを確認しました。');
    expect(talksOf(text)).toEqual([]);
  });
  it('keeps the last time a count since it names (「昨年5月以来、9か月ぶりの防衛相会談でございまして」)', () => {
    const text = conference('平成31年2月5日(火)10:00~10:20', 'ノルウェーとは昨年5月以来、9か月ぶりの防衛相会談でございまして、協力の方向性を確認したいと考えております。');
    expect(talksOf(text)).toEqual(['2018-05 NOR minister in-person']);
  });
  it('keeps the meeting told with 「…会談となりました」', () => {
    const text = conference('平成31年2月5日(火)10:00~10:20', '昨日、スウェーデン国防大臣との初めての防衛相会談となりました。');
    expect(talksOf(text)).toEqual(['2019-02-04 SWE minister in-person']);
  });
});

describe('talks in transcripts: a scene sentence ending in a plan is not told as done (codebook 183)', () => {
  it('gives no meeting of the day for 「今回の会談においては、…確認した…について、…協議する予定であります」', () => {
    const text = conference(
      '令和5年5月26日(金)10:00~10:20',
      '今回の会談においては、本年2月の日米「2+2」で合意した、共同対処能力の向上に向けた様々な取組の進め方について、国防長官との間で議論する予定でございます。',
    );
    expect(talksOf(text)).toEqual(['2023-02 USA minister in-person']);
  });
  it('nor for a meeting announced 「…を開催いたします」', () => {
    expect(talksOf(conference('令和5年5月26日(金)10:00~10:20', '本日、東京において、日米防衛相会談を開催いたします。'))).toEqual([]);
  });
  it('still dates 「今回の会談においては、…で一致しました」 by the conference when no meeting was told before', () => {
    const text = conference('令和5年5月26日(金)10:00~10:20', '今回の会談においては、米国国防長官との間で、同盟の強化で一致しました。');
    expect(talksOf(text)).toEqual(['2023-05-26 USA minister in-person']);
  });
});

/** A press release of `day`: its title line and its date, then its running text. */
function release(title: string, day: string, ...sentences: string[]): string {
  return `${title}\n\n${day}\n防衛省\n\n ${sentences.join('')}\n`;
}

describe('talks in releases: a visitor named with initials, over a list of days (codebook 185)', () => {
  it('reads 「…司令官 ジョン・P・スミス 中将が訪日され、…と懇談」 over two days as one meeting spanning them', () => {
    const text = release(
      '印空軍司令官の訪日について',
      '令和4年11月11日',
      '11月10日(木)及び11日(金)、インド空軍司令官 ジョン・P・スミス 中将 が訪日され、航空幕僚長 山田 太郎 空将 と懇談したほか、基地を訪問しました。',
    );
    expect(talksOf(text, '2022-11-11')).toEqual(['2022-11-10 IND chief-asdf in-person']);
  });
  it('reads a kanji name before its rank the same way', () => {
    const text = release('韓国空軍参謀総長の訪日について', '令和4年11月11日', '11月10日及び11日、韓国空軍参謀総長 金一郎 大将 が訪日され、航空幕僚長と懇談しました。');
    expect(talksOf(text, '2022-11-11')).toEqual(['2022-11-10 KOR chief-asdf in-person']);
  });
  it('still reads 「来日した…司令官と」 as a description of the counterpart, the meeting dated by its own day', () => {
    const text = release('懇談について', '令和4年11月11日', '11月10日、来日したインド空軍司令官 ジョン・P・スミス 中将 と航空幕僚長が懇談しました。');
    expect(talksOf(text, '2022-11-11')).toEqual(['2022-11-10 IND chief-asdf in-person']);
  });
});

describe('talks in releases: a meeting named as a purpose or a kind of occasion tells none (codebook 186)', () => {
  it('gives the minister’s meeting only, not the 2+2 the visitor came for (「…会合への出席のために来日中の」)', () => {
    const text = release(
      '日仏防衛相会談の概要',
      '令和5年1月9日',
      '1月9日、防衛大臣は、日仏外務・防衛閣僚会合への出席のために来日中のフランス軍事大臣との間で防衛相会談を行いました。',
    );
    expect(talksOf(text, '2023-01-09')).toEqual(['2023-01-09 FRA minister in-person']);
  });
  it('nor for 「(「2+2」)等出席のため訪日中の」 before a call on the prime minister', () => {
    const text = release(
      '豪州国防大臣による総理表敬について',
      '令和5年1月9日',
      '1月9日、内閣総理大臣は、日豪外務・防衛閣僚会合(「2+2」)等出席のため訪日中のオーストラリア国防大臣の表敬を受けました。',
    );
    expect(talksOf(text, '2023-01-09')).toEqual(['2023-01-09 AUS prime-minister in-person']);
  });
  it('gives nothing for 「「2+2」を含む様々な機会を捉えて…連携していく」', () => {
    const text = release('日英防衛相電話会談について', '平成29年8月30日', '防衛大臣と英国国防大臣は、日英「2+2」を含む様々な機会を捉えて両国の防衛協力を一層具体化させることで一致しました。');
    expect(talksOf(text, '2017-08-30', 'press-release')).toEqual([]);
  });
  it('keeps a 2+2 told as held (「…「2+2」に出席し、…」)', () => {
    const text = release('日英「2+2」の開催について', '平成29年12月14日', '12月14日、防衛大臣は、ロンドンで開催された日英「2+2」に出席しました。');
    expect(talksOf(text, '2017-12-14', 'press-release')).toEqual(['2017-12-14 GBR minister in-person']);
  });
});

describe('talks on SDF pages: forces’ headquarters as parties, the Japanese side listed with them (codebook 187)', () => {
  const page = (...sentences: string[]) => `日加幕僚協議\n\n${sentences.join('')}\n`;
  it('makes one joint meeting of 「海上幕僚監部、米海軍作戦本部及び英海軍本部の部長級協議」, not the page’s subject', () => {
    const text = page('令和元年6月3日、海上幕僚監部、米海軍作戦本部及び英海軍本部の部長級協議が、防衛省において行われました。');
    expect(talksOf(text, '2019-12', 'other')).toEqual(['2019-06-03 GBR,USA official in-person']);
  });
  it('reads 「…防衛部長と米海軍作戦本部計画部長間の懇談」 as a meeting with the USA', () => {
    const text = page('令和元年6月3日、海上幕僚監部防衛部長と米海軍作戦本部計画部長間の懇談が、防衛省において行われました。');
    expect(talksOf(text, '2019-12', 'other')).toEqual(['2019-06-03 USA official in-person']);
  });
  it('still meets counterparts listed apart one by one when the Japanese side is the subject', () => {
    const text = page('令和元年6月3日、海上幕僚長は、米海軍作戦部長、英海軍参謀長と懇談しました。');
    expect(talksOf(text, '2019-12', 'other')).toEqual(['2019-06-03 GBR chief-msdf in-person', '2019-06-03 USA chief-msdf in-person']);
  });
});

describe('talks in transcripts: the occasion a question dates is the answer’s (codebook 188)', () => {
  const qa = (q: string, a: string) => `防衛大臣記者会見概要\n平成29年6月6日(09時10分~09時20分)\n\n1 発表事項\n\n なし。\n\n2 質疑応答\n\nQ:${q}\n\nA:${a}\n`;
  it('dates the answer’s meetings by 「週末」 of a question about a forum', () => {
    const text = qa('週末のアジア安全保障会議から2日経ちましたが、成果をお願いします。', 'その間、日米豪の防衛相会談、更には韓国、フランスの各国防相と2国間の会談をすることができました。');
    expect(talksOf(text, '2017-06-06')).toEqual(['2017-06-03 AUS,USA minister in-person', '2017-06-03 FRA minister in-person', '2017-06-03 KOR minister in-person']);
  });
  it('keeps the conference’s date when the question dates no occasion (a launch, not a meeting), and its topic off a titled counterpart (codebook 189)', () => {
    const text = qa('週末の北朝鮮のミサイル発射について伺います。', 'その後、韓国の国防大臣と電話会談を行いました。');
    expect(talksOf(text, '2017-06-06')).toEqual(['2017-06-06 KOR minister phone']);
  });
  it('keeps it when the question dates a domestic council (「昨日の国家安全保障会議」), not a meeting with a partner', () => {
    const text = qa('昨日の国家安全保障会議での議論について伺います。', 'その後、韓国の国防大臣と電話会談を行いました。');
    expect(talksOf(text, '2017-06-06')).toEqual(['2017-06-06 KOR minister phone']);
  });
  it('keeps it when the occasion the question names is still to come', () => {
    const text = qa('来週6月12日の会議についてお願いします。', '先方とは、韓国の国防大臣と電話会談を行いました。');
    expect(talksOf(text, '2017-06-06')).toEqual(['2017-06-06 KOR minister phone']);
  });
});

describe('talks in transcripts: the head, the morning, the occasion as a day (codebook 190–191)', () => {
  const kaiken = (head: string, ...body: string[]) => `防衛大臣臨時記者会見\n\n日時\n令和2年8月29日(土)15:55~16:03\n場所\n米グアム\n備考\n${head}\n\n1 発表事項\n\n ${body.join('')}\n`;
  it('reads 「(オンライン)」 after 「…会談後臨時会見」 as the press conference’s way, not the meeting’s', () => {
    expect(talksOf(kaiken('日米防衛相会談後臨時会見(オンライン)', 'なし。'), '2020-08-29')).toEqual(['2020-08-29 USA minister in-person']);
  });
  it('still reads a meeting held online in the head (「日豪防衛相テレビ会談後会見」)', () => {
    expect(talksOf(kaiken('日豪防衛相テレビ会談後会見', 'なし。'), '2020-08-29')).toEqual(['2020-08-29 AUS minister video']);
  });
  it('dates 「今朝方、…会談を実施」 by the conference, not by 「昨日」 before it', () => {
    const text = kaiken('定例会見', '昨日、基地を視察いたしました。今朝方、米国防長官と日米防衛相会談を実施いたしました。');
    expect(talksOf(text, '2020-08-29')).toEqual(['2020-08-29 USA minister in-person']);
  });
  it('does not take 「昨年10月に…が締結され」 as the occasion of a meeting told after it', () => {
    const text = kaiken('定例会見', '昨年10月に、両国の間の取決めが締結されました。次に日米防衛相会談ですけども、2回目となる国防長官との防衛相会談を実施いたしました。');
    expect(talksOf(text, '2020-08-29')).toEqual(['2020-08-29 USA minister in-person']);
  });
  it('keeps a day stated before as the occasion (「8月27日、…を訪問しました。…と会談を実施しました」)', () => {
    const text = kaiken('定例会見', '8月27日、グアムを訪問しました。その後、米国防長官と日米防衛相会談を実施いたしました。');
    expect(talksOf(text, '2020-08-29')).toEqual(['2020-08-27 USA minister in-person']);
  });
  it('reads 「…について確認したいと思います」 after 「今回の会談では」 as a plan', () => {
    const text = kaiken('定例会見', '今回の会談では、先日議論した防衛協力の進め方に係る具体的な方向について、米国防長官と確認したいと思います。');
    expect(talksOf(text, '2020-08-29')).toEqual([]);
  });
});

describe('talks: a katakana name before its country’s title (codebook 193)', () => {
  it('meets 「…参謀長、ジョーンズ オーストラリア空軍本部長、ミッコラ フィンランド空軍司令官等と会談」 one by one', () => {
    const text = '航空幕僚長メッセージ\n\n2023年7月12日、航空幕僚長は、シンポジウムの機会に、英空軍参謀長、ジョーンズ オーストラリア空軍本部長、ミッコラ フィンランド空軍司令官等と会談を行いました。\n';
    expect(talksOf(text, '2023-07', 'other')).toEqual(['2023-07-12 AUS chief-asdf in-person', '2023-07-12 FIN chief-asdf in-person', '2023-07-12 GBR chief-asdf in-person']);
  });
});

describe('talks: a Japanese principal’s trip to attend a meeting still tells it (codebook 186)', () => {
  it('keeps 「同月、防衛審議官が第1回日独次官級戦略的対話出席のために訪独」', () => {
    const ev = talksOf('ドイツ\n\nドイツとの間では、2018年5月、協定が発効したほか、同月、防衛審議官が第1回日独次官級戦略的対話出席のために訪独した。\n', undefined, 'whitepaper');
    expect(ev.map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['2018-05 DEU']);
  });
});

describe('talks in releases: a photo caption glued to the text, a minister’s title written with 「・」 (codebook 194)', () => {
  it('meets the minister of the item, not the people placed in the photo before it', () => {
    const text = release(
      '防衛副大臣のフィジー・トンガ訪問(概要)',
      '令和4年8月10日',
      '1. 8月7日、副大臣は、式典に出席しました。\nブラウン米国務次官(左端)スミス・オーストラリア国防担当大臣(左)ジョーンズ・ニュージーランド国防大臣(右)2. 同日、副大臣は、ラブカ・フィジー・内務・移民大臣と会談を行いました。',
    );
    expect(talksOf(text, '2022-08-10', 'press-release')).toEqual(['2022-08-07 FJI senior-vice-minister in-person']);
  });
  it('still meets a counterpart followed by a reading in brackets (「…国防大臣(ジョン・スミス)と」)', () => {
    const text = release('日豪防衛相会談', '令和4年8月10日', '8月7日、防衛大臣は、オーストラリア国防大臣(ジョン・スミス)と会談を行いました。');
    expect(talksOf(text, '2022-08-10', 'press-release')).toEqual(['2022-08-07 AUS minister in-person']);
  });
});

describe('talks: the older title 防衛副長官 (codebook 195)', () => {
  it('reads 「…防衛副長官(当時)が昨年5月、…統幕議長が同年9月…に相次いで訪印し」 as one visit each', () => {
    const text = '日印防衛交流\n\nまた、山川防衛副長官(当時)が昨年5月、川田統幕議長が同年9月に相次いで訪印し、それぞれ軍高官と意見交換を行った。\n';
    expect(talksOf(text, '2006', 'whitepaper')).toEqual(['2005-05 IND senior-vice-minister in-person', '2005-09 IND chief-joint-staff in-person']);
  });
});

describe('talks in transcripts: a counterpart known by name with a bare title, counts and back-references (codebook 196)', () => {
  const day = '令和3年7月20日(火)10:00~10:20';
  it('reads 「ウォレス大臣とは、…本年1月及び3月に電話会談を行いました」 as two calls with the UK', () => {
    expect(talksOf(conference(day, 'ウォレス大臣とは、私の着任以降、本年1月及び3月に電話会談を行いました。'))).toEqual(['2021-01 GBR minister phone', '2021-03 GBR minister phone']);
  });
  it('does not read 「浜田大臣」 (a kanji surname) as a foreign counterpart', () => {
    expect(talksOf(conference(day, '本日、浜田大臣と私は、国防大臣と会談を行いました。'))).toEqual([]);
  });
  it('gives no meeting for 「これまで2回電話会談をやっておりますが」, and no phone mode to the meeting told after it', () => {
    const text = conference(day, '本日、米国防長官と会談を行いました。エスパー長官とはこれまで2回電話会談をやっておりますが、今回の機会を利用して、初めて防衛大臣会談を行いました。');
    expect(talksOf(text)).toEqual(['2021-07-20 USA minister in-person']);
  });
  it('gives no meeting for a dated count (「先月は米国防長官と2回電話会談を行いました」)', () => {
    expect(talksOf(conference(day, '先月は米国防長官と2回電話会談を行いました。'))).toEqual([]);
  });
  it('still reads 「第1回年次会合」 and 「2回目の会談」 as one meeting', () => {
    expect(talksOf(conference(day, '本日、オーストラリア国防大臣と2回目の会談を行いました。'))).toEqual(['2021-07-20 AUS minister in-person']);
  });
  it('reads 「本日の会談では、…長官と…議論を行うことができました」 as the meeting just told', () => {
    const text = conference(day, '本日、オースティン米国防長官と電話会談を実施しました。本日の会談では、オースティン長官と率直な議論を行うことができました。');
    expect(talksOf(text)).toEqual(['2021-07-20 USA minister phone']);
  });
});

describe('talks: a group’s 「各国」 as the last of a list (codebook 197)', () => {
  const day = '令和元年11月19日(火)10:00~10:20';
  it('meets India and New Zealand one by one in 「インド、ニュージーランド、ASEAN各国との会談では、…一致しました」, not ASEAN', () => {
    const text = conference(day, '今回、各国の国防大臣と個別に会談を行いました。インド、ニュージーランド、ASEAN各国との会談では、関係を一層進展させることで一致しました。');
    expect(talksOf(text)).toEqual(['2019-11-19 IND minister in-person', '2019-11-19 NZL minister in-person']);
  });
  it('still meets ASEAN itself in 「ASEANとの会談」', () => {
    expect(talksOf(conference(day, '本日、ASEAN事務総長と会談を行いました。'))).toEqual(['2019-11-19 ASEAN minister in-person']);
  });
});

describe('talks: a katakana word that is no name before a bare 大臣 (codebook 196)', () => {
  it('reads 「オンライン大臣会合に参加しました」 as no meeting with a named counterpart', () => {
    const text = conference('令和3年7月20日(火)10:00~10:20', '本日、ウクライナについてのオンライン大臣会合に参加しました。');
    expect(talksOf(text)).toEqual([]);
  });
});

describe('talks: a visit told as where the principal is staying places the meeting (codebook 198)', () => {
  it('gives the meeting with Korea only for 「シンガポールを訪問中の…大臣は、韓国国防部長官と会談を行った」', () => {
    const text = release('日韓防衛相会談(概要)', '平成30年10月20日', '10月20日、シンガポールを訪問中の防衛大臣は、韓国国防部長官と会談を行った。');
    expect(talksOf(text, '2018-10-20', 'press-release')).toEqual(['2018-10-20 KOR minister in-person']);
  });
  it('nor the host of a forum attended (「…会議出席のためマレーシアを訪問中の総理が、インド首相と会談」)', () => {
    const text = release('日印首脳会談', '平成17年12月14日', '12月13日、東アジア首脳会議に出席するためマレーシアを訪問中の小泉総理が、インド首相と会談を行った。');
    expect(talksOf(text, '2005-12-14', 'press-release').map((e) => e.split(' ')[1])).toEqual(['IND']);
  });
  it('keeps the visit when the meeting told after it is with its host (「訪印した…総理は、インド首相と会談」)', () => {
    const text = release('日印首脳会談', '平成17年12月14日', '12月13日、インドを訪問中の小泉総理は、インド首相と会談を行った。');
    expect(talksOf(text, '2005-12-14', 'press-release')).toEqual(['2005-12-13 IND prime-minister in-person']);
  });
  it('keeps a visit told as an act (「…シンガポールを訪問し、韓国国防部長官と会談」) as the meeting with its host too', () => {
    const text = release('防衛大臣のシンガポール訪問', '平成30年10月20日', '10月20日、防衛大臣はシンガポールを訪問し、シンガポール国防大臣と会談を行った。');
    expect(talksOf(text, '2018-10-20', 'press-release')).toEqual(['2018-10-20 SGP minister in-person']);
  });
});

describe('talks in transcripts: a bare weekday, a name written with 「=」 (codebook 190)', () => {
  it('dates 「火曜日、…ドイツのクランプ=カレンバウアー国防大臣とテレビ会談を実施」 by the last Tuesday, with Germany', () => {
    const text = conference('令和2年11月13日(金)10:00~10:20', '火曜日、先方からの提案で、ドイツのクランプ=カレンバウアー国防大臣とテレビ会談を実施をいたしました。');
    expect(talksOf(text)).toEqual(['2020-11-10 DEU minister video']);
  });
});

describe('talks in transcripts: the speaker’s weak meeting with a named counterpart (codebook 420)', () => {
  it('gives the minister 「次に、X司令官と意見交換をし、…」 on the conference day', () => {
    const text = conference('令和4年5月10日(火)15:00~15:10', 'まず、基地の部隊を視察しました。', '次に、ノルウェー統合作戦司令官と意見交換をし、北極圏での協力について話し合いました。');
    expect(talksOf(text)).toEqual(['2022-05-10 NOR minister in-person']);
  });
  it('reads 「続きまして、…とも意見交換を行いました」 the same way', () => {
    const text = conference('令和4年5月10日(火)15:00~15:10', '続きまして、豪海軍艦隊司令官とも意見交換を行いました。');
    expect(talksOf(text)).toEqual(['2022-05-10 AUS minister in-person']);
  });
  it('stays silent for a plan and a habit with a country, not a named counterpart', () => {
    const text = conference(
      '令和4年5月10日(火)15:00~15:10',
      '明日は、ノルウェー統合作戦司令官と意見交換をする予定です。',
      '米国とは様々なレベルで意見交換をしております。',
    );
    expect(talksOf(text)).toEqual([]);
  });
});

describe('talks in transcripts: a meeting the speaker recalls with the counterpart just met (codebook 421)', () => {
  it('gives the earlier meeting of 「昨年9月にお会いしてから」 after today’s', () => {
    const text = conference('令和4年5月10日(火)15:00~15:10', '先ほど、フィンランド国防大臣と会談を行いました。', '昨年9月にお会いしてから、半年余りが経ちました。');
    expect(talksOf(text)).toEqual(['2021-09 FIN minister in-person', '2022-05-10 FIN minister in-person']);
  });
  it('reads the month written after it (「前回お会いしたのは2月でしたので」)', () => {
    const text = conference('令和4年5月10日(火)15:00~15:10', '先ほど、フィンランド国防大臣と会談を行いました。', '前回お会いしたのは2月でしたので、久しぶりの対面でした。');
    expect(talksOf(text)).toEqual(['2022-02 FIN minister in-person', '2022-05-10 FIN minister in-person']);
  });
  it('stays silent with no meeting told before, with no date, or for a wish', () => {
    expect(talksOf(conference('令和4年5月10日(火)15:00~15:10', '昨年9月にお会いしてから、半年余りが経ちました。'))).toEqual([]);
    const text = conference(
      '令和4年5月10日(火)15:00~15:10',
      '先ほど、フィンランド国防大臣と会談を行いました。',
      '以前にお会いしたときよりも、議論が深まりました。',
      '秋には改めてお会いしたいと考えております。',
    );
    expect(talksOf(text)).toEqual(['2022-05-10 FIN minister in-person']);
  });
});

describe('talks in transcripts: a meeting the question tells held that day, reported by the answer (codebook 422)', () => {
  /** A conference with no announcement and one question and its answer. */
  const asked = (q: string, a: string) => `防衛大臣臨時記者会見\n\n日時\n令和5年6月14日(水)17:00~17:10\n\n1 発表事項\n\n なし。\n\n2 質疑応答\n\nQ:${q}\n\nA:${a}\n`;
  it('gives the minister the meeting of 「Q:先ほど、…国防大臣との会談で、…と述べられていましたが」「A:…をお伝えしました。」', () => {
    const text = asked('先ほど、マールズ国防大臣との会談で、港湾の共同利用に触れられていましたが、どのような説明をされたのですか。', '共同利用の進め方について、こちらの考えをお伝えしました。');
    expect(talksOf(text)).toEqual(['2023-06-14 AUS minister in-person']);
  });
  it('reads a force with its people (「今日、英海軍の指揮官の方々とも懇談されていましたが」) and a name with 氏', () => {
    expect(talksOf(asked('今日、英海軍の指揮官の方々とも懇談されていましたが、何を話されたのでしょうか。', '艦艇の運用面での協力が大切だということを申し上げました。'))).toEqual([
      '2023-06-14 GBR minister in-person',
    ]);
    expect(talksOf(asked('本日、オースティン氏との電話会談では、どのような点で一致されたのでしょうか。', '同盟の抑止力を高めることで一致いたしました。'))).toEqual(['2023-06-14 USA minister phone']);
  });
  it('reads a 日X compound naming the meeting (「今日の日比防衛相会談の成果は」「…の防衛相会談が行われましたが」)', () => {
    expect(talksOf(asked('今日の日比防衛相会談の成果についてお聞かせください。', '沿岸警備での協力を進めることで一致しました。'))).toEqual(['2023-06-14 PHL minister in-person']);
    expect(talksOf(asked('本日、日米比の防衛相会談が行われましたが、その評価は。', '3か国の連携を改めて確認いたしました。'))).toEqual(['2023-06-14 PHL,USA minister in-person']);
    expect(talksOf(asked('明日の日比防衛相会談の狙いは何でしょうか。', '沿岸警備で一致したいと考えております。'))).toEqual([]);
  });
  it('stays silent for a meeting to come, a question with no day of its own, and an answer that does not report', () => {
    expect(talksOf(asked('明日、マールズ国防大臣との会談では、何を話される予定ですか。', '港湾の共同利用についてお話ししました。'))).toEqual([]);
    expect(talksOf(asked('マールズ国防大臣との会談で、港湾の話をされたと報じられていますが。', 'その報道については承知しておりました。'))).toEqual([]);
    expect(talksOf(asked('今日、マールズ国防大臣との会談で、港湾に触れられていましたが、今後どう進めますか。', '引き続き、緊密に調整していきたいと考えております。'))).toEqual([]);
  });
});

describe('talks in transcripts: a meeting named as where something was settled (codebook 424)', () => {
  it('gives no meeting of the conference’s day for 「日豪の「2+2」で合意をしました内容について、…説明いたしました」', () => {
    const text = conference('令和5年6月14日(水)17:00~17:10', '日豪の「2+2」で合意をしました内容について、関係自治体に説明をいたしました。');
    expect(talksOf(text)).toEqual([]);
  });
  it('keeps a meeting told as held, whatever its sentence recalls', () => {
    expect(talksOf(conference('令和5年6月14日(水)17:00~17:10', '本日、豪国防大臣と会談を行い、先月確認した方針を再確認しました。'))).toEqual(['2023-06-14 AUS minister in-person']);
  });
});

describe('talks in transcripts: other countries meeting each other (codebook 427)', () => {
  const day = '令和5年6月14日(水)17:00~17:10';
  it('gives no meeting of the speaker for a meeting two other countries held', () => {
    expect(talksOf(conference(day, '昨日、米中の国防相会談が開かれましたが、推移を注視してまいります。'))).toEqual([]);
    expect(talksOf(conference(day, '昨日、米国とインドの国防相が会談を行ったと承知しております。'))).toEqual([]);
    expect(talksOf(conference(day, 'ヘグセス長官は、昨日、マールズ大臣と電話会談を行ったと聞いております。'))).toEqual([]);
  });
  it('keeps the speaker’s own meetings: a visitor as subject, 私 named, or one counterpart', () => {
    expect(talksOf(conference(day, 'マールズ大臣が来日され、会談を行いました。'))).toEqual(['2023-06-14 AUS minister in-person']);
    expect(talksOf(conference(day, '本日、マールズ大臣は、テオドロ大臣とともに私と会談しました。'))).toEqual([
      '2023-06-14 AUS minister in-person',
      '2023-06-14 PHL minister in-person',
    ]);
  });
});

describe('talks in transcripts: an earlier day the text does not give (codebook 428)', () => {
  const day = '令和5年6月14日(水)17:00~17:10';
  it('gives no meeting of the conference’s day for 「先般、…と会談を行いました」「前回、…と会談した際に」', () => {
    expect(talksOf(conference(day, '先般、テオドロ国防大臣と電話会談を行いました。'))).toEqual([]);
    expect(talksOf(conference(day, '前回、テオドロ国防大臣と会談した際に、沿岸警備の協力を確認しました。'))).toEqual([]);
  });
  it('keeps a meeting measured from the earlier one, or following it up', () => {
    expect(talksOf(conference(day, '本日、前回に続き、テオドロ国防大臣と会談を行いました。'))).toEqual(['2023-06-14 PHL minister in-person']);
    expect(talksOf(conference(day, 'テオドロ国防大臣と、先般の防衛相会談のフォローアップとして、会談を実施しました。'))).toEqual([
      '2023-06-14 PHL minister in-person',
    ]);
  });
});
