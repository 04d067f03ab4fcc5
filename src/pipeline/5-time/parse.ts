/**
 * Time expressions in one clean sentence, resolved against the running context.
 *
 * Two passes, both linear: one precompiled regex finds date atoms (「2020年10月」「同年」「令和2年度」
 * 「12月」「2020.4～2021.3」…), then a walk over the atoms joins neighbours separated only by a
 * list connector (、 及び と…) into a list, or by から/～ into a span (a period when 「までの間」
 * follows). Items resolve in order against a local context that starts as the incoming one, so
 * each item inherits the year of the item before it (「同年5月、8月及び10月」).
 */
import type { Span } from '../../model/span.js';
import type { PartialDate, TimeMention } from '../../model/time.js';
import { addDays, addMonths, formatDate, isValidDay, type DateParts } from './calendar.js';
import { ERAS, ERA_NAME_SOURCE, eraNumber, eraToGregorian, twoDigitSameEra } from './eras.js';
import { fiscalYearOf, fiscalYearRange } from './fiscal.js';
import { KANJI_NUMBER_SOURCE, readNumber } from './numerals.js';

export interface TimeContext {
  year?: number;
  month?: number;
  day?: number;
  fiscalYear?: number;
  /** The context was last set by a fiscal year (「令和4年度」): its January–March fall in the next calendar year. */
  fiscalOnly?: boolean;
  /** The last date the text gave with its day, kept past a month named in a flashback (for 「同日」, codebook 192). */
  lastDay?: { year: number; month: number; day: number };
}

export type ParsedTime = Omit<TimeMention, 'span'>;

/**
 * The document's own date (its publication): what 本年, 昨年, 本日, 先月… and a yearless date with
 * nothing before it in the text are read against.
 */
export interface TimeAnchor {
  year: number;
  month?: number;
  day?: number;
}

type Offset = -1 | 0 | 1;
/**
 * A number as written; a word relative to the running text (同 = 0, 翌 = +1, 前 = -1); or a
 * deictic word relative to the document's date (本年/今年 = 0, 昨年 = -1, 一昨年 = -2, 来年 = +1;
 * 今月 = 0, 先月 = -1; 本日 = 0, 昨日 = -1).
 */
type UnitSpec = { abs: number } | { rel: Offset } | { deixis: number };
type YearSpec = { abs: number; rule: string } | { rel: Offset } | { deixis: number };

interface Atom {
  start: number;
  end: number;
  year?: YearSpec;
  fiscal?: boolean;
  /** 「2020年度末」: the last month of the fiscal year. */
  fiscalEnd?: boolean;
  month?: UnitSpec;
  day?: UnitSpec;
  /** 「2020.4～2021.3」 (figure titles): a span already complete in itself. */
  dotted?: [PartialDate, PartialDate];
  /** 「先週の金曜日」: `week` weeks from the document's, `day` 0 (Sunday) … 6. */
  weekday?: { week: number; day: number; last?: boolean };
  /** 「先週末」 (the last weekend before this week) or 「週末」 (the weekend just past; codebook 188). */
  weekend?: 'last' | 'near';
  /** 「先週」「先々週」 alone: the week 1 or 2 weeks before the document's, dated by its month(s) (codebook 165). */
  lastWeek?: number;
}

interface ResolvedItem {
  /** Dates of the item: one for a point, [from, to] for a fiscal year. */
  dates: PartialDate[];
  next: TimeContext;
  usedContext: boolean;
}

// ---------------------------------------------------------------------------------------------
// The atom regex. It runs on a same-length copy of the sentence with full-width digits, brackets,
// spaces and full stops made ASCII, so its offsets are offsets in the sentence.

