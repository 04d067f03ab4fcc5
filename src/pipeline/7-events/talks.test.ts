/**
 * Talks constructions of the real texts (issue 7): visits that are the meeting, the older titles,
 * the dates of one clause, courtesy calls paid one by one. Every passage is written for the test in
 * the style of the ministry's texts; each row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../model/document.js';
import type { KoryuEvent } from '../../model/event.js';
import { docFromSections } from '../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

const IND: SectionSubject = { kind: 'country', codes: ['IND'], label: 'インド' };
const RUS: SectionSubject = { kind: 'country', codes: ['RUS'], label: 'ロシア' };
const SEA: SectionSubject = { kind: 'region', codes: [], label: '東南アジア' };
const EUROPE: SectionSubject = { kind: 'region', codes: [], label: '欧州' };

function talks(paragraphs: string[], subject: SectionSubject | undefined = SEA): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '1　交流', subject, paragraphs }])).events.filter((e) => e.kind === 'talks');
}
/** The talks of a whole page written as plain text (its head lines tell who speaks), with its date. */
function pageTalks(text: string, published: string): KoryuEvent[] {
  return extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events.filter((e) => e.kind === 'talks');
}
const brief = (e: KoryuEvent) => [e.date, e.partners.join(','), e.jpRole, e.mode].join(' ');
const briefs = (evs: KoryuEvent[]) => evs.map(brief).sort();

describe('talks: the older titles', () => {
  it('reads 防衛庁長官 (当時) as the minister, heading its clause', () => {
    expect(briefs(talks(['2003年9月、山川防衛庁長官(当時)が来日したグレイ国防大臣と会談した。'], IND))).toEqual(['2003-09 IND minister in-person']);
  });
  it('reads 統合幕僚会議議長 as the chief of the joint staff', () => {
    expect(briefs(talks(['2004年2月、統合幕僚会議議長は、ロシア軍参謀総長と会談した。'], RUS))).toEqual(['2004-02 RUS chief-joint-staff in-person']);
  });
});

describe('talks: the dates of one clause', () => {
  it('takes the date nearest the meeting, not a forum named before it', () => {
    const ev = talks(['山田防衛大臣は、2009年2月の国際会議を終えて帰国した後、同年5月の国際会議において、シンガポール国防大臣と会談を行った。']);
    expect(briefs(ev)).toEqual(['2009-05 SGP minister in-person']);
  });
  it('keeps both occasions when the meeting is said to follow the first (「…に引き続き」)', () => {
    const ev = talks(['山田防衛大臣は、2009年2月の欧州の会議に引き続き、同年5月のアジアの会議において、シンガポール国防大臣と会談を行った。']);
    expect(briefs(ev)).toEqual(['2009-02 SGP minister in-person', '2009-05 SGP minister in-person']);
  });
});

