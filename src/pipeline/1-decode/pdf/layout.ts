/**
 * Page geometry → rows in reading order, each with a role. Pure: text runs with positions and
 * type sizes in, no PDF library. See README.md for the rules and their thresholds.
 */
import { isBlankChar, isKanaChar, isWideChar, meantChar } from './chars.js';
import type { PdfPage, TextRun } from './types.js';

/** One character placed on the page (top-down coordinates, points). */
export interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

/**
 * What a row is: running text ('body'), larger type ('large': headings), smaller type ('small':
 * captions and footnotes) or page furniture (running heads, page numbers, margin tabs).
 */
export type RowRole = 'body' | 'large' | 'small' | 'furniture';

export interface Ruby {
  /** The reading's characters, left to right. */
  glyphs: Glyph[];
  x0: number;
  x1: number;
}

export interface Row {
  /** Left to right. */
  glyphs: Glyph[];
  /** Baseline and type size of the row's main text (superscripts ride on it). */
  y: number;
  size: number;
  x0: number;
  x1: number;
  /** Column index, left to right; -1 for a row across the columns. */
  column: number;
  role: RowRole;
  /** Readings printed over characters of this row. */
  rubies: Ruby[];
}

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  /** Column left edges, left to right (one entry for a single-column page). */
  columnLefts: number[];
  /** In reading order. */
  rows: Row[];
}

export interface DocumentLayout {
  /** The running text's type size: the size most characters are set in. */
  bodySize: number;
  pages: PageLayout[];
}

/** A gap wider than this many ems splits a row into pieces (joined again within a column). */
const SPLIT_GAP = 0.8;
/** Baselines within this many ems are one row. */
const SAME_BASELINE = 0.2;
/** Type this much smaller than the body is small type; this much larger is large type. */
const SMALL = 0.88;
const LARGE = 1.04;
/** Furigana are set at most this many times smaller than the text they read (50 % by default). */
const RUBY_RATIO = 1.3;
/** Top and bottom bands of the page where running heads and page numbers sit. */
const EDGE_BAND = 0.1;

export function layoutDocument(pages: PdfPage[]): DocumentLayout {
  const glyphsByPage = pages.map((p) => p.runs.filter((r) => !r.rotated && !r.vertical).flatMap(explodeRun));
  const bodySize = dominantSize(glyphsByPage.flat());
  const laid = pages.map((p, k) => layoutPage(p, glyphsByPage[k], bodySize));
  markRepeatedFurniture(laid, bodySize);
  for (const page of laid) page.rows = readingOrder(page.rows, page.height);
  return { bodySize, pages: laid };
}

/**
 * A run's characters with their own extents: the run's advance is shared among its characters
 * by their nominal widths (an em for wide characters, half for narrow ones); whitespace takes
 * what is left and is dropped.
 */
export function explodeRun(run: TextRun): Glyph[] {
  const chars = [...run.text];
  const nominal = chars.map((c) => (isBlankChar(c) ? 0 : isWideChar(c) ? 1 : 0.5) * run.size);
  const inked = nominal.reduce((a, b) => a + b, 0);
  const blanks = chars.filter(isBlankChar).length;
  if (inked === 0) return [];
  // Characters keep their nominal width unless the run is narrower; blanks share the rest. A run
  // without an advance (some producers give none) is taken at its nominal widths.
  const scale = run.width <= 0 ? 1 : blanks === 0 || inked > run.width ? run.width / inked : 1;
  const blankWidth = blanks === 0 ? 0 : Math.max(0, run.width - inked * scale) / blanks;
  const glyphs: Glyph[] = [];
  let x = run.x;
  chars.forEach((c, i) => {
    const w = isBlankChar(c) ? blankWidth : nominal[i] * scale;
    if (!isBlankChar(c)) glyphs.push({ ch: meantChar(c), x0: x, x1: x + w, y: run.y, size: run.size });
    x += w;
  });
  return glyphs;
}

/** The size most characters are set in (rounded to a quarter point). */
function dominantSize(glyphs: Glyph[]): number {
  const counts = new Map<number, number>();
  for (const g of glyphs) {
    const s = Math.round(g.size * 4) / 4;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [s, n] of counts) if (n > bestCount || (n === bestCount && s > best)) [best, bestCount] = [s, n];
  return best || 10;
}

