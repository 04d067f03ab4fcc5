/**
 * Vocabulary by family (codebook 211–219, 230–235): whole classes of words the texts use — foreign defence
 * titles, the surnames that make a bare title a counterpart's, named exercises and fora, acts of exchange.
 * Each family has a sentence in the ministry's style, written for this test, with a member added to data/
 * that now makes an event, and neighbours that must not (a title in a list, a forum as a topic, a plan).
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../model/document.js';
import type { KoryuEvent } from '../../model/event.js';
import { docFromSections } from '../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

const SEA: SectionSubject = { kind: 'region', codes: [], label: '東南アジア' };

/** Sentences of a white-paper section about a region (no country stands in for a missing counterpart). */
const section = (paragraphs: string[], subject: SectionSubject | undefined = SEA): KoryuEvent[] =>
  extractEvents(docFromSections([{ title: '1　交流', subject, paragraphs }])).events;
/** A plain page with a publication date, through the whole pipeline. */
const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.jpRole ?? ''].join(' ');
const briefs = (evs: KoryuEvent[]) => evs.map(brief).sort();

describe('codebook 211: foreign defence titles by family', () => {
  it.each([
    // a service chief of another country's style (総参謀長, 総監, 第一海軍卿, 海軍作戦本部長)
    ['2019年4月、山田統合幕僚長は、来日したベトナム人民軍総参謀長と会談した。', ['talks 2019-04 VNM chief-joint-staff']],
    ['2018年6月、山田陸上幕僚長は、ドイツ陸軍総監とテレビ会談を行った。', ['talks 2018-06 DEU chief-gsdf']],
    ['令和2年9月、山田海上幕僚長は、英国第一海軍卿と電話会談を実施した。', ['talks 2020-09 GBR chief-msdf']],
    ['2022年7月、海幕長は、訪日した米海軍作戦本部長と会談を行った。', ['talks 2022-07 USA chief-msdf']],
    // the old US Pacific Command (before 2018), named with no country: the title names it
    ['2016年5月、統幕長は、ハリス太平洋軍司令官と懇談した。', ['talks 2016-05 USA chief-joint-staff']],
    // coast guards, vice-ministers of other styles (常任次官, 第一次官)
    ['2023年2月、山田防衛審議官は、シンガポール国防省常任次官と会談した。', ['talks 2023-02 SGP vice-minister-international']],
    ['2019年1月、山田事務次官は、ロシア国防省第一次官と協議を行った。', ['talks 2019-01 RUS administrative-vice-minister']],
  ])('%s', (sentence, expected) => {
    expect(briefs(section([sentence]).filter((e) => e.kind === 'talks'))).toEqual(expected);
  });

  it('gives no event for titles listed as attendees, or named in the background', () => {
    expect(section(['同式典には、ベトナム人民軍総参謀長、ドイツ陸軍総監、米海軍作戦本部長らが列席した。'])).toEqual([]);
    expect(section(['ドイツ連邦軍総監は、欧州の安全保障環境について講演で述べた。'])).toEqual([]);
  });
});

describe('codebook 212: a bare title after a surname of another country (「鄭長官」「魏部長」)', () => {
  it('reads 長官 after a Korean surname as Korea’s minister, 部長 after a Chinese one as China’s', () => {
    expect(briefs(section(['2018年10月、山田防衛大臣は、鄭長官と電話会談を行った。']).filter((e) => e.kind === 'talks'))).toEqual(['talks 2018-10 KOR minister']);
    expect(briefs(section(['2019年6月、山田防衛大臣は、魏部長と会談を行った。']).filter((e) => e.kind === 'talks'))).toEqual(['talks 2019-06 CHN minister']);
  });
  it('keeps 長官 after a Japanese surname Japan’s minister of the agency years', () => {
    expect(briefs(section(['2006年5月、額賀長官は、インドネシア国防大臣と会談した。']).filter((e) => e.kind === 'talks'))).toEqual(['talks 2006-05 IDN minister']);
  });
  it('makes no Japanese participant of the counterpart: 「鄭長官からは、…海幕長が…に参加し」 is his remark', () => {
    const text =
      '日韓防衛相会談について\n\n2018年10月20日\n\n10月20日、山田防衛大臣は、鄭長官と会談を行った。\n\n鄭長官からは、海幕長がインド洋海軍シンポジウムに出席し、協力を進めていることを評価する旨の発言があった。\n';
    expect(briefs(page(text, '2018-10-20'))).toEqual(['talks 2018-10-20 KOR minister']);
  });
});