describe('talks: visits that are the meeting (rule 21)', () => {
  it('makes one meeting per country visited, with the visitor as principal', () => {
    const ev = talks(['2011年1月には、佐藤防衛大臣政務官がタイ、ネパール及びマレーシアを訪問し、各国の国防関係者と意見交換を行った。']);
    expect(briefs(ev)).toEqual([
      '2011-01 MYS parliamentary-vice-minister in-person',
      '2011-01 NPL parliamentary-vice-minister in-person',
      '2011-01 THA parliamentary-vice-minister in-person',
    ]);
  });
  it('splits chained visits into their own clauses, each with its date and principal', () => {
    const ev = talks(['2010年5月、佐藤防衛副大臣がラオスを訪問し、意見交換を行ったほか、同年6月、鈴木事務次官がタイ及びシンガポールを訪問し、国防次官と会談した。']);
    expect(briefs(ev)).toEqual([
      '2010-05 LAO senior-vice-minister in-person',
      '2010-06 SGP administrative-vice-minister in-person',
      '2010-06 THA administrative-vice-minister in-person',
    ]);
  });
  it('reads a visit written with a short form (訪豪) and one told before its principal (訪印した総理は)', () => {
    expect(briefs(talks(['2005年5月、大野防衛大臣が訪豪し、国防大臣と協力を確認した。'], undefined))).toEqual(['2005-05 AUS minister in-person']);
    expect(briefs(talks(['2007年8月、訪印した安倍総理(当時)は、シン首相との間で協力の強化を確認した。'], undefined))).toEqual(['2007-08 IND prime-minister in-person']);
  });
  it('pairs a foreign visitor with the Japanese principal named after the visit', () => {
    const ev = talks(['2007年2月、韓国国防部長官(当時)が来日し、久保防衛大臣(当時)と、地域情勢について意見交換を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2007-02 KOR minister in-person']);
  });
  it('chains visitors to Japan each with its own host (「…が訪日し海幕長と、…が訪日し陸幕長と」)', () => {
    const ev = talks(['2007年6月には韓国海軍参謀総長(当時)が訪日し山本海幕長と、2008年1月には韓国陸軍参謀総長が訪日し川口陸幕長と、それぞれ会談した。'], undefined);
    expect(briefs(ev)).toEqual(['2007-06 KOR chief-msdf in-person', '2008-01 KOR chief-gsdf in-person']);
  });
  it('gives a visitor with no host named the counterpart of its rank, less surely', () => {
    const ev = talks(['2010年は、6月に露空軍司令官の訪日、9月に露軍参謀総長の訪日が行われた。'], RUS);
    expect(briefs(ev)).toEqual(['2010-06 RUS chief-asdf in-person', '2010-09 RUS chief-joint-staff in-person']);
    expect(ev.every((e) => e.confidence < 0.8)).toBe(true);
  });
  it('reads a foreign principal calling on a Japanese one (「…司令官が統幕長を訪問し」)', () => {
    const ev = talks(['2019年10月にはミャンマー国軍司令官が初めて統幕長を訪問し、協力の推進を確認した。'], undefined);
    expect(briefs(ev)).toEqual(['2019-10 MMR chief-joint-staff in-person']);
  });
  it('does not make the host of a forum a partner when the visit was to attend it (rule 28)', () => {
    const ev = talks(['2018年10月、山田防衛大臣は、シンガポールを訪問し、第5回拡大ASEAN国防相会議に出席した。']);
    expect(ev).toEqual([]);
  });
  it("does not make a leader's visit told as the occasion of a document a summit", () => {
    expect(talks(['ヨルダンとの間では、2016年10月、ヨルダン国王が訪日した際に、防衛交流に関する覚書に署名した。'])).toEqual([]);
  });
  it('keeps visits a meeting only from the chiefs of staff up; an official’s 意見交換 there is working-level talks', () => {
    expect(talks(['2012年3月、防衛政策局長がタイを訪問した。'])).toEqual([]);
    expect(briefs(talks(['2012年3月、防衛政策局長がタイを訪問し、意見交換を行った。']))).toEqual(['2012-03 THA official in-person']);
  });
  it('folds a trip over several days into the meeting dated inside it', () => {
    const ev = talks(['山田防衛大臣は、2018年8月19日から20日までの間、インドを訪問した。両大臣は、2018年8月20日、防衛相会談を行った。'], IND);
    expect(briefs(ev)).toEqual(['2018-08-20 IND minister in-person']);
    expect(ev[0].evidence).toHaveLength(2);
  });
  it('visits a part of an organization and a country in brackets (「NATO本部」「フィリピン(クラーク)」)', () => {
    const ev = talks(['2014年3月には、統幕長がベルギー、EU及びNATO本部を訪問し、意見交換を行った。'], EUROPE);
    expect(briefs(ev)).toEqual(['2014-03 BEL chief-joint-staff in-person', '2014-03 EU chief-joint-staff in-person', '2014-03 NATO chief-joint-staff in-person']);
  });
});

describe('talks: courtesy calls', () => {
  it('pays a courtesy call to each counterpart listed (表敬 is one by one)', () => {
    const ev = talks(['2023年11月15日、山田防衛副大臣は、インドネシア国防副大臣と会談するとともに、タイ、ベトナム及びラオスの国防大臣を表敬した。']);
    expect(briefs(ev)).toEqual([
      '2023-11-15 IDN senior-vice-minister in-person',
      '2023-11-15 LAO senior-vice-minister in-person',
      '2023-11-15 THA senior-vice-minister in-person',
      '2023-11-15 VNM senior-vice-minister in-person',
    ]);
  });
});

const GBR: SectionSubject = { kind: 'country', codes: ['GBR'], label: '英国' };
const AUS: SectionSubject = { kind: 'country', codes: ['AUS'], label: 'オーストラリア' };

describe('talks: meeting nouns that fix the level', () => {
  it('reads 外務・防衛閣僚協議 and 「2プラス2」 as a 2+2', () => {
    const ev = talks(['2018年10月、日豪外務・防衛閣僚協議(「2プラス2」)が行われた。'], AUS);
    expect(briefs(ev)).toEqual(['2018-10 AUS minister in-person']);
    expect(ev[0].name).toBe('2+2');
  });
  it('reads 防衛首脳会談 as the ministers’ meeting, not a summit', () => {
    expect(briefs(talks(['1998年、山田防衛庁長官が訪中した際の防衛首脳会談において、交流の進め方について合意した。'], undefined))).toEqual([
      '1998 CHN minister in-person',
    ]);
  });
  it('lets 次官会談 outrank the minister told before it in the sentence', () => {
    const ev = talks(['2012年6月、山田防衛大臣は来日したスペイン国防大臣と会談し、同日、次官会談も行われた。'], undefined);
    expect(briefs(ev)).toEqual(['2012-06 ESP administrative-vice-minister in-person', '2012-06 ESP minister in-person']);
  });
  it('reads a bilateral 防衛大臣会合 written with its 日X compound', () => {
    expect(briefs(talks(['2013年11月、日露防衛大臣会合が東京で行われた。'], undefined)).map((b) => b.split(' ').slice(0, 2).join(' '))).toEqual(['2013-11 RUS']);
  });
  it('makes one meeting per 日X compound listed before one meeting noun', () => {
    const ev = talks(['2023年6月、山田防衛大臣は、日中、日米豪比及び日韓防衛相会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2023-06 AUS,PHL,USA minister in-person', '2023-06 CHN minister in-person', '2023-06 KOR minister in-person']);
  });
  it('takes a summit as Japan’s when 「日X両首脳」 follows the trigger', () => {
    expect(briefs(talks(['昨年の9月の首脳会談で、日印両首脳が協力の重要性を強調した。'.replace('昨年の', '2017年')], undefined))).toEqual(['2017-09 IND prime-minister in-person']);
  });
});

