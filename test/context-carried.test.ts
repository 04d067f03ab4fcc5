/**
 * Context carried across sentences (codebook 385–399): one engagement — the minister meets Indonesia's defense
 * minister on 10 May 2021 — written by the project in its own words, split across sentences the way each source kind
 * splits it: the date, the country, the principal or the occasion told in a heading, a title, an earlier sentence or the
 * trip the text is on, and needed by a sentence that omits it. Each shape must give the event with the right fields;
 * the negative shapes guard precision (a wrong partner or date is worse than a miss).
 */
import type { KoryuEvent } from '../src/model/event.js';
import { describeShapes, type Shape } from './shape-probe.js';


const brief = (e: KoryuEvent) =>
  [e.kind, e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date, e.partners.join(','), e.level, e.mode, e.jpRole].join(' ');


const MET = 'talks 2021-05-10 IDN ministerial in-person minister';
/** The trip itself, a minister's visit (a meeting by the shared codebook's protocol). */
const TRIP = (end: string) => `talks 2021-05-09..2021-05-${end} IDN ministerial in-person minister`;
const RELEASE_HEAD = (title: string, day = '11') => `${title}\n\n令和3年5月${day}日\n防衛省\n\n`;
const TEMPORARY_HEAD = '防衛大臣臨時会見概要\n令和3年5月10日（19時00分～19時10分）（日本時間）\n\n1 発表事項\nなし。\n\n2 質疑応答\n';
const PRESS_HEAD = '防衛大臣記者会見\n日時：令和3年5月11日（火）10時30分～10時45分\n場所：防衛省\n\n1 発表事項\n';