const ERA = `(?:${ERA_NAME_SOURCE})`;
const ERA_N = '(?:\\d{1,2}|元)';
// Formal notices write era years, months and days in kanji: 「令和三年四月一日」.
const ERA_N_ANY = `(?:\\d{1,2}|元|${KANJI_NUMBER_SOURCE})`;
// 「同」 is also the second kanji of 共同/合同/協同…: 「共同年次会合」 is not 「同年」.
const REL = '(?:(?<![共合協賛混異一帯])同|翌|前)';
// Deictic words point at the document's date. 「日本年金」 and 「基本年」 are not 本年; 「今日」 is left
// out on purpose: in this prose it mostly means "nowadays" (「今日の安全保障環境」).
const DEIXIS_YEAR = '(?:(?<![日基資根])本|今|一昨|昨|(?<!過)去|来)';
const DEIXIS_MONTH = '(?:今|(?<![日基資根])本|先|来)';
const DEIXIS_DAY = '(?:(?<![日基資根])本|一昨|昨)';
const DEIXIS_OFFSET: Record<string, number> = { 本: 0, 今: 0, 昨: -1, 去: -1, 一昨: -2, 来: 1, 先: -1 };
const YEAR = [
  `(?<![\\d.A-Za-z])\\d{4}(?:\\(${ERA}${ERA_N}\\))?`, // 2020, 2020(令和2)
  `${ERA}${ERA_N_ANY}(?:\\(\\d{4}\\))?`, // 令和2, 令和三, 令和2(2020)
  `(?<![\\d.])\\d{2}年?\\((?:${ERA}|同)${ERA_N}\\)`, // 07(平成19), 13(同25): older editions; 「99年(平成11)年」 too
  // 「05年10月29日」: older editions also write a bare two-digit year, read only with its month
  // after it (「07年以来」「50年」 alone are a count or a background year, not a date of the story).
  `(?<![\\d.一-龥])\\d{2}(?=年\\d{1,2}月)`,
  REL,
  DEIXIS_YEAR,
].join('|');
// 「3月間」 is a duration; 「同日米共同訓練」 is "the said Japan–US exercise", not 「同日」.
const MONTH = `(?:(?<![\\d.])\\d{1,2} ?|${REL}|${DEIXIS_MONTH})月(?!間)`;
const MONTH_AFTER_YEAR = `(?:\\d{1,2} ?|${KANJI_NUMBER_SOURCE}|${REL})月(?!間)`;
// 「先ほど」 in a press conference: earlier today.
// 「昨夜」「昨晩」 in a press conference: the night before, the day before the document's (codebook 503).
const DAY = `(?:先(?:ほど|程)(?![のにも]?[^、。]{0,3}(?:述べ|申し上げ|説明|紹介|触れ))|今朝(?:方)?|昨(?:夜|晩)|(?<![\\d.])\\d{1,2} ?日(?!間)|${REL}日(?![米豪印英仏独中露韓加伊比越本])|${DEIXIS_DAY}日(?![米豪印英仏独中露韓加伊比越本]))`;
// 「先週の金曜日」「今週月曜日」: a weekday of a week counted from the document's date.
const WEEKDAY_OF_WEEK = '(?<wk>先|今|来)週[の、]?(?<wd>[月火水木金土日])曜日?';
// 「先週末」「週末、」: the weekend before the document's date (「今週末」「来週末」「毎週末」 are not).
const WEEKEND = '(?<wkend>先週末|(?<![今来毎先])週末)';
// 「先週実施した…」「先週フィリピンで行われた…」: the week before the document's, alone — not 「先週2月25日から」「先週、9月29日には」
// (a day follows), 「先週まで」 (what went on until then), nor a weekday or a weekend of it (above).
const LAST_WEEK = '(?<lastwk>先々週|先週|今週)(?!末|まで|[、の]?\\s*(?:[0-9]|[月火水木金土日]曜))';
// 「火曜日、先方からの提案で…」 in a press conference: the last such weekday before its date (codebook 190); not
// 「毎週火曜日」, nor a weekday beside its day (「火曜日25日」, read as the day).
const BARE_WEEKDAY = '(?<![先今来毎週の、])(?<bwd>[月火水木金土])曜日(?![0-9０-９]|の[0-9０-９]|に(?:は)?[0-9０-９])';
/** 「先週22日」「今週の3日」: a bare day named with its week, before the reference date. */
const WEEK_BEFORE_DAY = /(?:先|今)週[の、]?$/;
// Kanji days only after a month (「四月一日」): alone, 「一日」 is also "one day".
// 「11月15~16日」: the first day of a range may leave its 日 to the second.
const DAY_AFTER_MONTH = `(?:\\d{1,2} ?日(?!間)|\\d{1,2}(?= ?[~～〜－–] ?\\d{1,2} ?日)|${KANJI_NUMBER_SOURCE}日(?!間)|${REL}日(?![米豪印英仏独中露韓加伊比越本]))`;
const MOD = '(?:末|上旬|中旬|下旬|初旬|初め|初頭|頃|ごろ|前半|後半|半ば)';
const DOTTED = '(?<![\\d.])(\\d{4})\\.(\\d{1,2}) *[~～〜\\-－–] *(\\d{4})\\.(\\d{1,2})(?![\\d.])';

// Every atom starts with a digit, an era's first character or 同/翌/前: the lookahead lets the
// engine leave every other position at once.
const ATOM_START_CHARS = `${[...new Set(ERAS.map((e) => e.name[0]))].join('')}同翌前本今昨去一来先週月火水木金土`;
const ATOM_START = `(?=[0-9${ATOM_START_CHARS}])`;
/** The characters an atom may start with (ATOM_START), as a table: the scan visits only those positions. */
const ATOM_STARTS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) ATOM_STARTS[c] = 1;
for (const ch of ATOM_START_CHARS) ATOM_STARTS[ch.charCodeAt(0)] = 1;
const ATOM = new RegExp(
  `${ATOM_START}(?:` +
  [
    `(?<dotted>${DOTTED})`,
    // 「令和3年版」 is an edition, 「前年比」 a comparison.
    `(?<y>${YEAR}) ?年(?!版|比)(?:(?<fy>度)(?<fyEnd>末)?|(?:(?: |の)?(?<ym>${MONTH_AFTER_YEAR})(?: ?(?<ymd>${DAY_AFTER_MONTH}))?)?${MOD}?)`,
    // 「例年2月」「毎年5月」: a habit, not a date.
    `(?<!例年|毎年|毎月)(?<m>${MONTH})(?: ?(?<md>${DAY_AFTER_MONTH}))?${MOD}?`,
    `(?<d>${DAY})${MOD}?`,
    WEEKDAY_OF_WEEK,
    WEEKEND,
    BARE_WEEKDAY,
    LAST_WEEK,
  ].join('|') + ')',
  'g',
);
/** ATOM tried at one position only: what a global scan finds is its match at the first start position that has one. */
const ATOM_AT = new RegExp(ATOM.source, 'y');

