/**
 * Rows in reading order → the text rendering that every offset points into, with the page spans
 * and the typed regions the segmenter follows (model/document.ts SourceLayout).
 *
 * The rendering keeps the PDF's lines. A blank line is a paragraph break the layout shows (an
 * indented first line, a wider gap, a heading); a single line break is not. Regions are whole
 * lines: furniture, captions and footnotes where they stand in the reading order, a heading's
 * lines together, and each reading on a line of its own right after the line it is printed over.
 */
import type { LayoutRegion, LayoutRegionType, PageSpan } from '../../../model/document.js';
import { isWideChar, NOTE_MARK } from './chars.js';
import type { DocumentLayout, Glyph, PageLayout, Row } from './layout.js';

export interface Rendering {
  text: string;
  pages: PageSpan[];
  regions: LayoutRegion[];
  /** Characters of running text, headings, captions and footnotes (furniture and readings aside). */
  contentChars: number;
}

/** A gap between two characters wider than this many ems is an ideographic space. */
const WIDE_SPACE = 0.7;
/** Between two narrow characters (Latin words), a gap wider than this many ems is a space. */
const WORD_SPACE = 0.15;
/** A vertical step larger than this many line pitches starts a new paragraph. */
const PARAGRAPH_GAP = 1.45;
/** A first line set in by this many ems starts a new paragraph. */
const INDENT = 0.5;
/** A line that ends a sentence. */
const SENTENCE_END = /(?:[。．！？!?]|[。．][」』）)]+)$/;

export function renderLayout(layout: DocumentLayout): Rendering {
  const r = new Renderer(linePitch(layout));
  for (const page of layout.pages) r.page(page);
  r.flushHeld();
  return { text: r.text, pages: r.pages, regions: r.regions, contentChars: r.contentChars };
}

/** The usual distance between two lines of running text (median over consecutive body rows). */
function linePitch(layout: DocumentLayout): number {
  const steps: number[] = [];
  for (const p of layout.pages) {
    for (let k = 1; k < p.rows.length; k++) {
      const a = p.rows[k - 1];
      const b = p.rows[k];
      if (a.role === 'body' && b.role === 'body' && a.column === b.column && b.y > a.y) steps.push(b.y - a.y);
    }
  }
  if (!steps.length) return 1.7 * layout.bodySize;
  steps.sort((a, b) => a - b);
  return steps[steps.length >> 1];
}

interface Pending {
  reading: string;
  base: { start: number; end: number };
  page: number;
  /** The base starts the line / ends it. */
  opensLine: boolean;
  endsLine: boolean;
}

class Renderer {
  text = '';
  readonly pages: PageSpan[] = [];
  readonly regions: LayoutRegion[] = [];
  contentChars = 0;
  /** The last row of running text, while nothing but furniture and readings came after it. */
  private lastBody: Row | null = null;
  /** What was emitted last: paragraph text, or a region of some type. */
  private last: 'body' | LayoutRegionType | null = null;
  /** Whether that row filled its column, and its text. */
  private lastBodyFull = false;
  private lastBodyText = '';
  /** The reading of a name broken at the end of the last line, waiting for its other part. */
  private held: Pending | null = null;

  constructor(private readonly pitch: number) {}

  page(page: PageLayout): void {
    const start = this.text.length + (this.text.length && !this.text.endsWith('\n') ? 1 : 0);
    const edges = columnEdges(page);
    const rows = page.rows;
    for (let k = 0; k < rows.length; ) {
      const row = rows[k];
      if (row.role !== 'body' || this.startsParagraph(row, edges)) this.flushHeld();
      if (row.role === 'furniture') {
        k = this.group(rows, k, 'furniture', page.number, (a, b) => b.role === 'furniture');
      } else if (row.role === 'large') {
        this.blankLine();
        k = this.group(rows, k, 'heading', page.number, (a, b) => b.role === 'large' && b.column === a.column && Math.abs(b.size - a.size) < 0.3);
        this.lastBody = null;
      } else if (row.role === 'small') {
        const type = NOTE_MARK.test(lineText(row).text) ? 'footnote' : 'caption';
        k = this.group(rows, k, type, page.number, (a, b) =>
          b.role === 'small' &&
          (b.column === a.column || Math.abs(b.x0 - a.x0) < a.size) &&
          b.y > a.y &&
          b.y - a.y <= 2.2 * a.size &&
          !NOTE_MARK.test(lineText(b).text),
        );
      } else {
        if (this.startsParagraph(row, edges)) this.blankLine();
        else this.newLine();
        this.row(row, page.number);
        this.last = 'body';
        this.lastBody = row;
        const right = edges.get(row.column)?.right ?? row.x1;
        this.lastBodyFull = row.x1 >= right - 0.5 * row.size;
        this.lastBodyText = lineText(row).text;
        k++;
      }
    }
    if (this.text.length > start) this.pages.push({ page: page.number, span: { start, end: this.text.length } });
  }

