/**
 * Time expressions in one clean sentence, resolved against the running context.
 *
 * Two passes, both linear: one precompiled regex finds date atoms (「2020年10月」「同年」「令和2年度」
 * 「12月」「2020.4～2021.3」…), then a walk over the atoms joins neighbours separated only by a
 * list connector (、 及び と…) into a list, or by から/～ into a span (a period when 「までの間」
 * follows). Items resolve in order against a local context that starts as the incoming one, so
 * each item inherits the year of the item before it (「同年5月、8月及び10月」).
 */
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
}

export type ParsedTime = Omit<TimeMention, 'span'>;

type Offset = -1 | 0 | 1;
/** A number as written, or a relative word (同 = 0, 翌 = +1, 前 = -1). */
type UnitSpec = { abs: number } | { rel: Offset };
type YearSpec = { abs: number; rule: string } | { rel: Offset };

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
const YEAR = [
  `(?<![\\d.A-Za-z])\\d{4}(?:\\(${ERA}${ERA_N}\\))?`, // 2020, 2020(令和2)
  `${ERA}${ERA_N_ANY}(?:\\(\\d{4}\\))?`, // 令和2, 令和三, 令和2(2020)
  `(?<![\\d.])\\d{2}\\((?:${ERA}|同)${ERA_N}\\)`, // 07(平成19), 13(同25): older editions
  REL,
].join('|');
// 「3月間」 is a duration; 「同日米共同訓練」 is "the said Japan–US exercise", not 「同日」.
const MONTH = `(?:(?<![\\d.])\\d{1,2} ?|${REL})月(?!間)`;
const MONTH_AFTER_YEAR = `(?:\\d{1,2} ?|${KANJI_NUMBER_SOURCE}|${REL})月(?!間)`;
const DAY = `(?:(?<![\\d.])\\d{1,2} ?日(?!間)|${REL}日(?![米豪印英仏独中露韓加伊比越本]))`;
// Kanji days only after a month (「四月一日」): alone, 「一日」 is also "one day".
const DAY_AFTER_MONTH = `(?:\\d{1,2} ?日(?!間)|${KANJI_NUMBER_SOURCE}日(?!間)|${REL}日(?![米豪印英仏独中露韓加伊比越本]))`;
const MOD = '(?:末|上旬|中旬|下旬|初旬|初め|初頭|頃|ごろ|前半|後半|半ば)';
const DOTTED = '(?<![\\d.])(\\d{4})\\.(\\d{1,2}) *[~～〜\\-－–] *(\\d{4})\\.(\\d{1,2})(?![\\d.])';

// Every atom starts with a digit, an era's first character or 同/翌/前: the lookahead lets the
// engine leave every other position at once.
const ATOM_START = `(?=[0-9${[...new Set(ERAS.map((e) => e.name[0]))].join('')}同翌前])`;
const ATOM = new RegExp(
  `${ATOM_START}(?:` +
  [
    `(?<dotted>${DOTTED})`,
    // 「令和3年版」 is an edition, 「前年比」 a comparison.
    `(?<y>${YEAR}) ?年(?!版|比)(?:(?<fy>度)(?<fyEnd>末)?|(?: ?(?<ym>${MONTH_AFTER_YEAR})(?: ?(?<ymd>${DAY_AFTER_MONTH}))?)?${MOD}?)`,
    // 「例年2月」「毎年5月」: a habit, not a date.
    `(?<!例年|毎年|毎月)(?<m>${MONTH})(?: ?(?<md>${DAY_AFTER_MONTH}))?${MOD}?`,
    `(?<d>${DAY})${MOD}?`,
  ].join('|') + ')',
  'g',
);

const GREGORIAN_YEAR = /^(\d{4})(?:\((.+?)(\d{1,2}|元)\))?$/;
const ERA_YEAR = new RegExp(`^(${ERA_NAME_SOURCE})(\\d{1,2}|元|${KANJI_NUMBER_SOURCE})(?:\\((\\d{4})\\))?$`);
const TWO_DIGIT_YEAR = new RegExp(`^(\\d{2})\\((${ERA_NAME_SOURCE}|同)(\\d{1,2}|元)\\)$`);

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

