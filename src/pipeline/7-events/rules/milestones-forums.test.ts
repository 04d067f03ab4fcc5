/**
 * Agreements and fora as releases, press conferences and white papers tell them (codebook 220–239):
 * for each rule, the wording that must make an event and neighbours that must not. Passages written
 * for this test; each row fails without the rule (or data) it names.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

/** A plain text with a publication date and a kind, through the whole pipeline. */
const page = (text: string, published: string, kind: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published, kind } as never)).events;
const of = (events: KoryuEvent[], kind: string) => events.filter((e) => e.kind === kind);
const brief = (e: KoryuEvent) => [e.date, e.partners.join(','), e.instrument, e.milestone].join(' ');

describe('milestones on dated pages (codebook 220)', () => {
  it('dates an undated signature told as done by the press conference’s date, one document per counterpart', () => {
    const ev = of(page('滞在中、私は、カナダ、ニュージーランドとの間で防衛関連の文書に署名をしたほか、フィリピンとの円滑化協定の署名に立ち会いました。', '2024-07-09', 'transcript'), 'agreement');
    expect(ev.map(brief).sort()).toEqual(['2024-07-09 CAN other signed', '2024-07-09 NZL other signed', '2024-07-09 PHL RAA signed']);
  });

  it('does the same in a release whose signing ceremony is passive (「…覚書への署名式が行われました」)', () => {
    const ev = of(page('会談の後、両次官の間で「防衛装備協力に関する日インドネシア防衛当局間の覚書」への署名式が行われました。', '2021-03-30', 'press-release'), 'agreement');
    expect(ev.map(brief)).toEqual(['2021-03-30 IDN MOU signed']);
  });

  it('leaves a milestone hoped for, aimed at or only named without a date', () => {
    const page1 = '両大臣は、日英円滑化協定が早期に発効することを期待しました。';
    const page2 = '双方は、連絡メカニズムの早期運用開始に努めることを確認しました。';
    const page3 = '我が国は、これまで多くの国と情報保護協定を締結しております。';
    for (const text of [page1, page2, page3]) expect(of(page(text, '2023-02-10', 'press-release'), 'agreement')).toEqual([]);
  });

  it('never in a white paper, whose sentences without a date are background', () => {
    expect(of(page('わが国は、インドとの間で防衛装備品・技術移転協定に署名しました。', '2016', 'whitepaper'), 'agreement')).toEqual([]);
  });
});

describe('a revision and its signature (codebook 221)', () => {
  it('reads 「改定及び署名式」 as one act, the revision', () => {
    const ev = of(page('本日、ニュージーランドの国防大臣との間で、日NZ防衛協力覚書の改定及び署名式を行いました。', '2024-05-02', 'transcript'), 'agreement');
    expect(ev.map(brief)).toEqual(['2024-05-02 NZL MOU revised']);
    const dot = of(page('2019年6月、日英情報保護協定の改正・署名が行われた。', '2020', 'whitepaper'), 'agreement');
    expect(dot.map(brief)).toEqual(['2019-06 GBR ISA revised']);
  });

  it('keeps two milestones that are two acts (「署名・発効」, a revision then a later signature)', () => {
    const both = of(page('2021年1月、日英ACSAの署名・発効が行われた。', '2021', 'whitepaper'), 'agreement');
    expect(both.map(brief)).toEqual(['2021-01 GBR ACSA signed', '2021-01 GBR ACSA in-force']);
    const apart = of(page('2018年6月に日仏覚書の改定が行われ、2019年1月に日仏ACSAに署名した。', '2019', 'whitepaper'), 'agreement');
    expect(apart.map(brief)).toEqual(['2018-06 FRA MOU revised', '2019-01 FRA ACSA signed']);
  });
});