function layoutPage(page: PdfPage, glyphs: Glyph[], bodySize: number): PageLayout {
  const pieces = attachRaised(splitPieces(glyphs));
  const rows = pieces.rows;
  const columnLefts = findColumns(rows, bodySize);
  for (const r of rows) r.column = columnOf(r, columnLefts, bodySize);
  const merged = mergeRows(rows);
  for (const r of merged) r.role = roleOf(r, bodySize);
  markEdgeFurniture(merged, page, bodySize);
  markMarginFurniture(merged, bodySize);
  // Sideways and vertical text (a chapter tab down the margin) is furniture.
  for (const run of page.runs) {
    if (!run.rotated && !run.vertical) continue;
    const gs = explodeRun({ ...run, rotated: false, vertical: false });
    if (gs.length) merged.push({ ...rowOf(gs), role: 'furniture' });
  }
  return { number: page.number, width: page.width, height: page.height, columnLefts, rows: merged };
}

function rowOf(glyphs: Glyph[]): Row {
  const sorted = [...glyphs].sort((a, b) => a.x0 - b.x0);
  const size = dominantSize(sorted);
  const main = sorted.filter((g) => Math.abs(g.size - size) < 0.3);
  const y = median((main.length ? main : sorted).map((g) => g.y));
  return {
    glyphs: sorted,
    y,
    size,
    x0: sorted[0].x0,
    x1: Math.max(...sorted.map((g) => g.x1)),
    column: 0,
    role: 'body',
    rubies: [],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Pieces: characters on one baseline, of one size class, without a gap wider than SPLIT_GAP ems.
 * Two columns set on the same baselines fall apart here at the gutter.
 */
function splitPieces(glyphs: Glyph[]): Row[] {
  const sorted = [...glyphs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  // Baseline groups of similar size.
  const groups: Glyph[][] = [];
  const open: { y: number; size: number; glyphs: Glyph[] }[] = [];
  for (const g of sorted) {
    let home = open.find(
      (o) => Math.abs(o.y - g.y) <= SAME_BASELINE * Math.min(o.size, g.size) && Math.max(o.size, g.size) / Math.min(o.size, g.size) <= 1.3,
    );
    if (!home) {
      home = { y: g.y, size: g.size, glyphs: [] };
      open.push(home);
      groups.push(home.glyphs);
    }
    home.glyphs.push(g);
    // Groups far above the current baseline can no longer grow.
    for (let k = open.length - 1; k >= 0; k--) if (g.y - open[k].y > 2 * open[k].size) open.splice(k, 1);
  }
  const pieces: Row[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x0 - b.x0);
    let start = 0;
    for (let k = 1; k <= group.length; k++) {
      const gap = k < group.length ? group[k].x0 - group[k - 1].x1 : Infinity;
      if (gap > SPLIT_GAP * Math.max(group[k - 1].size, group[Math.min(k, group.length - 1)].size)) {
        pieces.push(rowOf(group.slice(start, k)));
        start = k;
      }
    }
  }
  return pieces;
}

/**
 * Smaller pieces raised over a larger one: a superscript (a note number, raised less than half
 * an em) joins the row it rides on; furigana (smaller by RUBY_RATIO or more, about an em above,
 * mostly kana) are the readings of the characters under them.
 */
function attachRaised(pieces: Row[]): { rows: Row[] } {
  const byY = [...pieces].sort((a, b) => a.y - b.y);
  const absorbed = new Set<Row>();
  for (const p of byY) {
    for (const host of byY) {
      if (host === p || absorbed.has(host) || host.size / p.size < 1.1) continue;
      const rise = (host.y - p.y) / host.size;
      const cx = (p.x0 + p.x1) / 2;
      if (rise >= 0.1 && rise <= 0.65 && p.x0 >= host.x0 - host.size && p.x1 <= host.x1 + host.size) {
        host.glyphs.push(...p.glyphs);
        host.glyphs.sort((a, b) => a.x0 - b.x0);
        host.x0 = Math.min(host.x0, p.x0);
        host.x1 = Math.max(host.x1, p.x1);
        absorbed.add(p);
        break;
      }
      if (
        host.size / p.size >= RUBY_RATIO &&
        rise >= 0.6 &&
        rise <= 1.6 &&
        cx >= host.x0 - host.size / 2 &&
        cx <= host.x1 + host.size / 2 &&
        mostlyKana(p.glyphs)
      ) {
        host.rubies.push({ glyphs: p.glyphs, x0: p.x0, x1: p.x1 });
        absorbed.add(p);
        break;
      }
    }
  }
  return { rows: pieces.filter((p) => !absorbed.has(p)) };
}

function mostlyKana(glyphs: Glyph[]): boolean {
  const kana = glyphs.filter((g) => isKanaChar(g.ch) || g.ch === '・' || g.ch === 'ー').length;
  return kana >= 0.6 * glyphs.length;
}

/**
 * Column left edges: gutters are vertical bands inside the text that (almost) no row crosses,
 * with rows on both sides.
 */
function findColumns(rows: Row[], bodySize: number): number[] {
  const lines = rows.filter((r) => r.glyphs.length >= 3);
  if (lines.length < 6) return [lines.length ? Math.min(...lines.map((r) => r.x0)) : 0];
  const left = Math.min(...lines.map((r) => r.x0));
  const right = Math.max(...lines.map((r) => r.x1));
  const bins = Math.max(1, Math.ceil(right - left));
  const cover = new Int32Array(bins + 1);
  for (const r of lines) {
    for (let b = Math.floor(r.x0 - left); b < Math.ceil(r.x1 - left) && b <= bins; b++) cover[b]++;
  }
  const tolerance = Math.max(2, Math.floor(lines.length * 0.04));
  const lefts = [left];
  const margin = 0.15 * (right - left);
  let b = Math.ceil(margin);
  while (b < bins - margin) {
    if (cover[b] > tolerance) {
      b++;
      continue;
    }
    let e = b;
    while (e < bins && cover[e] <= tolerance) e++;
    const gutterLeft = left + b;
    const gutterRight = left + e;
    const width = gutterRight - gutterLeft;
    if (width >= 0.6 * bodySize) {
      const before = lines.filter((r) => r.x1 <= gutterLeft + 0.5 && r.x0 >= lefts[lefts.length - 1] - 0.5).length;
      const after = lines.filter((r) => r.x0 >= gutterRight - 0.5).length;
      if (before >= 3 && after >= 3) lefts.push(gutterRight);
    }
    b = e + 1;
  }
  return lefts;
}

/** The column a row lies in, or -1 if it crosses a gutter. */
function columnOf(r: Row, lefts: number[], bodySize: number): number {
  let k = 0;
  while (k + 1 < lefts.length && r.x0 >= lefts[k + 1] - 0.5 * bodySize) k++;
  const nextLeft = lefts[k + 1];
  return nextLeft !== undefined && r.x1 > nextLeft - 0.25 * bodySize ? -1 : k;
}

/** Pieces on one baseline in one column (or across columns) are one row again. */
function mergeRows(rows: Row[]): Row[] {
  const sorted = [...rows].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: Row[] = [];
  const used = new Set<Row>();
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i];
    if (used.has(r)) continue;
    const same: Row[] = [r];
    for (let j = i + 1; j < sorted.length && sorted[j].y - r.y <= SAME_BASELINE * r.size; j++) {
      const s = sorted[j];
      if (used.has(s) || Math.max(s.size, r.size) / Math.min(s.size, r.size) > 1.3) continue;
      same.push(s);
    }
    // Join within a column; a row across the columns takes the pieces beside it.
    const across = same.some((s) => s.column === -1);
    const byColumn = new Map<number, Row[]>();
    for (const s of same) {
      const key = across ? -1 : s.column;
      byColumn.set(key, [...(byColumn.get(key) ?? []), s]);
    }
    for (const [column, parts] of byColumn) {
      for (const p of parts) used.add(p);
      const row = rowOf(parts.flatMap((p) => p.glyphs));
      row.column = column;
      row.rubies = parts.flatMap((p) => p.rubies);
      out.push(row);
    }
  }
  return out;
}