function unitSpec(written: string): UnitSpec | undefined {
  if (/^[同翌前]/.test(written)) return { rel: relOf(written) };
  const n = readNumber(written.slice(0, -1));
  return Number.isNaN(n) ? undefined : { abs: n };
}

function yearSpec(written: string): YearSpec | undefined {
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
  return { rel: relOf(written) };
}

function atomOf(m: RegExpExecArray): Atom | undefined {
  const g = m.groups!;
  const start = m.index;
  const end = start + m[0].length;
  if (g.dotted !== undefined) {
    const [m1, m2] = [Number(m[3]), Number(m[5])];
    if (!isMonth(m1) || !isMonth(m2)) return undefined;
    return { start, end, dotted: [formatDate(Number(m[2]), m1), formatDate(Number(m[4]), m2)] };
  }
  const atom: Atom = { start, end };
  if (g.y !== undefined) {
    atom.year = yearSpec(g.y);
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

/** A bare 「10日」: a date only as the second item after a full date (「6月8日から10日まで」). */
const isDayOnly = (a: Atom): boolean => !a.year && !a.month && !!a.day && 'abs' in a.day;
const hasDay = (a: Atom): boolean => !!a.day;
const usesRelativeWord = (a: Atom): boolean =>
  (!!a.year && 'rel' in a.year) || (!!a.month && 'rel' in a.month) || (!!a.day && 'rel' in a.day);

// ---------------------------------------------------------------------------------------------
// Resolution

function contextAfter(parts: DateParts, before: TimeContext): TimeContext {
  const date = formatDate(parts.year, parts.month);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    fiscalYear: parts.month !== undefined ? fiscalYearOf(date) : before.fiscalYear,
  };
}

function resolveAtom(a: Atom, local: TimeContext): ResolvedItem | undefined {
  let used = false;
  if (a.dotted) {
    const [from, to] = a.dotted;
    const [y, mo] = to.split('-').map(Number);
    return { dates: [from, to], next: contextAfter({ year: y, month: mo }, local), usedContext: false };
  }
  if (a.fiscal && a.year) {
    let fy: number;
    if ('abs' in a.year) fy = a.year.abs;
    else {
      const base = local.fiscalYear ?? local.year;
      if (base === undefined) return undefined;
      fy = base + a.year.rel;
      used = true;
    }
    const { from, to } = fiscalYearRange(fy);
    // A later 「同年」 most plausibly means the fiscal year's own number.
    const next: TimeContext = { year: fy, fiscalYear: fy };
    return { dates: a.fiscalEnd ? [to] : [from, to], next, usedContext: used };
  }
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (a.year) {
    if ('abs' in a.year) year = a.year.abs;
    else {
      if (local.year === undefined) return undefined;
      year = local.year + a.year.rel;
      used = true;
    }
  }
  if (a.month) {
    if ('abs' in a.month) {
      month = a.month.abs;
      if (year === undefined) {
        if (local.year === undefined) return undefined;
        year = local.year;
        used = true;
      }
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
        if (local.year === undefined || local.month === undefined) return undefined;
        year ??= local.year;
        month = local.month;
        used = true;
      }
    } else {
      if (local.year === undefined) return undefined;
      used = true;
      year = local.year;
      month = local.month;
      // Without a known day, 「同日」 is still known to fall within the context's month.
      if (local.month !== undefined && local.day !== undefined) {
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

function atomRule(a: Atom): string {
  if (a.fiscal) return a.fiscalEnd ? 'time.fiscal-year-end' : 'time.fiscal-year';
  const word = (rel: Offset): string => (rel === 0 ? 'same' : rel === 1 ? 'next' : 'prev');
  if (a.year) {
    if ('abs' in a.year) {
      if (a.year.rule) return a.year.rule;
      return a.day ? 'time.explicit-ymd' : a.month ? 'time.explicit-ym' : 'time.explicit-y';
    }
    return a.month ? `time.${word(a.year.rel)}-year-month` : `time.${word(a.year.rel)}-year`;
  }
  if (a.month) {
    if ('rel' in a.month) return `time.${word(a.month.rel)}-month`;
    return a.day ? 'time.month-day' : 'time.month';
  }
  if (a.day && 'rel' in a.day) return `time.${word(a.day.rel)}-day`;
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
 * the context's year and counts as relative.
 */
export function parseTimeExpressions(
  text: string,
  ctx: TimeContext,
): { mentions: ParsedTime[]; ctx: TimeContext } {
  const mentions: ParsedTime[] = [];
  if (!/[年月日.．]/.test(text)) return { mentions, ctx: { ...ctx } };
  const scan = scanCopy(text);
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(scan); m; m = ATOM.exec(scan)) {
    const atom = atomOf(m);
    if (atom) atoms.push(atom);
  }

  let running: TimeContext = { ...ctx };
  const gap = (a: Atom, b: Atom): string => scan.slice(a.end, b.start);
  const push = (start: number, end: number, m: Omit<ParsedTime, 'local' | 'text'>): void => {
    mentions.push({ local: { start, end }, text: text.slice(start, end), ...m });
  };

  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    if (isDayOnly(a)) {
      // 「翌11日」: the day after, written with its number; the month and year are the context's.
      const day = 'abs' in a.day! ? a.day.abs : 0;
      if (a.start > 0 && text[a.start - 1] === '翌' && running.year !== undefined && running.month !== undefined && isValidDay(running.year, running.month, day)) {
        const next = { ...running, day };
        push(a.start - 1, a.end, { kind: 'point', dates: [formatDate(running.year, running.month, day)], relative: true, rule: 'time.next-day-number' });
        running = next;
      }
      continue;
    }
    const b = atoms[i + 1];

    // Span or period: A から B.
    if (b && !a.dotted && !b.dotted && SPAN_GAP.test(gap(a, b)) && (!isDayOnly(b) || hasDay(a))) {
      const first = resolveAtom(a, running);
      const second = first && resolveAtom(b, first.next);
      if (first && second) {
        let to = second.dates[second.dates.length - 1];
        let next = second.next;
        // 「2020年11月から2月まで」: a yearless end month before the start month is next year's.
        if (!b.year && b.month && 'abs' in b.month && first.next.month !== undefined && b.month.abs < first.next.month) {
          const shifted = resolveAtom(b, { ...first.next, year: first.next.year! + 1 });
          if (shifted) {
            next = shifted.next;
            to = shifted.dates[shifted.dates.length - 1];
          }
        }
        const { kind, end } = rangeTail(scan, b.end, true);
        push(a.start, end, {
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
    const joinable = (x: Atom): boolean => !x.fiscal && !x.dotted;
    let j = i;
    while (
      joinable(atoms[j]) &&
      atoms[j + 1] &&
      joinable(atoms[j + 1]) &&
      (!isDayOnly(atoms[j + 1]) || hasDay(atoms[j])) &&
      gap(atoms[j], atoms[j + 1]).trim() !== '' &&
      LIST_GAP.test(gap(atoms[j], atoms[j + 1]))
    ) {
      j++;
    }

    let local = running;
    const dates: PartialDate[] = [];
    let relative = false;
    // An item the context cannot resolve ends the list there; it is dropped, the rest kept.
    let last = i - 1;
    for (let k = i; k <= j; k++) {
      const item = resolveAtom(atoms[k], local);
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
        push(a.start, end, {
          kind,
          dates,
          end: dates[1],
          relative: false,
          rule: 'time.dotted-span',
        });
      } else if (j > i) {
        push(a.start, atoms[j].end, { kind: 'list', dates, relative, rule: 'time.list' });
      } else if (a.fiscal && !a.fiscalEnd) {
        push(a.start, a.end, { kind: 'fiscal-year', dates, end: dates[1], relative, rule: atomRule(a) });
      } else {
        push(a.start, a.end, { kind: 'point', dates, relative, rule: atomRule(a) });
      }
    } else {
      j = i;
    }
    i = j;
  }
  return { mentions, ctx: running };
}