describe('talks: wordings without 会談', () => {
  it('reads 意見交換 with a principal and a counterpart in the sentence', () => {
    expect(briefs(talks(['2007年2月、山田防衛大臣は、韓国国防部長官と地域情勢について意見交換を行った。'], undefined))).toEqual(['2007-02 KOR minister in-person']);
  });
  it('never gives 意見交換 the section’s country when the sentence names no counterpart', () => {
    expect(talks(['2020年5月、山田防衛大臣は、地域情勢について幅広く意見交換を行った。'], AUS)).toEqual([]);
  });
  it('reads the first meeting of a committee, dated after its name, and not a committee only named', () => {
    expect(briefs(talks(['日英防衛装備・技術協力運営委員会を2014年7月に初開催し、協力を進めている。'], GBR))).toEqual(['2014-07 GBR official in-person']);
    expect(talks(['2015年3月に設置された運営委員会の下で、協力を進めている。'], GBR)).toEqual([]);
  });
  it('does not read a meeting named as a topic (「…との会談について」)', () => {
    expect(talks(['2023年6月、スウェーデン国防大臣との会談について、山田統幕長は記者の質問に答えた。'], undefined)).toEqual([]);
  });
});

describe('talks: principals and counterparts', () => {
  it('makes one meeting per principal when principals of different roles met apart (相次いで, それぞれ)', () => {
    const ev = talks(['2007年8月、小野防衛大臣(当時)および木下防衛副大臣(当時)が相次いで訪印し、それぞれ国防大臣などと会談を行った。'], IND);
    expect(briefs(ev)).toEqual(['2007-08 IND minister in-person', '2007-08 IND senior-vice-minister in-person']);
  });
  it('reads a list ending 「…などの東南アジア諸国の国防大臣と二国間会談」 as one meeting each', () => {
    const ev = talks(['2010年10月11日、山田防衛大臣は、シンガポール、タイ、ベトナムなどの東南アジア諸国の国防大臣と二国間会談を行った。']);
    expect(briefs(ev)).toEqual(['2010-10-11 SGP minister in-person', '2010-10-11 THA minister in-person', '2010-10-11 VNM minister in-person']);
  });
  it('reads a surname and 大臣 as the minister, never another portfolio’s minister', () => {
    expect(briefs(talks(['2018年8月20日、小野大臣はインドのモディ首相への表敬を実施した。'], undefined))).toEqual(['2018-08-20 IND minister in-person']);
    expect(talks(['2021年3月、茂木外務大臣はドイツ大使と会談した。'], undefined)).toEqual([]);
  });
  it('takes a counterpart’s country from 「フランス陸軍のX参謀長」 and 「米国上院議員」', () => {
    expect(briefs(talks(['2021年5月12日、山田陸幕長は、フランス陸軍のデュポン参謀長とテレビ懇談を実施した。'], undefined))).toEqual([
      '2021-05-12 FRA chief-gsdf video',
    ]);
    expect(briefs(talks(['2022年4月16日、山田防衛大臣は、訪日中のスミス米国上院議員による表敬を受けた。'], undefined))).toEqual([
      '2022-04-16 USA minister in-person',
    ]);
  });
  it('takes a parliamentary committee chair’s country from the short form before the committee (codebook 423)', () => {
    expect(briefs(talks(['2025年2月4日、山田防衛大臣は、ブラウン米下院軍事委員会委員長一行による表敬を受けた。'], undefined))).toEqual([
      '2025-02-04 USA minister in-person',
    ]);
    expect(briefs(talks(['2025年2月5日、山田防衛大臣は、訪日中のシュミット独国防委員会委員長の表敬を受けた。'], undefined))).toEqual([
      '2025-02-05 DEU minister in-person',
    ]);
  });
  it('reads a country’s formal name, then a person’s name and title with no の (codebook 426)', () => {
    expect(briefs(talks(['2025年3月2日、山田防衛大臣は、ヨルダン・ハシェミット王国アルファイズ副首相兼国防大臣と会談を行った。'], undefined))).toEqual([
      '2025-03-02 JOR minister in-person',
    ]);
    // A katakana word right after a katakana name is the rest of one name, not a person (an operation of the EU's).
    expect(briefs(talks(['2025年3月2日、山田海幕長は、EU海軍部隊ソマリア・アタランタ作戦司令官と懇談した。'], undefined))).toEqual([
      '2025-03-02 EU chief-msdf in-person',
    ]);
  });
  it('makes two visits of days a week apart, one of a run of days (codebook 429)', () => {
    expect(briefs(talks(['2023年11月15日及び22日、山田海幕長は、フィリピン海軍大佐の来訪を受けた。'], undefined))).toEqual([
      '2023-11-15 PHL chief-msdf in-person',
      '2023-11-22 PHL chief-msdf in-person',
    ]);
    const run = talks(['2023年11月15日及び16日、山田海幕長は、フィリピン海軍大佐の来訪を受けた。'], undefined);
    expect(run.map((e) => `${e.date}..${e.dateEnd ?? ''}`)).toEqual(['2023-11-15..2023-11-16']);
  });
  it('does not date a meeting by the day its counterpart took office (「先月就任された…」)', () => {
    const ev = talks(['2017年6月3日、山田防衛大臣は、シンガポール国防大臣と会談を行った。その後、2017年5月に就任されたフランス軍事大臣と初めて防衛相会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2017-06-03 FRA minister in-person', '2017-06-03 SGP minister in-person']);
  });
});