describe('codebook 213: a call received from a visitor whose title and name stand apart', () => {
  it('meets the visitor named by a title held with another (兼), then a name and a rank in kanji', () => {
    const text = '司令官の動静\n\n●10月5日、自衛艦隊司令官は、船越基地において、ベトナム人民軍総参謀長兼国防副大臣 グエン・ヴァン・ナム陸軍上級中将の来訪を受けました。\n';
    expect(briefs(page(text, '2023-10-31').filter((e) => e.kind === 'talks'))).toEqual(['talks 2023-10-05 VNM official']);
  });
  it('meets a visitor whose abbreviation in brackets stands between the title and the name', () => {
    const text = '大臣の動静\n\n3月4日、山田防衛大臣は、NATO欧州連合軍最高司令官(SACEUR)スミス陸軍大将の防衛省訪問を歓迎しました。\n';
    expect(briefs(page(text, '2024-03-31').filter((e) => e.kind === 'talks'))).toEqual(['talks 2024-03-04 NATO minister']);
  });
  it('gives no meeting for a delegation’s call told the same way (codebook 80)', () => {
    const text = '司令官の動静\n\n●10月6日、ベトナム国会議員団の来訪を受けました。\n';
    expect(page(text, '2023-10-31').filter((e) => e.kind === 'talks')).toEqual([]);
  });
});

