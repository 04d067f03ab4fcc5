/**
 * A metamorphic grid (issue 7): one engagement written many ways, in the project's own words, in the
 * register of the ministry's releases, press conferences and activity pages. Every variant of a family
 * must give the same event as the family's plain form; negative variants (a plan, a question, a
 * background mention, a meeting of third parties) must give none.
 *
 * Each dimension is varied against a plain base, and the dimensions that meet in one clause
 * (counterpart × predicate, date × principal) are crossed, so a failure names the wording at fault.
 */
import type { SourceKind } from '../src/model/document.js';

export interface Variant {
  /** Family / dimension / variation, for the failure list. */
  id: string;
  kind: SourceKind;
  published: string;
  /** The document's body sentences; wrapped in a head of its kind by `documentText`. */
  body: string;
  /** `brief` of the one event wanted; null when the text reports none. */
  want: string | null;
}

/** The head each kind of page opens with (a release's title and date line, a transcript's 日時). */
export function documentText(v: Variant): string {
  switch (v.kind) {
    case 'transcript': {
      const [y, m, d] = v.published.split('-').map(Number);
      return `防衛大臣記者会見\n\n日時\n令和${y - 2018}年${m}月${d}日 10:30~10:45\n場所\n防衛省記者会見室\n\n1 発表事項\n\n ${v.body}\n`;
    }
    case 'activity':
      return `${v.body.includes('大臣は') && !v.body.includes('防衛大臣') ? '防衛大臣の活動' : '令和3年5月の活動'}\n\n5月\n\n${v.body}\n`;
    default:
      // A release that calls its principal plain 大臣 names the minister in its title.
      return `${v.body.includes('大臣は') && !v.body.includes('防衛大臣') ? '防衛大臣の動静' : '防衛省の動き'}\n\n${v.body}\n`;
  }
}

// ---------------------------------------------------------------- talks

interface Counterpart {
  id: string;
  /** The counterpart as written before と / の / を. */
  text: string;
  partner: string;
}

/** The counterpart, with and without a person's name, titles of several ranks, the country in its forms. */
const COUNTERPARTS: Counterpart[] = [
  { id: 'country-no-title-name', text: '米国のモリス国防長官', partner: 'USA' },
  { id: 'country-title', text: '米国国防長官', partner: 'USA' },
  { id: 'short-country-title', text: '米国防長官', partner: 'USA' },
  { id: 'name-short-country-title', text: 'モリス米国防長官', partner: 'USA' },
  { id: 'formal-country-no-title', text: 'アメリカ合衆国のモリス国防長官', partner: 'USA' },
  { id: 'title-no-name', text: 'アメリカ合衆国国防長官', partner: 'USA' },
  { id: 'name-shi', text: '米国防長官のモリス氏', partner: 'USA' },
  { id: 'vice', text: '米国のロウ国防次官', partner: 'USA' },
  { id: 'minister-of', text: 'カナダのウッド国防大臣', partner: 'CAN' },
  { id: 'minister-no-of', text: 'カナダ国防大臣', partner: 'CAN' },
  { id: 'kokubosho', text: 'フランスのデュボワ国防相', partner: 'FRA' },
  { id: 'kokubosho-no-of', text: 'フランス国防相', partner: 'FRA' },
  { id: 'chief-of-staff-general', text: 'インド陸軍参謀総長のシン大将', partner: 'IND' },
  { id: 'navy-chief-of', text: 'インドネシアのハディ海軍参謀長', partner: 'IDN' },
  { id: 'navy-chief-no-of', text: 'インドネシア海軍参謀長', partner: 'IDN' },
  { id: 'two-titles', text: 'オーストラリアのマーロウ副首相兼国防大臣', partner: 'AUS' },
  { id: 'short-country-minister', text: '豪国防相', partner: 'AUS' },
  { id: 'korea-formal', text: '大韓民国国防部長官', partner: 'KOR' },
  { id: 'command-admiral', text: '米インド太平洋軍司令官のアダムズ海軍大将', partner: 'USA' },
  { id: 'name-after-title', text: '米海軍作戦部長ギルバート大将', partner: 'USA' },
  { id: 'air-chief-general', text: '米空軍参謀総長のブラント大将', partner: 'USA' },
  { id: 'the-minister', text: '英国の国防大臣', partner: 'GBR' },
  { id: 'tōji', text: 'モリス米国防長官（当時）', partner: 'USA' },
  { id: 'visiting', text: '来日中のウッド・カナダ国防大臣', partner: 'CAN' },
  { id: 'nz-formal', text: 'ニュージーランドのヘンリー国防大臣', partner: 'NZL' },
];