  /**
   * Whether a body row starts a paragraph, rather than going on with the last one: an indented
   * first line after a line that ended short or ended a sentence (a line set in under a full
   * line is a hanging indent, as in a list), or a wider step than the line pitch.
   */
  private startsParagraph(row: Row, edges: Map<number, ColumnEdges>): boolean {
    if (this.last === 'heading' || !this.lastBody) return true;
    const left = edges.get(row.column)?.left ?? row.x0;
    if (row.x0 - left >= INDENT * row.size && (!this.lastBodyFull || SENTENCE_END.test(this.lastBodyText))) return true;
    const prev = this.lastBody;
    return prev.column === row.column && row.y > prev.y && row.y - prev.y > PARAGRAPH_GAP * this.pitch && this.last === 'body';
  }

  /** Rows from `k` on while `same(first, next)` holds, as one region of `type`. */
  private group(rows: Row[], k: number, type: LayoutRegionType, page: number, same: (a: Row, b: Row) => boolean): number {
    this.newLine();
    const start = this.text.length;
    let end = k + 1;
    while (end < rows.length && same(rows[end - 1], rows[end])) end++;
    for (let j = k; j < end; j++) {
      if (j > k) this.text += '\n';
      const { text } = lineText(rows[j]);
      this.text += text;
      if (type !== 'furniture') this.contentChars += text.length;
    }
    this.regions.push({ type, span: { start, end: this.text.length }, page });
    this.last = type;
    // A heading's readings follow it; other regions' readings are dropped with them.
    return end;
  }

  /**
   * A line of running text, then a line for each reading printed over it. A name broken at the
   * end of the line (鄭 | 景斗) has its reading broken too: the part over the line's last
   * characters waits for the part over the next line's first ones, and they make one reading.
   */
  private row(row: Row, page: number): void {
    const start = this.text.length;
    const { text, offsets } = lineText(row);
    this.text += text;
    this.contentChars += text.length;
    const last = row.glyphs.length - 1;
    const readings: Pending[] = [];
    for (const ruby of row.rubies) {
      const under: number[] = [];
      row.glyphs.forEach((g, i) => {
        const c = (g.x0 + g.x1) / 2;
        if (c >= ruby.x0 - 0.1 * g.size && c <= ruby.x1 + 0.1 * g.size) under.push(i);
      });
      if (!under.length) continue;
      const a = under[0];
      const b = under[under.length - 1];
      readings.push({
        reading: lineText({ glyphs: ruby.glyphs, size: row.size }).text.replace(/[\s\u3000]/gu, ''),
        base: { start: start + offsets[a], end: start + offsets[b] + row.glyphs[b].ch.length },
        page,
        opensLine: a === 0,
        endsLine: b === last,
      });
    }
    const held = this.held;
    this.held = null;
    if (held && readings[0]?.opensLine) {
      const first = readings.shift()!;
      readings.unshift({ ...first, reading: held.reading + first.reading, base: { start: held.base.start, end: first.base.end }, page: held.page });
    } else if (held) readings.unshift(held);
    const tail = readings[readings.length - 1];
    if (tail?.endsLine) this.held = readings.pop()!;
    for (const r of readings) this.reading(r);
  }

  /** A reading on a line of its own. */
  private reading(r: Pending): void {
    this.newLine();
    const at = this.text.length;
    this.text += r.reading;
    this.regions.push({ type: 'reading', span: { start: at, end: this.text.length }, page: r.page, base: r.base });
  }

  /** A reading held for the next line that is not running text after all: written where it is. */
  flushHeld(): void {
    if (this.held) this.reading(this.held);
    this.held = null;
  }

  private newLine(): void {
    if (this.text.length && !this.text.endsWith('\n')) this.text += '\n';
  }

  private blankLine(): void {
    if (!this.text.length) return;
    this.newLine();
    if (!this.text.endsWith('\n\n')) this.text += '\n';
  }
}

interface ColumnEdges {
  left: number;
  right: number;
}

/**
 * Each column's edges: where most of its running-text rows start and end (the lower quartile of
 * the starts, the upper quartile of the ends: indents and short last lines do not move them).
 */
function columnEdges(page: PageLayout): Map<number, ColumnEdges> {
  const byColumn = new Map<number, Row[]>();
  for (const r of page.rows) {
    if (r.role === 'body') byColumn.set(r.column, [...(byColumn.get(r.column) ?? []), r]);
  }
  const edges = new Map<number, ColumnEdges>();
  for (const [k, rows] of byColumn) {
    const lefts = rows.map((r) => r.x0).sort((a, b) => a - b);
    const rights = rows.map((r) => r.x1).sort((a, b) => b - a);
    const q = Math.floor((rows.length - 1) / 4);
    edges.set(k, { left: lefts[q], right: rights[q] });
  }
  return edges;
}

/** The row's characters left to right, with a space where the gap between two is a space. */
export function lineText(row: Pick<Row, 'glyphs' | 'size'>): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let prev: Glyph | undefined;
  for (const g of row.glyphs) {
    if (prev) {
      const em = Math.max(prev.size, g.size, row.size * 0.5);
      const gap = g.x0 - prev.x1;
      const wide = isWideChar(prev.ch) || isWideChar(g.ch);
      if (gap > WIDE_SPACE * em && wide) text += '\u3000';
      else if (gap > WORD_SPACE * em && !wide) text += ' ';
    }
    offsets.push(text.length);
    text += g.ch;
    prev = g;
  }
  return { text, offsets };
}