describe('talks: occasions and restatements', () => {
  it('reads a meeting named with its 日X compound as talks, even when attended (「日米シニア・リーダーズ・セミナーに参加」)', () => {
    expect(briefs(talks(['2025年5月12日、山田陸幕長は、日米シニア・リーダーズ・セミナーに参加した。'], undefined))).toEqual(['2025-05-12 USA chief-gsdf in-person']);
  });
  it('dates 「今回の…の機会を活用し」 by the occasion the text last dated, when no event was told', () => {
    const ev = talks(['山田空幕長は、2017年7月11日から16日までの間、英国で開かれたシンポジウムに出席した。また、今回のシンポジウム出席の機会を活用し、英空軍参謀長と会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2017-07-11 GBR chief-asdf in-person']);
  });
  it('folds a meeting restated by its year into the one dated by its month', () => {
    const ev = talks(['2018年10月、日豪「2+2」が開催された。両大臣は、2018年の日豪「2+2」に際して特定した協力を確認した。'], AUS);
    expect(briefs(ev)).toEqual(['2018-10 AUS minister in-person']);
    expect(ev[0].evidence).toHaveLength(2);
  });
  it('reads 国防部長官 as Korean and 統合作戦司令官 after a country’s forces as that country’s', () => {
    expect(briefs(talks(['2007年2月、山田防衛大臣は、来日した金国防部長官と会談した。'], undefined))).toEqual(['2007-02 KOR minister in-person']);
    expect(briefs(talks(['2024年12月5日、山田統合幕僚副長は、訪日中のカナダ軍統合作戦司令官と会談を行った。'], undefined))).toEqual(['2024-12-05 CAN official in-person']);
  });
});

const CHN: SectionSubject = { kind: 'country', codes: ['CHN'], label: '中国' };
const EST: SectionSubject = { kind: 'country', codes: ['EST'], label: 'エストニア' };

describe('talks: clauses that do not inherit', () => {
  it('lets an organ as subject (「日中防衛当局は」) open a clause that takes no principal from before it', () => {
    const ev = talks(['2007年4月の日中首脳会談において、安倍内閣総理大臣と中国国務院総理との間で一致したことを踏まえ、日中防衛当局は、2008年4月に第1回共同作業グループ協議を開催した。'], CHN);
    expect(briefs(ev)).toEqual(['2007-04 CHN prime-minister in-person', '2008-04 CHN official in-person']);
  });
  it('keeps a meeting told after a visitor’s arrival at its own level (no protocol counterpart carried)', () => {
    const ev = talks(['ウクライナとの間では、2018年10月、ウクライナ国防次官が訪日し、覚書に署名したほか、日ウクライナ安全保障協議を開催した。'], undefined);
    expect(briefs(ev)).toEqual(['2018-10 UKR official in-person']);
  });
  it('dates the meeting told right after a visitor’s arrival by the visit (「…が訪日し、日X防衛相会談に際して」)', () => {
    const ev = talks(['2016年12月にオランダ国防大臣が訪日し、日オランダ防衛相会談に際して覚書の署名が行われた。'], undefined);
    expect(briefs(ev)).toEqual(['2016-12 NLD minister in-person']);
  });
});

describe('talks: dates and places around the meeting noun', () => {
  it('carries the date to a coordinated meeting held at a place (「…会談及び第4回日露「2+2」が東京で開催され」)', () => {
    const ev = talks(['2019年5月、日露防衛相会談及び第4回日露「2+2」が東京で開催された。'], undefined);
    expect(ev.map((e) => [e.date, e.partners.join(), e.name ?? ''].join(' ')).sort()).toEqual(['2019-05 RUS ', '2019-05 RUS 2+2']);
  });
  it('reads a date written after a meeting that is the topic (「日中安保対話（第13回）は、2015年3月に…開かれ」)', () => {
    expect(briefs(talks(['日中安保対話（第13回）は、2015年3月に東京において開かれた。'], CHN))).toEqual(['2015-03 CHN official in-person']);
  });
  it('reads the prime minister’s visit with no place written as a visit to the section’s country', () => {
    expect(briefs(talks(['同会談では、2018年1月の安倍内閣総理大臣訪問時の成果を踏まえ、協力を進めることで一致した。'], EST))).toEqual(['2018-01 EST prime-minister in-person']);
  });
  it('reads senior officials’ meetings and named dialogues as working-level talks', () => {
    expect(briefs(talks(['2020年10月、日EU双方は、高官級テレビ会議を実施した。'], undefined))).toEqual(['2020-10 EU official video']);
    expect(briefs(talks(['2017年3月には、第2回日仏包括的宇宙対話が開催された。'], undefined))).toEqual(['2017-03 FRA official in-person']);
    expect(briefs(talks(['2017年11月には、初めての「日豪能力構築支援ワーキンググループ」が開催された。'], undefined))).toEqual(['2017-11 AUS official in-person']);
  });
});

