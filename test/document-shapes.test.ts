/**
 * Document shapes (issue 7): the same few engagements, written by the project in its own words, laid out
 * as each source kind lays them out — a white-paper web page of an older edition, a press release, a
 * press-conference transcript, an activity page, a unit's news page — must give the same events. A row
 * marked `fails` is a shape Koryu still misreads (listed so the fix flips it); the negative rows must
 * give nothing.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeBytes } from '../src/pipeline/index.js';
import { describeShapes, type Shape } from './shape-probe.js';


const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.level, e.mode, e.jpRole].join(' ');


/** One meeting of the minister with his Australian counterpart, in June 2007, as an edition of 2008 tells it. */
const MET_2007 = 'talks 2007-06 AUS ministerial in-person minister';
const whitePaper = (when: string) =>
  `第III部 防衛交流\n\n2 オーストラリアとの防衛交流\n\n 両国の関係は年々深まっている。\n ${when}には、防衛大臣がオーストラリア国防大臣と会談を行った。\n`;

/** One meeting of the minister with his Australian counterpart on 10 May 2021, told the day after. */
const MET_2021 = 'talks 2021-05-10 AUS ministerial in-person minister';

const SHAPES: Shape[] = [
  // White-paper web pages: every way an older edition writes the year.
  { name: 'wp-two-digit-and-era', text: whitePaper('07(平成19)年6月'), expect: [MET_2007] },
  { name: 'wp-era', text: whitePaper('平成19年6月'), expect: [MET_2007] },
  { name: 'wp-western', text: whitePaper('2007年6月'), expect: [MET_2007] },
  // 「19年6月」 after the edition has named 平成: the era of the edition's year, not 1919 (codebook 510).
  { name: 'wp-bare-era-year', text: whitePaper('19年6月'), published: '2008', expect: [MET_2007] },
  { name: 'wp-last-year', text: whitePaper('昨年6月'), published: '2008', expect: [MET_2007] },
  {
    name: 'wp-same-year',
    text: `2 オーストラリアとの防衛交流\n\n 2007年3月、防衛大臣が訪豪し、オーストラリア国防大臣と会談を行った。同年6月には、同国防大臣が来日し、防衛大臣と会談を行った。\n`,
    expect: ['talks 2007-03 AUS ministerial in-person minister', MET_2007],
  },
  {
    name: 'wp-clauses-listing-meetings',
    text: `2 アジア太平洋諸国との防衛交流\n\n 2007年6月、防衛大臣は来日したオーストラリア国防大臣と会談し、インドネシア国防大臣と、マレーシア国防大臣とそれぞれ会談を行った。\n`,
    expect: [MET_2007, 'talks 2007-06 IDN ministerial in-person minister', 'talks 2007-06 MYS ministerial in-person minister'],
  },
  // Press releases.
  {
    name: 'release-fields-on-their-own-lines',
    text: `日豪防衛相会談について\n\n令和3年5月10日\n防衛省\n\n1 日時\n令和3年5月10日（月）16時40分～17時25分（約45分間）\n2 場所\n防衛省\n3 出席者\n日本側：防衛大臣\n豪側：国防大臣\n4 概要\n(1) 両大臣は、地域の安全保障情勢について意見を交わしました。\n(2) 両大臣は、防衛協力をさらに進めていくことで一致しました。\n`,
    expect: [MET_2021],
  },
  {
    name: 'release-fields-inline',
    text: `日豪防衛相会談について\n\n2021年5月10日 防衛省\n\n1 日時 令和3年5月10日（月）16時40分～17時25分（約45分間）\n2 場所 防衛省\n3 出席者 防衛大臣、豪国防大臣\n4 概要\n(1) 両大臣は、地域の安全保障情勢について意見を交わしました。\n`,
    expect: [MET_2021],
  },
  // A telephone talk told by its title and its 日時 field alone (codebook 512).
  {
    name: 'release-phone-title-and-field',
    text: `日豪防衛相電話会談について\n\n令和3年5月10日\n防衛省\n\n1 日時 令和3年5月10日（月）16時40分～17時10分（約30分間）\n2 概要\n(1) 両大臣は、地域の安全保障情勢について意見を交わしました。\n`,
    expect: ['talks 2021-05-10 AUS ministerial phone minister'],
  },
  // The dateline above the title (codebook 512).
  {
    name: 'release-dateline-over-title',
    text: `2021年5月10日\n防衛省\n\n日豪防衛相電話会談について\n\n1 日時 令和3年5月10日（月）16時40分～17時10分\n2 概要\n両大臣は、地域の安全保障情勢について意見を交わしました。\n`,
    expect: ['talks 2021-05-10 AUS ministerial phone minister'],
  },
  // Press-conference transcripts: 「大臣：」 answers, 「記者：」 questions (codebook 511).
  {
    name: 'transcript-speaker-labels',
    text: `防衛大臣記者会見\n日時：令和3年5月11日（火）10時30分～10時45分\n場所：防衛省\n\n1 発表事項\n大臣：昨日、オーストラリアの国防大臣と会談を行いました。また、本日、インドネシアの国防大臣と電話会談を行いました。\n\n2 質疑応答\n記者：先週、中国の国防部長と会談を行ったとの報道がありますが、事実でしょうか。\n大臣：お答えは差し控えます。\n`,
    expect: [MET_2021, 'talks 2021-05-11 IDN ministerial phone minister'],
  },
  {
    name: 'transcript-q-a',
    text: `防衛大臣記者会見\n日時：令和3年5月11日（火）10時30分～10時45分\n場所：防衛省\n\n1 発表事項\nA：昨日、オーストラリアの国防大臣と会談を行いました。\n\n2 質疑応答\nQ：先週、中国の国防部長と会談を行ったとの報道がありますが、事実でしょうか。\nA：お答えは差し控えます。\n`,
    expect: [MET_2021],
  },
  // Activity pages: one entry per day, the year in the month heading alone (codebook 513) or from --published.
  {
    name: 'activity-month-heading',
    text: `防衛大臣の動静\n2021年5月\n\n5月10日\nオーストラリア国防大臣と会談\n\n5月12日（水）\nインドネシア国防大臣とテレビ会談\n`,
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'activity-day-entries',
    text: `防衛大臣の動静\n5月\n\n10日（月）\nオーストラリア国防大臣と会談\n\n12日（水）\nインドネシア国防大臣とテレビ会談\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  // A unit's page: fact lines, then a photo log of dated headings — one exercise over the period its 期間 line states (codebook 515).
  {
    name: 'unit-page-fact-lines-and-photo-log',
    text: `日豪共同訓練の実施について\n\n期間：令和3年5月10日～5月14日\n場所：北海道大演習場\n参加部隊：陸上自衛隊第1師団\n相手国：オーストラリア陸軍\n\n5月10日 訓練開始\n 開始式を行いました。\n5月14日 訓練終了\n`,
    published: '2021-05-20',
    expect: ['exercise 2021-05-10 AUS   unit'],
  },
  // A white-paper web page: a link to a video, then the running text with no blank line; a figure's title, then the running
  // text; a footnote whose number is a mark in the text above tells nothing of its own (codebook 370, 371).
  {
    name: 'wp-web-video-link-then-text',
    text: `2 オーストラリアとの防衛交流\n\n両国の協力は着実に進んでいる。\n動画：日豪の防衛協力（防衛省）\nURL：https://example.org/v/abc\n2007年6月には、防衛大臣がオーストラリア国防大臣と会談を行った。\n`,
    expect: [MET_2007],
  },
  {
    name: 'wp-web-figure-title-then-text',
    text: `2 オーストラリアとの防衛交流\n\n両国の協力は着実に進んでいる。\n\n図表III-3-2-1 日豪防衛協力の主な歩み\n\n2007年6月には、防衛大臣がオーストラリア国防大臣と会談を行った。\n`,
    expect: [MET_2007],
  },
  {
    name: 'wp-web-footnote-with-its-mark',
    text: `2 オーストラリアとの防衛交流\n\n2007年6月には、防衛大臣がオーストラリア国防大臣と会談を行った。また、海上自衛隊は各国など3とともに訓練を重ねている。\n\n図表III-3-2-1 日豪防衛協力の主な歩み\n\n3 海上自衛隊の艦艇は、2007年9月にインド海軍と、同年10月にはフランス海軍と共同訓練を実施した。\n`,
    expect: [MET_2007],
  },
  // A unit's page whose writer cut the lines at one length and set a blank line between them (codebook 373): the sentence goes
  // on across the blank line; so does a line that a footnote's mark ended (「…など2」 over 「と会談を行った。」).
  {
    name: 'unit-page-fixed-length-lines-with-blank-lines',
    text: `第1普通科連隊の活動\n\n当隊は、令和3年5月10日から14日までの間、北海道において、豪陸軍との共同訓\n\n練を実施しました。両国の部隊は、射撃や救護などの各種訓練を通じて連携を深めると\n\nともに、相互理解の増進を図り、多くの成果を得ることができました。今後も、各国と\n\nの訓練を通じて、当隊の練度の向上に努めてまいります。\n`,
    published: '2021-05-20',
    expect: ['exercise 2021-05-10 AUS   unit'],
  },
  {
    name: 'wp-web-footnote-mark-ending-a-line',
    text: `2 オーストラリアとの防衛交流\n\n2007年6月には、防衛大臣がオーストラリア国防大臣など2\n\nと会談を行った。\n`,
    expect: [MET_2007],
  },
  // A release that lists what its occasion held as numbered items, each a meeting's name over the sentence that tells it
  // (codebook 372, 375).
  {
    name: 'release-numbered-items-without-stops',
    text: `防衛審議官の豪州訪問（概要）\n\n2021年5月11日\n防衛省\n\n令和3年5月10日（月）、防衛審議官がキャンベラを訪問したところ、概要は以下のとおり。\n\n  1. 豪国防次官との会談\n  2. 防衛審議官は、豪国防次官と会談を行いました。両者は、協力の推進で一致しました。\n\n  3. インドネシア国防副大臣との会談\n  4. 防衛審議官は、同地を訪れていたインドネシア国防副大臣と会談し、地域情勢について\n`,
    published: '2021-05-11',
    expect: ['talks 2021-05-10 AUS vice-ministerial in-person vice-minister-international', 'talks 2021-05-10 IDN vice-ministerial in-person vice-minister-international'],
  },
  // A white-paper web page numbers its sections with an ASCII space (「2 マレーシア」): 「同国」 is the section's country, not the
  // first country the page named (codebook 376).
  {
    name: 'wp-web-sections-numbered-with-a-space',
    text: `第III部 防衛交流\n7 東南アジア諸国との防衛交流\n\n1 インドネシア\n\n両国の協力は着実に進んでいる。\n\n2 マレーシア\n\n2007年6月には、防衛大臣が同国国防大臣と会談を行った。\n`,
    expect: ['talks 2007-06 MYS ministerial in-person minister'],
  },
  // Entry layouts of activity and unit pages seen on the development set (each read already; kept so that no rule breaks them):
  // entries marked 「・」「○」「■」 without 「。」, a full-width space after the day, the day in brackets on a line of its own, the
  // fact lines 【日時】【場所】, a table's rows with tabs or spaces.
  {
    name: 'activity-entries-marked-with-a-dot',
    text: `防衛大臣の動静\n\n・5月10日、防衛大臣はオーストラリア国防大臣と会談を行いました\n・5月12日、防衛大臣はインドネシア国防大臣とテレビ会談を行いました\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'activity-entries-marked-with-a-circle',
    text: `防衛大臣の動静\n\n○5月10日、防衛大臣はオーストラリア国防大臣と会談を行いました\n○5月12日、防衛大臣はインドネシア国防大臣とテレビ会談を行いました\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'activity-entries-marked-with-a-square',
    text: `防衛大臣の動静\n\n■5月10日 防衛大臣はオーストラリア国防大臣と会談\n■5月12日 防衛大臣はインドネシア国防大臣とテレビ会談\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'activity-entries-with-a-full-width-space',
    text: `防衛大臣の動静\n\n5月10日　オーストラリア国防大臣と会談\n5月12日　インドネシア国防大臣とテレビ会談\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'activity-day-in-brackets-over-its-entry',
    text: `防衛大臣の動静\n\n【5月10日】\n防衛大臣は、オーストラリア国防大臣と会談を行いました\n\n【5月12日】\n防衛大臣は、インドネシア国防大臣とテレビ会談を行いました\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'release-fact-lines-in-brackets',
    text: `日豪防衛相会談について\n\n【日時】令和3年5月10日（月）16時40分～17時25分\n【場所】防衛省\n【概要】\n両大臣は、地域情勢について意見を交わしました。\n`,
    published: '2021-05-10',
    expect: [MET_2021],
  },
  {
    name: 'activity-table-rows-with-tabs',
    text: `防衛大臣の動静\n\n月日\t相手\t内容\n5月10日\tオーストラリア国防大臣\t会談\n5月12日\tインドネシア国防大臣\tテレビ会談\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'activity-table-rows-with-spaces',
    text: `防衛大臣の動静\n\n月日 相手 内容\n5月10日 オーストラリア国防大臣 会談\n5月12日 インドネシア国防大臣 テレビ会談\n`,
    published: '2021-05',
    expect: [MET_2021, 'talks 2021-05-12 IDN ministerial video minister'],
  },
  {
    name: 'unit-page-caption-between-paragraphs',
    text: `日豪共同訓練の実施について\n\n当隊は、令和3年5月10日から14日までの間、北海道において、豪陸軍との共同訓練を実施しました。\n\n射撃訓練の様子\n\n訓練を通じ、両国の部隊の連携が深まりました。\n`,
    published: '2021-05-20',
    expect: ['exercise 2021-05-10 AUS   unit'],
  },
  // Negative shapes: nothing happened yet, or nothing is told.
  {
    name: 'release-announcing-a-meeting',
    text: `日豪防衛相会談の実施について\n\n令和3年5月10日\n防衛省\n\n 防衛大臣は、5月12日、来日するオーストラリア国防大臣と会談を行う予定です。\n`,
    expect: [],
  },
  {
    name: 'release-announcing-a-meeting-with-its-fields',
    text: `日豪防衛相会談の実施について\n\n令和3年5月10日\n防衛省\n\n1 日時 令和3年5月12日（水）16時00分～17時00分（予定）\n2 場所 防衛省\n`,
    expect: [],
  },
  // A web page's note and a photo caption explain; they tell nothing (codebook 514).
  {
    name: 'wp-note-and-caption',
    text: `2 オーストラリアとの防衛交流\n\n 両国の協力は着実に進んでいる。\n\n（注）2007年6月に防衛大臣がオーストラリア国防大臣と会談を行ったことを指す。\n\n写真 日豪防衛相会談（2007年6月）\n`,
    expect: [],
  },
  {
    name: 'wp-numbered-note-after-a-meeting',
    text: `${whitePaper('2007年6月')}\n注1 2006年に防衛大臣がインドネシア国防大臣と会談を行った際の合意による。\n`,
    expect: [MET_2007],
  },
  {
    name: 'transcript-question-only',
    text: `防衛大臣記者会見\n日時：令和3年5月11日（火）10時30分～10時45分\n場所：防衛省\n\n質疑応答\n記者：\n昨日、オーストラリアの国防大臣と会談されましたが、成果はいかがでしょうか。\n大臣：\n引き続き協力を進めてまいります。\n`,
    expect: [],
  },
];

describeShapes('document shapes', SHAPES, brief);

describe('the kind a shape is read as', () => {
  it('is a press release when the title names its topic and 「について」, though its fields say 日時 and 場所 (codebook 512)', () => {
    const shape = SHAPES.find((s) => s.name === 'release-fields-on-their-own-lines')!;
    expect(buildDocument(decodeBytes(Buffer.from(shape.text), 'release.txt')).context.kind).toBe('press-release');
  });
});