/** The next position at or after `from` where an atom may start, or -1. */
function nextAtomStart(scan: string, from: number): number {
  for (let i = from; i < scan.length; i++) if (ATOM_STARTS[scan.charCodeAt(i)]) return i;
  return -1;
}

const GREGORIAN_YEAR = /^(\d{4})(?:\((.+?)(\d{1,2}|元)\))?$/;
const ERA_YEAR = new RegExp(`^(${ERA_NAME_SOURCE})(\\d{1,2}|元|${KANJI_NUMBER_SOURCE})(?:\\((\\d{4})\\))?$`);
const BARE_TWO_DIGIT_YEAR = /^\d{2}$/;
const TWO_DIGIT_YEAR = new RegExp(`^(\\d{2})年?\\((${ERA_NAME_SOURCE}|同)(\\d{1,2}|元)\\)$`);

const LIST_GAP = /^ *(?:[、，,・] *)?(?:及び|および|並びに|ならびに|又は|または|と|や)? *$/;
const SPAN_GAP = /^ *(?:から|より|[~～〜\-－–—―]) *$/;
const PERIOD_TAIL = / *(?:まで|迄)?の(?:間|期間)/y;
const SPAN_TAIL = / *(?:にかけて|まで|迄)/y;

const SCAN_CHARS = /[０-９（）．　]/g;
const ASCII_OF: Record<string, string> = { '（': '(', '）': ')', '．': '.', '　': ' ' };

/** A day of the week in brackets after a date (「27日（土）」「5日(月・祝)」), as press releases write. */
const WEEKDAY = /[（(][月火水木金土日](?:・祝)?[）)]/g;

/**
 * Same length as `text`: only one-unit characters are replaced, so offsets carry over. Weekdays
 * become spaces so that 「27日（土）から29日（月）まで」 reads as a span.
 */