const SHAPES: Shape[] = [
  // Press releases.
  {
    name: 'release-trip-lead-then-dated-item',
    text: `${RELEASE_HEAD('防衛大臣のインドネシア訪問について')}1 概要\n防衛大臣は、5月9日から11日までインドネシアを訪問しました。\n2 会談等\n(1) 5月10日、スハルソ国防大臣と会談を行いました。\n`,
    expect: [MET],
  },
  {
    name: 'release-report-lead-then-item-heading',
    text: `${RELEASE_HEAD('防衛大臣のインドネシア訪問(概要)')}令和3年5月10日(月)、防衛大臣がインドネシアを訪問したところ、概要は以下のとおり。\n\n1.スハルソ国防大臣との会談\n防衛大臣は、スハルソ国防大臣と会談を行いました。両大臣は、防衛協力を進めることで一致しました。\n`,
    expect: [MET],
  },
  {
    name: 'release-title-names-the-country',
    text: `${RELEASE_HEAD('防衛大臣のインドネシア訪問について')} 防衛大臣は、5月10日、スハルソ国防大臣と会談を行いました。両大臣は、地域情勢について意見交換を行いました。\n`,
    expect: [MET],
  },
  // 「…を表敬し、…旨を伝えた。」: a call told done by the close of its sentence, dated by the release (codebook 388).
  {
    name: 'release-call-closing-in-any-past-verb',
    text: `${RELEASE_HEAD('防衛大臣のインドネシア大統領表敬について', '10')}防衛大臣は、スハルソ・インドネシア大統領を表敬し、両国の関係を重視している旨を伝えた。\n`,
    expect: ['talks 2021-05-10 IDN ministerial in-person minister'],
  },
  // 「本10日午前10時から」: a day of the release's own month, told in its dateline (codebook 393, read by 433).
  {
    name: 'release-day-of-its-own-month',
    text: `インドネシア国防大臣による総理大臣表敬\n\n令和3年5月10日\n\n本10日午後5時から約20分間,総理大臣は,訪日中のインドネシアのスハルソ国防大臣(Minister of Defense)による表敬を受けたところ,概要は以下のとおりです。\n\n冒頭,総理大臣から,訪日を歓迎する旨述べました。\n`,
    published: '2021-05-10',
    expect: ['talks 2021-05-10 IDN leaders in-person prime-minister'],
  },
  // A counterpart by bare title and name on a page whose topic is one country.
  {
    name: 'release-bare-title-on-a-one-country-page',
    text: `${RELEASE_HEAD('日米防衛相電話会談について', '10')} 防衛大臣は、本日、モリス長官と電話会談を行いました。両大臣は、同盟の抑止力を強化することで一致しました。\n`,
    expect: ['talks 2021-05-10 USA ministerial phone minister'],
  },
  // Transcripts.
  // 「現地では、」: the place of the trip just told (codebook 385).
  {
    name: 'transcript-on-site',
    text: `${PRESS_HEAD}大臣：昨日、インドネシアを訪問いたしました。現地では、スハルソ国防大臣と会談を行い、防衛協力を進めることで一致いたしました。\n`,
    published: '2021-05-11',
    expect: [MET],
  },
  {
    name: 'transcript-same-place',
    text: `${PRESS_HEAD}大臣：昨日、インドネシアを訪問いたしました。同地においては、スハルソ国防大臣と会談を行い、防衛協力を進めることで一致いたしました。\n`,
    published: '2021-05-11',
    expect: [MET],
  },
  {
    name: 'transcript-day-inside-the-trip',
    text: `${PRESS_HEAD}大臣：5月9日から10日まで、インドネシアを訪問いたしました。10日には、スハルソ国防大臣と会談を行いました。\n`,
    published: '2021-05-11',
    expect: [MET],
  },
  // A few sentences after a trip to one country, an undated sentence naming no country is set there (codebook 391).
  {
    name: 'transcript-after-a-trip-to-one-country',
    text: `防衛大臣記者会見\n日時：令和3年5月10日（月）18時00分～18時10分\n場所：ジャカルタ市内ホテル\n\n1 発表事項\n大臣：本日、インドネシアを訪問いたしました。国防省での歓迎式典の後、スハルソ国防大臣と会談を行いました。地域情勢について意見交換し、引き続き連携していくことで一致しました。\n`,
    published: '2021-05-10',
    expect: [MET],
  },
  // 「…との会談につきましては、…。私から、…旨を述べました。」: the meeting reported on, told by its story (codebook 387).
  {
    name: 'transcript-meeting-as-the-topic-of-its-story',
    text: `防衛大臣臨時会見概要\n令和3年5月10日（15時00分～15時10分）（日本時間）\n\n1 発表事項\nインドネシアのスハルソ国防大臣との会談につきましては、本年は両国の協力にとって節目の年です。私から、防衛協力を進めたい旨を述べました。スハルソ国防大臣からは、協力を歓迎するという話がありました。\n`,
    published: '2021-05-10',
    expect: [MET],
  },
  {
    name: 'transcript-same-country',
    text: `${PRESS_HEAD}大臣：昨日、インドネシアの国防大臣と会談を行いました。その後、同国の国軍司令官を表敬いたしました。\n`,
    published: '2021-05-11',
    expect: [MET],
  },
  // A temporary press conference is held on its occasion: the meeting a question asks about with no day is that day's (codebook 390).
  {
    name: 'temporary-conference-question-of-no-day',
    text: `${TEMPORARY_HEAD}Q：インドネシアの国防大臣との会談、具体的にどのようなやりとりがありましたか。\nA：地域の安全保障情勢について、幅広く意見交換をいたしました。\n`,
    published: '2021-05-10',
    expect: [MET],
  },
  // In a run of meetings' results, 「Xとは、…一致したところです」 is the meeting with X, dated like them (codebook 392).
  {
    name: 'transcript-result-of-another-partner',
    text: `${PRESS_HEAD}大臣：昨日、インドネシアのスハルソ国防大臣と会談を行い、防衛協力を進めることで一致しました。マレーシアとは、海洋安全保障について、引き続き連携していくことで一致したところです。\n`,
    published: '2021-05-11',
    expect: [MET, 'talks 2021-05-10 MYS ministerial in-person minister'],
  },
  // Activity pages: the visit named as a noun in the entry (codebook 386).
  {
    name: 'activity-entry-heading-names-the-visit',
    text: `防衛大臣の動静\n2021年5月\n\n5月10日:インドネシア訪問\nスハルソ国防大臣と会談を行いました。\n`,
    published: '2021-05',
    expect: [MET],
  },
  {
    name: 'activity-entry-visit-line-with-city',
    text: `防衛大臣の動静\n2021年5月\n\n5月10日（月）\nインドネシア訪問（ジャカルタ）\n国防大臣と会談\n`,
    published: '2021-05',
    expect: [MET],
  },
  // White-paper paragraphs: 同年/同月/同国, the forum just told.
  {
    name: 'wp-same-country-scene',
    text: `2 インドネシアとの防衛交流\n\n 両国の関係は深まっている。2021年5月、防衛大臣はインドネシアを訪問した。同国では、国防大臣と会談を行った。同年8月には、同国防大臣が来日し、防衛大臣と会談を行った。\n`,
    expect: ['talks 2021-05 IDN ministerial in-person minister', 'talks 2021-08 IDN ministerial in-person minister'],
  },
  {
    name: 'wp-same-month-same-country',
    text: `2 インドネシアとの防衛交流\n\n 両国の関係は深まっている。2021年5月、防衛大臣はインドネシアを訪問し、国防大臣と会談を行った。同月、同国海軍参謀長が来日し、海幕長と会談を行った。\n`,
    expect: ['talks 2021-05 IDN ministerial in-person minister', 'talks 2021-05 IDN chiefs in-person chief-msdf'],
  },
  {
    name: 'wp-at-the-forum-just-told',
    text: `2 多国間の防衛交流\n\n 2021年6月、防衛大臣はシンガポールで開催されたシャングリラ会合に出席した。同会合の際、インドネシア国防大臣と会談を行った。\n`,
    expect: ['conference 2021-06  ministerial in-person minister', 'talks 2021-06 IDN ministerial in-person minister'],
  },
  // Negative shapes.
  // A counterpart by title alone on a trip to two countries: the text does not say whose (codebook 389).
  {
    name: 'release-bare-title-on-a-two-country-trip',
    text: `${RELEASE_HEAD('防衛大臣のインドネシア・マレーシア訪問について', '14')} 防衛大臣は、5月9日から11日までインドネシア及びマレーシアを訪問しました。10日には、国防大臣と会談を行いました。\n`,
    expect: [TRIP('11'), 'talks 2021-05-09..2021-05-11 MYS ministerial in-person minister'],
  },
  // On site, a meeting still being arranged is none.
  {
    name: 'transcript-on-site-plan',
    text: `${PRESS_HEAD}大臣：5月9日から10日まで、インドネシアを訪問いたしました。現地では、国軍司令官との会談も調整しております。\n`,
    published: '2021-05-11',
    expect: [],
  },
  // The counterpart's own country wins over the country of the visit named in the entry.
  {
    name: 'activity-visit-noun-and-a-counterpart-of-another-country',
    text: `防衛大臣の動静\n2021年5月\n\n5月10日:米国訪問\nインドネシア国防大臣と会談を行いました。\n`,
    published: '2021-05',
    expect: [MET],
  },
  // A visiting delegation is no visit of the minister's.
  {
    name: 'activity-delegation-is-no-visit',
    text: `防衛大臣の動静\n2021年5月\n\n5月10日:インドネシア訪問団の来訪\n国防大臣と会談を行いました。\n`,
    published: '2021-05',
    expect: [],
  },
  // A meeting named as a topic whose next sentence is a plan is none.
  {
    name: 'transcript-meeting-as-a-topic-of-a-plan',
    text: `防衛大臣臨時会見概要\n令和3年5月10日（15時00分～15時10分）（日本時間）\n\n1 発表事項\nインドネシアのスハルソ国防大臣との会談につきましては、来週実施する方向で調整しております。私から、防衛協力を進めたい旨を伝える予定です。\n`,
    published: '2021-05-10',
    expect: [],
  },
  // …but not one about an earlier meeting, nor at a regular press conference.
  {
    name: 'temporary-conference-question-of-an-earlier-meeting',
    text: `${TEMPORARY_HEAD}Q：前回のインドネシアの国防大臣との会談、具体的にどのようなやりとりがありましたか。\nA：地域の安全保障情勢について、幅広く意見交換をいたしました。\n`,
    published: '2021-05-10',
    expect: [],
  },
  {
    name: 'regular-conference-question-of-no-day',
    text: `防衛大臣記者会見\n日時：令和3年5月10日（月）10時30分～10時45分\n場所：防衛省\n\n1 発表事項\nなし。\n\n2 質疑応答\nQ：インドネシアの国防大臣との会談、具体的にどのようなやりとりがありましたか。\nA：地域の安全保障情勢について、幅広く意見交換をいたしました。\n`,
    published: '2021-05-10',
    expect: [],
  },
  // A trip to attend a forum is set at its venue: the participants met there are of any country (codebook 391).
  {
    name: 'transcript-after-a-trip-to-a-forum',
    text: `防衛大臣記者会見\n日時：令和3年6月5日（土）18時00分～18時10分\n場所：市内ホテル\n\n1 発表事項\n大臣：本日、インドネシアを訪問し、ジャカルタ国際防衛対話に出席いたしました。その後、国防大臣と会談を行いました。\n`,
    published: '2021-06-05',
    expect: ['conference 2021-06-05  ministerial in-person minister'],
  },
  // …but not a partner's result with no meeting told just before, nor one still hoped for.
  {
    name: 'transcript-result-with-no-meeting-before',
    text: `${PRESS_HEAD}大臣：昨日、海上自衛隊の艦艇が帰国しました。マレーシアとは、海洋安全保障について、引き続き連携していくことで一致したところです。\n`,
    published: '2021-05-11',
    expect: [],
  },
  {
    name: 'transcript-result-still-hoped-for',
    text: `${PRESS_HEAD}大臣：昨日、インドネシアのスハルソ国防大臣と会談を行い、防衛協力を進めることで一致しました。マレーシアとは、海洋安全保障について、引き続き連携していきたいと考えています。\n`,
    published: '2021-05-11',
    expect: [MET],
  },
];

describeShapes('context carried across sentences', SHAPES, brief);
