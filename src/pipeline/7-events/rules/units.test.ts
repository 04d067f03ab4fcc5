/**
 * Port calls, exercises and capacity building as the units report them: ships calling in both
 * directions, trainings with a named foreign force or hosted by Japan, several partners each with
 * its own dates. Passages written for this test; each row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const RUS: SectionSubject = { kind: 'country', codes: ['RUS'], label: 'ロシア' };
const MULTI: SectionSubject = { kind: 'multilateral', codes: [], label: '多国間訓練' };

function run(paragraphs: string[], subject?: SectionSubject): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: subject?.label ?? '概要', subject, paragraphs }])).events;
}
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(',')].join(' ');

describe('port-call.trigger: ships calling, both ways', () => {
  it('reads a Japanese ship\'s 訪露 (the destination in its short form) and a foreign ship\'s 訪日', () => {
    const ev = run(['2016年6月には海自の護衛艦が訪露し、同年9月には露海軍の駆逐艦が訪日した。']);
    expect(ev.map(brief)).toEqual(['port-call 2016-06  RUS', 'port-call 2016-09  RUS']);
    expect(ev.every((e) => e.jpRole === 'unit')).toBe(true);
  });

  it('reads the noun form (艦艇の訪日) and 入港', () => {
    expect(run(['2019年4月のカナダ海軍艦艇の訪日にあわせ、両国は親善行事を行った。']).map(brief)).toContain('port-call 2019-04  CAN');
    expect(run(['2018年3月2日、チリ海軍の練習帆船が晴海埠頭に入港した。']).map(brief)).toEqual(['port-call 2018-03-02  CHL']);
  });

  it('dates the same act told again in a parallel clause (「…が入港、…が…入港」)', () => {
    const ev = run(['2017年10月14日、仏海軍のフリゲートが逸見岸壁に入港、韓国海軍の駆逐艦が吉倉桟橋に続いて入港、歓迎行事を行った。']);
    expect(ev.filter((e) => e.kind === 'port-call').map(brief).sort()).toEqual(['port-call 2017-10-14  FRA', 'port-call 2017-10-14  KOR']);
  });

  it('leaves a visit named as a noun in a list of what was agreed, and mutual visits, alone', () => {
    expect(run(['2008年5月の首脳会談では、ハイレベル交流の強化、海自艦艇の訪中、連絡体制の構築などが合意された。']).filter((e) => e.kind === 'port-call')).toEqual([]);
    expect(run(['2007年8月、両大臣は、艦艇の相互訪問を進めることで一致した。']).filter((e) => e.kind === 'port-call')).toEqual([]);
  });

  it('gives each foreign flag its own call when several ships arrive in one sentence', () => {
    const ev = run(['2017年10月14日、仏海軍のフリゲートが逸見岸壁に入港し、韓国海軍の駆逐艦とインド海軍のフリゲートが吉倉桟橋に続いて入港した。']);
    expect(ev.filter((e) => e.kind === 'port-call').map(brief).sort()).toEqual([
      'port-call 2017-10-14  FRA', 'port-call 2017-10-14  IND', 'port-call 2017-10-14  KOR',
    ]);
  });
});

describe('exercise.anchor: whose exercise, with whom', () => {
  it('does not give Japan an exercise that only describes the foreign ships visiting', () => {
    const ev = run(['2014年8月、リムパックに参加した露海軍艦艇2隻が訪日した。'], RUS);
    expect(ev.map(brief)).toEqual(['port-call 2014-08  RUS']);
  });

  it('reads a bare 訓練 done with a named foreign force', () => {
    const ev = run(['2014年9月には海自艦艇が訪露し、露海軍と捜索・救難訓練を行った。'], RUS);
    expect(ev.map(brief).sort()).toEqual(['exercise 2014-09  RUS', 'port-call 2014-09  RUS']);
  });

  it('records a multilateral exercise Japan hosted, its participants unnamed', () => {
    const ev = run(['2006年10月、海自は多国間捜索救難訓練を主催した。'], MULTI);
    expect(ev.map(brief)).toEqual(['exercise 2006-10  ']);
    expect(ev[0].format).toBe('multilateral');
  });

  it('reads the exercise after 「…として」 and 「海自主催により、」 as hosted', () => {
    const ev = run(['わが国が初めて主催する多国間共同訓練として、2002年4月、海自主催により、潜水艦救難訓練を行った。'], MULTI);
    expect(ev.map(brief)).toEqual(['exercise 2002-04  ']);
  });

  it('does not record exercises a sentence gives as examples (「…などが挙げられる」)', () => {
    expect(run(['具体的には、2000年のリムパックでの救援訓練や、米国とタイが行うコブラ・ゴールドなどが挙げられる。'], MULTI)).toEqual([]);
  });

  it('leaves a bare 訓練 with nobody named and nobody hosting alone', () => {
    expect(run(['2006年10月、海自は捜索救難訓練を行った。'], MULTI)).toEqual([]);
  });

  it('splits partners listed with など: each trained with Japan', () => {
    const ev = run(['2018年8月から10月まで、護衛艦はインド、スリランカなどとの共同訓練を実施した。']);
    expect(ev.map(brief).sort()).toEqual(['exercise 2018-08 2018-10 IND', 'exercise 2018-08 2018-10 LKA']);
  });

  it('keeps a 日X compound as one exercise', () => {
    const ev = run(['2018年9月、海自は日印共同訓練と日米豪共同訓練を実施した。']);
    expect(ev.map(brief).sort()).toEqual(['exercise 2018-09  AUS,USA', 'exercise 2018-09  IND']);
  });
});

describe('capacity-building.partner-field: several partners, each with its dates', () => {
  it('pairs each partner with the period written for it, never with the others\'', () => {
    const ev = run([
      '陸自は、2022年12月12日から16日までの間ラオスに対し、12月16日から20日までの間、インドネシアに対し、それぞれ人道支援・災害救援分野の能力構築支援を実施した。',
    ]);
    expect(ev.map(brief).sort()).toEqual([
      'capacity-building 2022-12-12 2022-12-16 LAO',
      'capacity-building 2022-12-16 2022-12-20 IDN',
    ]);
  });

  it('does not record support announced in the future tense', () => {
    expect(run(['次に、2023年1月23日から2月3日までの間、ラオス軍の要員を招へいし、人道支援分野の能力構築支援を実施します。'])).toEqual([]);
  });
});

describe('a page dated only by itself (codebook rule 79)', () => {
  const news = (published: string | undefined, text: string) =>
    extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'news.txt'), published ? { published } : {})).events;
  const page = '護衛艦の親善訓練について\n\n派遣中の護衛艦「あさひ」は、マレーシア海軍と日マレーシア親善訓練を実施しました。\n';

  it('dates an act done by the page\'s own date when the page dates nothing else', () => {
    expect(news('2024-11-27', page).map(brief)).toEqual(['exercise 2024-11-27  MYS']);
  });

  it('does not when the page states other dates, nor without a publication date', () => {
    expect(news('2024-11-27', page.replace('マレーシア海軍と', '2023年5月にも訓練した同国海軍と')).filter((e) => e.date === '2024-11-27')).toEqual([]);
    expect(news(undefined, page)).toEqual([]);
  });
});

describe('people and other acts', () => {
  it('reads liaison officers received and technicians sent', () => {
    expect(run(['さらに2015年2月には、英海軍の連絡士官を受け入れた。']).map(brief)).toEqual(['personnel 2015-02  GBR']);
    expect(run(['2021年、日本側から同国への技術者派遣を開始した。'], { kind: 'country', codes: ['AUS'], label: '豪州' }).map(brief)).toEqual(['personnel 2021  AUS']);
  });

  it('reads a delegation\'s visit written as a noun, observers sent, a carrier boarded, a commander\'s visit below the chiefs', () => {
    expect(run(['2018年11月の中国軍代表団の訪日に続き、交流が進んだ。']).map(brief)).toEqual(['other 2018-11  CHN']);
    expect(run(['空自は、2002年9月、米国及びカナダが参加した捜索救難訓練に幹部をオブザーバーとして派遣した。']).map(brief)).toContain('other 2002-09  CAN,USA');
    expect(run(['2022年11月6日、大臣は、米空母「ロナルド・レーガン」に乗艦し、視察した。']).map(brief)).toEqual(['other 2022-11-06  USA']);
    expect(run(['2009年3月の陸自北部方面総監の訪露により、部隊間の交流が進んだ。']).map(brief)).toEqual(['other 2009-03  RUS']);
  });
});

describe('a unit page with a photo log is not a text wrapped to a column (codebook 360)', () => {
  /** A unit's news page as the site gives it: a breadcrumb, a lead sentence on one line, a fact list, a photo log. */
  const unitPage = (lead: string) =>
    extractEvents(
      buildDocument(
        decodeBytes(
          new TextEncoder().encode(
            [
              '活動の記録',
              'トップ > 部隊の活動 > 国際協力',
              '  多国間輸送訓練の実施について',
              `  ${lead}`,
              '期  間 令和6年2月5日(月)~同年2月16日(金)',
              '参加部隊 第2輸送航空隊 C-2輸送機×1機',
              ...['訓練の様子を撮影', '整列する参加隊員', '搭載作業する隊員', '離陸する輸送機群', '物料を確認する様', '参加国と集合写真', '夕日を背にする機', '誘導を行う整備員', '点検中の輸送機体', '地上で待機の隊員', '飛行中の機内様子', '投下された物料群', '現地の方との交流', '説明を受ける隊員', '機内で待機の隊員', '飛行前の打合せ中', '任務を終えた隊員', '格納庫前での撮影', '着陸する輸送機群', '歓迎を受ける隊員', '基地を後にする機'],
            ].join('\n\n') + '\n',
          ),
          'unit-page.txt',
        ),
        { published: '2024-03' },
      ),
    ).events;

  it('reads the lead sentence on one line as running text: the training with a named partner is an exercise', () => {
    const ev = unitPage('第2輸送航空隊は、令和6年2月5日(月)から同年2月16日(金)までの間、グアムの空軍基地において多国間共同訓練を実施し、豪空軍との相互運用性の向上を図りました。');
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2024-02-05 2024-02-16 AUS']);
  });

  it('stays silent when the lead names no partner, as before', () => {
    const ev = unitPage('第2輸送航空隊は、令和6年2月5日(月)から同年2月16日(金)までの間、国内の基地において空輸訓練を実施し、練度の向上を図りました。');
    expect(ev.filter((e) => e.kind === 'exercise')).toEqual([]);
  });
});

