/**
 * Lines of the decoded text and what each one looks like on its own (before context decides
 * which block it belongs to). See README.md for the classes.
 */
import { displayWidth, isSpaceCode } from '../2-normalize/chars.js';
import { isExpansionText } from '../2-normalize/index.js';
import type { LayoutRegion } from '../../model/document.js';
import type { Layout } from './layout.js';
import { isSpeakerLabel } from './speakers.js';

export const enum LineClass {
  Blank,
  Body,
  /** A spliced abbreviation expansion (a line of English words): running text, never a caption. */
  Expansion,
  Heading,
  /** 「…第1節」: opens a 節 the first time, page furniture afterwards. */
  SectionTitle,
  Footnote,
  /** A line starting with a tab: the indented continuation of a footnote. */
  FootnoteIndent,
  Reference,
  /** 「参照」: the margin box of cross-references; floats follow it. */
  ReferenceMarker,
  PageReference,
  Media,
  Caption,
  /** A caption line ending in a tab: the caption goes on on the next line. */
  CaptionOpen,
  /** Wider than the body column and nothing else: a caption or float text. */
  Wide,
  FigureTitle,
  /** 「VOICE」 or a title ending in 「解説」: the end of a sidebar column. */
  SidebarEnd,
  /** A VOICE writer's unit and location 「…（神奈川県横須賀市）」. */
  WriterUnit,
  Furniture,
}

export interface SourceLine {
  index: number;
  /** Original offsets of the line (without its line feed) and of its trimmed content. */
  start: number;
  end: number;
  cs: number;
  ce: number;
  /** Trimmed content. */
  text: string;
  /** Starts with an ASCII space: in the sample, body text resuming after a float. */
  lead: boolean;
  /** Ends in a tab after its content. */
  tabEnd: boolean;
  width: number;
  cls: LineClass;
  /** For headings: level, marker and the title as written on this line. */
  level?: number;
  marker?: string;
  title?: string;
  /** For a laid-out source (PDF): the layout region the line belongs to (regions.ts). */
  region?: LayoutRegion;
}

export function readLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let pos = 0;
  for (let index = 0; ; index++) {
    const nl = text.indexOf('\n', pos);
    let end = nl < 0 ? text.length : nl;
    if (end > pos && text.charCodeAt(end - 1) === 0x0d) end--;
    let cs = pos;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    const t = text.slice(cs, ce);
    lines.push({
      index,
      start: pos,
      end,
      cs,
      ce,
      text: t,
      lead: cs < end && text.charCodeAt(pos) === 0x20,
      tabEnd: hasTab(text, ce, end),
      width: displayWidth(text, cs, ce),
      cls: LineClass.Blank,
    });
    if (nl < 0) break;
    pos = nl + 1;
  }
  return lines;
}

/** Whether text[from, to) holds a tab (no slice: this runs for every line). */
function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x09) return true;
  return false;
}

/**
 * The body column width: the most common line width, if enough lines share it for the text
 * to be column-wrapped at all (clean text and HTML give Infinity: no width rules).
 */
export function estimateColumnWidth(lines: SourceLine[]): number {
  // counts[w]: lines of rounded width w (only widths 8–60 count).
  const counts = new Int32Array(62);
  let total = 0;
  for (const l of lines) {
    if (l.width < 8 || l.width > 60) continue;
    counts[Math.round(l.width)]++;
    total++;
  }
  let best = 0;
  let bestCount = 0;
  // Ties go to the wider width.
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] > 0 && counts[k] >= bestCount) {
      best = k;
      bestCount = counts[k];
    }
  }
  // Justified columns put most lines at the same width (±1 for hanging punctuation).
  const near = (best > 0 ? counts[best - 1] : 0) + bestCount + counts[best + 1];
  if (total < 20 || near < total * 0.3) return Infinity;
  // A web page's photo log gives many short lines of one width (「参加国等との集合写真」): a sentence that ends on a line
  // four times that width and more (「航空支援集団は、…を図りました。」) says the text is not wrapped to it (codebook 360). A
  // printed page's footnotes run to two and a half columns (FOOTNOTE_COLUMNS in index.ts), a little more with their marks.
  if (lines.some((l) => l.width > WEB_LINE_COLUMNS * best && SENTENCE_END.test(l.text))) return Infinity;
  return best;
}

/** How many columns wide a line that closes a sentence shows the text unwrapped. */
const WEB_LINE_COLUMNS = 4;
/** A line that closes a sentence. */
const SENTENCE_END = /。[」）)]?\s*$/;

/**
 * In text that is not column-wrapped, a heading numbered with an ASCII space (「1 インドネシア」): a title of at most 30
 * characters with no comma, stop, colon or bracket of a sentence, that does not start with a digit or a date (codebook 376).
 */
