/**
 * The document's context: what kind of publication it is and when it was published. Every
 * relative word of its text (本年, 昨年, 本日, 先月) and every yearless date of an activity page
 * (「4月13日、…」) is read against that date, so it is found once, before the time stage, from
 * the most trusted origin that states it: the command line, the HTML markup, the text's head
 * (「令和3年版防衛白書」, a dated line under a press release's title, 「日時 令和2年10月7日」), the
 * file name (wp2021, 20201222). A document nothing dates has no `published`, and its relative
 * words date nothing.
 */
import path from 'node:path';
import type { ContextOrigin, DecodedSource, DocumentContext, SourceKind } from '../../model/document.js';
import { SOURCE_KINDS } from '../../model/document.js';
import { KoryuError } from '../../model/errors.js';
import type { PartialDate } from '../../model/time.js';
import { dateParts } from '../5-time/calendar.js';
import { parseTimeExpressions, type TimeAnchor } from '../5-time/parse.js';
import { KIND_CUES } from './cues.js';

export interface GivenContext {
  /** `--published`: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  published?: string;
  /** `--kind`. */
  kind?: string;
}

/** How far into the text its own heading, date line and edition mark are looked for. */
const HEAD_LINES = 14;
const HEAD_CHARS = 700;

const PUBLISHED_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Validate a user's `--published` value (a KoryuError that says what is expected otherwise). */
export function parsePublished(value: string, option = '--published'): PartialDate {
  const v = value.trim();
  const m = PUBLISHED_RE.exec(v);
  const parts = m && dateParts(v);
  if (!m || !parts || (parts.day !== undefined && new Date(Date.UTC(parts.year, parts.month! - 1, parts.day)).getUTCDate() !== parts.day)) {
    throw new KoryuError('E_BAD_VALUE', `${option}: expected a date YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-12-22); got '${value}'`);
  }
  return v;
}

export function parseKind(value: string, option = '--kind'): SourceKind {
  if ((SOURCE_KINDS as readonly string[]).includes(value)) return value as SourceKind;
  throw new KoryuError('E_BAD_VALUE', `${option}: expected one of ${SOURCE_KINDS.join(', ')}; got '${value}'`);
}

/** The document's date as the time stage's anchor. */
export function anchorOf(context: DocumentContext): TimeAnchor | undefined {
  return context.published ? dateParts(context.published) : undefined;
}

export function detectContext(source: DecodedSource, given: GivenContext = {}): DocumentContext {
  const head = headOf(source.text);
  const name = source.path.toLowerCase();

  const kindFound: Found<SourceKind> =
    (given.kind !== undefined ? { value: parseKind(given.kind), from: 'option', cue: `--kind ${given.kind}` } : undefined) ??
    kindFromText(head, source.title) ??
    kindFromFileName(name) ?? { value: 'other', from: 'default' };

  const publishedFound: Found<PartialDate> | undefined =
    (given.published !== undefined
      ? { value: parsePublished(given.published), from: 'option', cue: `--published ${given.published}` }
      : undefined) ??
    publishedFromMeta(source.metaDate) ??
    publishedFromText(head, source.title, kindFound.value) ??
    publishedFromFileName(source.path);

  return {
    kind: kindFound.value,
    kindFrom: kindFound.from,
    ...(kindFound.cue ? { kindCue: kindFound.cue } : {}),
    ...(publishedFound
      ? { published: publishedFound.value, publishedFrom: publishedFound.from, publishedCue: publishedFound.cue }
      : {}),
  };
}

interface FoundValue<T> {
  value: T;
  from: ContextOrigin;
  cue?: string;
}
type Found<T> = FoundValue<T> | undefined;

function headOf(text: string): string {
  const lines = text.slice(0, HEAD_CHARS * 2).split(/\r?\n/).filter((l) => l.trim());
  return lines.slice(0, HEAD_LINES).join('\n').slice(0, HEAD_CHARS);
}

