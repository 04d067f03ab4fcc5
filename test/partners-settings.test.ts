/**
 * Partners in their settings (codebook 540–549): one engagement — the minister meets Australia's defence minister in June
 * 2021 — written by the project in its own words in the settings that add a partner or lose one: the venue or host of the
 * meeting, a third country talked about, a trilateral told as bilaterals and the reverse, an organization and its member,
 * a force named by its unit, a country inside a title, observers of an exercise, a port that names its country. Each shape
 * gives the partner set the codebook gives (and the format that follows from it).
 */
import type { KoryuEvent } from '../src/model/event.js';
import { describeShapes, type Shape } from './shape-probe.js';


const brief = (e: KoryuEvent) =>
  [e.kind, e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date, e.partners.join(','), e.format, e.level, e.mode, e.jpRole].join(' ').trim();


/** A white paper's multilateral section, a release dated the day after, a press conference, one held abroad. */
const WP = (body: string) => `3 多国間の防衛協力・交流\n\n ${body}\n`;
const AUS_SECTION = (body: string) => `2 オーストラリアとの防衛協力・交流\n\n ${body}\n`;
const RELEASE = (title: string, body: string) => `${title}\n\n令和3年6月6日\n防衛省\n\n${body}\n`;
const PRESS = (body: string) => `防衛大臣記者会見\n日時：令和3年6月6日（日）10時30分～10時45分\n場所：防衛省\n\n1 発表事項\n大臣：${body}\n`;
const ABROAD = (body: string) => `防衛大臣臨時会見概要\n令和3年6月5日（15時00分～15時10分）（日本時間）\n場所：シンガポール\n\n1 発表事項\n${body}\n`;

const talks = (partners: string, date = '2021-06', level = 'ministerial in-person minister') =>
  `talks ${date} ${partners} ${partners.includes(',') ? (partners.split(',').length > 2 ? 'multilateral' : 'trilateral') : 'bilateral'} ${level}`;
const AUS = talks('AUS');
const AUS_DAY = talks('AUS', '2021-06-05');
const TRI = talks('AUS,USA');
const TRI_DAY = talks('AUS,USA', '2021-06-05');