function scanCopy(text: string): string {
  return text
    .replace(WEEKDAY, (w) => ' '.repeat(w.length))
    .replace(SCAN_CHARS, (ch) => ASCII_OF[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const isMonth = (n: number): boolean => n >= 1 && n <= 12;

function relOf(word: string): Offset {
  return word.startsWith('翌') ? 1 : word.startsWith('前') ? -1 : 0;
}

const DEIXIS_WORD = /^(一昨|[本今昨去来先])/;

function unitSpec(written: string): UnitSpec | undefined {
  if (/^[同翌前]/.test(written)) return { rel: relOf(written) };
  if (/^(?:先(?:ほど|程)|今朝)/.test(written)) return { deixis: 0 };
  if (/^昨(?:夜|晩)/.test(written)) return { deixis: -1 };
  const deixis = DEIXIS_WORD.exec(written);
  if (deixis) return { deixis: DEIXIS_OFFSET[deixis[1]] };
  // The unit's kanji ends the word, except a range's first day (「15~16日」).
  const n = readNumber(/[0-9]$/.test(written) ? written : written.slice(0, -1));
  return Number.isNaN(n) ? undefined : { abs: n };
}

/**
 * A bare two-digit year (「05年」) is of the century that puts it at or before the document's year
 * (a 2006 edition's 「99年」 is 1999); with no document date, of the century before 2050. When this
 * century's reading is still to come, the era of the document's year is read before the last century:
 * an edition of 2008 that has named 平成 writes 「19年6月」 for 平成19年 (2007), not 1919 (codebook 510).
 */
function centuryOf(yy: number, anchorYear: number | undefined): number {
  const latest = (anchorYear ?? 2049) + 1;
  if (2000 + yy <= latest) return 2000 + yy;
  if (anchorYear !== undefined) {
    const era = [...ERAS].reverse().find((e) => e.firstYear <= anchorYear);
    const year = era && era.firstYear + yy - 1;
    if (year !== undefined && yy >= 1 && year <= latest) return year;
  }
  return 1900 + yy;
}

function yearSpec(written: string, anchorYear?: number): YearSpec | undefined {
  if (BARE_TWO_DIGIT_YEAR.test(written)) return { abs: centuryOf(Number(written), anchorYear), rule: 'time.two-digit-year' };
  let m = GREGORIAN_YEAR.exec(written);
  if (m) {
    const year = Number(m[1]);
    if (year < 1800 || year > 2199) return undefined;
    return { abs: year, rule: m[2] ? 'time.era-paren' : '' };
  }
  m = ERA_YEAR.exec(written);
  if (m) {
    const year = m[3] ? Number(m[3]) : eraToGregorian(m[1], eraNumber(m[2]));
    return year === undefined ? undefined : { abs: year, rule: m[3] ? 'time.era-paren' : 'time.era' };
  }
  m = TWO_DIGIT_YEAR.exec(written);
  if (m) {
    const n = eraNumber(m[3]);
    if (m[2] === '同') {
      const year = twoDigitSameEra(Number(m[1]), n);
      return year === undefined ? undefined : { abs: year, rule: 'time.two-digit-same-era' };
    }
    const year = eraToGregorian(m[2], n);
    return year === undefined ? undefined : { abs: year, rule: 'time.two-digit-era' };
  }
  const deixis = DEIXIS_WORD.exec(written);
  if (deixis) return { deixis: DEIXIS_OFFSET[deixis[1]] };
  return { rel: relOf(written) };
}

const WEEKDAYS = '日月火水木金土';

function atomOf(m: RegExpExecArray, anchor?: TimeAnchor): Atom | undefined {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  if (g.wk !== undefined) return { start, end, weekday: { week: DEIXIS_OFFSET[g.wk], day: WEEKDAYS.indexOf(g.wd) } };
  if (g.wkend !== undefined) return { start, end, weekend: g.wkend.startsWith('先') ? 'last' : 'near' };
  if (g.lastwk !== undefined) return { start, end, lastWeek: g.lastwk === '先々週' ? 2 : g.lastwk === '先週' ? 1 : 0 };
  if (g.bwd !== undefined) return { start, end, weekday: { week: 0, day: WEEKDAYS.indexOf(g.bwd), last: true } };
  if (g.dotted !== undefined) {
    const [m1, m2] = [Number(m[3]), Number(m[5])];
    if (!isMonth(m1) || !isMonth(m2)) return undefined;
    return { start, end, dotted: [formatDate(Number(m[2]), m1), formatDate(Number(m[4]), m2)] };
  }
  const atom: Atom = { start, end };
  if (g.y !== undefined) {
    atom.year = yearSpec(g.y, anchor?.year);
    if (!atom.year) return undefined;
    if (g.fy) {
      atom.fiscal = true;
      atom.fiscalEnd = !!g.fyEnd;
    }
  }
  const month = g.ym ?? g.m;
  const day = g.ymd ?? g.md ?? g.d;
  if (month !== undefined && !(atom.month = unitSpec(month))) return undefined;
  if (day !== undefined && !(atom.day = unitSpec(day))) return undefined;
  if (atom.month && 'abs' in atom.month && !isMonth(atom.month.abs)) return undefined;
  if (atom.day && 'abs' in atom.day && (atom.day.abs < 1 || atom.day.abs > 31)) return undefined;
  return atom;
}

const WEEKDAY_BEFORE = /[月火水木金土日]曜日?[ 、]?$/;
const WEEKDAY_AFTER = /^ ?[（(][月火水木金土日]/;
/** A bare day with its weekday beside it (「水曜日25日」「25日（水）」) is a date, not a count. */
const nextToWeekday = (text: string, a: Atom): boolean =>
  WEEKDAY_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start)) || WEEKDAY_AFTER.test(text.slice(a.end, a.end + 3));

/** Before a day that opens its sentence: at most a list marker (「●」「(2)」) or a connective (「また、」). */
const OPENING_BEFORE = /^\s*(?:[●○◯■・]|[(][0-9]{1,2}[)]|[0-9]{1,2}[.])?\s*(?:また、|次に、|さらに、)?$/;
/** After it: the comma of a date that opens the sentence (「26日、…と懇談を行いました」「18日には、」), as activity pages write. */
const OPENING_DAY_AFTER = /^(?:に(?:は)?)?、/;
/**
 * Before a day that opens a later clause: the clause's comma, at most with a connective (「…会談を行い、18日には、…」
 * 「…と、3日には…」, codebook 300).
 */
const CLAUSE_BEFORE = /、\s*(?:また|さらに|そして)?、?\s*$/;
/** After it: the topic or time particle of a date (「18日には」「18日に、」「18日、」「18日に…と会談」), not a count (「5日に1回」) nor a span's end (「16日にかけて」). */
const CLAUSE_DAY_AFTER = /^(?:には|に、|、|に(?![0-9０-９一二三四五六七八九十]|かけ|わた|至|及|まで|一度|1度))/;
/** Right before a bare day: 「本」「今」 (「本4日」「今10日」), the document's own day as releases write it; not 「日本」「基本」. */
const THIS_DAY_BEFORE = /(?<![日基資根])(?:本|今)$/;
/** A bare 「10日」: a date only as the second item after a full date (「6月8日から10日まで」). */
const isDayOnly = (a: Atom): boolean => !a.year && !a.month && !!a.day && 'abs' in a.day;
const hasDay = (a: Atom): boolean => !!a.day || !!a.weekday || !!a.weekend;
const isRelative = (u: UnitSpec | YearSpec | undefined): boolean => !!u && !('abs' in u);
const usesRelativeWord = (a: Atom): boolean => isRelative(a.year) || isRelative(a.month) || isRelative(a.day) || !!a.weekday || !!a.weekend || a.lastWeek !== undefined;
/** Needs the document's date: a deictic word, or a weekday of a week. */
const usesDeixis = (a: Atom): boolean =>
  (!!a.year && 'deixis' in a.year) || (!!a.month && 'deixis' in a.month) || (!!a.day && 'deixis' in a.day) || !!a.weekday || !!a.weekend || a.lastWeek !== undefined;

// ---------------------------------------------------------------------------------------------
// Resolution

function contextAfter(parts: DateParts, before: TimeContext): TimeContext {
  const date = formatDate(parts.year, parts.month);
  const lastDay = parts.month !== undefined && parts.day !== undefined ? { year: parts.year, month: parts.month, day: parts.day } : before.lastDay;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    fiscalYear: parts.month !== undefined ? fiscalYearOf(date) : before.fiscalYear,
    ...(lastDay ? { lastDay } : {}),
  };
}

/** The document's date moved by a deictic offset, at the precision the word needs. */
function fromAnchor(anchor: TimeAnchor | undefined, unit: 'year' | 'month' | 'day', delta: number): DateParts | undefined {
  if (!anchor) return undefined;
  if (unit === 'year') return { year: anchor.year + delta };
  if (anchor.month === undefined) return undefined;
  if (unit === 'month') return addMonths(anchor.year, anchor.month, delta);
  // 「本日」 in a document dated only by its month still falls within that month.
  if (anchor.day === undefined) return delta === 0 ? { year: anchor.year, month: anchor.month } : undefined;
  return addDays(anchor.year, anchor.month, anchor.day, delta);
}

/**
 * The year of a yearless month that nothing in the text dates: the document's year, or the year
 * before when that would put the month more than two months after the document (a release of
 * January that recalls 「12月」). Announcements a month or two ahead stay in the same year.
 */
function anchoredYear(month: number, anchor: TimeAnchor): number {
  return anchor.month !== undefined && month > anchor.month + 2 ? anchor.year - 1 : anchor.year;
}

/**
 * 「令和4年度…1月12日」: January to March of a fiscal year are in the calendar year after its number — unless
 * that puts the day months after the document (a page of 2022-04-14 that announces 「令和4年度の…訓練」, then tells
 * 「3月31日から4月10日までの間…出張して参りました」): then the year the text last wrote stands.
 */
function fiscalRollover(local: TimeContext, month: number, anchor?: TimeAnchor): number | undefined {
  if (!local.fiscalOnly || local.fiscalYear === undefined || month > 3) return undefined;
  const year = local.fiscalYear + 1;
  if (anchor?.month !== undefined && (year - anchor.year) * 12 + month - anchor.month > 2) return undefined;
  return year;
}

/**
 * 「昨年11月10日に出港した…は、4月8日に帰国」 in a document of 2024-04: a yearless month before the running one, when the
 * running year is the one before the document's, is of the document's year — the story moved on, not back — unless that
 * puts it after the document (codebook 166). Only outside white papers (a document dated at least by its month).
 */
function forwardYear(local: TimeContext, month: number, anchor?: TimeAnchor): number | undefined {
  if (anchor?.month === undefined || local.year !== anchor.year - 1 || local.month === undefined || month >= local.month) return undefined;
  return month <= anchor.month ? anchor.year : undefined;
}

function resolveAtom(a: Atom, local: TimeContext, anchor?: TimeAnchor): ResolvedItem | undefined {
  let used = false;
  if (a.dotted) {
    const [from, to] = a.dotted;
    const [y, mo] = to.split('-').map(Number);
    return { dates: [from, to], next: contextAfter({ year: y, month: mo }, local), usedContext: false };
  }
  if (a.weekend) {
    if (!anchor || anchor.month === undefined || anchor.day === undefined) return undefined;
    const today = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day)).getUTCDay();
    // Days back to the last Saturday on or before the document's date (Saturday 0 … Friday 6).
    let back = (today + 1) % 7;
    // 「先週末」 on a weekend is the one before; a bare 「週末」 is the one just past only early in the week
    // (Sunday to Tuesday) — later it is as likely the coming one: no date.
    if (a.weekend === 'last' && back <= 1) back += 7;
    if (a.weekend === 'near' && back > 3) return undefined;
    const sat = addDays(anchor.year, anchor.month, anchor.day, -back);
    const sun = addDays(anchor.year, anchor.month, anchor.day, 1 - back);
    return { dates: [formatDate(sat.year, sat.month, sat.day), formatDate(sun.year, sun.month, sun.day)], next: contextAfter(sat, local), usedContext: true };
  }
  if (a.lastWeek !== undefined) {
    if (!anchor || anchor.month === undefined || anchor.day === undefined) return undefined;
    // Monday to Sunday of the week `lastWeek` weeks before the document's: its month, or the two months it spans.
    const sinceMonday = (new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day)).getUTCDay() + 6) % 7;
    const mon = addDays(anchor.year, anchor.month, anchor.day, -sinceMonday - 7 * a.lastWeek);
    // 「今週」: its days up to the document's (the rest are still to come).
    const sun = a.lastWeek ? addDays(mon.year, mon.month!, mon.day!, 6) : { year: anchor.year, month: anchor.month };
    const from = formatDate(mon.year, mon.month);
    const to = formatDate(sun.year, sun.month);
    return { dates: from === to ? [from] : [from, to], next: contextAfter({ year: sun.year, month: sun.month }, local), usedContext: true };
  }
  if (a.weekday) {
    if (!anchor || anchor.month === undefined || anchor.day === undefined) return undefined;
    const today = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day)).getUTCDay();
    // A bare weekday: the last one before the document's date (1 to 7 days back).
    const offset = a.weekday.last ? -(((today - a.weekday.day + 6) % 7) + 1) : 7 * a.weekday.week + a.weekday.day - today;
    const d = addDays(anchor.year, anchor.month, anchor.day, offset);
    return { dates: [formatDate(d.year, d.month, d.day)], next: contextAfter(d, local), usedContext: true };
  }
  if (a.fiscal && a.year) {
    let fy: number;
    if ('abs' in a.year) fy = a.year.abs;
    else if ('deixis' in a.year) {
      if (!anchor) return undefined;
      // 「本年度」: the fiscal year the document was published in (an edition of year N: FY N).
      fy = (anchor.month !== undefined ? (fiscalYearOf(formatDate(anchor.year, anchor.month)) ?? anchor.year) : anchor.year) + a.year.deixis;
      used = true;
    } else {
      const base = local.fiscalYear ?? local.year;
      if (base === undefined) return undefined;
      fy = base + a.year.rel;
      used = true;
    }
    const { from, to } = fiscalYearRange(fy);
    // A later 「同年」 most plausibly means the fiscal year's own number.
    // A fiscal year that holds the date the text just gave (「11月6日、…令和4年度国際観艦式に出席」) names the year of
    // that date: a later 「同日」 is still that day.
    const holds = local.month !== undefined && local.fiscalYear === fy && !local.fiscalOnly;
    const next: TimeContext = holds ? local : { year: fy, fiscalYear: fy, fiscalOnly: true };
    return { dates: a.fiscalEnd ? [to] : [from, to], next, usedContext: used };
  }
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (a.year) {
    if ('abs' in a.year) year = a.year.abs;
    else if ('deixis' in a.year) {
      const d = fromAnchor(anchor, 'year', a.year.deixis);
      if (!d) return undefined;
      year = d.year;
      used = true;
    } else {
      if (local.year === undefined) return undefined;
      year = local.year + a.year.rel;
      used = true;
    }
  }
  if (a.month) {
    if ('abs' in a.month) {
      month = a.month.abs;
      if (year === undefined) {
        // 「令和4年度…1月12日」: January to March of a fiscal year are in the calendar year after its number.
        if (local.year !== undefined) year = fiscalRollover(local, month, anchor) ?? forwardYear(local, month, anchor) ?? local.year;
        else if (anchor) year = anchoredYear(month, anchor);
        else return undefined;
        used = true;
      }
    } else if ('deixis' in a.month) {
      const d = fromAnchor(anchor, 'month', a.month.deixis);
      if (!d) return undefined;
      ({ year, month } = d);
      used = true;
    } else {
      if (local.year === undefined || local.month === undefined) return undefined;
      // 「翌年同月」 keeps the stated year; 「同月」 alone takes the context's.
      const ym = addMonths(year ?? local.year, local.month, a.month.rel);
      year = ym.year;
      month = ym.month;
      used = true;
    }
  }
  if (a.day) {
    if ('abs' in a.day) {
      day = a.day.abs;
      if (month === undefined) {
        if (local.year !== undefined && local.month !== undefined) {
          year ??= local.year;
          month = local.month;
        } else if (anchor?.month !== undefined && year === undefined) {
          // 「25日」 in a transcript: the document's month, or the month before for a day well after it.
          const back = anchor.day !== undefined && day > anchor.day + 7 ? -1 : 0;
          ({ year, month } = addMonths(anchor.year, anchor.month, back));
        } else return undefined;
        used = true;
      }
    } else if ('deixis' in a.day) {
      const d = fromAnchor(anchor, 'day', a.day.deixis);
      if (!d) return undefined;
      ({ year, month, day } = d);
      used = true;
    } else {
      if (local.year === undefined) return undefined;
      used = true;
      year = local.year;
      month = local.month;
      // 「3. 同日、…を表敬」 after 「…昨年9月に開催した…会合への参加」: a month named in a flashback (before the
      // last day the text gave) does not move 「同日」 off that day.
      const back = local.lastDay;
      if (local.day === undefined && back && (local.month === undefined || back.year * 12 + back.month > local.year * 12 + local.month)) {
        ({ year, month, day } = addDays(back.year, back.month, back.day, a.day.rel));
      } else if (local.month !== undefined && local.day !== undefined) {
        const d = addDays(local.year, local.month, local.day, a.day.rel);
        ({ year, month, day } = d);
      }
    }
  }
  if (year === undefined) return undefined;
  if (day !== undefined && (month === undefined || !isValidDay(year, month, day))) return undefined;
  const parts: DateParts = { year, month, day };
  return { dates: [formatDate(year, month, day)], next: contextAfter(parts, local), usedContext: used };
}

