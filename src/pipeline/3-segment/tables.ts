/**
 * Tables given as CSV. The white paper publishes its appendix tables (資料) as .csv files: a document
 * whose text is mostly records of one width is a table, read by csv-parse into one row per record,
 * each cell with the original offsets of its value. Stage 7 reads the rows (7-events/table-rows.ts).
 *
 * The same CSV may arrive with its line breaks flattened to spaces (a search excerpt, a copy from a
 * page): 「…,,, ,17.11,…訪問,,, ,18.5,…」. Its rows are recovered from the table's width: a row of n
 * cells holds n−1 commas, so the text between the (k·(n−1))th comma and the next holds the last cell
 * of one row, a space (the flattened line break) and the first cell of the next. The width is the
 * smallest for which every such stretch holds an unquoted space; the space turns back into a line
 * break (one character for one: offsets stay), and the text is parsed as any CSV.
 */
import { parse } from 'csv-parse/sync';
import type { TableCell } from '../../model/document.js';
import type { Span } from '../../model/span.js';

export interface CsvRow {
  /** The row's text in the original, its line break excluded. */
  span: Span;
  cells: TableCell[];
}

/** Fewer commas than this: no table worth reading. */
const MIN_COMMAS = 6;
/** A table has at least this many rows of its width, and this many columns. */
const MIN_ROWS = 3;
const MIN_WIDTH = 3;
const MAX_WIDTH = 40;
/** Share of the text's non-blank characters on lines with two commas or more, and of its records of the table's width. */
const TABLE_SHARE = 0.6;
/** In a flattened table, cells that open with a space (prose: 「a, b, c」) are rare. */
const MAX_SPACED_CELLS = 0.1;

const COMMA = 0x2c;
const QUOTE = 0x22;
const SPACE = 0x20;

/** The rows of `text` when it is a table given as CSV (with its line breaks or flattened), else undefined. */
export function readCsvTable(text: string): CsvRow[] | undefined {
  if (!looksTabular(text)) return undefined;
  // 「\r\n」 becomes 「 \n」 and a lone 「\r」 「\n」: one character for one, so offsets stay the original's.
  const working = text.includes('\r') ? text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')) : text;
  const direct = tableRows(working);
  if (direct) return direct;
  const chars = working.split('');
  let recovered = false;
  let lineStart = 0;
  for (const line of working.split('\n')) {
    for (const at of flattenedRowBreaks(line)) {
      chars[lineStart + at] = '\n';
      recovered = true;
    }
    lineStart += line.length + 1;
  }
  return recovered ? tableRows(chars.join('')) : undefined;
}

/** Cheap check before parsing: most of the text stands on lines with two commas or more. */
function looksTabular(text: string): boolean {
  let commas = 0;
  for (let i = 0; i < text.length && commas < MIN_COMMAS; i++) if (text.charCodeAt(i) === COMMA) commas++;
  if (commas < MIN_COMMAS) return false;
  // Per line: its characters other than white space (what /\s/ matches), and whether it holds two commas.
  // One walk, no line strings: a long document with a few commas is not a table, and is read whole here.
  let all = 0;
  let tabular = 0;
  let solid = 0;
  let lineCommas = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : LINE_FEED;
    if (c === LINE_FEED) {
      all += solid;
      if (lineCommas >= 2) tabular += solid;
      solid = 0;
      lineCommas = 0;
      // Even if every character left were on table lines, the share could not reach TABLE_SHARE: prose.
      const left = Math.max(0, text.length - i - 1);
      if ((tabular + left) / (all + left) < TABLE_SHARE) return false;
    } else if (!isRegexSpace(c)) {
      solid++;
      if (c === COMMA) lineCommas++;
    }
  }
  return all > 0 && tabular / all >= TABLE_SHARE;
}

const LINE_FEED = 0x0a;