const SHAPES: Shape[] = [
  { name: 'plain', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行った。'), expect: [AUS] },
  // Venues and hosts (codebook 303, 540, 541).
  { name: 'venue-forum-occasion', text: WP('2021年6月、防衛大臣は、シンガポールで開催されたシャングリラ会合の際に、豪国防大臣と会談を行った。'), expect: [AUS] },
  { name: 'venue-city', text: WP('2021年6月、防衛大臣は、シンガポールにおいて豪国防大臣と会談を行った。'), expect: [AUS] },
  { name: 'venue-visited-then-met-there', text: WP('2021年6月、防衛大臣はシンガポールを訪問し、同地で豪国防大臣と会談を行った。'), expect: [AUS] },
  { name: 'venue-visited-met-host-and-other', text: RELEASE('防衛大臣のシンガポール訪問について', '防衛大臣は、6月5日、シンガポールを訪問し、シンガポール国防大臣及び豪国防大臣とそれぞれ会談を行いました。'), expect: [AUS_DAY, talks('SGP', '2021-06-05')] },
  { name: 'venue-visited-host-by-bare-title', text: WP('2021年6月、防衛大臣はシンガポールを訪問し、国防大臣と会談を行った。'), expect: [talks('SGP')] },
  { name: 'venue-host-on-the-trip', text: WP('2021年6月、防衛大臣は、訪問先のシンガポールで、オーストラリアの国防大臣と会談を行った。'), expect: [AUS] },
  { name: 'venue-visit-to-attend-a-forum', text: PRESS('昨日、シャングリラ会合に出席するためシンガポールを訪問し、オーストラリアの国防大臣と会談を行いました。'), published: '2021-06-06', expect: ['conference 2021-06-05  multilateral ministerial in-person minister', AUS_DAY] },
  { name: 'venue-on-site', text: PRESS('昨日、シンガポールを訪問いたしました。現地では、オーストラリアの国防大臣と会談を行いました。'), published: '2021-06-06', expect: [AUS_DAY] },
  { name: 'venue-release', text: RELEASE('防衛大臣のシンガポール訪問について', '防衛大臣は、6月5日、シンガポールにおいて、ダットン豪国防大臣と会談を行いました。'), expect: [AUS_DAY] },
  { name: 'venue-visit-noun-occasion', text: RELEASE('防衛大臣のインドネシア訪問について', '防衛大臣は、6月5日、インドネシアを訪問し、ジャカルタにおいて豪国防大臣と会談を行いました。'), expect: [AUS_DAY] },
  // Third countries in the topic or background of the talks (rule 12).
  { name: 'topic-north-korea', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行い、北朝鮮情勢について意見交換を行った。'), expect: [AUS] },
  { name: 'topic-ukraine', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行い、ウクライナ情勢を含む国際情勢について意見交換した。'), expect: [AUS] },
  { name: 'topic-china', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行い、両大臣は、東シナ海における中国の活動に深刻な懸念を共有した。'), expect: [AUS] },
  { name: 'topic-aggression', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行い、ロシアによるウクライナ侵略を強く非難した。'), expect: [AUS] },
  { name: 'topic-trilateral-cooperation', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行い、日米豪の協力を一層推進することで一致した。'), expect: [AUS] },
  { name: 'topic-next-sentence', text: WP('2021年6月、防衛大臣は、豪国防大臣と会談を行った。両大臣は、北朝鮮による弾道ミサイル発射を非難した。'), expect: [AUS] },
  { name: 'topic-partners-of-partners', text: RELEASE('日豪防衛相会談について', '防衛大臣は、6月5日、ダットン豪国防大臣と会談を行いました。両大臣は、米国、インドとの協力及び東南アジア諸国や太平洋島嶼国との協力について意見交換しました。'), expect: [AUS_DAY] },
  { name: 'topic-taiwan', text: RELEASE('日豪防衛相会談について', '防衛大臣は、6月5日、ダットン豪国防大臣と会談を行い、台湾海峡の平和と安定の重要性を確認しました。'), expect: [AUS_DAY] },
  { name: 'topic-place-of-past-training', text: RELEASE('日豪防衛相会談について', '防衛大臣は、6月5日、ダットン豪国防大臣と会談を行い、フィリピンにおける共同訓練の成果を確認しました。'), expect: [AUS_DAY] },
  { name: 'topic-in-the-country-section', text: AUS_SECTION('2021年6月、防衛大臣は、国防大臣と会談を行い、米国を含む同志国との連携について意見交換を行った。'), expect: [AUS] },
  // Trilaterals and bilaterals (rules 5, 542, 543).
  { name: 'trilateral-compound', text: WP('2021年6月、防衛大臣は、日米豪防衛相会談を行った。'), expect: [TRI] },
  { name: 'trilateral-compound-with-counterparts', text: WP('2021年6月、防衛大臣は、米国防長官及び豪国防大臣と日米豪防衛相会談を行った。'), expect: [TRI] },
  { name: 'trilateral-together', text: WP('2021年6月、防衛大臣は、米国防長官及び豪国防大臣と3者で会談を行った。'), expect: [TRI] },
  { name: 'bilaterals-comma', text: WP('2021年6月、防衛大臣は、日米、日豪の防衛相会談を行った。'), expect: [AUS, talks('USA')] },
  { name: 'bilaterals-and', text: WP('2021年6月、防衛大臣は、日米防衛相会談及び日豪防衛相会談を行った。'), expect: [AUS, talks('USA')] },
  { name: 'bilaterals-each', text: WP('2021年6月、防衛大臣は、米国防長官及び豪国防大臣とそれぞれ会談を行った。'), expect: [AUS, talks('USA')] },
  { name: 'bilaterals-listed', text: WP('2021年6月、防衛大臣は、米国防長官及び豪国防大臣と会談を行った。'), expect: [AUS, talks('USA')] },
  { name: 'bilateral-on-the-occasion-of-the-trilateral', text: WP('2021年6月、防衛大臣は、日米豪防衛相会談の機会に、豪国防大臣と会談を行った。'), expect: [AUS, TRI] },
  { name: 'bilateral-at-the-trilateral', text: WP('2021年6月、防衛大臣は、日米豪防衛相会談の際に、日豪防衛相会談を行った。'), expect: [AUS, TRI] },
  { name: 'trilateral-then-bilateral', text: WP('2021年6月、防衛大臣は、日米豪防衛相会談を行い、その機会に豪国防大臣と会談を行った。'), expect: [AUS, TRI] },
  { name: 'trilateral-abroad-then-bilateral', text: ABROAD('本日、日米豪防衛相会談を行いました。また、その機会に、オーストラリアのダットン国防大臣と日豪防衛相会談を行いました。'), published: '2021-06-05', expect: [AUS_DAY, TRI_DAY] },
  { name: 'trilateral-title-one-meeting', text: RELEASE('日米豪防衛相会談について', '防衛大臣は、6月5日、オースティン米国防長官及びダットン豪国防大臣と会談を行いました。'), expect: [TRI_DAY] },
  { name: 'trilateral-title-video', text: RELEASE('日米豪防衛相テレビ会談について', '防衛大臣は、6月5日、オースティン米国防長官及びダットン豪国防大臣とテレビ会談を行いました。'), expect: [talks('AUS,USA', '2021-06-05', 'ministerial video minister')] },
  { name: 'bilaterals-title-two-meetings', text: RELEASE('日米及び日豪防衛相会談について', '防衛大臣は、6月5日、オースティン米国防長官及びダットン豪国防大臣と会談を行いました。'), expect: [AUS_DAY, talks('USA', '2021-06-05')] },
  { name: 'bilaterals-trilateral-title-met-apart', text: RELEASE('日米豪防衛相会談について', '防衛大臣は、6月5日、オースティン米国防長官及びダットン豪国防大臣とそれぞれ会談を行いました。'), expect: [AUS_DAY, talks('USA', '2021-06-05')] },
  { name: 'trilateral-on-a-visit-to-one-of-them', text: RELEASE('防衛大臣のフィリピン訪問について', '防衛大臣は、6月5日、フィリピンを訪問し、フィリピン国防大臣及び米国防長官と日米比防衛相会談を行いました。'), expect: [talks('PHL,USA', '2021-06-05')] },
  { name: 'trilateral-named-in-a-press-conference', text: PRESS('昨日、米国のオースティン国防長官、オーストラリアのマールズ副首相兼国防大臣との間で、日米豪の防衛相会談を行いました。'), published: '2021-06-06', expect: [TRI_DAY] },
  { name: 'trilateral-cooperation-as-a-topic', text: RELEASE('日米防衛相電話会談について', '防衛大臣は、6月5日、オースティン米国防長官と電話会談を行い、日米韓の連携について意見交換しました。'), expect: [talks('USA', '2021-06-05', 'ministerial phone minister')] },
  { name: 'venue-visited-another-met', text: RELEASE('防衛大臣の英国訪問について', '防衛大臣は、6月5日、英国を訪問し、ロンドンにおいてフランス軍事大臣と会談を行いました。'), expect: [talks('FRA', '2021-06-05')] },
  { name: 'venue-capital-with-topics', text: RELEASE('防衛大臣の韓国訪問について', '防衛大臣は、6月5日、ソウルにおいて、韓国国防部長官と会談を行い、中国の軍事動向や北朝鮮情勢について意見交換しました。'), expect: [talks('KOR', '2021-06-05')] },
  { name: 'forum-then-a-bilateral-at-it', text: RELEASE('日ASEAN防衛担当大臣会合について', '防衛大臣は、6月5日、日ASEAN防衛担当大臣会合に出席しました。また、会合の機会に、インドネシア国防大臣と会談を行いました。'), expect: ['conference 2021-06-05 ASEAN multilateral ministerial in-person minister', talks('IDN', '2021-06-05')] },
  // An organization and its member.
  { name: 'organization-seat-member-met', text: WP('2021年6月、防衛大臣は、NATO本部においてベルギー国防大臣と会談を行った。'), expect: [talks('BEL')] },
  { name: 'organization-seat-visited-member-met', text: RELEASE('防衛大臣のベルギー訪問について', '防衛大臣は、6月5日、ブリュッセルのNATO本部を訪問した際に、ベルギー国防大臣と会談を行いました。'), expect: [talks('BEL', '2021-06-05')] },
  { name: 'organization-seat-and-its-head', text: RELEASE('防衛大臣のベルギー訪問について', '防衛大臣は、6月5日、NATO本部を訪問し、ストルテンベルグNATO事務総長と会談を行いました。'), expect: [talks('NATO', '2021-06-05')] },
  { name: 'organization-by-its-officer', text: RELEASE('防衛大臣のベルギー訪問について', '防衛大臣は、6月5日、ブリュッセルにおいて、EU外務・安全保障政策上級代表と会談を行いました。'), expect: [talks('EU', '2021-06-05')] },
  { name: 'organization-command-in-a-member-country', text: RELEASE('統合幕僚長のイタリア訪問について', '統合幕僚長は、6月5日、イタリアのナポリにあるNATO統合軍司令部を訪問し、同司令官と意見交換を行いました。'), expect: [talks('NATO', '2021-06-05', 'chiefs in-person chief-joint-staff')] },
  { name: 'organization-itself', text: WP('2021年6月、防衛大臣は、NATO本部を訪問し、NATO事務総長と会談を行った。'), expect: [talks('NATO')] },
  // A country's forces named by their unit; a country inside a title.
  { name: 'unit-fleet', text: WP('2021年6月、防衛大臣は、米第7艦隊司令官の表敬を受けた。'), expect: [talks('USA')] },
  { name: 'unit-forces-in-japan', text: WP('2021年6月、防衛大臣は、在日米軍司令官と会談を行った。'), expect: [talks('USA')] },
  { name: 'unit-forces-in-korea', text: RELEASE('統合幕僚長と在韓米軍司令官の会談について', '統合幕僚長は、6月5日、在韓米軍司令官と会談を行いました。'), expect: [talks('USA', '2021-06-05', 'chiefs in-person chief-joint-staff')] },
  { name: 'unit-air-force', text: WP('2021年6月、航空幕僚長は、豪空軍本部長と会談を行った。'), expect: [talks('AUS', '2021-06', 'chiefs in-person chief-asdf')] },
  { name: 'unit-command', text: WP('2021年6月、統合幕僚長は、米インド太平洋軍司令官と会談を行った。'), expect: [talks('USA', '2021-06', 'chiefs in-person chief-joint-staff')] },
  { name: 'title-ambassador-to-japan', text: WP('2021年6月、防衛大臣は、駐日米国大使の表敬を受けた。'), expect: [talks('USA')] },
  { name: 'title-ambassador-by-name', text: WP('2021年6月、防衛大臣は、駐日オーストラリア大使と会談を行った。'), expect: [AUS] },
  { name: 'title-japans-ambassador-present', text: WP('2021年6月、防衛大臣は、駐豪日本国大使の同席の下、豪国防大臣と会談を行った。'), expect: [AUS] },
  { name: 'title-attache', text: WP('2021年6月、防衛大臣は、在京米国大使館の国防武官と懇談した。'), expect: [talks('USA')] },
  { name: 'title-call-with-a-topic', text: RELEASE('駐日オーストラリア大使による防衛大臣表敬について', '防衛大臣は、6月5日、駐日オーストラリア大使の表敬を受けました。両者は、インドとの協力についても意見交換を行いました。'), expect: [AUS_DAY] },
  // Observers (codebook 97): no partners.
  { name: 'observers-in-a-next-sentence', text: WP('2021年6月、海上自衛隊は、米海軍及び豪海軍と共同訓練を実施した。なお、インド海軍がオブザーバーとして参加した。'), expect: ['exercise 2021-06 AUS,USA trilateral   unit'] },
  { name: 'observers-in-brackets', text: WP('2021年6月、海上自衛隊は、米海軍及び豪海軍と共同訓練（オブザーバー：カナダ海軍）を実施した。'), expect: ['exercise 2021-06 AUS,USA trilateral   unit'] },
  { name: 'observers-after-the-act', text: WP('2021年6月、陸上自衛隊は、米陸軍、豪陸軍と共同訓練を実施した（カナダ及び英国はオブザーバーとして参加）。'), expect: ['exercise 2021-06 AUS,USA trilateral   unit'] },
  // Foreign observers at an exercise held with partners are no act of their own (codebook 544).
  { name: 'observers-in-the-same-sentence', text: WP('2021年6月、海上自衛隊は、米海軍、豪海軍と共同訓練を実施し、インド海軍はオブザーバーとして参加した。'), expect: ['exercise 2021-06 AUS,USA trilateral   unit'] },
  { name: 'observers-told-first', text: WP('2021年6月、海上自衛隊は、インド海軍がオブザーバーとして参加する中、米海軍及び豪海軍と共同訓練を実施した。'), expect: ['exercise 2021-06 AUS,USA trilateral   unit'] },
  { name: 'observers-of-the-exercise-just-told', text: RELEASE('多国間共同訓練の実施について', '海上自衛隊は、6月5日、米海軍、豪海軍及びインド海軍との共同訓練を実施しました。本訓練には、フランス海軍及びカナダ海軍がオブザーバーとして参加しました。'), expect: ['exercise 2021-06-05 AUS,IND,USA multilateral   unit'] },
  { name: 'observers-at-japans-own-exercise', text: WP('2021年6月、陸上自衛隊の演習に、インド陸軍がオブザーバーとして参加した。'), expect: ['other 2021-06 IND bilateral'] },
  // Ports and places of exercises.
  { name: 'exercise-venue-country', text: WP('2021年6月、陸上自衛隊は、オーストラリアにおいて米陸軍と共同訓練を実施した。'), expect: ['exercise 2021-06 USA bilateral   unit'] },
  { name: 'exercise-venue-waters', text: WP('2021年6月、海上自衛隊は、ハワイ周辺海域において豪海軍と共同訓練を実施した。'), expect: ['exercise 2021-06 AUS bilateral   unit'] },
  { name: 'exercise-venue-city', text: RELEASE('共同訓練の実施について', '航空自衛隊は、6月5日、オーストラリアのダーウィン周辺において、米空軍と共同訓練を実施しました。'), expect: ['exercise 2021-06-05 USA bilateral   unit'] },
  { name: 'port-city-and-country', text: WP('2021年6月、護衛艦「いずも」は、ダーウィン（オーストラリア）に寄港した。'), expect: ['port-call 2021-06 AUS bilateral   unit'] },
  { name: 'port-country-then-city', text: WP('2021年6月、護衛艦「いずも」は、オーストラリアのダーウィンに寄港した。'), expect: ['port-call 2021-06 AUS bilateral   unit'] },
  { name: 'port-city-state', text: WP('2021年6月、護衛艦「いずも」は、シンガポールに寄港した。'), expect: ['port-call 2021-06 SGP bilateral   unit'] },
  { name: 'port-territory', text: WP('2021年6月、護衛艦「いずも」は、グアムに寄港した。'), expect: ['port-call 2021-06 USA bilateral   unit'] },
  { name: 'port-foreign-ship-in-japan', text: RELEASE('フランス海軍艦艇の寄港について', '6月5日、フランス海軍フリゲート「プレリアル」が横須賀に寄港しました。'), expect: ['port-call 2021-06-05 FRA bilateral   unit'] },
];

describeShapes('partners in their settings', SHAPES, brief);
