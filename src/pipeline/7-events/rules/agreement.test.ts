/**
 * agreement.milestone: milestones told in other words and forms. Each row is a passage written for
 * the purpose, in the style of the white paper or a press release, and fails without the part of
 * the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { extractEvents } from '../../index.js';

const country = (code: string, label: string): SectionSubject => ({ kind: 'country', codes: [code], label });
const AUS = country('AUS', 'オーストラリア');

function agreements(paragraphs: string[], subject: SectionSubject | undefined = AUS): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '（1）テスト', subject, paragraphs }])).events.filter((e) => e.kind === 'agreement');
}
const brief = (e: KoryuEvent) => [e.date, e.partners.join(','), e.instrument, e.milestone];

describe('agreement.milestone: milestones written as nouns and in relative clauses', () => {
  it('records a past signature mentioned in passing when a relative clause dates it (「…に行われた…の署名や」)', () => {
    const ev = agreements(['両大臣は、2020年9月に行われた日印ACSAの署名や、共同訓練の成果を確認した。'], country('IND', 'インド'));
    expect(ev.map(brief)).toEqual([['2020-09', 'IND', 'ACSA', 'signed']]);
  });

  it('dates a declaration issued in a relative clause, past an adjective, in a sentence opening with 「両大臣は」', () => {
    const ev = agreements(['両大臣は、2022年10月に発出された新たな「安全保障協力に関する日豪共同宣言」に沿って協力を進めることを確認した。']);
    expect(ev.map((e) => [...brief(e), e.name])).toEqual([['2022-10', 'AUS', 'declaration', 'signed', '安全保障協力に関する日豪共同宣言']]);
  });

  it('keeps a declaration’s full name and reads past a footnote number (「…日豪共同宣言4を発表」)', () => {
    const ev = agreements(['2007年3月、両国の首相の間で、安全保障協力に関する日豪共同宣言4を発表した。']);
    expect(ev.map((e) => [...brief(e), e.name])).toEqual([['2007-03', 'AUS', 'declaration', 'signed', '安全保障協力に関する日豪共同宣言']]);
  });

  it('records a joint statement the ministers issued, but not a summit’s generic one', () => {
    const eu = agreements(['2020年10月、山田防衛大臣とボレルEU上級代表は、各々のコメントを記載した共同声明を発出した。'], undefined);
    expect(eu.map(brief)).toEqual([['2020-10', 'EU', 'declaration', 'signed']]);
    const summit = agreements(['2006年12月、首相が訪日し、総理との間で具体的取組を示す共同声明に署名した。'], country('IND', 'インド'));
    expect(summit).toEqual([]);
  });
});

describe('agreement.milestone: arrangements, frameworks and documents', () => {
  it('reads 「作成」「策定」 as a signature only right next to the instrument', () => {
    const made = agreements(['2014年11月、日英共同研究に関する取決めを作成し、共同研究を開始した。'], country('GBR', '英国'));
    expect(made.map(brief)).toEqual([['2014-11', 'GBR', 'arrangement', 'signed']]);
    const plan = agreements(['2009年5月、両大臣は、防衛交流覚書の策定作業の開始で一致した。'], country('VNM', 'ベトナム'));
    expect(plan).toEqual([]);
  });

  it('dates the revision written after the instrument by its own date (「…覚書（06(同18)年改定）」)', () => {
    const ev = agreements(['防衛省は、99年(平成11)年に作成された日露防衛交流に関する覚書（06(同18)年改定）に沿って交流を進めている。'], country('RUS', 'ロシア'));
    expect(ev.map(brief)).toEqual([
      ['1999', 'RUS', 'MOU', 'signed'],
      ['2006', 'RUS', 'MOU', 'revised'],
    ]);
  });

  it('gives a compound arrangement (手続取決め) its own milestones beside the agreement it rests on', () => {
    const ev = agreements(['2010年5月、日豪ACSA及び日豪ACSAに基づく手続取決めの署名が行われ、2013年1月に発効した。']);
    expect(ev.map((e) => [e.date, e.instrument, e.milestone]).sort()).toEqual([
      ['2010-05', 'ACSA', 'signed'],
      ['2010-05', 'arrangement', 'signed'],
      ['2013-01', 'ACSA', 'in-force'],
      ['2013-01', 'arrangement', 'in-force'],
    ]);
  });

  it('reads a bare 取決め named by its subject as a new instrument, commas inside its quoted name aside', () => {
    const ev = agreements(['2019年3月、日豪防衛装備品・技術移転協定が署名された。', '2023年6月には、「研究、開発、試験及び評価プロジェクトに関する取決め」に署名した。']);
    expect(ev.map(brief)).toEqual([
      ['2019-03', 'AUS', 'ETA', 'signed'],
      ['2023-06', 'AUS', 'arrangement', 'signed'],
    ]);
  });

  it('names a framework by its subject (「…共同開発などに係る政府間枠組みを締結」 is an ETA)', () => {
    const ev = agreements(['2013年7月、日英間の防衛装備品などの共同開発などに係る政府間枠組みを締結した。'], country('GBR', '英国'));
    expect(ev.map(brief)).toEqual([['2013-07', 'GBR', 'ETA', 'signed']]);
  });

  it('gives each counterpart listed one by one its own document', () => {
    const ev = agreements(['2023年6月、大臣は、ニュージーランド、オーストラリアとの間で防衛関連の文書に署名したほか、シンガポールとの装備移転協定の署名に立ち会った。'], undefined);
    expect(ev.map(brief).sort()).toEqual([
      ['2023-06', 'AUS', 'other', 'signed'],
      ['2023-06', 'NZL', 'other', 'signed'],
      ['2023-06', 'SGP', 'ETA', 'signed'],
    ]);
  });

  it('does not take 「各種協定」 for an instrument', () => {
    const ev = agreements(['資料39（各種協定締結状況）オーストラリアとの間では、2014年12月、防衛装備品・技術移転協定が発効した。']);
    expect(ev.map(brief)).toEqual([['2014-12', 'AUS', 'ETA', 'in-force']]);
  });
});

describe('agreement.milestone: dates and plans', () => {
  it('shares the date of acts chained by one subject across list commas (「…と会談し、A、B、Cなどについて…とともに、…に署名」)', () => {
    const ev = agreements(['2003年9月、国防大臣が訪日した際、防衛庁長官と会談し、地域情勢、防衛政策、防衛交流などについて意見交換を行うとともに、両国の防衛交流の発展に関する覚書に署名した。']);
    expect(ev.map((e) => [...brief(e), e.name])).toEqual([['2003-09', 'AUS', 'MOU', 'signed', '両国の防衛交流の発展に関する覚書']]);
  });

  it('reads a milestone listed as a noun with the list’s predicate (「…の交渉開始、…への支持などを推進することとした」)', () => {
    const ev = agreements(['2012年4月、首相が来日した際、「日英両国首相による共同声明」が発表され、情報保護協定の交渉開始、防衛協力覚書署名への支持などを推進することとした。'], country('GBR', '英国'));
    expect(ev.map(brief)).toEqual([['2012-04', 'GBR', 'declaration', 'signed']]);
  });
});

describe('agreement.milestone: statements of the meeting a sentence refers to', () => {
  it('gives a statement signed at a seminar the seminar’s parties, not the countries the statement is about', () => {
    const ev = extractEvents(
      docFromSections([
        {
          title: '（1）テスト',
          paragraphs: [
            '2017年6月1日、陸幕長は、米太平洋陸軍司令官及び豪陸軍本部長と日米豪防衛相会談を行った。',
            'セミナーにおいては、北朝鮮の脅威に対する日米豪の協力と韓国の関与強化の重要性について合意し、共同声明に署名しました。',
          ],
        },
      ]),
    ).events.filter((e) => e.kind === 'agreement');
    expect(ev.map(brief)).toEqual([['2017-06-01', 'AUS,USA', 'declaration', 'signed']]);
  });

  it('keeps the meeting as the occasion of a sentence continuing the one that referred to it (「また、…」)', () => {
    const ev = extractEvents(
      docFromSections([
        {
          title: '（1）テスト',
          paragraphs: [
            '2019年11月18日、河野防衛大臣は、第6回ADMMプラスに出席した。',
            '会議においては、4月に開催されたADSOMプラスの結果について報告が行われた。',
            'また、参加国の国防大臣等の間で意見交換が行われ、「持続可能な安全保障」に係る共同声明が採択された。',
          ],
        },
      ]),
    ).events.filter((e) => e.kind === 'agreement');
    expect(ev.map((e) => [e.date, e.name, e.partners.length])).toEqual([['2019-11-18', '持続可能な安全保障', 17]]);
  });

  it('reads a document issued at a meeting (「…において発出されたSCC文書「…」」) as its joint statement, named by its quote', () => {
    const ev = agreements(['2011年6月21日のSCC会合において発出されたSCC文書「震災への対応における協力」は、自衛隊と米軍の協力を記した。'], undefined);
    expect(ev.map((e) => [...brief(e), e.name])).toEqual([['2011-06-21', 'USA', 'declaration', 'signed', '震災への対応における協力']]);
  });
});

describe('agreement.milestone: the work toward a milestone, starts and relative clauses', () => {
  it('does not take 「改定作業」「締結交渉」 for the milestone, and dates a negotiation opened 「より」', () => {
    const ev = agreements(['2013年2月より、イタリアとも情報保護協定の締結交渉を開始した。'], country('ITA', 'イタリア'));
    expect(ev.map(brief)).toEqual([['2013-02', 'ITA', 'ISA', 'negotiation-start']]);
    const work = agreements(['2007年6月の防衛相会談で、覚書の改定作業を開始することを決定した。']);
    expect(work).toEqual([]);
  });

  it('does not carry a date across another date to a milestone chained after it', () => {
    const ev = agreements(['2011年10月に日仏情報保護協定を締結したほか、2013年2月より、イタリアとも情報保護協定の締結交渉を開始した。'], undefined);
    expect(ev.map(brief)).toEqual([
      ['2011-10', 'FRA', 'ISA', 'signed'],
      ['2013-02', 'ITA', 'ISA', 'negotiation-start'],
    ]);
  });

  it('dates a revision by the sentence’s date when a relative clause dates the instrument’s making', () => {
    const ev = agreements(['2006年1月には、防衛庁長官が訪露し、99(平成11)年に作成された日露防衛交流に関する覚書の改定が行われた。'], country('RUS', 'ロシア'));
    expect(ev.map(brief)).toEqual([
      ['1999', 'RUS', 'MOU', 'signed'],
      ['2006-01', 'RUS', 'MOU', 'revised'],
    ]);
  });

  it('reaches an instrument whose long written name follows 「策定された」, and reads 「結んで」 as a signature', () => {
    const made = agreements(['平成15年に日豪防衛首脳間で策定された防衛交流の発展に関する覚書に基づき、交流を進めている。']);
    expect(made.map(brief)).toEqual([['2003', 'AUS', 'MOU', 'signed']]);
    const tied = agreements(['2009年6月、国防部長官が来られたときに、大臣との間で防衛交流の覚書を結んでいる。'], country('KOR', '韓国'));
    expect(tied.map(brief)).toEqual([['2009-06', 'KOR', 'MOU', 'signed']]);
  });
});