/** What /\s/ matches: ASCII white space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

interface Record_ {
  record: string[];
  raw: string;
}

/** Parse `working` (the original, one character for one, with its line breaks restored) and keep it when it has the shape of a table. */
function tableRows(working: string): CsvRow[] | undefined {
  const records: Record_[] = [];
  try {
    parse(working, {
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: '\n',
      // With `raw`, each record comes as { record, raw } (the typings know only the array).
      on_record: (r: unknown) => {
        records.push(r as Record_);
        return null;
      },
    });
  } catch {
    // A quote left open at the end (a text cut short): the records before it stand.
  }
  const filled = records.filter((r) => r.record.some((c) => c.trim()));
  const widths = new Map<number, number>();
  for (const r of filled) widths.set(r.record.length, (widths.get(r.record.length) ?? 0) + 1);
  let width = 0;
  let count = 0;
  for (const [w, n] of widths) if (n > count || (n === count && w > width)) [width, count] = [w, n];
  if (width < MIN_WIDTH || count < MIN_ROWS || count / filled.length < TABLE_SHARE) return undefined;

  const rows: CsvRow[] = [];
  let offset = 0;
  for (const r of records) {
    const start = offset;
    offset += r.raw.length;
    if (!r.record.some((c) => c.trim())) continue;
    const cells = cellSpans(start, r);
    // The text ends inside a row (an excerpt cut short): its last cell may be cut too, and is left out.
    if (offset === working.length && !/\n\s*$/.test(r.raw) && cells.length < width) cells.pop();
    rows.push({ span: { start: start + leadingSpace(r.raw), end: start + r.raw.trimEnd().length }, cells });
  }
  return rows;
}

const leadingSpace = (s: string): number => s.length - s.trimStart().length;

/** Each cell's value and the original span of that value (inside its quotes, spaces trimmed). */
function cellSpans(start: number, r: Record_): TableCell[] {
  const { raw, record } = r;
  const cells: TableCell[] = [];
  let pos = 0;
  for (const value of record) {
    let a: number;
    let b: number;
    if (raw.charCodeAt(pos) === QUOTE) {
      a = pos + 1;
      b = a;
      while (b < raw.length) {
        if (raw.charCodeAt(b) === QUOTE) {
          if (raw.charCodeAt(b + 1) === QUOTE) b += 2;
          else break;
        } else b++;
      }
      pos = b + 1;
    } else {
      a = pos;
      b = pos + value.length;
      pos = b;
    }
    // On to the next cell: past its comma (a value the parser read otherwise: the next comma).
    if (pos < raw.length && raw.charCodeAt(pos) !== COMMA) {
      const comma = raw.indexOf(',', pos);
      pos = comma < 0 ? raw.length : comma;
    }
    pos++;
    while (a < b && /\s/.test(raw[a])) a++;
    while (b > a && /\s/.test(raw[b - 1])) b--;
    cells.push({ text: value.trim(), span: { start: start + a, end: start + b } });
  }
  return cells;
}

/**
 * Where the line breaks of a flattened table were (indices into `line`), or none when the line is not
 * one: the smallest width n ≥ 3 for which every n−1-th comma-separated stretch holds an unquoted space.
 */
export function flattenedRowBreaks(line: string): number[] {
  const segments = unquotedSegments(line);
  if (segments.length < MIN_COMMAS) return [];
  for (let width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
    const step = width - 1;
    if ((segments.length - 1) / step < MIN_ROWS - 1) break;
    const breaks: number[] = [];
    let fits = true;
    for (let s = step; s < segments.length; s += step) {
      const seg = segments[s];
      if (!seg.spaces.length) {
        // The text may end inside the last row.
        if (s === segments.length - 1) break;
        fits = false;
        break;
      }
      const endsSpaced = seg.spaces[seg.spaces.length - 1] === seg.end - 1;
      breaks.push(endsSpaced || seg.spaces[0] !== seg.start ? seg.spaces[seg.spaces.length - 1] : seg.spaces[0]);
    }
    if (!fits || breaks.length < MIN_ROWS - 1) continue;
    // Prose with commas (「a, b, c」) fits any width: its cells open with a space, a table's do not.
    let spaced = 0;
    let inner = 0;
    segments.forEach((seg, i) => {
      if (i % step === 0) return;
      inner++;
      if (line.charCodeAt(seg.start) === SPACE) spaced++;
    });
    if (inner && spaced / inner > MAX_SPACED_CELLS) return [];
    return breaks;
  }
  return [];
}

interface Segment {
  start: number;
  end: number;
  /** Unquoted spaces inside it. */
  spaces: number[];
}

/** The stretches of `line` between unquoted commas. A quote opens a quoted cell at a stretch's start or after a space (a flattened line break). */
function unquotedSegments(line: string): Segment[] {
  const segments: Segment[] = [];
  let seg: Segment = { start: 0, end: 0, spaces: [] };
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (line.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      }
      continue;
    }
    if (c === QUOTE && (i === seg.start || line.charCodeAt(i - 1) === SPACE)) quoted = true;
    else if (c === COMMA) {
      seg.end = i;
      segments.push(seg);
      seg = { start: i + 1, end: i + 1, spaces: [] };
    } else if (c === SPACE) seg.spaces.push(i);
  }
  seg.end = line.length;
  segments.push(seg);
  return segments;
}
