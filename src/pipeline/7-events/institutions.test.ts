/**
 * Visits received by the ministry's institutions (codebook 280–282): the Defense Academy (防衛大学校, 本校) and the
 * research institute (防衛研究所) and their heads as the Japanese side; a call received 「…の訪問を受け」「…の表敬を
 * 受け」; a delegation or an attaché calling on the institution; an activity page's entries, each a title line above a
 * dated lead. Every passage is written for the test (none is copied from a page); the neighbours must give nothing.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function eventsOf(text: string, published = '2024-06', kind = 'activity'): KoryuEvent[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'topics.txt'), { published, kind });
  return extractEvents(doc).events;
}
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(','), e.jpRole].join(' ');
const talksOf = (text: string, published?: string, kind?: string) =>
  eventsOf(text, published, kind).filter((e) => e.kind === 'talks').map(brief).sort();

describe('an institution and its head are the Japanese side (codebook 280)', () => {
  it('reads the academy as the topic that received a visitor and talked with them', () => {
    expect(talksOf('6月3日、防衛大学校は、タイ王国陸軍士官学校長の来訪を受け、学校長と懇談を行いました。')).toEqual(['talks 2024-06-03  THA official']);
  });
  it('reads the institute as the place a foreign ambassador called on', () => {
    expect(talksOf('9月14日、駐日ブラジル大使が防衛研究所を訪問し、所長と意見交換を行いました。')).toEqual(['talks 2023-09-14  BRA official']);
  });
  it('reads 本校 and a head named with his surname (令和 year, honorific verbs)', () => {
    expect(talksOf('令和5年7月19日、フィリピン海軍司令官が本校を訪問し、佐藤学校長と懇談されたのち、学生舎を見学されました。', '2023-08', 'other')).toEqual([
      'talks 2023-07-19  PHL official',
    ]);
  });
  it('takes no institution named in passing as a principal (「防衛大学校への留学生」): one meeting, the minister\'s', () => {
    const text = '2009年3月には防衛大臣が来日したペルー国防大臣と会談を行い、防衛大学校へのペルーからの留学生受入れなどについて意見交換を行った。';
    expect(talksOf(text, '2009', 'whitepaper')).toEqual(['talks 2009-03  PER minister']);
  });
  it('gives nothing for Japanese or academic visitors, nor for a habit of receiving visitors', () => {
    expect(talksOf('5月10日、東京大学の教授一行が防衛研究所を訪問し、所長と意見交換を行いました。')).toEqual([]);
    expect(talksOf('10月2日、シドニー大学の研究者が防衛研究所を訪れ、研究交流を行いました。')).toEqual([]);
    expect(talksOf('防衛大学校では、毎年多くの外国軍人の来訪を受けている。')).toEqual([]);
  });
});

describe('a call received: 「…の訪問を受け」「…の表敬を受け」 (codebook 281)', () => {
  it('reads 「…一行の訪問を受けるとともに」 with a western year', () => {
    expect(talksOf('2023年10月12日、防衛研究所は、オーストラリア国防大学学長一行の訪問を受けるとともに、意見交換を行った。')).toEqual([
      'talks 2023-10-12  AUS official',
    ]);
  });
  it('reads a visit received with no meeting word after it (a briefing)', () => {
    expect(talksOf('5月9日、防衛研究所は、ケニア国防次官の訪問を受け、ブリーフィングを行いました。')).toEqual(['talks 2024-05-09  KEN official']);
  });
  it('reads a courtesy call received by the institute\'s head, the visitor named by country and post', () => {
    expect(talksOf('4月25日、防衛研究所長は、来訪したカナダ国防省政策局長の表敬を受けた。')).toEqual(['talks 2024-04-25  CAN official']);
  });
  it('tells a courtesy call received by the minister once', () => {
    const text = '9月22日には宮本副大臣がノルウェー国防副大臣と会談しました。\n9月25日、防衛大臣は、防衛省を訪れたノルウェー国防軍司令官の表敬を受けました。';
    expect(talksOf(text, '2023-09')).toEqual(['talks 2023-09-22  NOR senior-vice-minister', 'talks 2023-09-25  NOR minister']);
  });
  it('reads a force\'s delegation calling on the academy (「…の訪問団が…を訪れ」)', () => {
    expect(talksOf('11月8日(水)、ベトナム人民軍総参謀部の訪問団が防衛大学校を訪れ、山田副校長を表敬しました。')).toEqual(['talks 2023-11-08  VNM official']);
  });
  it('reads an attaché\'s call and the talk after it as one meeting', () => {
    expect(talksOf('9月7日(水)、在日ケニア大使館付国防武官が防衛研究所を訪問され、副所長と懇談した後、研究部長との意見交換を行いました。', '2022-09')).toEqual([
      'talks 2022-09-07  KEN official',
    ]);
  });
});

describe("an activity page's entries: title line, dated lead (codebook 282)", () => {
  const page = [
    '防衛研究所の動向',
    '2024年2月',
    'モンゴル国防大学の来訪',
    '2月20日、防衛研究所は、モンゴル国防大学学長一行の訪問を受け、意見交換を実施しました。',
    '',
    '2024年1月',
    'ASEAN地域フォーラム関連会議への参加',
    '1月16日~18日、防衛研究所の研究者は、ラオスで開催された第27回ARF国防大学校長会議に参加しました。',
    '',
  ].join('\n');
  it('dates each entry by its own lead, not by the month heading or the title glued before it', () => {
    const ev = eventsOf(page, '2024-02');
    expect(ev.filter((e) => e.kind === 'talks').map(brief)).toEqual(['talks 2024-02-20  MNG official']);
    const forum = ev.filter((e) => e.kind === 'conference');
    expect(forum.map((e) => [e.date, e.dateEnd].join('..'))).toEqual(['2024-01-16..2024-01-18']);
  });
});

describe('an invitation is capacity building only when it teaches or supports (codebook 283)', () => {
  const cb = (text: string) => eventsOf(text, '2024-06', 'other').filter((e) => e.kind === 'capacity-building').map(brief).sort();
  it('gives no capacity building for the guests of a reunion, a cadet conference, a workshop or an exchange on a ship', () => {
    expect(cb('防衛大学校は、令和2年12月4日、卒業留学生の同窓会を開催し、タイ、ベトナム、フィリピンの3カ国から12名の卒業生を招へいしました。')).toEqual([]);
    expect(cb('本校は、令和3年3月2日から、国際士官候補生会議を開催し、ブラジルやケニアなど15か国から士官候補生を招へいした。')).toEqual([]);
    expect(cb('防衛研究所は、2024年1月23日、マレーシア及びインドネシアの有識者を招へいし、ワークショップを開催しました。')).toEqual([]);
    expect(cb('2022年10月、海上自衛隊は、インド海軍及び豪海軍の若手士官を招へいし、練習艦での交流行事を行った。')).toEqual([]);
  });
  it('keeps an invitation that names what was taught: a field, 教育, 技術指導', () => {
    expect(cb('2019年9月、陸上自衛隊はベトナム人民軍の衛生要員を招へいし、災害医療に関する研修を実施した。')).toEqual(['capacity-building 2019-09  VNM unit']);
    expect(cb('防衛省は、2018年11月、モンゴル軍の工兵要員を日本に招へいし、道路構築の教育を行った。')).toEqual(['capacity-building 2018-11  MNG unit']);
    expect(cb('2016年7月には、東ティモール国防軍の要員を招へいし、車両整備の技術指導を行った。')).toEqual(['capacity-building 2016-07  TLS unit']);
  });
});

describe('foreign students are a personnel event only when received (codebook 284)', () => {
  const people = (text: string) => eventsOf(text, '2024-06', 'other').filter((e) => e.kind === 'personnel').map(brief).sort();
  it('reads students received, entering the school, or a cohort schooled from a date', () => {
    expect(people('2023年4月、防衛大学校はフィリピン海軍から2名の留学生を受け入れた。')).toEqual(['personnel 2023-04  PHL unit']);
    expect(people('令和2年4月、タイ王国から留学生3名が本校に入校しました。')).toEqual(['personnel 2020-04  THA unit']);
    expect(people('2023年9月1日から、ドイツ連邦軍の学生2名が1学期留学生として本校で教育訓練を受けている。')).toEqual(['personnel 2023-09-01  DEU unit']);
  });
  it('gives nothing for students met by a visitor, graduating, or received over years', () => {
    expect(people('6月5日、モンゴル国防次官は学校長を表敬されたのち、モンゴルから派遣されている留学生と懇談されました。')).toEqual([]);
    expect(people('令和6年3月17日の卒業式には、駐日ラオス大使が参列され、ラオスからの留学生2名の卒業を祝福された。')).toEqual([]);
    expect(people('本校はカンボジアから2005年以降、30名の留学生をこれまで受け入れてきた。')).toEqual([]);
  });
});

describe('a visitor calling on an institution, told as its subject (codebook 285)', () => {
  const talks = (text: string) => talksOf(text, '2024-06', 'other');
  it('reads a title, a name and a rank as subject, a date before the institution', () => {
    expect(talks('インド陸軍参謀長 マノジ・パンデ陸軍大将が令和5年4月10日、防衛大学校を訪問されました。')).toEqual(['talks 2023-04-10  IND official']);
    expect(talks('ペルー国軍統合参謀本部議長 ホセ・ルイス中将他2名が、2月9日(木)、日本訪問の一環として本校を訪問した。')).toEqual(['talks 2024-02-09  PER official']);
  });
  it('reads a force\'s delegation of several and a minister named after the country', () => {
    expect(talks('ブルネイ国軍司令部 作戦部長 ハジ・アリ海軍大佐ら5名からなる訪問団は、令和4年11月2日、防衛大学校を訪問されました。')).toEqual([
      'talks 2022-11-02  BRN official',
    ]);
    expect(talks('スペイン王国 マルガリータ・ロブレス国防大臣は、令和5年6月8日、本校を訪問された。')).toEqual(['talks 2023-06-08  ESP official']);
  });
  it('gives nothing for an academy of letters or students of a country (no official side)', () => {
    expect(talks('2月20日、カンボジア王立学士院院長が防衛研究所を訪問し、研究者と意見交換を行いました。')).toEqual([]);
    expect(talks('オーストラリアの大学生10名が、令和5年8月1日、防衛大学校を訪問しました。')).toEqual([]);
  });
});

describe('a meeting gathered at or held in an institution is hosted by it (codebook 286)', () => {
  const forums = (text: string) =>
    eventsOf(text, '2024-06', 'other').filter((e) => e.kind === 'conference').map((e) => [e.date, e.dateEnd ?? '', e.partners.join(','), e.jpRole].join(' '));
  it('reads cadets gathered at the academy for a numbered conference, and a meeting held at it', () => {
    expect(forums('令和5年3月1日から3日まで、アジアや欧州の12か国から士官候補生20名が防衛大学校に集まり、第26回国際士官候補生会議が開催されました。')).toEqual([
      '2023-03-01 2023-03-03  official',
    ]);
    expect(forums('2023年10月5日、防衛大学校で開催された第3回アジア太平洋士官学校長会議には、8か国の校長が参加した。')).toEqual(['2023-10-05   official']);
  });
  it('gives nothing for students gathered for an event, nor for a conference held every year', () => {
    expect(forums('令和5年5月、防衛大学校に集まった学生は、週末の行事に参加した。')).toEqual([]);
    expect(forums('毎年3月に防衛大学校で開催されている国際士官候補生会議は、平成10年から続いている。')).toEqual([]);
  });
});

describe("the institute's researchers in dialogues and research exchanges abroad (codebook 287)", () => {
  it('reads the institute\'s researchers, or researchers by surname, in a research exchange or a trilateral dialogue', () => {
    expect(talksOf('令和5年10月3日から5日にかけて、防衛研究所の研究者はソウルを訪問し、韓国国防研究院との日韓研究交流に参加しました。')).toEqual([
      'talks 2023-10-03 2023-10-05 KOR official',
    ]);
    expect(talksOf('6月19日から20日まで、防衛研究所の主任研究官がワシントンを訪問し、日米韓三極対話に参加した。')).toEqual(['talks 2024-06-19 2024-06-20 KOR,USA official']);
    expect(talksOf('2022年9月21日から23日にかけて、山田主任研究官と佐藤所員は韓国を訪問し、韓国陸軍の研究所において日韓戦史研究交流に参加した。')).toEqual([
      'talks 2022-09-21 2022-09-23 KOR official',
    ]);
  });
  it('gives nothing for a meeting with domestic universities, nor for an exchange held every year', () => {
    expect(talksOf('2024年5月10日、防衛研究所は、国内の大学と共同で研究会を開催しました。')).toEqual([]);
    expect(talksOf('日米研究交流は2015年から毎年実施している。')).toEqual([]);
  });
});

describe('a relationship talked about is no party to the talk (codebook 520)', () => {
  it('gives nothing for an academic caller who discussed 日X relations with researchers', () => {
    expect(talksOf('2月22日、ラオス王立学士院院長が防衛研究所を訪問し、研究者と日米関係や日中関係について意見交換を行いました。')).toEqual([]);
  });
  it('keeps the counterpart named as a title, and a 日X compound naming the meeting', () => {
    expect(talksOf('5月8日、防衛研究所長は、来訪したオーストラリア国防次官と日豪関係の将来について意見交換を行いました。')).toEqual(['talks 2024-05-08  AUS official']);
    expect(talksOf('5月9日、防衛研究所長は、日豪研究交流を実施しました。')).toEqual(['talks 2024-05-09  AUS official']);
  });
});

describe("an entry's visit title names the visitor's country for its lead (codebook 521)", () => {
  const page = (title: string) => ['研究所の動き', '2024年5月', title, '5月14日、防衛研究所は、マリア・ロペス所長ご一行の訪問を受け、意見交換を実施しました。', ''].join('\n');
  it('reads the visitor of the lead as the country the title writes first (the centre\'s, not the one it studies)', () => {
    expect(talksOf(page('ブラジル日本研究センター長の来訪'), '2024-05')).toEqual(['talks 2024-05-14  BRA official']);
    expect(talksOf(page('メキシコ中国研究所長の来訪'), '2024-05')).toEqual(['talks 2024-05-14  MEX official']);
  });
  it('gives nothing when the title names no country, even after an entry that named one', () => {
    expect(talksOf(page('海外研究者の来訪'), '2024-05')).toEqual([]);
    const two = [
      '2024年5月',
      'ペルー国防大学の来訪',
      '5月10日、防衛研究所は、ペルー国防大学学長一行の訪問を受けました。',
      '東西研究所フェローの来訪',
      '5月14日、防衛研究所は、ジョン・スミス氏の訪問を受けました。',
      '',
    ].join('\n');
    expect(talksOf(two, '2024-05')).toEqual(['talks 2024-05-10  PER official']);
  });
});

describe('a visitor who came to an institution: 「…が防衛研究所に来訪され」 (codebook 522)', () => {
  it('reads a force\'s delegation, its leader in brackets, coming to the institute or the academy', () => {
    expect(talksOf('5月8日、インドネシア国軍の視察団(団長・アフマド陸軍准将)が防衛研究所に来訪されました。')).toEqual(['talks 2024-05-08  IDN official']);
    expect(talksOf('5月2日、ベトナム人民軍の訪問団が防衛大学校に来訪し、学校長と懇談しました。')).toEqual(['talks 2024-05-02  VNM official']);
  });
  it('gives nothing for students or a university coming to it', () => {
    expect(talksOf('5月9日、シンガポール国立大学の学生一行が防衛研究所に来訪されました。')).toEqual([]);
  });
});

describe("the institution's people abroad on business with the hosts (codebook 523)", () => {
  it('reads researchers who went to a country to brief or explain their report as a meeting with it', () => {
    expect(talksOf('5月13~17日、佐藤主任研究官と田中研究員の2名は、年次報告書の説明のため、オーストラリアを訪問しました。')).toEqual([
      'talks 2024-05-13 2024-05-17 AUS official',
    ]);
  });
  it('gives nothing for a trip telling no business with the hosts, nor for students abroad', () => {
    expect(talksOf('5月13~17日、佐藤主任研究官は、国際学会で発表するため、カナダを訪問しました。')).toEqual([]);
    expect(talksOf('5月20日、防衛大学校の学生10名がタイを訪問し、現地の学生と懇談しました。')).toEqual([]);
  });
});