describe('statements issued at a meeting (codebook 222)', () => {
  it('records a joint press statement issued, and only it, not the instruments its clause names', () => {
    const ev = of(page('2010年6月の日中防衛相会談において、両大臣は、防衛当局間のホットラインの早期開設を目指すことで一致し、その内容を盛り込んだ「共同プレス発表」を発出した。', '2011', 'whitepaper'), 'agreement');
    expect(ev.map(brief)).toEqual(['2010-06 CHN declaration signed']);
  });

  it('dates a statement made public after a meeting held in the same sentence (「…会合が開かれ、…共同発表文が公表された」)', () => {
    const text = '2009年5月1日、防衛大臣、外務大臣、米国務長官及び米国防長官の間で日米「2+2」会合が開かれ、「同盟の深化」と題する共同発表文が公表された。';
    const ev = of(page(text, '2009', 'whitepaper'), 'agreement');
    expect(ev.map(brief)).toEqual(['2009-05-01 USA declaration signed']);
  });

  it('leaves a summit’s generic press statement, a statement to be issued, and one only referred to', () => {
    const summit = '2014年9月、総理がインドを訪問し、首脳会談を行い、共同プレス発表を発出した。';
    const plan = '2015年3月、両大臣は、次回の会談で共同発表文を公表することで一致した。';
    const cited = '2016年4月、両大臣は、2015年の共同発表に基づき協力を進めることを確認した。';
    for (const text of [summit, plan, cited]) expect(of(page(text, '2016', 'whitepaper'), 'agreement')).toEqual([]);
  });
});

const forum = (e: KoryuEvent) => [e.date, e.partners.join(','), e.name].join(' ');

describe('fora: the G7 defence ministers, an occasion seized, an attendance mentioned in passing (codebook 223)', () => {
  it('gives the G7 defence ministers’ meeting its six other members, whatever the venue visited', () => {
    const ev = of(page('11月3日、防衛大臣はカナダ・トロントを訪問し、G7国防大臣会合に出席しました。', '2025-11', 'activity'), 'conference');
    expect(ev.map(forum)).toEqual(['2025-11-03 CAN,DEU,FRA,GBR,ITA,USA G7国防大臣会合']);
  });

  it('reads 「…への出席の機会をとらえ」 as an attendance, in kana as in kanji', () => {
    const ev = of(page('2012年6月2日、シャングリラ会合への出席の機会をとらえ、防衛大臣は豪国防大臣と会談を行った。', '2013', 'whitepaper'), 'conference');
    expect(ev.map((e) => e.date)).toEqual(['2012-06-02']);
  });

  it('leaves an attendance welcomed or recalled with a date the sentence only inherits', () => {
    const text = '8月20日、防衛大臣はインド国防大臣と会談した。また両大臣は、インドが主催する「ライシナ対話」に統合幕僚長が初めて参加したことを評価した。';
    expect(of(page(text, '2019-08-20', 'press-release'), 'conference')).toEqual([]);
  });

  it('keeps an attendance welcomed when its own date is written (「本年1月に…参加したことを歓迎」)', () => {
    const text = '両大臣は、本年1月に統合幕僚長が「ライシナ対話」に参加したことを歓迎した。';
    expect(of(page(text, '2019-08-20', 'press-release'), 'conference').map((e) => e.date)).toEqual(['2019-01']);
  });
});

describe('a page’s publication stamp dates nothing (codebook 224)', () => {
  it('does not date the exercise named in a release’s title line by the day it was published', () => {
    const text = '報道発表資料\n➤2019年03月12日公表 日米豪共同訓練（コープ・ノース）の実施について\n';
    expect(of(page(text, '2019-03', 'other'), 'exercise')).toEqual([]);
    const updated = '2019年3月12日更新 日米豪共同訓練の実施について\n';
    expect(of(page(updated, '2019-03', 'other'), 'exercise')).toEqual([]);
  });

  it('still dates an exercise told with its own date, and a statement issued on a day (「…日に公表した」)', () => {
    const ev = of(page('2019年3月12日、日米豪共同訓練を実施した。', '2019-03', 'other'), 'exercise');
    expect(ev.map((e) => e.date)).toEqual(['2019-03-12']);
    const st = of(page('2019年3月12日に、両大臣は日豪共同声明を公表した。', '2019-03', 'other'), 'agreement');
    expect(st.map((e) => e.date)).toEqual(['2019-03-12']);
  });
});