describe('talks: arrivals and the meetings after them', () => {
  it('keeps the arrival’s summit when the meeting named after it gives no event (a working group not said to have met)', () => {
    const ev = talks(['2013年5月、シン首相が来日し、日印両首脳は、防衛協力の拡大を歓迎するとともに、合同作業部会の設置を確認した。'], IND);
    expect(briefs(ev)).toEqual(['2013-05 IND prime-minister in-person']);
  });
  it('reads 「…の国防担当国務長官」 after its country, and a meeting named by its abbreviation before 「に参加」', () => {
    expect(briefs(talks(['2009年2月、来日した東ティモールのピント国防担当国務長官が山田防衛大臣への表敬を行った。'], undefined))).toEqual([
      '2009-02 TLS minister in-person',
    ]);
    const ev = talks(['山田陸幕長は、2025年5月11日、日米シニア・リーダーズ・セミナー・SLS及び日米豪比ランド・フォーシズ・ダイアログ・LFDに参加した。'], undefined);
    expect(briefs(ev)).toEqual(['2025-05-11 AUS,PHL,USA chief-gsdf in-person', '2025-05-11 USA chief-gsdf in-person']);
  });
});

describe('talks: visits written as nouns, and 「…と会った」', () => {
  it('reads a dated noun visit that the text says advanced cooperation, not one still to come', () => {
    const IDN: SectionSubject = { kind: 'country', codes: ['IDN'], label: 'インドネシア' };
    expect(briefs(talks(['また、2012年2月の防衛事務次官のインドネシア訪問などを通じて防衛協力が進展している。'], IDN))).toEqual([
      '2012-02 IDN administrative-vice-minister in-person',
    ]);
    expect(talks(['2012年2月、両国は中国国防部長の訪日などを調整することで一致した。'], undefined)).toEqual([]);
  });
  it('reads 「…と会い」 with a principal as a meeting, and not 「一堂に会し」', () => {
    expect(briefs(talks(['2021年6月、山田防衛大臣は、訪日したオーストラリア国防大臣と会い、協力を確認した。'], undefined))).toEqual(['2021-06 AUS minister in-person']);
    expect(talks(['2021年6月、山田防衛大臣は、各国の参加者と一堂に会し、議論した。'], AUS)).toEqual([]);
  });
});

describe('talks: what a sentence says about a meeting already told', () => {
  it('does not make 「本会談では」「会談では、」 a meeting of its own', () => {
    const ev = talks(['2012年9月、山田防衛大臣は来日した豪国防大臣と会談した。本会談では、2012年の協力を確認した。会談では、両大臣は一致した。'], AUS);
    expect(briefs(ev)).toEqual(['2012-09 AUS minister in-person']);
  });
  it('reads the mode written after the meeting (「「2+2」をテレビ会議形式で実施」) as its manner, not a second meeting', () => {
    const ev = talks(['2022年1月20日、日仏「2+2」をテレビ会議形式で実施した。'], undefined);
    expect(ev.map((e) => [e.date, e.partners.join(), e.mode, e.name].join(' '))).toEqual(['2022-01-20 FRA video 2+2']);
  });
  it('reads 安全保障協議委員会 (the SCC) as a 2+2', () => {
    expect(talks(['2011年6月21日、日米安全保障協議委員会が開催された。'], undefined).map((e) => [e.date, e.partners.join(), e.name].join(' '))).toEqual([
      '2011-06-21 USA 2+2',
    ]);
  });
  it('makes each 日X compound one meeting and the countries listed after them one each (「日米豪そして日米韓、更には米国、韓国の各国防相と2国間の会談」)', () => {
    const ev = talks(['2017年6月3日、山田防衛大臣は、日米豪そして日米韓、更には米国、韓国及びフランスの各国防相と2国間の会談を行った。'], undefined);
    expect(ev.map((e) => e.partners.join()).sort()).toEqual(['AUS,USA', 'FRA', 'KOR', 'KOR,USA', 'USA']);
  });
  it('reads a visit over a list of days as one trip, and a year glued to a forum’s name as its edition', () => {
    expect(briefs(talks(['2022年11月10日及び11日、フィリピン空軍司令官が訪日され、山田空幕長と懇談した。'], undefined))).toEqual(['2022-11-10 PHL chief-asdf in-person']);
    expect(briefs(talks(['2022年6月11日、第19回アジア安全保障会議(2022年シャングリラ会合)の機会に、山田防衛大臣は日米豪防衛相会談を行った。'], undefined))).toEqual([
      '2022-06-11 AUS,USA minister in-person',
    ]);
  });
  it('does not date a meeting by the month its counterpart took office (「7月にフランス陸軍参謀長に着任した…と」)', () => {
    expect(briefs(talks(['2021年8月31日、7月にフランス陸軍参謀長に着任したシル大将と山田陸幕長はテレビ会談を実施した。'], undefined))).toEqual([
      '2021-08-31 FRA chief-gsdf video',
    ]);
  });
});