function roleOf(r: Row, bodySize: number): RowRole {
  if (r.size < SMALL * bodySize) return 'small';
  if (r.size > LARGE * bodySize) return 'large';
  return 'body';
}

const rowText = (r: Row): string => r.glyphs.map((g) => g.ch).join('');
const PAGE_NUMBER = /^(?:[-–—‐]\s*)?(?:p\.?\s*)?\d{1,4}(?:\s*[-–—‐])?$|^\d{1,4}\s*\/\s*\d{1,4}$/i;

/**
 * Running heads and page numbers: rows in the top or bottom band of the page, set apart from the
 * text (page-number-like, or 3 body sizes away from every row above and below them). Rows that
 * recur on other pages are found across the document (markRepeatedFurniture).
 */
function markEdgeFurniture(rows: Row[], page: PdfPage, bodySize: number): void {
  const band = EDGE_BAND * page.height;
  for (const r of rows) {
    const top = r.y - r.size <= band;
    const bottom = r.y >= page.height - band;
    if (!top && !bottom) continue;
    if (PAGE_NUMBER.test(rowText(r))) {
      r.role = 'furniture';
      continue;
    }
    // The nearest row above or below (rows beside it, like the other half of a running head, aside).
    let nearest = Infinity;
    for (const c of rows) {
      const d = Math.abs(c.y - r.y);
      if (d > 0.5 * r.size && d < nearest) nearest = d;
    }
    if (nearest >= 3 * bodySize) r.role = 'furniture';
  }
}