describe('the forum where they last met (codebook 225)', () => {
  it('records the forum named before 「以来の再会」 or 「…の時以来であり」, dated by its own clause or its list', () => {
    const reunion = of(page('防衛大臣とマールズ国防大臣は、本年6月のシャングリラ会合以来の再会を喜んだ。', '2023-09-12', 'press-release'), 'conference');
    expect(reunion.map((e) => e.date)).toEqual(['2023-06']);
    const spoken = of(page('私が長官とお目にかかるのは、昨年11月にジャカルタで開かれたADMMプラスの時以来であります。', '2014-04-06', 'transcript'), 'conference');
    expect(spoken.map((e) => [e.date, e.partners.length])).toEqual([['2013-11', 17]]);
    const listed = of(page('防衛大臣と英国防大臣は、昨年9月の日英「2+2」及びミュンヘン安全保障会議以来の再会を歓迎した。', '2024-03-05', 'press-release'), 'conference');
    expect(listed.map((e) => e.date)).toEqual(['2023-09']);
  });

  it('leaves a habit started at a forum, a forum founded, and a reunion without a date', () => {
    const habit = '防衛大臣は、2010年のADMMプラス以来、各国との協力を重ねてきた。';
    const founded = '防衛大臣は、ADMMプラス創設以来の協力を評価した。';
    const undated = '防衛大臣から、ADMMプラス以来の再会を嬉しく思う旨述べた。';
    for (const text of [habit, founded, undated]) expect(of(page(text, '2019-05-22', 'press-release'), 'conference')).toEqual([]);
  });
});

describe('the participants of the forum just told (codebook 226)', () => {
  const told = '2011年2月、防衛省の主催により、海洋安全保障に関する防衛当局者会合が東京で開催された。';
  it('gives the forum the states a sentence about it lists as taking part', () => {
    const ev = of(page(told + 'この会合には、わが国のほか、タイ、ベトナム、インドネシア及びフィリピンが参加した。', '2011', 'whitepaper'), 'conference');
    expect(ev.map(forum)).toEqual(['2011-02 IDN,PHL,THA,VNM 防衛当局者会合']);
  });

  it('leaves the forum alone when the sentence is not about it, lists no participants, or the forum has its own', () => {
    const other = of(page(told + '同年3月には、タイ、ベトナム及びフィリピンが別の訓練に参加した。', '2011', 'whitepaper'), 'conference');
    expect(other.map(forum)).toEqual(['2011-02  防衛当局者会合']);
    const purpose = of(page(told + 'この会合は、ASEAN諸国との信頼醸成を目的としたものである。', '2011', 'whitepaper'), 'conference');
    expect(purpose.map(forum)).toEqual(['2011-02  防衛当局者会合']);
    const fixed = of(page('2011年5月、防衛大臣はADMMプラスに出席した。この会議には、インド及び中国の国防大臣も出席した。', '2011', 'whitepaper'), 'conference');
    expect(fixed.map((e) => e.partners.length)).toEqual([17]);
  });
});