describe('talks: dated by the document’s occasion only when told as done', () => {
  it('dates 「…と会談を行いました」 by the transcript’s own date, not 「10回目の会談だ」 nor 「既に行っております」', async () => {
    const { buildDocument, decodeBytes } = await import('../index.js');
    const text = '防衛大臣記者会見\n\n日時\n令和4年3月8日(火)10:05~10:20\n\n1 発表事項\n\n インドネシアの国防大臣と会談を行いました。今回が10回目の会談だということを確認いたしました。韓国とは既に会談を行っております。\n';
    const doc = buildDocument(decodeBytes(Buffer.from(text), 'kaiken.txt'));
    expect(extractEvents(doc).events.filter((e) => e.kind === 'talks').map(brief)).toEqual(['2022-03-08 IDN minister in-person']);
  });
});

const PNG_TON: SectionSubject = { kind: 'country', codes: ['PNG', 'TON'], label: 'パプアニューギニア及びトンガ' };

describe('talks: clauses headed by dates, visits without a place, calls received', () => {
  it('makes one meeting per date-headed clause sharing one trigger (「…国防大臣と、また同9月には、…国防大臣と、会談を行った」)', () => {
    const ev = talks(['2006年9月、山田防衛大臣はモンゴルを訪問し、バトエルデン国防大臣と、また同9月には、カナダのオコナー国防大臣と、会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2006-09 CAN minister in-person', '2006-09 MNG minister in-person']);
  });
  it('reads a visit with no place written as a visit to the paragraph’s topic, even at a forum', () => {
    const ev = talks(['ドイツとは、2009年2月に山田防衛大臣が欧州の安全保障会議の際に訪問し、ドイツ国防大臣と意見交換を行った。'], EUROPE);
    expect(briefs(ev)).toEqual(['2009-02 DEU minister in-person']);
  });
  it('reads 「…の来訪を受けました」 as a meeting with the visitor, and a noun visit that 「実現」 as done', () => {
    expect(briefs(talks(['2023年6月13日、山田海幕長は、英国艦隊司令官バーンズ中将の来訪を受けました。'], undefined))).toEqual(['2023-06-13 GBR chief-msdf in-person']);
    expect(briefs(talks(['2014年2月、8年ぶりに陸幕長のロシア訪問が実現した。'], undefined))).toEqual(['2014-02 RUS chief-gsdf in-person']);
  });
  it('meets a visitor who holds two titles (兼), or whose title follows their service (国防軍参謀次長)', () => {
    expect(briefs(talks(['2023年3月2日、山田海幕副長は、トンガ国軍副司令官兼海軍司令官ファカ准将の来訪を受けた。'], undefined))).toEqual([
      '2023-03-02 TON official in-person',
    ]);
    expect(briefs(talks(['2023年3月3日、山田統幕長は、パプアニューギニア国防軍参謀次長の表敬を受けた。'], undefined))).toEqual([
      '2023-03-03 PNG chief-joint-staff in-person',
    ]);
  });
  it('visits a part of an organization written 「…事務局」', () => {
    expect(briefs(talks(['2010年1月、山田事務次官は、初めてASEAN事務局を訪問し、意見交換を行った。'], SEA))).toEqual(['2010-01 ASEAN administrative-vice-minister in-person']);
  });
  it('meets the section’s countries one by one when the clause says 「両国では」', () => {
    const ev = talks(['2020年2月、山田防衛副大臣は、両国では、国防省関係者と会談を実施した。'], PNG_TON);
    expect(briefs(ev)).toEqual(['2020-02 PNG senior-vice-minister in-person', '2020-02 TON senior-vice-minister in-person']);
  });
  it('reads counterparts listed in brackets one by one (「各国国防相等(シンガポール・米・英・NZ)と会談」)', () => {
    const ev = talks(['2006年6月、山田防衛庁長官は、各国国防相等(シンガポール・米・英・NZ)と会談した。'], undefined);
    expect(ev.map((e) => e.partners.join()).sort()).toEqual(['GBR', 'NZL', 'SGP', 'USA']);
  });
  it('does not date a meeting by 「今月…に着任した」 its counterpart', () => {
    expect(briefs(talks(['2022年7月25日、今月オーストラリア陸軍本部長に着任したスチュアート中将と山田陸幕長は電話懇談を行った。'], undefined))).toEqual([
      '2022-07-25 AUS chief-gsdf phone',
    ]);
  });
});