// ---------------------------------------------------------------------------------------------
// Kind

/** Lines that open with a day (and the year, as some pages write it): the entries of an activity page. */
const DAY_ENTRY = /^[\s・○◯●]*(?:(?:令和|平成)(?:元|\d{1,2})年|\d{4}年)?\s*\d{1,2}月\d{1,2}日/gm;

/** A release's title: its topic and 「について」 (「…会談の実施について」), nothing after it. */
export const RELEASE_TITLE = /^[^\s。、]{2,60}について$/;

/**
 * A strong cue of any kind first; then a run of day entries (an activity page, even when its
 * entries say 「防衛省」 and 「…について」); then two weak cues of one kind.
 */
function kindFromText(head: string, title: string | undefined): Found<SourceKind> {
  const text = `${title ?? ''}\n${head}`;
  // The title line first: 「…のアジア安全保障会議出席について(概要)」 is a release even when its speech
  // says 「日本の防衛」 a few lines down.
  const first = title ?? head.split('\n').find((l) => l.trim()) ?? '';
  for (const source of [first, text]) {
    for (const { kind, strong } of KIND_CUES) {
      const cue = strong.find((c) => source.includes(c));
      if (cue) return { value: kind, from: 'text', cue };
    }
  }
  const entries = head.match(DAY_ENTRY)?.length ?? 0;
  if (entries >= 3) return { value: 'activity', from: 'text', cue: `${entries} lines opening with a day` };
  // 「日豪防衛相会談について」: a title that names its topic is a release's, though its field lines 「1 日時」「2 場所」 are
  // a conference's weak cues too (codebook 512).
  if (RELEASE_TITLE.test(first.trim())) return { value: 'press-release', from: 'text', cue: `title ${first.trim()}` };
  for (const { kind, weak } of KIND_CUES) {
    const weakHits = weak.filter((c) => text.includes(c));
    if (weakHits.length >= 2) return { value: kind, from: 'text', cue: weakHits.join(' + ') };
  }
  return undefined;
}