describe('exercise.fact-lines: a training page told by its fact lines (codebook 361)', () => {
  const factPage = (title: string, facts: string[], published = '2021-12') =>
    extractEvents(buildDocument(decodeBytes(new TextEncoder().encode([title, facts.join('\n')].join('\n\n') + '\n'), 'fact-page.txt'), { published })).events;
  const lines = (force: string) => [
    '目的 (1)掃海能力の維持及び向上',
    '期間 令和3年11月8日(月)~11月17日(水)',
    '訓練海域 陸奥湾',
    '訓練統制官 海上自衛隊:掃海隊群司令',
    `${force}:第7艦隊機雷戦部隊指揮官`,
    '参加部隊等',
    '海上自衛隊 艦艇15隻',
    `${force} 掃海艦1隻`,
  ];

  it('reads the period and the foreign force taking part as the exercise the title names', () => {
    const ev = factPage('令和3年度掃海特別訓練(陸奥湾)', lines('米海軍'));
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2021-11-08 2021-11-17 USA']);
  });

  it('reads the countries of a 訓練参加国 line', () => {
    const ev = factPage('多国間共同訓練の実施について', ['期間 令和3年11月8日(月)~11月17日(水)', '訓練参加国 オーストラリア、カナダ', '場所 ハワイ周辺海空域']);
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2021-11-08 2021-11-17 AUS,CAN']);
  });

  // Outlines as joint-staff pages write them (codebook 364): numbered labels, spaced to their column, a label alone over
  // the phases of its period, an outline run into one line, the page's title under the site's furniture.
  it('reads numbered, spaced labels and a period given in phases under its label as one span (codebook 364)', () => {
    const outline = [
      '  1. 訓練の目的',
      '    離島防衛に係る統合運用能力の向上を図る。',
      '  2. 期 間',
      '    【前段訓練:令和3年10月4日(月)~同年10月12日(火)】',
      '    【本訓練:令和3年10月13日(水)~同年10月29日(金)】',
      '  3. 訓練統制官',
      '    自衛隊: 水陸機動団長   陸 将 補  山 田  一',
      '    米 軍: 第1海兵師団長   少将  ジョン・スミス',
      '  4. 場 所',
      '    アメリカ合衆国カリフォルニア州及び同周辺海空域',
    ];
    const ev = factPage('活動情報', ['米国における統合訓練 : 令和3年度の様子', '', ...outline], '2021-11');
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2021-10-04 2021-10-29 USA']);
  });

  it('reads an outline run into one line, with a note after a label and countries written as 仏国 (codebook 364)', () => {
    const line = '2.期間 令和3年6月1日(火)~6月20日(日) 3.実施場所 グアム島及び同周辺海空域 4.訓練参加国(日本以外) 仏国、豪州、米国 5.訓練項目 洋上訓練';
    const ev = factPage('令和3年度日米共同統合演習等について', ['1.訓練の目的 戦術技量の向上を図る。', line], '2021-07');
    expect(ev.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2021-06-01 2021-06-20 AUS,FRA,USA']);
  });

  it('stays silent for a training page whose title is a plan, under its furniture too (codebook 364)', () => {
    const line = '2.期間 令和3年6月1日(火)~6月20日(日) 3.実施場所 グアム島 4.訓練参加国 豪州、米国';
    expect(factPage('活動情報', ['令和3年度日米共同統合演習の実施予定', line], '2021-07').filter((e) => e.kind === 'exercise')).toEqual([]);
  });

  it('stays silent for Japan alone, a venue abroad, a planned training, or a page whose sentence told it', () => {
    expect(factPage('令和3年度掃海特別訓練(陸奥湾)', lines('陸上自衛隊')).filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(factPage('令和3年度機動展開訓練', ['期間 令和3年11月8日(月)~11月17日(水)', '場所 アメリカ合衆国グアム島'])).toEqual([]);
    expect(factPage('令和3年度掃海特別訓練の実施予定', lines('米海軍'), '2021-10').filter((e) => e.kind === 'exercise')).toEqual([]);
    const told = factPage('令和3年度掃海特別訓練(陸奥湾)', ['海上自衛隊は、11月8日から17日まで、陸奥湾において米海軍と共同訓練を実施した。', ...lines('米海軍')]);
    expect(told.filter((e) => e.kind === 'exercise').map(brief)).toEqual(['exercise 2021-11-08 2021-11-17 USA']);
  });
});

describe('exercise.photo-log-heading: a training page\'s photo log headed by the trainings it shows (codebook 365)', () => {
  const deployment = (facts: string[], log: string[], published = '2022-12') =>
    extractEvents(
      buildDocument(
        decodeBytes(new TextEncoder().encode(['令和4年度南太平洋方面派遣訓練', '派遣の概要', ...facts, '活動の様子', ...log].join('\n\n') + '\n'), 'deployment.txt'),
        { published },
      ),
    ).events.filter((e) => e.kind === 'exercise');
  const log = ['【出国行事】', '日豪共同訓練', '【洋上補給】', '日フィジー親善訓', '【帰国行事】'];

  it('reads each heading naming a training by its 日X compound, one cut short too, as that training in the page\'s period', () => {
    expect(deployment(['期間', '令和4年10月3日(月)~11月20日(日)', '派遣部隊 護衛艦2隻'], log).map(brief)).toEqual([
      'exercise 2022-10-03 2022-11-20 AUS',
      'exercise 2022-10-03 2022-11-20 FJI',
    ]);
  });

  it('reads a heading that is a call at a foreign port the gazetteer knows as that call, in the page\'s period (codebook 366)', () => {
    const calls = (log: string[]) =>
      extractEvents(
        buildDocument(
          decodeBytes(new TextEncoder().encode(['令和4年度南太平洋方面派遣訓練', '期間', '令和4年10月3日(月)~11月20日(日)', '写真で見る活動', ...log].join('\n\n') + '\n'), 'deployment.txt'),
          { published: '2022-12' },
        ),
      ).events.filter((e) => e.kind === 'port-call');
    expect(calls(['【スバ出港(フィジー)】', '【スバ入港(フィジー)】', '【洋上補給】']).map(brief)).toEqual(['port-call 2022-10-03 2022-11-20 FJI']);
    expect(calls(['【スバ出港】', '【横須賀入港】'])).toEqual([]);
  });

  it('stays silent without one period on the page, or for a heading that is a sentence', () => {
    expect(deployment(['派遣部隊 護衛艦2隻'], log)).toEqual([]);
    expect(deployment(['期間', '令和4年10月3日(月)~11月20日(日)'], ['今後も日豪共同訓練を推進'])).toEqual([]);
  });
});

describe('port-call.photo-log-entry: a photo log\'s entry under its date heading (codebook 367)', () => {
  const voyage = (log: string[]) =>
    extractEvents(
      buildDocument(decodeBytes(new TextEncoder().encode(['令和6年度遠洋練習航海', '写真で見る航海の様子', ...log].join('\n\n') + '\n'), 'voyage.txt'), { published: '2024-10' }),
    ).events.filter((e) => e.kind === 'port-call');

  it('reads a call at a known foreign port among what the entry\'s photos show as that call, on the heading\'s date', () => {
    expect(voyage(['オーストラリア', '【8月22、23日】', '練習艦「かしま」:市内研修、ダーウィン港出港の様子です。', '【8月19日】', '練習艦「かしま」:ダーウィン港入港、歓迎式典、艦上レセプションの様子です。']).map(brief)).toEqual([
      'port-call 2024-08-19  AUS',
    ]);
  });

  it('stays silent for a leaving, a Japanese port, or an entry with no date heading over it', () => {
    expect(voyage(['【8月22日】', '練習艦「かしま」:ダーウィン港出港の様子です。'])).toEqual([]);
    expect(voyage(['【10月3日】', '練習艦「かしま」:晴海埠頭入港、帰国行事の様子です。'])).toEqual([]);
    expect(voyage(['洋上訓練', '練習艦「かしま」:ダーウィン港入港、歓迎式典の様子です。'])).toEqual([]);
  });
});

describe('the days a page tells of one edition of a named exercise are one exercise (codebook 369)', () => {
  const log = (entries: string[], kind = 'activity') =>
    extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(['親善・共同訓練(2022年下半期)', ...entries].join('\n\n') + '\n'), 'log.txt'), { published: '2022-10', kind }))
      .events.filter((e) => e.kind === 'exercise')
      .map(brief);
  const entries = [
    '9月20日:豪州海軍主催多国間共同訓練カカドゥ2022 閉会式',
    '護衛艦「きりしま」艦長は、閉会式に参加し、訓練の成果を発表しました。',
    '9月12日:豪州海軍主催多国間共同訓練カカドゥ2022',
    '護衛艦「きりしま」は、豪州北方海域において、カカドゥ2022に参加しました。',
  ];
  it('joins its days into one span', () => {
    expect(log(entries)).toEqual(['exercise 2022-09-12 2022-09-20 AUS']);
  });
  it('keeps editions of other years apart', () => {
    const other = [entries[0], entries[1], '9月12日:豪州海軍主催多国間共同訓練カカドゥ2020', '護衛艦「きりしま」は、カカドゥ2020に参加しました。'];
    expect(log(other).length).toBe(2);
  });
});