const WEB_HEADING = /^([0-9０-９]{1,2}) (?![0-9０-９])([^\s、。，：:「」『』]{2,30})$/u;

/** Three wide characters each followed by a single space: a letter-spaced line. */
const LETTER_SPACED = /[^\x00-\x7f] [^\x00-\x7f] [^\x00-\x7f] /;
/** A space between two wide characters. */
const WIDE_GAP = /(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g;

export function classifyLines(lines: SourceLine[], layout: Layout, columnWidth: number, raw: string): void {
  for (const l of lines) l.cls = classify(l, layout, columnWidth, raw);
  markVerticalHeads(lines, layout.verticalHeadMinRun);
  if (!Number.isFinite(columnWidth)) markWebHeadings(lines);
}

/**
 * A web page's headings numbered with an ASCII space (「1 インドネシア」「2 最近の主要な防衛交流実績など」), each a line of its
 * own between blank lines (codebook 376). A transcript's parts (「1 発表事項」「2 質疑応答」, or any such line on a page
 * with speakers' labels) and a talk's topics (「2 …について」) stay as they were read.
 */
function markWebHeadings(lines: SourceLine[]): void {
  if (lines.some((l) => isSpeakerLabel(l.text))) return;
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k].cls === LineClass.Blank;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.cls !== LineClass.Body || !blank(k - 1) || !blank(k + 1)) continue;
    const web = WEB_HEADING.exec(l.text);
    if (!web || NOT_A_SECTION.test(web[2])) continue;
    l.cls = LineClass.Heading;
    l.level = 3;
    l.marker = web[1];
    l.title = web[2];
  }
}

/** A talk's topic (「…について」) or a press conference's part (「発表事項」「質疑応答」): read as before, no section. */
const NOT_A_SECTION = /について$|^(?:発表事項|質疑応答)$/;

function classify(l: SourceLine, layout: Layout, columnWidth: number, raw: string): LineClass {
  const t = l.text;
  if (!t) return LineClass.Blank;
  if (layout.footnote.test(t)) return LineClass.Footnote;
  // An indented line goes on a footnote (「⟶ 3　この協定は…」 is not a heading), unless it is a caption.
  if (raw.charCodeAt(l.start) === 0x09 && !layout.captionEnd.test(t)) return LineClass.FootnoteIndent;
  if (layout.furniture.test(t)) return LineClass.Furniture;
  const section = layout.sectionRunningTitle.exec(t);
  if (section) {
    l.level = 1;
    l.marker = section[0].replace(/\s+/g, '');
    l.title = t.slice(0, section.index).trimEnd();
    return LineClass.SectionTitle;
  }
  // A letter-spaced heading (「（ ２ ） 最 近 の …」) is read with its spacing removed.
  const unspaced = LETTER_SPACED.test(t) ? t.replace(WIDE_GAP, '') : t;
  for (const h of layout.headings) {
    const m = h.pattern.exec(unspaced);
    if (m) {
      l.level = h.level;
      l.marker = m[1];
      l.title = m[2];
      return LineClass.Heading;
    }
  }
  if (layout.referenceMarker.test(t)) return LineClass.ReferenceMarker;
  if (layout.reference.test(t)) return LineClass.Reference;
  if (layout.pageReference.test(t)) return LineClass.PageReference;
  if (layout.media.test(t)) return LineClass.Media;
  if (layout.figureTitle.test(t)) return LineClass.FigureTitle;
  if (layout.sidebarEnd.test(t)) return LineClass.SidebarEnd;
  if (layout.sidebarWriterUnit.test(t)) return LineClass.WriterUnit;
  if (layout.captionEnd.test(t) || (!Number.isFinite(columnWidth) && layout.webCaptionEnd.test(t))) return LineClass.Caption;
  if (l.tabEnd) return LineClass.CaptionOpen;
  if (isExpansionText(t)) return LineClass.Expansion;
  if (l.width > columnWidth + 2) return LineClass.Wide;
  return LineClass.Body;
}

/** Runs of one-character lines (安/全/保/障/協/力, 第/3/章) are a running head set vertically. */
function markVerticalHeads(lines: SourceLine[], minRun: number): void {
  let runStart = -1;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= minRun) {
      for (let k = runStart; k < end; k++) lines[k].cls = LineClass.Furniture;
    }
    runStart = -1;
  };
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text;
    const single = t.length === 1 || (t.length === 2 && t.charCodeAt(0) >= 0xd800 && t.charCodeAt(0) <= 0xdbff);
    if (single && runStart < 0) runStart = k;
    else if (!single) close(k);
  }
  close(lines.length);
}