interface Predicate {
  id: string;
  /** The clause after the counterpart, particle included. */
  write: (cp: string) => string;
  mode: string;
}

const PREDICATES: Predicate[] = [
  { id: 'okonaimashita', write: (cp) => `${cp}と会談を行いました。`, mode: 'in-person' },
  { id: 'kaidan-shita', write: (cp) => `${cp}と会談した。`, mode: 'in-person' },
  { id: 'jisshi', write: (cp) => `${cp}と会談を実施した。`, mode: 'in-person' },
  { id: 'okonatta', write: (cp) => `${cp}と会談を行った。`, mode: 'in-person' },
  { id: 'to-no-aida-de', write: (cp) => `${cp}との間で会談を行いました。`, mode: 'in-person' },
  { id: 'kaidan-shimashita', write: (cp) => `${cp}と会談しました。`, mode: 'in-person' },
  { id: 'itashimashita', write: (cp) => `${cp}と会談いたしました。`, mode: 'in-person' },
  { id: 'tv', write: (cp) => `${cp}とテレビ会談を実施しました。`, mode: 'video' },
  { id: 'phone-te', write: (cp) => `${cp}と電話会談を行い、地域情勢について意見交換しました。`, mode: 'phone' },
  { id: 'hyokei-uke', write: (cp) => `${cp}の表敬を受けました。`, mode: 'in-person' },
  { id: 'hyokei-shita', write: (cp) => `${cp}を表敬しました。`, mode: 'in-person' },
  { id: 'iken-kokan', write: (cp) => `${cp}と意見交換を行いました。`, mode: 'in-person' },
  { id: 'kondan', write: (cp) => `${cp}と懇談しました。`, mode: 'in-person' },
  { id: 'okonatte-orimasu', write: (cp) => `${cp}と会談を行っております。`, mode: 'in-person' },
  { id: 'tv-kaigi-keishiki', write: (cp) => `${cp}とテレビ会議形式で会談を行いました。`, mode: 'video' },
  { id: 'online', write: (cp) => `${cp}とオンラインで会談を実施しました。`, mode: 'video' },
  { id: 'denwa-ni-yoru', write: (cp) => `${cp}と電話による会談を行いました。`, mode: 'phone' },
  { id: 'denwa-jisshi', write: (cp) => `${cp}と電話会談を実施した。`, mode: 'phone' },
  { id: 'tv-okonatta', write: (cp) => `${cp}とテレビ会談を行った。`, mode: 'video' },
  { id: 'nozomu', write: (cp) => `${cp}との会談に臨みました。`, mode: 'in-person' },
  { id: 'menkai', write: (cp) => `${cp}と面会しました。`, mode: 'in-person' },
  { id: 'hyokei-iken', write: (cp) => `${cp}の表敬を受け、意見交換を行いました。`, mode: 'in-person' },
  { id: 'boeisho-kaidan', write: (cp) => `${cp}と防衛相会談を行いました。`, mode: 'in-person' },
  { id: 'motsu', write: (cp) => `${cp}と会談を持ちました。`, mode: 'in-person' },
  { id: 'jisshi-itashimashita', write: (cp) => `${cp}と会談を実施いたしました。`, mode: 'in-person' },
  { id: 'kakunin', write: (cp) => `${cp}と会談を行い、両国の協力の進展を確認しました。`, mode: 'in-person' },
  { id: 'itchi', write: (cp) => `${cp}と会談し、防衛協力を一層推進していくことで一致しました。`, mode: 'in-person' },
];

interface Principal {
  id: string;
  /** The subject as written before は. */
  text: string;
  kind: SourceKind;
  role: string;
  level: string;
}

const PRINCIPALS: Principal[] = [
  { id: 'minister', text: '防衛大臣', kind: 'press-release', role: 'minister', level: 'ministerial' },
  { id: 'minister-named', text: '岸防衛大臣', kind: 'press-release', role: 'minister', level: 'ministerial' },
  { id: 'daijin', text: '大臣', kind: 'press-release', role: 'minister', level: 'ministerial' },
  { id: 'watashi', text: '私', kind: 'transcript', role: 'minister', level: 'ministerial' },
  { id: 'vice-minister', text: '防衛副大臣', kind: 'press-release', role: 'senior-vice-minister', level: 'vice-ministerial' },
  { id: 'chief-joint', text: '統合幕僚長', kind: 'press-release', role: 'chief-joint-staff', level: 'chiefs' },
  { id: 'minister-surname', text: '岸大臣', kind: 'press-release', role: 'minister', level: 'ministerial' },
  { id: 'minister-full-name', text: '岸信夫防衛大臣', kind: 'press-release', role: 'minister', level: 'ministerial' },
  { id: 'parliamentary', text: '防衛大臣政務官', kind: 'press-release', role: 'parliamentary-vice-minister', level: 'vice-ministerial' },
  { id: 'admin-vice', text: '事務次官', kind: 'press-release', role: 'administrative-vice-minister', level: 'vice-ministerial' },
  { id: 'chief-gsdf', text: '陸上幕僚長', kind: 'press-release', role: 'chief-gsdf', level: 'chiefs' },
  { id: 'chief-asdf', text: '航空幕僚長', kind: 'press-release', role: 'chief-asdf', level: 'chiefs' },
  { id: 'chief-msdf', text: '海上幕僚長', kind: 'press-release', role: 'chief-msdf', level: 'chiefs' },
];