describe('talks: the last time a meeting took place (「…以来、N回目」, codebook 81)', () => {
  it('keeps the earlier meeting that a count since it names, beside the one told', () => {
    const ev = talks(['2022年10月5日、山田防衛大臣は、ノルウェーの国防大臣との間で、2019年6月以来、3回目となる防衛相会談を実施した。'], undefined);
    expect(briefs(ev)).toEqual(['2019-06 NOR minister in-person', '2022-10-05 NOR minister in-person']);
  });
  it('keeps it even when the meeting of the day is only announced', () => {
    const ev = talks(['スウェーデンとは2018年4月以来、10か月ぶりの防衛相会談となりますので、実りある会談にしたいと考えております。'], undefined);
    expect(briefs(ev)).toEqual(['2018-04 SWE minister in-person']);
  });
  it('reads a bare 「以来」 with no count as the start of a habit, not a meeting', () => {
    expect(talks(['スウェーデンとは2015年以来、防衛相会談を重ねている。'], undefined)).toEqual([]);
  });
  it('reads a vice-ministers’ 2+2 written 「次官級の「2+2」」 at their level', () => {
    const ev = talks(['2016年4月、次官級の「2+2」をカナダと実施した。'], undefined);
    expect(ev.map((e) => `${e.date} ${e.partners.join()} ${e.level}`)).toEqual(['2016-04 CAN vice-ministerial']);
  });
});


describe('talks: counterparts listed one after another, and tallies', () => {
  it('meets countries named one after another one by one (「A、そしてB、Cとの防衛相会談」)', () => {
    const ev = talks(['2016年6月4日、山田防衛大臣は、ベトナム、そしてタイ、インドネシアとの防衛相会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2016-06-04 IDN minister in-person', '2016-06-04 THA minister in-person', '2016-06-04 VNM minister in-person']);
  });
  it('meets counterparts named by title one by one too, but together when one 日X compound names them all', () => {
    const apart = talks(['2016年6月4日、山田防衛大臣は、ベトナムのリック国防大臣、タイのプラウィット国防大臣と会談した。'], undefined);
    expect(apart.map((e) => e.partners.join()).sort()).toEqual(['THA', 'VNM']);
    const together = talks(['2021年1月、山田海幕長は、米太平洋艦隊司令官及び豪海軍本部長とテレビ会談を行い、日米豪海軍種間の連携を確認した。'], undefined);
    expect(together.map((e) => e.partners.join())).toEqual(['AUS,USA']);
    expect(talks(['2016年6月4日、山田防衛大臣は、ベトナム、タイとの3か国の防衛相会談を行った。'], undefined).map((e) => e.partners.join())).toEqual(['THA,VNM']);
  });
  it('reads a count before the meeting (「延べ51回のハイレベル懇談」) as a tally, not one meeting', () => {
    expect(talks(['2023年3月から、山田陸幕長は、26か国、延べ51回のハイレベル懇談を実施した。'], undefined)).toEqual([]);
    expect(talks(['2023年3月、山田陸幕長は、米陸軍参謀総長との第2回の懇談を実施した。'], undefined).map((e) => e.partners.join())).toEqual(['USA']);
  });
});

describe('talks: dates that each open a meeting of their own (rule 2)', () => {
  const USA: SectionSubject = { kind: 'country', codes: ['USA'], label: '米国' };
  it('gives each date group its own mode (「…に対面で、…に電話で、…会談を実施」)', () => {
    const ev = talks(['山田防衛大臣と米国防長官との間では、2021年4月と同年9月に対面で、2021年6月および2022年1月に電話で、日米防衛相会談を行った。'], USA);
    expect(briefs(ev)).toEqual([
      '2021-04 USA minister in-person',
      '2021-06 USA minister phone',
      '2021-09 USA minister in-person',
      '2022-01 USA minister phone',
    ]);
  });
  it('keeps the first of two dated clauses that name their own principals (「…には…の間で、…には…の間でそれぞれ」)', () => {
    const dated = extractEvents(
      docFromSections([{ title: '1　交流', subject: USA, paragraphs: ['2019年3月2日には、都内において山田防衛大臣と国防長官の間で、同年9月9日には、米国において川口防衛大臣と国防長官の間でそれぞれ会談が行われた。'] }]),
    ).events.filter((e) => e.kind === 'talks');
    expect(briefs(dated)).toEqual(['2019-03-02 USA minister in-person', '2019-09-09 USA minister in-person']);
  });
  it('pairs each date with the principal written right after it when they met apart (「…日に大臣、…日には副大臣をそれぞれ表敬」)', () => {
    const AUS: SectionSubject = { kind: 'country', codes: ['AUS'], label: 'オーストラリア' };
    const ev = talks(['同国の議員団は、2023年5月10日に山田防衛大臣、同月8日には鈴木防衛副大臣をそれぞれ表敬した。'], AUS);
    expect(briefs(ev)).toEqual(['2023-05-08 AUS senior-vice-minister in-person', '2023-05-10 AUS minister in-person']);
  });
});