/** The word of a relative offset in a rule's id. */
function offsetWord(rel: Offset): string {
  return rel === 0 ? 'same' : rel === 1 ? 'next' : 'prev';
}

function atomRule(a: Atom): string {
  if (a.lastWeek !== undefined) return a.lastWeek ? 'time.last-week' : 'time.this-week';
  if (a.weekday) return 'time.weekday-of-week';
  if (a.weekend) return 'time.weekend';
  if (usesDeixis(a)) return 'time.document-relative';
  if (a.fiscal) return a.fiscalEnd ? 'time.fiscal-year-end' : 'time.fiscal-year';
  if (a.year) {
    if ('abs' in a.year) {
      if (a.year.rule) return a.year.rule;
      return a.day ? 'time.explicit-ymd' : a.month ? 'time.explicit-ym' : 'time.explicit-y';
    }
    if ('rel' in a.year) return a.month ? `time.${offsetWord(a.year.rel)}-year-month` : `time.${offsetWord(a.year.rel)}-year`;
  }
  if (a.month) {
    if ('rel' in a.month) return `time.${offsetWord(a.month.rel)}-month`;
    return a.day ? 'time.month-day' : 'time.month';
  }
  if (a.day && 'rel' in a.day) return `time.${offsetWord(a.day.rel)}-day`;
  return 'time.day';
}