interface DateForm {
  id: string;
  /** Text before the engagement's sentence (a sentence giving the month for 同月). */
  before?: string;
  /** The date as it opens the sentence, comma included. */
  opening: string;
  kind?: SourceKind;
  published: string;
}

const DATES: DateForm[] = [
  { id: 'reiwa', opening: '令和3年5月10日、', published: '2021-05-12' },
  { id: 'seireki', opening: '2021年5月10日、', published: '2021-05-12' },
  { id: 'weekday', opening: '5月10日（月）、', published: '2021-05-12' },
  { id: 'dogetsu', before: '5月7日、防衛大臣は、陸上自衛隊の駐屯地を視察しました。', opening: '同月10日、', published: '2021-05-12' },
  { id: 'reiwa-weekday', opening: '令和3年5月10日（月）、', published: '2021-05-12' },
  { id: 'weekday-halfwidth', opening: '5月10日(月)、', published: '2021-05-12' },
  { id: 'fullwidth-digits', opening: '５月１０日、', published: '2021-05-12' },
  { id: 'weekday-long', opening: '5月10日（月曜日）、', published: '2021-05-12' },
  { id: 'afternoon', opening: '5月10日午後、', published: '2021-05-12' },
  { id: 'date-ni', opening: '5月10日に、', published: '2021-05-12' },
  { id: 'date-niwa', opening: '5月10日には、', published: '2021-05-12' },
  { id: 'sakujitsu-day', opening: '昨日（10日）、', published: '2021-05-11' },
  { id: 'sakujitsu', opening: '昨日、', published: '2021-05-11' },
  { id: 'sakuya', opening: '昨夜、', published: '2021-05-11' },
  { id: 'sakuban', opening: '昨晩、', published: '2021-05-11' },
  { id: 'kesa', opening: '今朝、', published: '2021-05-10' },
  { id: 'dojitsu', before: '5月10日、防衛大臣は、陸上自衛隊の駐屯地を視察しました。', opening: '同日、', published: '2021-05-12' },
  { id: 'honjitsu', opening: '本日、', published: '2021-05-10' },
  { id: 'month-heading', opening: '10日、', kind: 'activity', published: '2021-05' },
  { id: 'month-heading-weekday', opening: '10日（月）、', kind: 'activity', published: '2021-05' },
  // A day's heading on its own line over the entry (codebook 502).
  { id: 'day-heading', opening: '5月10日（月）\n', kind: 'activity', published: '2021-05' },
  { id: 'day-heading-brackets', opening: '【5月10日】\n', kind: 'activity', published: '2021-05' },
  { id: 'day-heading-brackets-weekday', opening: '【5月10日（月）】\n', kind: 'activity', published: '2021-05' },
];

const brief = (kind: string, date: string, partners: string, level: string, mode: string, role: string) => [kind, date, partners, level, mode, role].join(' ');

function talksVariant(id: string, d: DateForm, p: Principal, cp: Counterpart, pr: Predicate): Variant {
  // 私 speaks only in a transcript; an activity page keeps the subject of the sentence.
  const kind = p.kind === 'transcript' ? 'transcript' : (d.kind ?? p.kind);
  const published = kind === 'transcript' && d.published.length < 10 ? '2021-05-12' : d.published;
  const body = `${d.before ?? ''}${d.opening}${p.text}は、${pr.write(cp.text)}`;
  return { id, kind, published, body, want: brief('talks', '2021-05-10', cp.partner, p.level, pr.mode, p.role) };
}