describe('codebook 214: named exercises and fora by family', () => {
  it.each([
    ['2017年5月、陸自は、米国西海岸において「ドーン・ブリッツ17」に参加した。', 'exercise 2017-05 USA'],
    ['令和4年7月、空自は、米空軍主催の「モビリティ・ガーディアン」に輸送機を派遣し、訓練を実施した。', 'exercise 2022-07 USA'],
    ['2024年2月、海自の護衛艦は、インド海軍主催の多国間共同訓練「ミラン24」に参加しました。', 'exercise 2024-02 IND'],
    ['2023年10月、陸自は、北海道においてノーザン・ヴァイパー23を行った。', 'exercise 2023-10 USA'],
    // exercises known by a Japanese name (the US-hosted mine-countermeasures and maritime exercises)
    ['2016年、海自は、第4回国際掃海訓練に参加した。', 'exercise 2016 USA'],
    ['2017年5月、海自は、バーレーンで行われた国際海上訓練に要員を参加させた。', 'exercise 2017-05 USA'],
    // a multinational training of one kind (多国間…訓練), its host named before it
    ['2019年10月、海自は、豪海軍主催の多国間捜索救難訓練に参加した。', 'exercise 2019-10 AUS'],
  ])('%s', (sentence, expected) => {
    expect(section([sentence]).filter((e) => e.kind === 'exercise').map(brief)).toEqual([expected + ' unit']);
  });

  it('gives no exercise of Japan for a foreign-only or a planned one with a new name', () => {
    expect(section(['2024年6月、米韓両国は、「フリーダム・エッジ」を初めて実施した。']).filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(section(['2025年に行われる「ダイヤモンド・ストーム」に空自が参加する予定である。']).filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(section(['2019年、中国海軍は、ロシア海軍と多国間捜索救難訓練を行った。']).filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(section(['海自は、多国間掃海訓練に毎回参加している。']).filter((e) => e.kind === 'exercise')).toEqual([]);
  });

  it.each([
    ['2019年6月、山田防衛政策局長は、ウランバートル対話に出席した。', 'conference 2019-06'],
    ['2023年9月、山田陸上幕僚長は、東京においてランド・フォーシーズ・サミットを主催した。', 'conference 2023-09'],
    ['2018年10月、防衛審議官は、アジア・太平洋地域防衛当局者フォーラムを開催した。', 'conference 2018-10'],
  ])('%s', (sentence, expected) => {
    expect(section([sentence]).filter((e) => e.kind === 'conference').map((e) => [e.kind, e.date].join(' '))).toEqual([expected]);
  });

  it('gives no attendance for a forum named as a topic or to come', () => {
    expect(section(['ウランバートル対話については、北東アジアの安全保障を議論する場として評価されている。']).filter((e) => e.kind === 'conference')).toEqual([]);
    expect(section(['2024年9月、山田防衛大臣は、来年のランド・フォーシーズ・サミットに出席する予定である。']).filter((e) => e.kind === 'conference')).toEqual([]);
  });
});

describe('codebook 215: meals and exchanges of information as meetings; the SDF’s commanders as principals', () => {
  it.each([
    ['8月20日、山田防衛大臣は、訪日中のロッシ伊国防大臣とワーキング・ランチを実施しました。', 'talks 2024-08-20 ITA minister'],
    ['8月21日、山田防衛副大臣は、スミス英国防担当閣外大臣との昼食会を行いました。', 'talks 2024-08-21 GBR senior-vice-minister'],
    ['8月22日、山田横須賀地方総監は、在日米海軍司令官と情報交換会を行いました。', 'talks 2024-08-22 USA official'],
  ])('%s', (sentence, expected) => {
    expect(briefs(page(`大臣等の動静\n\n${sentence}\n`, '2024-08-31').filter((e) => e.kind === 'talks'))).toEqual([expected]);
  });

  it('gives no meeting for a meal to come, one of many countries, or one without a Japanese principal', () => {
    const none = (s: string) => page(`大臣等の動静\n\n${s}\n`, '2024-08-31').filter((e) => e.kind === 'talks');
    expect(none('8月23日、会議の後には各国の大臣による昼食会が予定されています。')).toEqual([]);
    expect(none('8月24日、ロッシ伊国防大臣は、在京大使館で夕食会を開きました。')).toEqual([]);
    expect(none('8月25日、山田防衛大臣は、防衛省の職員と昼食会を行いました。')).toEqual([]);
  });

  it('keeps a lunch after the meeting one meeting', () => {
    const ev = page('大臣等の動静\n\n8月26日、山田防衛大臣は、ロッシ伊国防大臣と会談を行い、引き続きワーキング・ランチを行いました。\n', '2024-08-31');
    expect(briefs(ev.filter((e) => e.kind === 'talks'))).toEqual(['talks 2024-08-26 ITA minister']);
  });
});

describe('codebook 216: a capacity-building project named like an exercise is no exercise', () => {
  it('gives no exercise for the engineering project in East Timor joined as capacity building', () => {
    const text = '能力構築支援の実施について\n\n令和5年9月1日から30日まで、陸上自衛隊の隊員が、東ティモールにおける施設分野の能力構築支援事業「ハリィ・ハムトゥック」に参加しました。\n';
    expect(page(text, '2023-10-05').filter((e) => e.kind === 'exercise')).toEqual([]);
  });
  it('still reads a multinational training told with 共同訓練 as an exercise', () => {
    expect(section(['2019年6月、陸自は、東ティモール軍及び豪軍との多国間共同訓練に参加した。']).filter((e) => e.kind === 'exercise').map(brief)).toEqual([
      'exercise 2019-06 AUS,TLS unit',
    ]);
  });
});

describe('codebook 217: counterparts known by name; a counterpart’s words as a minister tells them', () => {
  it.each([
    ['2016年6月、山田防衛大臣は、ピノッティ国防大臣と会談を行った。', 'talks 2016-06 ITA minister'],
    ['2013年5月、山田防衛大臣は、ショイグ国防相と電話会談を行った。', 'talks 2013-05 RUS minister'],
    ['2019年5月、統幕長は、ゲラシモフ参謀総長と会談した。', 'talks 2019-05 RUS chief-joint-staff'],
    ['2020年7月、山田防衛大臣は、フォン・デア・ライエン国防大臣とテレビ会談を行った。', 'talks 2020-07 DEU minister'],
  ])('%s', (sentence, expected) => {
    expect(briefs(section([sentence]).filter((e) => e.kind === 'talks'))).toEqual([expected]);
  });
  it('takes no country from a known name under a title of another level', () => {
    // ゲラシモフ is a chief of staff: a minister's title after the name is another person's
    expect(section(['2019年5月、山田防衛大臣は、ゲラシモフ国防大臣と会談した。']).filter((e) => e.kind === 'talks').flatMap((e) => e.partners)).not.toContain('RUS');
  });
  it('reads 「…からは、…という話がありました」 as the counterpart’s words, no act of Japan’s', () => {
    const text =
      '防衛大臣記者会見\n\n令和元年6月1日\n\nA:本日、イタリアのロッシ国防大臣と会談を行いました。ロッシ伊国防大臣からは、本年の秋に来日し、準備中の覚書に署名を行って、交流を深めたいとのお話がありました。\n';
    const ev = page(text, '2019-06-01');
    expect(ev.filter((e) => e.kind === 'agreement')).toEqual([]);
    expect(briefs(ev.filter((e) => e.kind === 'talks'))).toEqual(['talks 2019-06-01 ITA minister']);
  });
});

describe('codebook 218: humble forms of meeting are the speaker’s own act', () => {
  const conference = (answer: string) =>
    page(`防衛大臣記者会見\n\n令和2年8月29日\n\nQ:本日の会談について伺います。\n\nA:${answer}\n`, '2020-08-29').filter((e) => e.kind === 'talks');
  it.each([
    ['本日、インドのシン国防大臣とお会いしました。', 'talks 2020-08-29 IND minister'],
    ['エスパー長官と直接お話ができたことは、大変有意義でありました。', 'talks 2020-08-29 USA minister'],
    ['午前中に、豪州のレイノルズ国防大臣ともお目にかかり、協力の推進で一致しました。', 'talks 2020-08-29 AUS minister'],
    ['今朝は、フィリピンの国防大臣とお話をさせていただきました。', 'talks 2020-08-29 PHL minister'],
  ])('%s', (answer, expected) => {
    expect(briefs(conference(answer))).toEqual([expected]);
  });
  it('gives no meeting for a journalist’s words, a quotation, a plan, or a page with no speaker', () => {
    expect(page('防衛大臣記者会見\n\n令和2年8月29日\n\nQ:昨日、インドの国防大臣とお会いしたと思いますが、印象はいかがですか。\n', '2020-08-29').filter((e) => e.kind === 'talks')).toEqual([]);
    expect(conference('地域の安定には連携が欠かせないとお話をしたところであります。')).toEqual([]);
    expect(conference('来週、インドの国防大臣とお会いする予定です。')).toEqual([]);
    expect(section(['2020年8月、インドの国防大臣とお会いした。']).filter((e) => e.kind === 'talks')).toEqual([]);
  });
});

describe('codebook 219: an act described is not an act told', () => {
  it('reads boarding a foreign ship told as done, not a boarding that describes the crew in a photo list', () => {
    const told = page('大臣の動静\n\n10月3日、山田防衛大臣は、米空母「ジョージ・ワシントン」に乗艦し、艦内を視察しました。\n', '2022-10-31');
    expect(told.filter((e) => e.kind === 'other').map(brief)).toEqual(['other 2022-10-03 USA ']);
    const described = page(
      '日仏共同訓練の様子\n\n5月5日、護衛艦「いせ」は、仏海軍艦艇と共同訓練を実施しました。訓練中の写真 5月6日、仏海軍艦艇に乗艦する「いせ」乗員と、5月7日、「いせ」に着艦する仏海軍ヘリコプター。\n',
      '2022-05-31',
    );
    expect(described.filter((e) => e.kind === 'other')).toEqual([]);
  });
});

describe('codebook 230: a capacity-building project card (期間, 場所, 派遣要員, 支援対象)', () => {
  const cb = (text: string, published: string) =>
    page(text, published)
      .filter((e) => e.kind === 'capacity-building')
      .map((e) => [e.date, e.dateEnd ?? '', e.partners.join(','), e.method].join(' '));
  it('reads a card of labelled fields as one dispatch to the force it names', () => {
    const text = '能力構築支援事業の紹介\n\n期間 令和4年6月1日~令和4年6月20日\n場所 ウランバートル近郊の演習場\n支援対象 モンゴル軍工兵部隊30名\n派遣要員 陸上自衛官8名\n';
    expect(cb(text, '2022-07-01')).toEqual(['2022-06-01 2022-06-20 MNG dispatch']);
  });
  it('keeps the other supporting countries of the card co-hosts of the one activity', () => {
    const text = '能力構築支援事業の紹介\n\n期間 令和5年9月1日~9月30日\n場所 東ティモール民主共和国 ディリ近郊\n参加要員 陸上自衛隊12名\n支援対象 東ティモール国防軍工兵部隊\n他支援国 豪州(陸軍)、米国(海兵隊)\n';
    expect(cb(text, '2023-10-15')).toEqual(['2023-09-01 2023-09-30 AUS,TLS,USA dispatch']);
  });
  it('leaves an invitation card to the sentence that tells it, and the words in running text alone', () => {
    const invitation =
      '能力構築支援事業の紹介\n\n期間 令和6年2月5日~9日\n場所 防衛省本省(市ヶ谷)\n支援対象 ベトナム人民軍工兵部隊10名\n\n防衛省は、2月5日から9日までの間、ベトナム人民軍の工兵部隊関係者10名を招へいし、施設分野の能力構築支援を行いました。\n';
    expect(cb(invitation, '2024-02-20')).toEqual(['2024-02-05 2024-02-09 VNM invitation']);
    expect(cb('支援の方針\n\n令和5年4月1日、防衛省は、モンゴル軍を支援対象国の一つとして、派遣要員の選定を始めました。\n', '2023-04-10')).toEqual([]);
  });
});

describe('codebook 231: meetings named by the level of their participants; humble forms by phone', () => {
  it('takes a meeting of 部長級/次長級 participants as the officials’ (working level)', () => {
    expect(briefs(section(['2019年5月、東京において、日英防衛当局の部長級協議を行った。']).filter((e) => e.kind === 'talks'))).toEqual(['talks 2019-05 GBR official']);
    expect(briefs(section(['2008年3月、トルコとの間で次長級協議を行った。']).filter((e) => e.kind === 'talks'))).toEqual(['talks 2008-03 TUR official']);
  });
  it('gives no meeting for a level named without a meeting told', () => {
    expect(section(['2019年5月、部長級の人事交流について検討することとした。']).filter((e) => e.kind === 'talks')).toEqual([]);
  });
  it('reads a humble form by phone as a phone call of the speaker', () => {
    const ev = page('防衛大臣記者会見\n\n令和3年3月2日\n\nA:本日、英国のウォレス国防大臣と電話でお話をいたしました。\n', '2021-03-02').filter((e) => e.kind === 'talks');
    expect(ev.map((e) => [e.date, e.partners.join(','), e.jpRole, e.mode].join(' '))).toEqual(['2021-03-02 GBR minister phone']);
  });
});

describe('codebook 232: a counterpart by title alone, met at one country’s ministry', () => {
  it.each([
    ['2023年4月25日、山田事務次官は、米国防総省において、スミス国防次官と会談を実施した。', 'talks 2023-04-25 USA administrative-vice-minister'],
    ['2023年4月26日、山田事務次官は、英国防省で、ジョーンズ国防担当閣外大臣と懇談した。', 'talks 2023-04-26 GBR administrative-vice-minister'],
  ])('%s', (sentence, expected) => {
    expect(briefs(section([sentence]).filter((e) => e.kind === 'talks'))).toEqual([expected]);
  });
  it('takes no venue’s country for a counterpart whose own country is written, nor between two venues', () => {
    expect(briefs(section(['2023年4月25日、山田事務次官は、米国防総省において、豪国防次官と会談した。']).filter((e) => e.kind === 'talks'))).toEqual([
      'talks 2023-04-25 AUS administrative-vice-minister',
    ]);
    expect(section(['2023年4月25日、山田事務次官は、米国防総省及び英国防省において、スミス国防次官と会談した。']).filter((e) => e.kind === 'talks')).toEqual([]);
  });
});

describe('codebook 233: remote meetings in every wording', () => {
  it.each([
    ['2021年2月、山田防衛大臣は、インドネシア国防大臣とテレビ電話会談を行った。', 'video'],
    ['2021年3月、山田防衛大臣は、英国防大臣とウェブ会議を実施した。', 'video'],
    ['2021年4月、山田統幕長は、豪国防軍司令官とリモートで会談した。', 'video'],
    ['2021年5月、山田防衛大臣は、仏軍事大臣と電話会談を行った。', 'phone'],
  ])('%s', (sentence, mode) => {
    expect(section([sentence]).filter((e) => e.kind === 'talks').map((e) => e.mode)).toEqual([mode]);
  });
  it('gives no meeting for remote work named without a counterpart', () => {
    expect(section(['2021年2月、防衛省は、職員のウェブ会議の環境を整備した。']).filter((e) => e.kind === 'talks')).toEqual([]);
  });
});