function kindFromFileName(name: string): Found<SourceKind> {
  for (const { kind, filename } of KIND_CUES) {
    const cue = filename.find((c) => name.includes(c));
    if (cue) return { value: kind, from: 'filename', cue };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Publication date

const ISO_DATE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?/;

function publishedFromMeta(meta: string | undefined): Found<PartialDate> {
  if (!meta) return undefined;
  const m = ISO_DATE.exec(meta.trim());
  if (m) {
    const date = [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
    if (PUBLISHED_RE.test(date)) return { value: date, from: 'html', cue: `meta ${meta.trim()}` };
  }
  const written = firstDate(meta, 1);
  return written ? { value: written, from: 'html', cue: `meta ${meta.trim()}` } : undefined;
}

/** 「令和3年版」「平成19年版」「2021年版」, with or without 防衛白書 after it. */
const EDITION = /(?:(令和|平成|昭和)(元|\d{1,2}|[一二三四五六七八九十]+)|(\d{4}))\s*年版/;
/** 「防衛白書 2021」「日本の防衛 2021」. */
const EDITION_TITLE = /(?:防衛白書|日本の防衛)[\s　]*(\d{4})/;
/** An activity page's month: 「令和3年4月の大臣の活動」「2021年4月 大臣の動静」. */
const ACTIVITY_MONTH = /((?:令和|平成)(?:元|\d{1,2})年|\d{4}年)\s*(\d{1,2})月[^\n]{0,12}(?:活動|動静)/;
/** 「日時 令和2年10月7日(水)」 heading a transcript or a meeting notice. */
const WHEN_LINE = /日\s*時[\s:：]*([^\n]{4,30})/;
/** A line that is only a date (with a weekday, an issuer, or 「発表」), as under a release's title. */
const DATE_LINE = /^[\s（(]*((?:(?:令和|平成|昭和)(?:元|\d{1,2})|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[\s（(]*[月火水木金土日]?[）)]?[\s　]*(?:防衛省|統合幕僚監部|[陸海空]上幕僚監部|発表|現在)?[\s　]*$/m;

/** An activity page's month heading on a line of its own (「2021年5月」「令和3年5月」) over entries that write no year. */
const MONTH_HEADING = /^[\s　]*((?:令和|平成)(?:元|\d{1,2})年|\d{4}年)\s*(\d{1,2})月[\s　]*$/m;

function publishedFromText(head: string, title: string | undefined, kind: SourceKind): Found<PartialDate> {
  const text = `${title ?? ''}\n${head}`;
  const when = WHEN_LINE.exec(text);
  const whenDate = when && firstDate(when[1], 3);
  if (whenDate) return { value: whenDate, from: 'text', cue: when![0].trim() };

  const dateLine = DATE_LINE.exec(head);
  const lineDate = dateLine && firstDate(dateLine[1], 3);
  if (lineDate) return { value: lineDate, from: 'text', cue: dateLine![1] };

  const activity = ACTIVITY_MONTH.exec(text);
  const activityDate = activity && firstDate(`${activity[1]}${activity[2]}月`, 2);
  if (activityDate) return { value: activityDate, from: 'text', cue: activity![0] };
  // 「大臣の動静」 then 「2021年5月」: the month its entries (「5月10日」「12日（水）」) are of (codebook 513).
  const month = kind === 'activity' ? MONTH_HEADING.exec(head) : null;
  const monthDate = month && firstDate(`${month[1]}${month[2]}月`, 2);
  if (monthDate) return { value: monthDate, from: 'text', cue: month![0].trim() };

  const edition = EDITION.exec(text);
  if (edition) {
    const year = firstDate(edition[0].replace(/版$/, ''), 1);
    if (year) return { value: year.slice(0, 4), from: 'text', cue: edition[0] };
  }
  const editionTitle = EDITION_TITLE.exec(text);
  if (editionTitle) return { value: editionTitle[1], from: 'text', cue: editionTitle[0] };
  return undefined;
}

/** The first date written in `s` with at least `parts` parts (1 = year, 2 = month, 3 = day). */
function firstDate(s: string, parts: 1 | 2 | 3): PartialDate | undefined {
  const { mentions } = parseTimeExpressions(s, {});
  for (const m of mentions) {
    const d = m.dates[0];
    if (m.kind === 'point' && d && !m.relative && d.split('-').length >= parts) return d;
  }
  return undefined;
}

/** 20201222, 2020-12-22, 2020_12_22 in a file name; …/2020/1007a.html (a year folder, a month-day name). */
const NAME_YMD = /(?<!\d)(19[89]\d|20\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?!\d)/;
const FOLDER_YEAR_MMDD = /(?<!\d)(19[89]\d|20\d\d)\/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[a-z_.-])/;
/** wp2021, dow2021, hakusho2021, h2021: an edition's year. */
const NAME_EDITION = /(?:wp|dow|hakusho|whitepaper)[-_]?(19[89]\d|20\d\d)(?!\d)/;
const NAME_YM = /(?<!\d)(19[89]\d|20\d\d)[-_](0[1-9]|1[0-2])(?![\d])/;

function publishedFromFileName(file: string): Found<PartialDate> {
  const p = file.replace(/\\/g, '/').toLowerCase();
  const base = path.posix.basename(p);
  let m = NAME_YMD.exec(base) ?? FOLDER_YEAR_MMDD.exec(p);
  if (m) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (PUBLISHED_RE.test(date)) return { value: date, from: 'filename', cue: m[0] };
  }
  m = NAME_EDITION.exec(base);
  if (m) return { value: m[1], from: 'filename', cue: m[0] };
  m = NAME_YM.exec(base);
  if (m) return { value: `${m[1]}-${m[2]}`, from: 'filename', cue: m[0] };
  return undefined;
}
