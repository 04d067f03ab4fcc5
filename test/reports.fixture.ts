/**
 * A small hand-made event list and a stand-in gazetteer for the report tests. The evidence
 * sentences are written for these tests in the white paper's style; they are not quotations.
 */
import type { KoryuEvent } from '../src/model/event.js';
import type { ReportGazetteer } from '../src/reports/index.js';

const COUNTRIES: Record<string, { numeric: string; ja: string; en: string; group?: string }> = {
  AUS: { numeric: '036', ja: 'オーストラリア', en: 'Australia', group: 'collaborate' },
  IND: { numeric: '356', ja: 'インド', en: 'India', group: 'collaborate' },
  GBR: { numeric: '826', ja: '英国', en: 'United Kingdom', group: 'collaborate' },
  FRA: { numeric: '250', ja: 'フランス', en: 'France', group: 'collaborate' },
  DEU: { numeric: '276', ja: 'ドイツ', en: 'Germany', group: 'collaborate' },
  USA: { numeric: '840', ja: '米国', en: 'United States', group: 'collaborate' },
  IDN: { numeric: '360', ja: 'インドネシア', en: 'Indonesia', group: 'strengthen' },
  VNM: { numeric: '704', ja: 'ベトナム', en: 'Viet Nam', group: 'strengthen' },
  PHL: { numeric: '608', ja: 'フィリピン', en: 'Philippines', group: 'strengthen' },
  SGP: { numeric: '702', ja: 'シンガポール', en: 'Singapore', group: 'strengthen' },
  KHM: { numeric: '116', ja: 'カンボジア', en: 'Cambodia', group: 'strengthen' },
  PNG: { numeric: '598', ja: 'パプアニューギニア', en: 'Papua New Guinea', group: 'strengthen' },
  TLS: { numeric: '626', ja: '東ティモール', en: 'Timor-Leste', group: 'strengthen' },
  LKA: { numeric: '144', ja: 'スリランカ', en: 'Sri Lanka', group: 'strengthen' },
  MMR: { numeric: '104', ja: 'ミャンマー', en: 'Myanmar', group: 'strengthen' },
  TON: { numeric: '776', ja: 'トンガ', en: 'Tonga', group: 'strengthen' },
  KOR: { numeric: '410', ja: '韓国', en: 'Republic of Korea', group: 'other' },
  CHN: { numeric: '156', ja: '中国', en: 'China', group: 'trust' },
  JPN: { numeric: '392', ja: '日本', en: 'Japan' },
};
const ORGS: Record<string, { ja: string; en: string; group: string }> = {
  NATO: { ja: 'NATO', en: 'NATO', group: 'collaborate' },
  EU: { ja: 'EU', en: 'EU', group: 'collaborate' },
  ASEAN: { ja: 'ASEAN', en: 'ASEAN', group: 'strengthen' },
};
const GROUPS: Record<string, { id: string; order: number; ja: string; en: string }> = {
  collaborate: { id: 'collaborate', order: 1, ja: 'ビジョンを共有し協働する国々', en: 'Partners that share the vision' },
  strengthen: { id: 'strengthen', order: 2, ja: '協力を強化していく地域', en: 'Regions where cooperation is strengthened' },
  trust: { id: 'trust', order: 3, ja: '相互理解や信頼醸成を進めていく国々', en: 'Countries where trust is built' },
  other: { id: 'other', order: 4, ja: 'その他', en: 'Other partners' },
};

export const standInGazetteer: ReportGazetteer = {
  nameOf: (code, lang) => (COUNTRIES[code] ?? ORGS[code])?.[lang],
  countryByIso3: (code) => (COUNTRIES[code] ? { iso3: code } : undefined),
  numericToIso3: (n) => Object.entries(COUNTRIES).find(([, c]) => Number(c.numeric) === Number(n))?.[0],
  // Like the real gazetteer: a group id, the groups listed beside it.
  partnerGroupOf: (code) => (COUNTRIES[code] ?? ORGS[code])?.group ?? 'other',
  partnerGroups: Object.values(GROUPS),
};

let offset = 0;
function ev(id: string, fields: Partial<KoryuEvent> & Pick<KoryuEvent, 'kind' | 'date' | 'partners'>, text: string): KoryuEvent {
  const start = offset;
  offset += text.length + 1;
  return {
    id,
    format: fields.partners.length >= 3 ? 'multilateral' : fields.partners.length === 2 ? 'trilateral' : 'bilateral',
    highLevel: false,
    evidence: [{ start, end: start + text.length, text }],
    confidence: 0.9,
    source: 'fixture.txt',
    ...fields,
  };
}

const hl = (id: string, partner: string, date: string, mode: KoryuEvent['mode'], jpRole: KoryuEvent['jpRole'], text: string) =>
  ev(id, { kind: 'talks', date, partners: [partner], mode, jpRole, level: 'ministerial', highLevel: true }, text);