describe("talks: a commander's diary and calls received", () => {
  const diary = (entry: string) => pageTalks(`司令官日記\n\n艦隊のページへようこそ。6月の主な活動を紹介します。\n\n${entry}\n`, '2023-07');
  it('takes the diary’s writer, a commander below the chiefs, as the principal the entries leave out', () => {
    const ev = diary('●6月8日、護衛艦において、米第7艦隊司令官と懇談し、連携の強化を確認しました。');
    expect(ev.map((e) => `${e.date} ${e.partners.join()} ${e.jpRole} ${e.level}`)).toEqual(['2023-06-08 USA official working']);
  });
  it('reads 「…の来訪を受けました」 with the visitor named after their country or force, at any level of the receiver', () => {
    const ev = diary('●6月12日、タイ海軍作戦部長ソムチャイ少将の来訪を受けました。');
    expect(ev.map((e) => `${e.date} ${e.partners.join()} ${e.jpRole}`)).toEqual(['2023-06-12 THA official']);
  });
  it('makes nothing of a visit by Japanese commanders', () => {
    expect(diary('●6月15日、陸上自衛隊方面総監山田陸将の来訪を受けました。')).toEqual([]);
  });
});

describe('talks: counterparts known by name', () => {
  const GBR: SectionSubject = { kind: 'country', codes: ['GBR'], label: '英国' };
  it('gives a title written with a known counterpart’s name and no country that person’s country', () => {
    expect(briefs(talks(['2020年5月15日、山田防衛大臣は、エスパー国防長官と電話会談を行った。'], undefined))).toEqual(['2020-05-15 USA minister phone']);
    expect(briefs(talks(['2010年4月30日、山田防衛大臣は、アントニー国防大臣と会談を行った。'], undefined))).toEqual(['2010-04-30 IND minister in-person']);
  });
  it('does not take a namesake of another level for that person (「カーター国防参謀長」 is no US secretary)', () => {
    expect(briefs(talks(['2020年7月、山田統幕長は、カーター国防参謀長とテレビ会談を行った。'], GBR))).toEqual(['2020-07 GBR chief-joint-staff video']);
  });
});

describe('talks: calls on the ministry and meetings with an envoy', () => {
  it('reads 「…の防衛省訪問を歓迎しました」 as a call received by the principal who welcomed it', () => {
    const ev = talks(['2024年6月18日、山田防衛大臣は、チェコ軍参謀総長の防衛省訪問を歓迎しました。'], undefined);
    expect(briefs(ev)).toEqual(['2024-06-18 CZE minister in-person']);
  });
  it('leaves a delegation’s call to another act', () => {
    expect(talks(['2024年6月18日、山田防衛大臣は、NATO加盟国国会議員会議代表団の防衛省訪問を歓迎しました。'], undefined)).toEqual([]);
  });
  it('reads 「…と面会」 as a meeting, and not a 面会 told as the background of another', () => {
    expect(briefs(talks(['2023年9月28日、山田防衛大臣は、駐日米国大使と面会をしました。'], undefined))).toEqual(['2023-09-28 USA minister in-person']);
    expect(talks(['両者は、2023年10月にワシントンDCで面会した際の議論も踏まえ、意見交換を行う予定です。'], undefined)).toEqual([]);
  });
});

describe('talks: the meeting a press conference is about', () => {
  const conference = (body: string) => pageTalks(`日豪防衛相共同記者会見概要\n\n平成27年6月1日(12時00分〜12時20分)\n\n1 発表事項\n\n${body}\n`, '2015-06-01');
  it('reads 「今回の会談においては」 as the occasion’s own meeting when no meeting was told before', () => {
    expect(briefs(conference('(山田大臣)\n 今回の会談においては、海洋安全保障の分野で協力を進めることで意見が一致いたしました。'))).toEqual(['2015-06-01 AUS minister in-person']);
  });
  it('keeps it a reference to the meeting just told otherwise (one meeting, not two)', () => {
    const ev = conference('(山田大臣)\n 本日、豪州国防大臣と会談を行いました。今回の会談においては、海洋安全保障の分野で協力を進めることで一致いたしました。');
    expect(briefs(ev)).toEqual(['2015-06-01 AUS minister in-person']);
    expect(ev[0].evidence).toHaveLength(1);
  });
});

describe('talks: the partner a journalist’s question names', () => {
  const kaiken = (qa: string) => pageTalks(`大臣臨時会見概要\n\n平成22年4月30日\n\n1 発表事項\n\n なし\n\n2 質疑応答\n\n${qa}\n`, '2010-04-30');
  it('is the topic of the answer that tells the meeting without naming anyone', () => {
    expect(briefs(kaiken('Q:ベトナムの国防大臣とご会談されましたが、成果をお聞かせください。\n\nA:大変実りのある会談が出来ました。'))).toEqual(['2010-04-30 VNM minister in-person']);
  });
  it('reads a meeting that is the topic of a past copula (「…との防衛相会談は、5年ぶりでありました」) as done that day', () => {
    expect(briefs(kaiken('Q:本日の会談について。\n\nA:ベトナムとの防衛相会談は、5年ぶりでありました。'))).toEqual(['2010-04-30 VNM minister in-person']);
    expect(kaiken('A:ベトナムとの防衛相会談は、来月の予定でした。')).toEqual([]);
  });
  it('gives no topic when the question names several partners, and the question itself tells nothing', () => {
    expect(kaiken('Q:ベトナムやタイの国防大臣とご会談されましたが、成果をお聞かせください。\n\nA:大変実りのある会談が出来ました。')).toEqual([]);
  });
});