/**
 * What follows a range decides its kind: 「…までの間」「…の期間」 make it a period (the codebook
 * dates undated activities to it); 「…にかけて」「…まで」 belong to a span's text.
 */
function rangeTail(scan: string, at: number, spanWords: boolean): { kind: 'span' | 'period'; end: number } {
  PERIOD_TAIL.lastIndex = at;
  if (PERIOD_TAIL.test(scan)) return { kind: 'period', end: PERIOD_TAIL.lastIndex };
  SPAN_TAIL.lastIndex = at;
  if (spanWords && SPAN_TAIL.test(scan)) return { kind: 'span', end: SPAN_TAIL.lastIndex };
  return { kind: 'span', end: at };
}

// ---------------------------------------------------------------------------------------------

/**
 * Every time expression in `text` (one clean sentence), in order, resolved against `ctx`, and
 * the context after the sentence. Expressions that need a context the sentence lacks
 * (「同年」 with no year before it) are left out. A month without a year (「12月には」) takes
 * the context's year and counts as relative; with no year in the text before it, the document's
 * (`anchor`). Deictic words (本年, 昨年, 本日, 先月, 先週の金曜日) resolve against the anchor only;
 * without one they date nothing (a wrong year is worse than none) and are listed in `unanchored`.
 */
function pushTime(mentions: ParsedTime[], text: string, start: number, end: number, m: Omit<ParsedTime, 'local' | 'text'>): void {
  mentions.push({ local: { start, end }, text: text.slice(start, end), ...m });
}

