/**
 * One row per rule behaviour, on sentences written for the purpose in the white paper's style.
 * Each row would fail without the rule (or the part of it) it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../model/document.js';
import type { KoryuEvent } from '../../model/event.js';
import { docFromSections } from '../../../test/hand-built-doc.js';
import { extractEvents } from '../index.js';

const AUS: SectionSubject = { kind: 'country', codes: ['AUS'], label: 'オーストラリア' };
const KOR: SectionSubject = { kind: 'country', codes: ['KOR'], label: '韓国' };
const MIDEAST: SectionSubject = { kind: 'region', codes: [], label: '中東' };
const MULTI: SectionSubject = { kind: 'multilateral', codes: [], label: '多国間' };
const CB: SectionSubject = { kind: 'capacity-building', codes: [], label: '能力構築支援' };

function run(paragraphs: string[], subject: SectionSubject | undefined = AUS, title = '1　オーストラリア'): KoryuEvent[] {
  return extractEvents(docFromSections([{ title, subject, paragraphs }])).events;
}
const pick = (e: KoryuEvent) => ({ kind: e.kind, date: e.date, partners: e.partners, jpRole: e.jpRole, mode: e.mode });

describe('talks.anchor-clause', () => {
  it('dates a phone call and takes the partner from the section when the counterpart has no country', () => {
    const ev = run(['2020年4月、統幕長は、ウィルソン国防軍司令官と電話会談を行い、協力の推進で一致した。']);
    expect(ev.map(pick)).toEqual([{ kind: 'talks', date: '2020-04', partners: ['AUS'], jpRole: 'chief-joint-staff', mode: 'phone' }]);
    expect(ev[0].highLevel).toBe(true);
    expect(ev[0].level).toBe('chiefs');
    expect(ev[0].rule).toMatch(/^talks\.anchor-clause@/);
  });

  it('makes one event per listed month (同年5月及び10月), two ministers of the same role', () => {
    const ev = run(['2020年2月、統幕長はウィルソン国防軍司令官と会談した。同年5月及び10月には、山田防衛大臣及び佐藤防衛大臣は、グリーン国防大臣との間で電話会談を行った。']);
    expect(ev.filter((e) => e.jpRole === 'minister').map((e) => e.date)).toEqual(['2020-05', '2020-10']);
  });

  it('cuts clauses at each principal and shares one trailing trigger (それぞれ)', () => {
    const ev = run(['2020年1月、統幕長は来日した司令官と会談した。陸幕長は同年7月及び12月、ブラウン陸軍本部長と、海幕長は同年8月、ホワイト海軍本部長とそれぞれ電話会談又はテレビ会談を行った。']);
    const chiefs = ev
      .filter((e) => e.jpRole === 'chief-gsdf' || e.jpRole === 'chief-msdf')
      .map((e) => [e.jpRole, e.date, e.mode])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(chiefs).toEqual([
      ['chief-gsdf', '2020-07', 'unknown'],
      ['chief-gsdf', '2020-12', 'unknown'],
      ['chief-msdf', '2020-08', 'unknown'],
    ]);
  });

  it('keeps topic countries out of the partners and reads a place as in person', () => {
    const ev = run(['2020年10月、山田防衛大臣は、東京においてグリーン国防大臣と会談を行い、北朝鮮情勢や中国の動向について意見交換した。']);
    expect(ev.map(pick)).toEqual([{ kind: 'talks', date: '2020-10', partners: ['AUS'], jpRole: 'minister', mode: 'in-person' }]);
  });

  it('reads a trilateral ministerial meeting from a 日米豪 compound: not high-level', () => {
    const ev = run(['2021年3月、山田防衛大臣は、日米豪防衛相会談をテレビ会議形式で実施した。']);
    expect(ev.map(pick)).toEqual([{ kind: 'talks', date: '2021-03', partners: ['AUS', 'USA'], jpRole: 'minister', mode: 'video' }]);
    expect(ev[0].format).toBe('trilateral');
    expect(ev[0].highLevel).toBe(false);
  });

  it('records a summit at leaders level, not high-level', () => {
    const ev = run(['2020年11月、田中内閣総理大臣は、来日したジョーンズ首相との日豪首脳会談を行った。']);
    expect(ev[0]).toMatchObject({ kind: 'talks', jpRole: 'prime-minister', level: 'leaders', highLevel: false, partners: ['AUS'] });
  });

  it('does not record a planned meeting', () => {
    expect(run(['2021年5月、山田防衛大臣は、グリーン国防大臣と会談を行う予定である。'])).toEqual([]);
  });

  it('takes the country of a full-name counterpart title (韓国国防部長官)', () => {
    const ev = run(['2019年11月、山田防衛大臣は、ADMMプラスに際して韓国国防部長官と会談を行った。'], undefined, '（1）概要');
    expect(ev.filter((e) => e.kind === 'talks').map(pick)).toEqual([{ kind: 'talks', date: '2019-11', partners: ['KOR'], jpRole: 'minister', mode: 'in-person' }]);
  });

  it('adds a 同会談 sentence as evidence of the meeting, not a new event', () => {
    const ev = run(['2020年10月、山田防衛大臣は、グリーン国防大臣と会談を行った。同会談において両大臣は、協力の強化で一致した。']);
    expect(ev).toHaveLength(1);
    expect(ev[0].evidence).toHaveLength(2);
  });

  it('ignores captions: they never create events', () => {
    expect(run(['caption:グリーン国防大臣と電話会談を行う山田防衛大臣（2020年5月）'])).toEqual([]);
  });
});

describe('talks.anchor-clause: windows, topics and counterparts', () => {
  it('dates a later meeting by the date written since the previous anchor, not by an earlier milestone', () => {
    const ev = run(['2015年4月、防衛協力に関する覚書の署名が行われたほか、2016年6月の日豪首脳会談では、協力の強化で一致した。']);
    expect(ev.filter((e) => e.kind === 'talks').map((e) => e.date)).toEqual(['2016-06']);
  });

  it('opens a clause at the date written before its principal (「…電話会談を、2021年3月には…がテレビ会談を」)', () => {
    const ev = run(['2020年3月には山田防衛大臣が電話会談を、2021年3月には佐藤防衛大臣がテレビ会談を、それぞれグリーン国防大臣と実施した。']);
    expect(ev.map((e) => [e.date, e.mode])).toEqual([
      ['2020-03', 'phone'],
      ['2021-03', 'video'],
    ]);
  });

  it('takes the partner a region section’s paragraph is about (「Xとの間では」)', () => {
    const ev = run(['オマーンとの間では、2019年3月に防衛協力に関する覚書が署名された。', '2020年6月、統幕長はハリス国軍参謀長とテレビ会談を行った。'], MIDEAST, '9　中東諸国');
    expect(ev.filter((e) => e.kind === 'talks').map((e) => e.partners)).toEqual([['OMN']]);
  });

  it('keeps a discussion topic (「北朝鮮については」) from becoming the topic in a country section', () => {
    const ev = run(['北朝鮮については、緊密に連携することを確認した。', '2020年4月、統幕長はウィルソン国防軍司令官と電話会談を行った。']);
    expect(ev.map((e) => e.partners)).toEqual([['AUS']]);
  });

  it('makes one bilateral meeting per counterpart listed one by one at a forum', () => {
    const ev = run(['2020年2月、山田防衛大臣は、会議に際し、カナダ及びドイツの国防大臣や、NATO事務総長などと会談を行った。'], MULTI, '（4）その他');
    expect(ev.filter((e) => e.kind === 'talks').map((e) => e.partners[0]).sort()).toEqual(['CAN', 'DEU', 'NATO']);
  });

  it('spans the dates when several counterparts share several dates (「それぞれ」)', () => {
    const ev = run(['2020年6月及び8月、山田防衛大臣は、フィジー及びトンガの各国防大臣とそれぞれ電話会談を実施した。'], MULTI, '8　太平洋島嶼国');
    expect(ev.map((e) => [e.partners, e.date, e.dateEnd])).toEqual([
      [['FJI'], '2020-06', '2020-08'],
      [['TON'], '2020-06', '2020-08'],
    ]);
  });

  it('does not date a meeting by a reference point (「…の民政移管後」)', () => {
    expect(run(['2011年3月の民政移管後、事務次官がラオスを訪問した。'], MIDEAST, '（1）概要')).toEqual([]);
  });

  it('does not count a kind of meeting named in what was agreed (「次官級協議の定期的な実施」)', () => {
    const ev = run(['2015年1月の日豪防衛相会談では、次官級協議の定期的な実施で一致した。']);
    expect(ev.map((e) => e.jpRole)).toEqual(['minister']);
  });

  it('reads a series over years as no single meeting', () => {
    expect(run(['2015年から2018年の間において4回の「2+2」が開催された。'])).toEqual([]);
  });

  it('keeps a phone call and a meeting in person of the same month apart', () => {
    const ev = run(['2020年10月、山田防衛大臣はグリーン国防大臣と電話会談を行った。同年10月、山田防衛大臣はグリーン国防大臣と東京において会談を行った。']);
    expect(ev.map((e) => e.mode)).toEqual(['phone', 'in-person']);
  });

  it('sends a meeting the principal attended to the conference rule (「…会議に参加」)', () => {
    const ev = run(['海幕長は、2020年9月、米海軍太平洋艦隊司令官が主催する多国間テレビ会議に参加した。'], MULTI, '（5）軍種間');
    expect(ev.map((e) => [e.kind, e.partners, e.mode])).toEqual([['conference', ['USA'], 'video']]);
  });

  it('needs Japan’s side for a summit (not 「APEC首脳会議の場において」)', () => {
    expect(run(['同軍楽隊は、2018年11月にAPEC首脳会議の場において演奏を披露した。'], MULTI, '8　太平洋島嶼国')).toEqual([]);
  });
});

describe('exercise.anchor', () => {
  it('names the exercise and takes partners from the 日米印豪 compound', () => {
    const ev = run(['2020年11月、海自は、日米印豪共同訓練（マラバール2020）に参加した。'], KOR, '4　韓国');
    expect(ev.map((e) => [e.kind, e.date, e.partners, e.name])).toEqual([['exercise', '2020-11', ['AUS', 'IND', 'USA'], 'マラバール2020']]);
  });

  it('takes the navy named as counterpart', () => {
    const ev = run(['2020年9月、海自は、南シナ海においてオーストラリア海軍と共同訓練を実施した。'], undefined, '（2）実績');
    expect(ev.map((e) => [e.kind, e.partners])).toEqual([['exercise', ['AUS']]]);
  });
});

describe('port-call.trigger', () => {
  it('takes the host country of the port', () => {
    const ev = run(['2021年3月、護衛艦は、スリランカのコロンボ港に寄港した。'], undefined, '（2）実績');
    expect(ev.map((e) => [e.kind, e.date, e.partners])).toEqual([['port-call', '2021-03', ['LKA']]]);
  });
});

describe('agreement.milestone', () => {
  it('makes one event per dated milestone, 同年 resolved', () => {
    const ev = run(['2017年1月に署名された日豪ACSAは、同年4月の国会承認を経て同年9月に発効した。']);
    expect(ev.map((e) => [e.kind, e.instrument, e.milestone, e.date, e.partners])).toEqual([
      ['agreement', 'ACSA', 'signed', '2017-01', ['AUS']],
      ['agreement', 'ACSA', 'approved', '2017-04', ['AUS']],
      ['agreement', 'ACSA', 'in-force', '2017-09', ['AUS']],
    ]);
  });

  it('does not make events of an undated restatement', () => {
    expect(run(['これまでに日豪ACSAや日豪情報保護協定といった協力の基盤を整備してきている。'])).toEqual([]);
  });
});

describe('agreement.milestone: instruments, references and lists', () => {
  it('gives one milestone to every instrument listed before it, each with its own date', () => {
    const ev = run(['2014年9月には日豪防衛協力・交流に関する覚書が、2015年12月には日豪防衛装備品・技術移転協定及び日豪情報保護協定が署名された。']);
    expect(ev.map((e) => [e.instrument, e.date]).sort()).toEqual([
      ['ETA', '2015-12'],
      ['ISA', '2015-12'],
      ['MOU', '2014-09'],
    ]);
  });

  it('resolves 「同協定」 to the instrument named before in the section', () => {
    const ev = run(['2016年11月、日韓GSOMIAを締結した。', '2019年8月には、同協定を終了させる旨の通告があったが、同年11月、同通告の効力を停止する旨の通告があった。'], KOR, '4　韓国');
    expect(ev.map((e) => [e.instrument, e.milestone, e.date])).toEqual([
      ['ISA', 'signed', '2016-11'],
      ['ISA', 'termination-notice', '2019-08'],
      ['ISA', 'suspended', '2019-11'],
    ]);
  });

  it('does not date a milestone by a date two list items away', () => {
    expect(run(['その例として、2018年10月の観艦式をめぐる対応、同年12月の事案、周辺海域における訓練、日韓GSOMIAの終了通告がある。'], KOR, '4　韓国')).toEqual([]);
  });

  it('does not date a signature welcomed at a later meeting', () => {
    const ev = run(['2020年12月、山田防衛大臣はシン国防大臣と電話会談を行い、日印ACSAの署名や共同訓練の実施を歓迎した。'], undefined, '2　インド');
    expect(ev.filter((e) => e.kind === 'agreement')).toEqual([]);
  });

  it('counts issuing a named declaration as its signature, not a summit’s generic statement', () => {
    const named = run(['2017年8月の日英首脳会談の際に発表された「日英安全保障共同宣言」においては、協力の強化がうたわれた。'], undefined, '（1）英国');
    expect(named.filter((e) => e.kind === 'agreement').map((e) => [e.instrument, e.milestone, e.date])).toEqual([['declaration', 'signed', '2017-08']]);
    const generic = run(['2017年1月の日インドネシア首脳会議の際に発出された共同声明では、協力の強化がうたわれた。'], undefined, '（1）インドネシア');
    expect(generic.filter((e) => e.kind === 'agreement')).toEqual([]);
  });
});

describe('personnel and other acts', () => {
  it('dates a posting by its start (「2019年3月から、職員を…に派遣し」)', () => {
    const ev = run(['2019年3月から、防衛省職員をNATOサイバー防衛協力センターに派遣している。'], { kind: 'organization', codes: ['NATO'], label: 'NATO' }, '（6）NATO');
    expect(ev.map((e) => [e.kind, e.date, e.partners])).toEqual([['personnel', '2019-03', ['NATO']]]);
  });

  it('records delegations’ visits, one per listed date', () => {
    const ev = run(['2018年4月及び2019年9月に中国軍代表団が訪日した。'], { kind: 'country', codes: ['CHN'], label: '中国' }, '6　中国');
    expect(ev.map((e) => [e.kind, e.date])).toEqual([
      ['other', '2018-04'],
      ['other', '2019-09'],
    ]);
  });
});

describe('capacity-building.partner-field', () => {
  it('dates undated activities to the period stated before, one event per partner and field', () => {
    const ev = run(
      [
        '2020年1月から2021年3月までの間に実施した派遣は、4か国7件であった。',
        '具体的には、東ティモールにおける車両整備に関する教育、ベトナムにおけるサイバーセキュリティセミナーを実施した。',
      ],
      CB,
      '2　具体的な事業',
    );
    expect(ev.map((e) => [e.partners, e.field, e.date, e.dateEnd, e.method])).toEqual([
      [['TLS'], 'vehicle maintenance', '2020-01', '2021-03', 'dispatch'],
      [['VNM'], 'cyber', '2020-01', '2021-03', 'dispatch'],
    ]);
  });

  it('does not date an ongoing program (2015年から…継続)', () => {
    expect(run(['パプアニューギニアに対しては、2015年から軍楽隊の育成に関する能力構築支援を継続している。'], CB, '2　具体的な事業')).toEqual([]);
  });

  it('folds a period-dated activity into the same activity dated precisely elsewhere', () => {
    const ev = extractEvents(
      docFromSections([
        { title: '（2）ベトナム', subject: { kind: 'country', codes: ['VNM'], label: 'ベトナム' }, paragraphs: ['能力構築支援においては、2020年3月、ハノイにおいて、航空救難セミナーを実施した。'] },
        { title: '2　具体的な事業', subject: CB, paragraphs: ['2020年1月から2021年3月までの間に実施した派遣は、4か国7件であった。', '具体的には、ベトナムにおける航空救難セミナーを実施した。'] },
      ]),
    ).events;
    expect(ev.map((e) => [e.date, e.evidence.length])).toEqual([['2020-03', 2]]);
  });

  it('does not count past support told as the background of another act (「…支援を経て」)', () => {
    expect(run(['能力構築支援を経て、同軍楽隊は、2018年11月に首脳会議の場において演奏した。'], CB, '2　具体的な事業')).toEqual([]);
  });

  it('reads one activity per field that introduces its own (「サイバーセミナーや航空救難セミナー」), not per qualifying field', () => {
    const two = run(['2020年1月、ベトナムにおけるサイバーセキュリティセミナーや航空救難セミナーを実施した。'], CB, '2　具体的な事業');
    expect(two.map((e) => e.field)).toEqual(['cyber', 'aviation rescue']);
    const one = run(['2021年2月、カンボジアに対し、国連PKOに資する施設分野の教育をオンラインで実施した。'], CB, '2　具体的な事業');
    expect(one.map((e) => [e.partners, e.field])).toEqual([[['KHM'], 'PKO']]);
  });

  it('marks online activities', () => {
    const ev = run(['2021年2月、陸自は、カンボジア軍に対し、PKOに関するオンライン教育による能力構築支援を実施した。'], CB, '2　具体的な事業');
    expect(ev.map((e) => [e.partners, e.method, e.mode])).toEqual([[['KHM'], 'online', 'video']]);
  });
});

describe('conference.forum-participation', () => {
  it('records participation in a forum with its standing membership', () => {
    const ev = run(['2020年12月、山田防衛大臣は、オンライン形式で開催された第7回ADMMプラスに出席した。'], undefined, '（1）ADMMプラス');
    const conf = ev.filter((e) => e.kind === 'conference');
    expect(conf).toHaveLength(1);
    expect(conf[0]).toMatchObject({ date: '2020-12', format: 'multilateral', mode: 'video', jpRole: 'minister', level: 'ministerial' });
    expect(conf[0].partners).toEqual(expect.arrayContaining(['IDN', 'USA', 'CHN']));
  });
});

describe('rules read off documents in other styles', () => {
  it('does not record an exercise planned before the trigger and postponed as its topic’s predicate', () => {
    expect(run(['一方、同年9月に予定されていた日豪共同訓練「サザン・クロス」は、天候不良のため延期された。'])).toEqual([]);
  });

  it('dates 「その際、…署名」 like the engagement told just before', () => {
    const ev = run(['2014年7月、田中内閣総理大臣は、ジョーンズ首相と日豪首脳会談を行った。', 'その際、日豪防衛装備品・技術移転協定の署名が行われた。']);
    expect(ev.filter((e) => e.kind === 'agreement').map((e) => [e.instrument, e.date])).toEqual([['ETA', '2014-07']]);
  });

  it('shares a date between acts chained by 「〜し、」', () => {
    const ev = run(['また、海自練習艦隊は、同年9月、シドニーに寄港し、豪海軍との親善訓練を実施した。'.replace('同年', '2014年')]);
    expect(ev.map((e) => [e.kind, e.date, e.jpRole]).sort()).toEqual([
      ['exercise', '2014-09', 'unit'],
      ['port-call', '2014-09', 'unit'],
    ]);
  });

  it('names an agreement written by its official title after its subject', () => {
    const ev = run(['2021年3月30日、防衛装備品及び技術の移転に関する日本国政府とインドネシア共和国政府との間の協定への署名が行われました。'], undefined, 'インドネシア');
    expect(ev.map((e) => [e.kind, e.instrument, e.milestone, e.partners])).toEqual([['agreement', 'ETA', 'signed', ['IDN']]]);
  });

  it('reads a seminar on a capacity-building field for a foreign force as capacity building', () => {
    const ev = run(['2021年3月24日、航空自衛隊は、ベトナム人民軍の要員を対象として、航空救難に関するオンライン・セミナーを実施しました。'], undefined, '報道資料');
    expect(ev.map((e) => [e.kind, e.partners, e.field, e.method])).toEqual([['capacity-building', ['VNM'], 'aviation rescue', 'online']]);
  });

  it('leaves a dispatch of instructors to capacity building', () => {
    const ev = run(['能力構築支援として、陸自は、2022年11月、パプアニューギニア国防軍に教官を派遣し、施設機械整備に関する教育を行った。'], CB, '2　具体的な事業');
    expect(ev.map((e) => e.kind)).toEqual(['capacity-building']);
  });
});

describe('distributed dates and announcements', () => {
  it('gives each unit its own date when they exercised 「それぞれ」 with the same partner', () => {
    const ev = run(['また海自は、2020年9月に、護衛艦「あ」が南シナ海において、同年11月には護衛艦「い」が九州西方において、それぞれ豪海軍と共同訓練を実施した。']);
    expect(ev.map((e) => [e.kind, e.date])).toEqual([
      ['exercise', '2020-09'],
      ['exercise', '2020-11'],
    ]);
  });

  it('does not record a port call that was only announced (「…への寄港を発表した」)', () => {
    expect(run(['2021年4月、英国政府は、英空母打撃群の日本への寄港を発表した。'], undefined, '（1）英国')).toEqual([]);
  });

  it('dates 「同寄港にあわせ」 like the port call just told', () => {
    const ev = run(['2020年10月、護衛艦「お」がジブチに寄港した。', '日EU双方は同寄港にあわせ、共同物資供与式を行った。'], undefined, '（6）EU');
    expect(ev.map((e) => [e.kind, e.date])).toEqual([
      ['port-call', '2020-10'],
      ['other', '2020-10'],
    ]);
  });
});

describe('conference.forum-participation: meetings not in the gazetteer', () => {
  it('takes the participant from the sentence before and reads past a bracketed abbreviation', () => {
    const ev = run(
      ['統幕長は、2020年8月、ホノルルを訪問した。', 'また、同年11月、豪国防軍共催の太平洋合同安全保障会議（JHoPS: Joint Heads of Pacific Security）にオンライン参加した。'],
      MULTI,
      '（5）軍種間',
    );
    expect(ev.filter((e) => e.kind === 'conference').map((e) => [e.date, e.partners, e.jpRole, e.mode])).toEqual([['2020-11', ['AUS'], 'chief-joint-staff', 'video']]);
  });
});

describe('--explain trace', () => {
  it('names the events each fired rule led to, and why a sentence gave none', () => {
    const doc = docFromSections([{ title: '1　オーストラリア', subject: AUS, paragraphs: ['2020年6月、山田防衛大臣はグリーン国防大臣と電話会談を行った。両国は協力を続ける。'] }]);
    const { events, trace } = extractEvents(doc, { explain: true });
    expect(trace![0].fired).toEqual([{ rule: 'talks.anchor-clause', reason: expect.any(String), eventId: events[0].id }]);
    expect(trace![1].fired).toEqual([]);
    expect(trace![1].skipped).toBe('no trigger and no date');
  });
});

describe('rules read off the second held-out set', () => {
  it('reads 「テレビ会議形式で」 before a meeting as its manner, not as a second meeting', () => {
    const ev = run(['2022年1月、田中内閣総理大臣は、ジョーンズ首相とテレビ会議形式で日豪首脳会談を行った。']);
    expect(ev.map((e) => [e.jpRole, e.mode])).toEqual([['prime-minister', 'video']]);
  });

  it('does not take a forum’s venue as its partner', () => {
    const ev = run(['2022年6月、山田防衛大臣は、シンガポールで開催されたアジア安全保障会議に出席した。'], MULTI, '（4）その他');
    expect(ev.map((e) => [e.kind, e.partners])).toEqual([['conference', []]]);
  });

  it('reads a meeting named in quotes after a generic noun (国際会議「…」)', () => {
    const ev = run(['2022年4月、統幕長は、インド外務省が主催する国際会議「ライシナ・ダイアログ」に出席した。'], MULTI, '（4）その他');
    expect(ev.map((e) => [e.kind, e.name, e.partners])).toEqual([['conference', 'ライシナ・ダイアログ', ['IND']]]);
  });

  it('adds the forces named after a named exercise to its partners', () => {
    const ev = run(['2022年8月、空自は、豪空軍主催の多国間共同訓練「ピッチ・ブラック22」に参加し、米国及びドイツの空軍とも訓練を行った。'], MULTI, '（2）多国間共同訓練');
    expect(ev.map((e) => e.partners)).toEqual([['AUS', 'DEU', 'USA']]);
  });

  it('reads the plan in the predicate of a trigger that is the topic (「…について、…予定であることを発表」)', () => {
    expect(run(['2022年11月、日仏共同訓練について、翌年1月に実施する予定であることを発表した。'], undefined, '（2）フランス')).toEqual([]);
  });
});

describe('rules read off the third held-out set', () => {
  it('dates 「同会談において…署名」 like the meeting', () => {
    const ev = run(['2015年1月、山田防衛大臣はガルシア国防大臣と会談を行った。', '同会談において、両大臣は日比防衛協力・交流に関する覚書に署名した。'], undefined, '（1）フィリピン');
    expect(ev.filter((e) => e.kind === 'agreement').map((e) => [e.instrument, e.date, e.partners])).toEqual([['MOU', '2015-01', ['PHL']]]);
  });

  it('takes the principal paired after a meeting reported in the passive', () => {
    const ev = run(['2014年11月、第5回日越防衛政策対話が開催され、防衛審議官とベトナム国防次官との間で意見交換を行った。'], undefined, '（2）ベトナム');
    expect(ev.map((e) => [e.jpRole, e.level, e.partners])).toEqual([['vice-minister-international', 'vice-ministerial', ['VNM']]]);
  });

  it('does not resolve 「同様の覚書」 to the instrument named before', () => {
    const ev = run(['2014年9月、日英ACSAが署名された。', 'わが国は、2011年10月にベトナムとの間で同様の覚書に署名している。'], undefined, '（3）英国');
    expect(ev.filter((e) => e.date === '2011-10').map((e) => e.instrument)).toEqual(['MOU']);
  });
});

describe('rules read off the fourth held-out set', () => {
  it('counts a co-host as a partner of a capacity-building activity', () => {
    const ev = run(['2023年2月、日豪共催により、フィジー軍に対して、人道支援・災害救援分野のセミナーを実施した。'], CB, '2　具体的な事業');
    expect(ev.map((e) => [e.partners, e.format])).toEqual([[['AUS', 'FJI'], 'trilateral']]);
  });

  it('reads 実技指導 as a teaching act and ignores 「施設において」 as a field', () => {
    const ev = run(['2022年12月、空自の隊員がベトナム空軍に対し、海自の施設において航空救難に関する実技指導を行った。'], CB, '2　具体的な事業');
    expect(ev.map((e) => [e.partners, e.field])).toEqual([[['VNM'], 'aviation rescue']]);
  });

  it('reads instructors sent since a year (以降) as a program, not a dated posting', () => {
    expect(run(['なお、陸自は、2016年以降、同国の訓練センターに教官を派遣し、施設分野の教育を実施している。'], { kind: 'country', codes: ['KEN'], label: 'ケニア' }, '（2）ケニア')).toEqual([]);
  });
});

describe('rules read off the fifth held-out set', () => {
  it('lets the principal of a visit told before in the sentence lead the meeting that follows', () => {
    const ev = run(['同年3月には、防衛審議官がキャンベラを訪問し、豪国防省次官との間で日豪防衛当局間協議を行った。'.replace('同年', '2023年')]);
    expect(ev.map((e) => [e.jpRole, e.level])).toEqual([['vice-minister-international', 'vice-ministerial']]);
  });
});

describe('merge', () => {
  it('gives stable ids derived from content', () => {
    const a = run(['2020年10月、山田防衛大臣は、グリーン国防大臣と会談を行った。']);
    const b = run(['なお、本年も協力は続いた。', '2020年10月、山田防衛大臣は、グリーン国防大臣と会談を行った。']);
    expect(a[0].id).toBe(b[0].id);
  });
});

describe('dates: a day before から', () => {
  it('dates a trip by its first day (「6月3日から…訪問し」), but not a program a day starts (「…から…している」)', () => {
    const trip = run(['2023年6月3日から、山田防衛大臣はフィリピンを訪問し、テオドロ国防大臣と会談した。'], undefined, '1　概要');
    expect(trip.map((e) => [e.kind, e.partners, e.date])).toEqual([['talks', ['PHL'], '2023-06-03']]);
    const forum = run(['2023年6月2日より、山田防衛大臣はシャングリラ会合に出席した。'], undefined, '1　概要');
    expect(forum.map((e) => [e.kind, e.date])).toEqual([['conference', '2023-06-02']]);
    // a program a day starts, or a month before から: no date of one engagement
    expect(run(['2023年6月3日から、豪州との共同訓練を毎年実施している。'], undefined, '1　概要')).toEqual([]);
    expect(run(['2015年4月から、ベトナムへの能力構築支援を継続して実施している。'], CB, '2　具体的な事業')).toEqual([]);
  });
});