export function talksGrid(): Variant[] {
  const [d0] = DATES;
  const [p0] = PRINCIPALS;
  const [c0] = COUNTERPARTS;
  const out: Variant[] = [];
  for (const cp of COUNTERPARTS) for (const pr of PREDICATES) out.push(talksVariant(`talks/counterpart×predicate/${cp.id}/${pr.id}`, d0, p0, cp, pr));
  for (const d of DATES) for (const p of PRINCIPALS) {
    if (p.id === 'watashi' && (d.kind ?? p.kind) === 'activity') continue; // no first person on an activity page
    out.push(talksVariant(`talks/date×principal/${d.id}/${p.id}`, d, p, c0, PREDICATES[0]));
  }
  return out;
}

// ---------------------------------------------------------------- other kinds

interface Plain {
  id: string;
  body: string;
  want: string;
}

/** Exercises, port calls, agreements, conferences: each family's forms give one event. */
export function otherKindsGrid(): Variant[] {
  const rows: Plain[] = [
    // exercises
    { id: 'exercise/kyodo-kunren-jisshi', body: '5月10日、海上自衛隊の護衛艦「いなづま」は、関東南方の海域においてフランス海軍と共同訓練を実施しました。', want: 'exercise 2021-05-10 FRA' },
    { id: 'exercise/enshu-sanka', body: '5月10日から、海上自衛隊は、米海軍が主催する多国間共同演習に参加しました。', want: 'exercise 2021-05-10 USA' },
    { id: 'exercise/kunren-okonatta', body: '5月10日、航空自衛隊は、九州西方の空域において米空軍と共同訓練を行った。', want: 'exercise 2021-05-10 USA' },
    { id: 'exercise/kyodo-de', body: '5月10日、海上自衛隊は、インド海軍と共同で訓練を実施しました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/kyodo-shite', body: '5月10日、陸上自衛隊は、米海兵隊と共同して訓練を行いました。', want: 'exercise 2021-05-10 USA' },
    { id: 'exercise/to-no-kyodo-kunren', body: '5月10日、海上自衛隊は、インド海軍との共同訓練を実施しました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/compound', body: '5月10日、海上自衛隊は、日米共同訓練を実施しました。', want: 'exercise 2021-05-10 USA' },
    { id: 'exercise/tomoni', body: '5月10日、航空自衛隊は、豪空軍と共に戦術訓練を実施した。', want: 'exercise 2021-05-10 AUS' },
    { id: 'exercise/shinzen', body: '5月10日、海上自衛隊は、フランス海軍と親善訓練を行いました。', want: 'exercise 2021-05-10 FRA' },
    // the partner's ship or aircraft named after its service, with or without の and its own name (codebook 500)
    { id: 'exercise/service-no-ship', body: '5月10日、海上自衛隊は、インド海軍のフリゲートと共同訓練を実施しました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/service-no-ship-name', body: '5月10日、海上自衛隊は、インド海軍のフリゲート「タルワー」と共同訓練を行いました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/service-ship-name', body: '5月10日、護衛艦「いなづま」は、インド海軍フリゲート「タルワー」と親善訓練を実施しました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/service-carrier-name', body: '5月10日、海上自衛隊は、米海軍空母「ロナルド・レーガン」と共同訓練を実施した。', want: 'exercise 2021-05-10 USA' },
    { id: 'exercise/service-aircraft-nado', body: '5月10日、航空自衛隊は、豪空軍のF-35A等と共同訓練を実施した。', want: 'exercise 2021-05-10 AUS' },
    // Japan's unit and the partner as one subject, with or without the comma and the ships' names (codebook 501)
    { id: 'exercise/joint-subject-ga', body: '5月10日、海上自衛隊とインド海軍が共同訓練を実施しました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/joint-subject-wa-no-comma', body: '5月10日、海上自衛隊とインド海軍は共同訓練を実施しました。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/joint-subject-ships', body: '5月10日、護衛艦「いなづま」とインド海軍フリゲート「タルワー」は、共同訓練を実施した。', want: 'exercise 2021-05-10 IND' },
    { id: 'exercise/joint-subject-ships-ga', body: '5月10日、護衛艦「いなづま」とインド海軍フリゲート「タルワー」が共同訓練を実施した。', want: 'exercise 2021-05-10 IND' },
    // port calls
    { id: 'port-call/ni-kiko', body: '5月10日、海上自衛隊の護衛艦「いなづま」は、オーストラリアのダーウィンに寄港しました。', want: 'port-call 2021-05-10 AUS' },
    { id: 'port-call/ko-ni-nyuko', body: '5月10日、護衛艦「いなづま」は、フィリピンのスービック港に入港しました。', want: 'port-call 2021-05-10 PHL' },
    { id: 'port-call/kantei-ga', body: '5月10日、海上自衛隊の艦艇がベトナムのカムラン湾に寄港しました。', want: 'port-call 2021-05-10 VNM' },
    // agreements
    { id: 'agreement/shomei', body: '5月10日、日本国政府とフランス共和国政府は、防衛装備品・技術移転協定に署名しました。', want: 'agreement 2021-05-10 FRA' },
    { id: 'agreement/hakko', body: '5月10日、日本とインドとの間の物品役務相互提供協定が発効しました。', want: 'agreement 2021-05-10 IND' },
    { id: 'agreement/teiketsu', body: '5月10日、日英間の円滑化協定の締結に向けた交渉を開始しました。', want: 'agreement 2021-05-10 GBR' },
    { id: 'agreement/shomeishiki', body: '5月10日、日英円滑化協定の署名式が行われました。', want: 'agreement 2021-05-10 GBR' },
    { id: 'agreement/principals-sign', body: '5月10日、防衛大臣と豪州国防大臣は、日豪円滑化協定に署名しました。', want: 'agreement 2021-05-10 AUS' },
    { id: 'port-call/country-place-dot', body: '5月10日、護衛艦「いなづま」がスリランカ・コロンボに寄港した。', want: 'port-call 2021-05-10 LKA' },
    { id: 'port-call/place-country-paren', body: '5月10日、護衛艦「いなづま」は、コロンボ（スリランカ）に寄港した。', want: 'port-call 2021-05-10 LKA' },
    { id: 'port-call/homon', body: '5月10日、練習艦隊は、ブルネイを訪問しました。', want: 'port-call 2021-05-10 BRN' },
    // entry into force in the treaty's own words (codebook 505)
    { id: 'agreement/koryoku-wo-shojita', body: '5月10日、日比物品役務相互提供協定が効力を生じました。', want: 'agreement 2021-05-10 PHL' },
    { id: 'agreement/koryoku-ga-hassei', body: '5月10日、日本とフィリピンとの間の物品役務相互提供協定の効力が発生しました。', want: 'agreement 2021-05-10 PHL' },
    // conferences
    { id: 'conference/kaigi-shusseki', body: '5月10日、防衛大臣は、シンガポールで開催された拡大ASEAN国防相会議に出席しました。', want: 'conference 2021-05-10' },
    { id: 'conference/kaigo-sanka', body: '5月10日、防衛副大臣は、ブルネイで開かれた多国間防衛当局者会合に参加しました。', want: 'conference 2021-05-10' },
    { id: 'conference/taiwa-koen', body: '5月10日、防衛大臣は、シンガポールで開催されたアジア安全保障会議（シャングリラ対話）に出席し、講演を行いました。', want: 'conference 2021-05-10' },
  ];
  return rows.map((r) => ({ id: r.id, kind: 'press-release', published: '2021-05-12', body: r.body, want: r.want }));
}