/** A yearless month and day earlier than the month and day written before it (codebook 305). */
function goesBack(a: Atom, b: Atom): boolean {
  if (b.year || !a.month || !b.month || !a.day || !b.day) return false;
  if (!('abs' in a.month) || !('abs' in b.month) || !('abs' in a.day) || !('abs' in b.day)) return false;
  return b.month.abs < a.month.abs || (b.month.abs === a.month.abs && b.day.abs < a.day.abs);
}

/** Only points join a list; a fiscal year, a weekend or a span stands alone. */
function joinable(x: Atom): boolean {
  return !x.fiscal && !x.dotted && !x.weekend && x.lastWeek === undefined;
}

/** Whether what separates two atoms joins them in a list (「、」「及び」…, not nothing at all). */
function listGap(scan: string, a: Atom, b: Atom): boolean {
  const gap = scan.slice(a.end, b.start);
  return gap.trim() !== '' && LIST_GAP.test(gap);
}

export function parseTimeExpressions(
  text: string,
  ctx: TimeContext,
  anchor?: TimeAnchor,
): { mentions: ParsedTime[]; ctx: TimeContext; unanchored: Span[] } {
  const mentions: ParsedTime[] = [];
  const unanchored: Span[] = [];
  if (!/[年月日.．]|先ほど|先程|週|今朝|曜|昨夜|昨晩/.test(text)) return { mentions, ctx: { ...ctx }, unanchored };
  const scan = scanCopy(text);
  const atoms: Atom[] = [];
  // The leftmost match from each place on, as a global exec of ATOM finds it: every atom starts with
  // one of ATOM_STARTS, so only those positions are tried.
  for (let at = nextAtomStart(scan, 0); at >= 0; ) {
    ATOM_AT.lastIndex = at;
    const m = ATOM_AT.exec(scan);
    if (!m) {
      at = nextAtomStart(scan, at + 1);
      continue;
    }
    at = nextAtomStart(scan, ATOM_AT.lastIndex);
    const atom = atomOf(m, anchor);
    if (!atom) continue;
    if (!anchor && usesDeixis(atom)) unanchored.push({ start: atom.start, end: atom.end });
    else atoms.push(atom);
  }

  let running: TimeContext = { ...ctx };

  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (isDayOnly(a)) {
      // 「翌11日」: the day after, written with its number; the month and year are the context's.
      const day = 'abs' in a.day! ? a.day.abs : 0;
      if (a.start > 0 && text[a.start - 1] === '翌' && running.year !== undefined && running.month !== undefined && isValidDay(running.year, running.month, day)) {
        const next = { ...running, day };
        pushTime(mentions, text, a.start - 1, a.end, { kind: 'point', dates: [formatDate(running.year, running.month, day)], relative: true, rule: 'time.next-day-number' });
        running = next;
      } else if (WEEK_BEFORE_DAY.test(scan.slice(Math.max(0, a.start - 3), a.start))) {
        // 「先週22日」: the last such day on or before the document's date or, on a page of dated
        // entries, the date the sentence has just given (「9月26日に…、先週22日には…」).
        const ref = anchor?.day !== undefined ? anchor : running.day !== undefined && running.month !== undefined ? running : undefined;
        if (ref && ref.year !== undefined && ref.month !== undefined && ref.day !== undefined) {
          const d = ref.day >= day ? { year: ref.year, month: ref.month } : addMonths(ref.year, ref.month, -1);
          if (isValidDay(d.year, d.month, day)) {
            const weekWord = scan.lastIndexOf('週', a.start) - 1;
            pushTime(mentions, text, weekWord, a.end, { kind: 'point', dates: [formatDate(d.year, d.month, day)], relative: true, rule: 'time.day-of-week' });
          }
        }
      } else if (
        nextToWeekday(text, a) ||
        // 「本4日午後5時から、…の表敬を受けた」: a release's 「本」 or 「今」 before a bare day is its own day (codebook 433).
        (THIS_DAY_BEFORE.test(scan.slice(Math.max(0, a.start - 2), a.start)) && !/^ ?[~～〜\-－–]/.test(scan.slice(a.end))) ||
        (OPENING_BEFORE.test(scan.slice(0, a.start)) && OPENING_DAY_AFTER.test(scan.slice(a.end))) ||
        (CLAUSE_BEFORE.test(scan.slice(Math.max(0, a.start - 6), a.start)) && CLAUSE_DAY_AFTER.test(scan.slice(a.end, a.end + 4)))
      ) {
        // 「水曜日25日」「25日（水）」: a day named with its weekday, as transcripts and releases write it,
        // in the running month or, with none, the document's.
        const item = resolveAtom(a, running, anchor);
        if (item) {
          pushTime(mentions, text, a.start, a.end, { kind: 'point', dates: item.dates, relative: true, rule: 'time.day' });
          running = item.next;
        }
      }
      continue;
    }
    const b = atoms[i + 1];

    // Span or period: A から B.
    if (b && !a.dotted && !b.dotted && !a.weekend && !b.weekend && SPAN_GAP.test(scan.slice(a.end, b.start)) && (!isDayOnly(b) || hasDay(a))) {
      const first = resolveAtom(a, running, anchor);
      const second = first && resolveAtom(b, first.next, anchor);
      if (first && second) {
        let to = second.dates[second.dates.length - 1];
        let next = second.next;
        // 「2020年11月から2月まで」: a yearless end month before the start month is next year's.
        if (!b.year && b.month && 'abs' in b.month && first.next.month !== undefined && b.month.abs < first.next.month) {
          const shifted = resolveAtom(b, { ...first.next, year: first.next.year! + 1 }, anchor);
          if (shifted) {
            next = shifted.next;
            to = shifted.dates[shifted.dates.length - 1];
          }
        }
        const { kind, end } = rangeTail(scan, b.end, true);
        pushTime(mentions, text, a.start, end, {
          kind,
          dates: [first.dates[0], to],
          end: to,
          relative: first.usedContext || usesRelativeWord(b),
          rule: kind === 'period' ? 'time.period' : 'time.span',
        });
        running = next;
        i++;
        continue;
      }
    }

    // List: A、B及びC — only points join a list; a fiscal year or a span stands alone.
    let j = i;
    while (
      joinable(atoms[j]) &&
      atoms[j + 1] &&
      joinable(atoms[j + 1]) &&
      (!isDayOnly(atoms[j + 1]) || hasDay(atoms[j])) &&
      // 「8月31日、7月に…着任した」: a day and a month are two statements, not one list.
      !(hasDay(atoms[j]) && !hasDay(atoms[j + 1])) &&
      // 「11月5日、7月20日に出港した護衛艦は」: a yearless date before the one just written goes back — another statement.
      !goesBack(atoms[j], atoms[j + 1]) &&
      listGap(scan, atoms[j], atoms[j + 1])
    ) {
      j++;
    }

    let local = running;
    const dates: PartialDate[] = [];
    let relative = false;
    // An item the context cannot resolve ends the list there; it is dropped, the rest kept.
    let last = i - 1;
    for (let k = i; k <= j; k++) {
      const item = resolveAtom(atoms[k], local, anchor);
      if (!item) break;
      if ((k === i && item.usedContext) || usesRelativeWord(atoms[k])) relative = true;
      dates.push(...item.dates);
      local = item.next;
      last = k;
    }
    if (last >= i) {
      j = last;
      running = local;
      if (a.dotted) {
        const { kind, end } = rangeTail(scan, a.end, false);
        pushTime(mentions, text, a.start, end, {
          kind,
          dates,
          end: dates[1],
          relative: false,
          rule: 'time.dotted-span',
        });
      } else if (j > i) {
        pushTime(mentions, text, a.start, atoms[j].end, { kind: 'list', dates, relative, rule: 'time.list' });
      } else if (a.weekend) {
        pushTime(mentions, text, a.start, a.end, { kind: 'span', dates, end: dates[1], relative: true, rule: 'time.weekend' });
      } else if (a.lastWeek !== undefined && dates.length === 2) {
        pushTime(mentions, text, a.start, a.end, { kind: 'span', dates, end: dates[1], relative: true, rule: atomRule(a) });
      } else if (a.fiscal && !a.fiscalEnd) {
        pushTime(mentions, text, a.start, a.end, { kind: 'fiscal-year', dates, end: dates[1], relative, rule: atomRule(a) });
      } else {
        pushTime(mentions, text, a.start, a.end, { kind: 'point', dates, relative, rule: atomRule(a) });
      }
    } else {
      j = i;
    }
    i = j;
  }
  return { mentions, ctx: running, unanchored };
}