/** Rows wholly outside the text block (a tab or a note in the margin) are furniture. */
function markMarginFurniture(rows: Row[], bodySize: number): void {
  const text = rows.filter((r) => r.role === 'body' && r.glyphs.length >= 8);
  if (!text.length) return;
  const left = Math.min(...text.map((r) => r.x0));
  const right = Math.max(...text.map((r) => r.x1));
  for (const r of rows) {
    if (r.x1 < left - 0.5 * bodySize || r.x0 > right + 0.5 * bodySize) r.role = 'furniture';
  }
}

/** Rows in the edge bands whose text (digits aside) recurs on other pages at about the same height. */
function markRepeatedFurniture(pages: PageLayout[], bodySize: number): void {
  if (pages.length < 2) return;
  const key = (r: Row): string => rowText(r).replace(/[0-9０-９]+/g, '#');
  const seen = new Map<string, { page: number; y: number }[]>();
  const edge = (p: PageLayout, r: Row) => r.y - r.size <= EDGE_BAND * p.height || r.y >= (1 - EDGE_BAND) * p.height;
  for (const p of pages) {
    for (const r of p.rows) {
      if (!edge(p, r)) continue;
      const k = key(r);
      seen.set(k, [...(seen.get(k) ?? []), { page: p.number, y: r.y }]);
    }
  }
  for (const p of pages) {
    for (const r of p.rows) {
      if (!edge(p, r)) continue;
      const others = (seen.get(key(r)) ?? []).filter((o) => o.page !== p.number && Math.abs(o.y - r.y) <= bodySize);
      if (others.length) r.role = 'furniture';
    }
  }
}

/**
 * Reading order: rows across the columns cut the page into bands, top to bottom; within a band,
 * each column top to bottom, left to right. Furniture never cuts a band: the furniture of the
 * upper half of the page comes first (running heads), that of the lower half last.
 */
function readingOrder(rows: Row[], height: number): Row[] {
  const sorted = [...rows].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const furniture = sorted.filter((r) => r.role === 'furniture');
  const out: Row[] = furniture.filter((r) => r.y < height / 2);
  const pending = new Map<number, Row[]>();
  const flush = () => {
    for (const k of [...pending.keys()].sort((a, b) => a - b)) out.push(...pending.get(k)!);
    pending.clear();
  };
  for (const r of sorted) {
    if (r.role === 'furniture') continue;
    if (r.column === -1) {
      flush();
      out.push(r);
    } else pending.set(r.column, [...(pending.get(r.column) ?? []), r]);
  }
  flush();
  out.push(...furniture.filter((r) => r.y >= height / 2));
  return out;
}