/** Sentences that tell of a meeting but report none held by a Japanese party on a day. */
export function negativeGrid(): Variant[] {
  const rows: [string, string, SourceKind][] = [
    ['plan', '5月20日、防衛大臣は、米国のモリス国防長官と会談を行う予定です。', 'press-release'],
    ['plan-yotei-desu', '防衛大臣は、来週、カナダのウッド国防大臣と会談を行う予定である。', 'press-release'],
    // A meeting wished for, requested or proposed is not one held (codebook 504).
    ['wish', '5月10日、防衛大臣は、米国のモリス国防長官との会談を希望する旨を伝えました。', 'press-release'],
    ['request', '5月10日、防衛大臣は、カナダ国防大臣に対し、電話会談を申し入れました。', 'press-release'],
    ['request-yosei', '5月10日、防衛大臣は、カナダのウッド国防大臣に共同訓練の実施を要請しました。', 'press-release'],
    ['treaty-clause', '同協定は、両国が国内手続の完了を通知し合った日の後30日目の日に効力を生ずる。', 'press-release'],
    ['question', 'Q：先日、大臣は米国防長官と会談されましたが、その成果を教えてください。', 'transcript'],
    ['background', '5月10日、両国は、昨年の防衛相会談で合意した方針に基づき、協議を進めました。', 'press-release'],
    ['background-kaidan-de', '防衛省は、日米防衛相会談で合意した方針に基づき、取組を進めています。', 'press-release'],
    ['third-party', '5月10日、米国と豪州が国防相会談を行いました。', 'press-release'],
    ['third-party-ga', '5月10日、米国と豪州の国防相が会談しました。', 'press-release'],
  ];
  return rows.map(([id, body, kind]) => ({ id: `negative/${id}`, kind, published: '2021-05-12', body, want: null }));
}
