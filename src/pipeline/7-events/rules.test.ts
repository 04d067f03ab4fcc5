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

describe('merge', () => {
  it('gives stable ids derived from content', () => {
    const a = run(['2020年10月、山田防衛大臣は、グリーン国防大臣と会談を行った。']);
    const b = run(['なお、本年も協力は続いた。', '2020年10月、山田防衛大臣は、グリーン国防大臣と会談を行った。']);
    expect(a[0].id).toBe(b[0].id);
  });
});