export const FIXTURE_EVENTS: KoryuEvent[] = [
  // High-level talks, FY2020 (2020-04 .. 2021-03), and around it.
  hl('t-aus-1', 'AUS', '2019-12', 'in-person', 'minister', '2019年12月、防衛大臣は豪国防大臣と東京で会談した。'),
  hl('t-aus-2', 'AUS', '2020-05', 'phone', 'minister', '2020年5月、防衛大臣は豪国防大臣と電話会談を行った。'),
  hl('t-aus-3', 'AUS', '2020-07', 'video', 'minister', '同年7月には日豪防衛相テレビ会談を実施した。'),
  hl('t-aus-4', 'AUS', '2020-10', 'in-person', 'minister', '同年10月、豪国防大臣が来日し、日豪防衛相会談を行った。'),
  hl('t-aus-5', 'AUS', '2020-11', 'video', 'chief-joint-staff', '統幕長は同年11月、豪国防軍司令官とテレビ会談を行った。'),
  hl('t-aus-6', 'AUS', '2021-02', 'phone', 'chief-msdf', '海幕長は2021年2月、豪海軍本部長と電話会談を行った。'),
  hl('t-ind-1', 'IND', '2020-06', 'phone', 'minister', '2020年6月、防衛大臣は印国防大臣と電話会談を行った。'),
  hl('t-ind-2', 'IND', '2020-09', 'phone', 'minister', '同年9月にも両大臣は電話会談を行い、ACSAの署名を歓迎した。'),
  hl('t-ind-3', 'IND', '2021-01', 'video', 'chief-gsdf', '陸幕長は2021年1月、印陸軍参謀長とテレビ会談を実施した。'),
  hl('t-gbr-1', 'GBR', '2020-08', 'video', 'minister', '2020年8月、防衛大臣は英国防大臣とテレビ会談を行った。'),
  hl('t-gbr-2', 'GBR', '2021-02', 'in-person', 'senior-vice-minister', '防衛副大臣は2021年2月、英国防副大臣と懇談した。'),
  hl('t-fra-1', 'FRA', '2020-12', 'video', 'minister', '2020年12月、防衛大臣は仏軍隊大臣とテレビ会談を行った。'),
  hl('t-sgp-1', 'SGP', '2020-12', 'video', 'minister', '同月、防衛大臣はシンガポール国防大臣とテレビ会談を行った。'),
  hl('t-ton-1', 'TON', '2021-03', 'phone', 'parliamentary-vice-minister', '2021年3月、防衛大臣政務官はトンガ国防軍司令官と電話会談を行った。'),
  hl('t-nato-1', 'NATO', '2020-11', 'video', 'chief-joint-staff', '統幕長は2020年11月、NATO軍事委員長とテレビ会談を実施した。'),
  hl('t-eu-1', 'EU', '2021-01', 'video', 'minister', '2021年1月、防衛大臣はEU上級代表とテレビ会談を行った。'),
  hl('t-aus-7', 'AUS', '2021-05', 'video', 'minister', '2021年5月にも日豪防衛相テレビ会談を行った。'),
  // Talks that are not high-level exchanges.
  ev('t-kor-1', { kind: 'talks', date: '2020-06', partners: ['KOR'], jpRole: 'official', level: 'working', mode: 'video' }, '2020年6月、日韓の実務者はテレビ会議を行った。'),
  ev('t-usa-aus-1', { kind: 'talks', date: '2020-07', partners: ['AUS', 'USA'], jpRole: 'minister', level: 'ministerial', mode: 'in-person' }, '同年7月、日米豪防衛相会談をグアムで開催した。'),
  ev('t-ind-0', { kind: 'talks', date: '2020-02', partners: ['IND'], jpRole: 'official', level: 'working', mode: 'in-person' }, '2020年2月、日印の防衛当局間協議をニューデリーで行った。'),
  // Capacity building, 2020-01 .. 2021-03, one outside.
  ev('cb-lka-1', { kind: 'capacity-building', date: '2019-11', partners: ['LKA'], method: 'dispatch', field: 'HA/DR' }, '2019年11月、スリランカに人道支援・災害救援の教官を派遣した。'),
  ev('cb-vnm-1', { kind: 'capacity-building', date: '2020-01', partners: ['VNM'], method: 'dispatch', field: '潜水医学' }, '2020年1月、ベトナムに潜水医学の講師を派遣した。'),
  ev('cb-tls-1', { kind: 'capacity-building', date: '2020-02', partners: ['TLS'], method: 'dispatch', field: '施設' }, '同年2月、東ティモールに施設分野の要員を派遣した。'),
  ev('cb-mmr-1', { kind: 'capacity-building', date: '2020-02', partners: ['MMR'], method: 'dispatch', field: '航空気象' }, '同月、ミャンマーに航空気象の講師を派遣した。'),
  ev('cb-png-1', { kind: 'capacity-building', date: '2020-10', partners: ['PNG'], method: 'online', mode: 'video', field: '音楽隊' }, '同年10月、パプアニューギニアの軍楽隊にオンラインで教育を行った。'),
  ev('cb-khm-1', { kind: 'capacity-building', date: '2020-11', partners: ['KHM'], method: 'online', mode: 'video', field: 'PKO' }, '同年11月、カンボジアにオンラインでPKOの教育を行った。'),
  ev('cb-idn-1', { kind: 'capacity-building', date: '2020-12', partners: ['IDN'], method: 'invitation', field: '航空救難' }, '同年12月、インドネシアから航空救難の要員を招へいした。'),
  ev('cb-mmr-2', { kind: 'capacity-building', date: '2020-12', partners: ['MMR'], method: 'invitation', field: '航空気象' }, '同月、ミャンマーから航空気象の要員を招へいした。'),
  ev('cb-asean-1', { kind: 'capacity-building', date: '2021-02', partners: ['ASEAN'], method: 'invitation', field: 'HA/DR' }, '2021年2月、ASEAN各国の士官を招へいし、人道支援・災害救援のセミナーを行った。'),
  // Agreements.
  ev('ag-phl-1', { kind: 'agreement', date: '2016-04', partners: ['PHL'], instrument: 'ETA', milestone: 'in-force' }, '2016年4月、日フィリピン防衛装備品・技術移転協定が発効した。'),
  ev('ag-kor-1', { kind: 'agreement', date: '2019-08', partners: ['KOR'], instrument: 'ISA', milestone: 'termination-notice', name: 'GSOMIA' }, '2019年8月、韓国は日韓GSOMIAの終了を通告した。'),
  ev('ag-kor-2', { kind: 'agreement', date: '2019-11', partners: ['KOR'], instrument: 'ISA', milestone: 'suspended', name: 'GSOMIA' }, '同年11月、韓国は終了通告の効力を停止した。'),
  ev('ag-ind-1', { kind: 'agreement', date: '2020-09', partners: ['IND'], instrument: 'ACSA', milestone: 'signed' }, '2020年9月、日印物品役務相互提供協定に署名した。'),
  ev('ag-idn-1', { kind: 'agreement', date: '2021-03', partners: ['IDN'], instrument: 'ETA', milestone: 'signed' }, '2021年3月、日インドネシア防衛装備品・技術移転協定に署名し、'),
  ev('ag-idn-2', { kind: 'agreement', date: '2021-03', partners: ['IDN'], instrument: 'ETA', milestone: 'in-force' }, '同協定は同月発効した。'),
  ev('ag-deu-1', { kind: 'agreement', date: '2021-03', partners: ['DEU'], instrument: 'ISA', milestone: 'signed' }, '2021年3月、日独情報保護協定に署名した。'),
  // Exercises.
  ev('ex-mal-1', { kind: 'exercise', date: '2020-11', partners: ['AUS', 'IND', 'USA'], name: 'マラバール2020' }, '2020年11月、海自は米印豪海軍と「マラバール2020」に参加した。'),
  ev('ex-cn-1', { kind: 'exercise', date: '2021-02', partners: ['AUS', 'USA'], name: 'コープ・ノース21' }, '2021年2月、空自は米豪空軍と「コープ・ノース21」を実施した。'),
  ev('ex-aus-1', { kind: 'exercise', date: '2020-09', partners: ['AUS'] }, '同年9月、海自は豪海軍と共同訓練を行った。'),
  ev('ex-gbr-1', { kind: 'exercise', date: '2021-05', partners: ['GBR'] }, '2021年5月、陸自は英陸軍と共同訓練を行った。'),
  ev('ex-usa-1', { kind: 'exercise', date: '2020-10', partners: ['USA'], name: 'キーン・ソード21' }, '同年10月、自衛隊と米軍は「キーン・ソード21」を実施した。'),
  // Other kinds.
  ev('pc-vnm-1', { kind: 'port-call', date: '2020-10', partners: ['VNM'] }, '同年10月、護衛艦がベトナムのカムラン湾に寄港した。'),
  ev('co-adm-1', { kind: 'conference', date: '2020-12', partners: ['ASEAN'], name: 'ADMMプラス', level: 'ministerial', jpRole: 'minister', mode: 'video' }, '2020年12月、防衛大臣はテレビ会議形式のADMMプラスに出席した。'),
];

export const FIXTURE_BY_ID = new Map(FIXTURE_EVENTS.map((e) => [e.id, e]));