describe('a tour of fora (codebook 227)', () => {
  it('reads fora listed after 「…を皮切りに」 and before 「…等に参加」 as attended, later in the first one’s year', () => {
    const text = '航空幕僚長は、3月の太平洋地域空軍参謀長等シンポジウムを皮切りに、英空軍主催エア・パワー・カンファレンス、宇宙参謀長等会議等に参加しました。';
    const ev = of(page(text, '2024-12-20', 'transcript'), 'conference');
    expect(ev.map((e) => [e.date, e.name]).sort()).toEqual([
      ['2024', '宇宙参謀長等会議'],
      ['2024', '英空軍主催エア・パワー・カンファレンス'],
      ['2024-03', '太平洋地域空軍参謀長等シンポジウム'],
    ]);
  });

  it('leaves a tour still to come, and keeps a plain list sharing its date', () => {
    const plan = '航空幕僚長は、3月の太平洋地域空軍参謀長等シンポジウムを皮切りに、宇宙参謀長等会議等に参加する予定です。';
    expect(of(page(plan, '2024-02-20', 'transcript'), 'conference')).toEqual([]);
    const plain = '2024年3月、航空幕僚長は、太平洋地域空軍参謀長等シンポジウム及び宇宙参謀長等会議に参加した。';
    expect(of(page(plain, '2024', 'whitepaper'), 'conference').map((e) => e.date)).toEqual(['2024-03', '2024-03']);
  });
});

describe('the time since a milestone; the ministry as host (codebook 228)', () => {
  it('reads 「署名から10年」「発効して1年」 as the time since the milestone, not the milestone', () => {
    const since = of(page('本年は日豪ACSA署名から10年の節目の年である。', '2020-05-10', 'press-release'), 'agreement');
    const passed = of(page('日豪円滑化協定が発効して1年が経ちました。', '2024-08-13', 'transcript'), 'agreement');
    const ever = of(page('日英情報保護協定の締結以来、5年にわたり協力を重ねてきた。', '2018-03-01', 'press-release'), 'agreement');
    expect([...since, ...passed, ...ever]).toEqual([]);
  });

  it('keeps a milestone dated in its own clause (「…が本年10月に発効したことを歓迎」)', () => {
    const ev = of(page('両大臣は、日英円滑化協定が本年10月に発効したことを歓迎した。', '2023-11-07', 'press-release'), 'agreement');
    expect(ev.map(brief)).toEqual(['2023-10 GBR RAA in-force']);
  });

  it('takes the ministry as the subject of hosting (「防衛省は、…会合を主催した」) for Japan’s part', () => {
    const ev = of(page('防衛省は、2019年11月、第1回日ASEAN防衛当局次官級会合を主催した。', '2020', 'whitepaper'), 'conference');
    expect(ev.map((e) => e.date)).toEqual(['2019-11']);
    const foreign = of(page('2019年11月、タイ国防省は、ASEAN国防相会議を開催した。', '2020', 'whitepaper'), 'conference');
    expect(foreign).toEqual([]);
  });
});

describe('the ministry hosting as a habit (codebook 228)', () => {
  it('does not take 「防衛省は、毎年、…を開催している」 for an attendance on a page dated by itself', () => {
    expect(of(page('防衛省は、毎年、東京ディフェンス・フォーラムを開催している。', '2020-10-10', 'other'), 'conference')).toEqual([]);
  });
});

describe('a page dated only by itself dates acts told as done, not habits (codebook 229)', () => {
  it('leaves a habit in the present tense (「毎年、…共同訓練を実施している」「定期的に…行っています」)', () => {
    expect(of(page('海上自衛隊は、毎年、米海軍と共同訓練を実施している。', '2020-10-10', 'other'), 'exercise')).toEqual([]);
    expect(of(page('陸上自衛隊は、豪陸軍と定期的に共同訓練を行っています。', '2020-10-10', 'other'), 'exercise')).toEqual([]);
  });

  it('keeps an act told as done, in its own clause or chained to a sentence told as done', () => {
    const own = of(page('護衛艦「いかづち」は、インド海軍艦艇と日印親善訓練を実施しました。', '2020-10-10', 'other'), 'exercise');
    expect(own.map((e) => [e.date, e.partners.join(',')])).toEqual([['2020-10-10', 'IND']]);
    const chained = of(page('護衛艦「いかづち」は、インド海軍艦艇と日印親善訓練を実施し、訓練後、コーチンに寄港しました。', '2020-10-10', 'other'), 'exercise');
    expect(chained.map((e) => [e.date, e.partners.join(',')])).toEqual([['2020-10-10', 'IND']]);
  });
});
