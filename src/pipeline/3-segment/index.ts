/**
 * Stage 3: lines → typed blocks and the section tree. See README.md for the line classes and
 * the rules; the vocabulary is in data/layout/.
 */
import type { Annotation, Block, BlockType, DecodedSource, Section } from '../../model/document.js';
import { isNarrowCode, isSpaceCode } from '../2-normalize/chars.js';
import { normalizeInline, normalizeRange } from '../2-normalize/index.js';
import { extendDraft, finishDrafts, newDraft, type Draft } from './drafts.js';
import { classifyFloat, findFloatEnd, startsFloat } from './floats.js';
import { bracketBalance, headingEnd, SectionTree } from './headings.js';
import { loadLayout, type Layout } from './layout.js';
import { classifyLines, estimateColumnWidth, LineClass, readLines, type SourceLine } from './lines.js';
import { applySourceLayout, footnoteTextStart } from './regions.js';
import { readCsvTable, type CsvRow } from './tables.js';
import { isSpeakerLabel } from './speakers.js';

export interface SegmentResult {
  blocks: Block[];
  sections: Section[];
  glossary: Record<string, string>;
  annotations: Annotation[];
}

export function segmentDocument(source: DecodedSource): SegmentResult {
  // A table given as CSV (a white paper's appendix): one block per row, its cells kept.
  const table = source.format === 'text' && !source.layout ? readCsvTable(source.text) : undefined;
  if (table) return tableBlocks(source.text, table);
  const layout = loadLayout();
  const lines = readLines(source.text);
  const columnWidth = estimateColumnWidth(lines);
  classifyLines(lines, layout, columnWidth, source.text);
  if (source.layout) applySourceLayout(lines, source.layout);
  const segmenter = new Segmenter(source.text, lines, layout, columnWidth, !!source.layout);
  segmenter.run();
  const { blocks, annotations, glossary } = finishDrafts(source.text, segmenter.drafts);
  if (segmenter.readings.length) {
    for (const r of segmenter.readings) annotations.push(r); // no spread: a long document has many
    annotations.sort((a, b) => a.span.start - b.span.start);
  }
  return { blocks, sections: segmenter.tree.sections, glossary, annotations };
}

/** The rows of a CSV table as 'table-row' blocks: no sentences, no sections (stage 7 reads the cells). */
function tableBlocks(text: string, rows: CsvRow[]): SegmentResult {
  const blocks: Block[] = rows.map((row, id) => ({
    id,
    type: 'table-row',
    clean: normalizeRange(text, row.span.start, row.span.end, 0).clean,
    span: row.span,
    sectionId: -1,
    cells: row.cells,
  }));
  return { blocks, sections: [], glossary: {}, annotations: [] };
}

/** A sentence-final line ends a paragraph at the next blank line or interruption. */
const SENTENCE_FINAL = /(?:[。．！？!?]|[。．][」』）)]+)$/;
/** A line that opens with a day (「9月7日(水)、」「令和4年9月21日から」「2025年1月22日~25日、」): an entry's dated lead. */
const DATED_LEAD = /^(?:(?:令和|平成|昭和)[0-9０-９元]{1,2}年|[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日/;
/**
 * A web page's note (「（注）…」「注1 …」「(注2)…」), a paragraph of its own in text that is not column-wrapped: it explains the
 * running text and tells no event of its own (codebook 514, rule 16).
 */
const WEB_NOTE = /^[\s　]*(?:[（(]注[0-9０-９]{0,2}[)）]|注[0-9０-９]{1,2}[\s　:：])/;
/**
 * A web page's footnote: its number, a space and a long text (「5 派遣海賊対処行動水上部隊は、…」), in text that is not
 * column-wrapped; it is one when the running text above carries its number as a mark (codebook 371).
 */
const WEB_FOOTNOTE = /^([0-9０-９]{1,2})[ \u3000](?=\S)(.{40,})$/;
/** What follows a footnote's mark: a particle or a stop (never a counter: 「5か国」「3つ」), or the line's end. */
const AFTER_MARK = '[ぁ-ゕ、。」）)](?<![かつ])';
/** A footnote's mark in the running text: a number glued after a Japanese word, before a particle, a stop or the line's end. */
const FOOTNOTE_MARK = new RegExp(`(?<=[^\\x00-\\x7f０-９\\s])([0-9０-９]{1,2})(?=${AFTER_MARK}|$)`, 'gmu');
/** A line that opens with a list item's number or a mark (「1.」「(2)」「③」「●」; not 「・」, whose lists are read together). */
const ITEM_LEAD = /^(?:[0-9０-９]{1,2}[.．)）](?![0-9０-９])|[（(][0-9０-９]{1,2}[）)]|[①-⑳]|[○●■□◆◇◎▪•])/;
/** A footnote's mark ending a line: a number glued to a Japanese word (「…EUなど5」). */
const MARK_AT_END = /[^\x00-\x7f０-９\s][0-9０-９]{1,2}$/;
/** A line that opens with a particle, which no sentence begins with (「との間で…」「と会談を…」「を実施し…」). */
const PARTICLE_START = /^(?:と(?:[のはもし]|[^\sぁ-ゖ])|[をにがはへ][^\s]|の[^\sちぞ])/;
/** A comma or a stop inside a line: running text, not a title or a caption. */
const RUNNING_MARKS = /[、。，]/;
/** How many unfinished lines of one length show a text its writer cut at that length (codebook 373). */
const FIXED_CUT_LINES = 3;
/**
 * A line that is a date and nothing else: a month heading of an activity page (「2025年2月」「令和6年12月」), or the dated line
 * of a release or a transcript's head (「令和6年10月11日」「2024年10月11日(金)」), which is no part of the sentence under it
 * (codebook 508).
 */
export const DATE_LINE = /^(?:(?:令和|平成|昭和)[0-9０-９元]{1,2}|[0-9０-９]{4})年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?[\s　]*(?:[（(][^）)]*[）)])?$/;
/** Footnote lines that fill the footnote column (about two and a half body columns). */
const FOOTNOTE_COLUMNS = 2.5;

class Segmenter {
  readonly drafts: Draft[] = [];
  /** Readings a laid-out source puts on lines of their own (regions.ts). */
  readonly readings: Annotation[] = [];
  readonly tree = new SectionTree();
  private para: Draft | null = null;
  private paraFinal = false;
  private readonly seenSections = new Set<string>();
  /** The last line added to the open paragraph. */
  private paraLast: SourceLine | null = null;
  /** The first place of each footnote mark in the text (codebook 371), read once when a footnote line asks. */
  private marks: Map<string, number> | undefined;
  /** Text not column-wrapped: the length its writer cut unfinished lines at, if it did (codebook 373); 0 if not. */
  private cutLength = -1;

  constructor(
    private readonly text: string,
    private readonly lines: SourceLine[],
    private readonly layout: Layout,
    private readonly columnWidth: number,
    /**
     * The layout is known (PDF input): a blank line is a paragraph break the page shows and a
     * line break never is; regions decide furniture, captions, footnotes, headings, readings.
     */
    private readonly laidOut = false,
  ) {}

  /** Lines are wrapped at a column width, so a line break alone never ends a paragraph. */
  private get wrapped(): boolean {
    return this.laidOut || Number.isFinite(this.columnWidth);
  }

  run(): void {
    const { lines } = this;
    let i = 0;
    while (i < lines.length) {
      const l = lines[i];
      if (l.region) {
        i = this.region(i);
        continue;
      }
      switch (l.cls) {
        case LineClass.Blank:
          // Page and column breaks leave blank lines inside paragraphs; clean text does not, unless its writer wrapped
          // it at a fixed length with blank lines between (codebook 373).
          if (this.paraFinal || this.laidOut || (!this.wrapped && !this.goesOnAcrossBlank(i))) this.closeParagraph();
          i++;
          break;
        case LineClass.SectionTitle:
          i = this.sectionTitle(i);
          break;
        case LineClass.Heading:
          if (this.isListItem(i)) {
            this.addToParagraph(l.cs, l.ce);
            i++;
          } else i = this.heading(i);
          break;
        case LineClass.Footnote:
          this.interruptParagraph();
          i = this.footnote(i);
          break;
        case LineClass.Furniture:
          this.interruptParagraph();
          i = this.furniture(i);
          break;
        case LineClass.Reference:
        case LineClass.PageReference:
          this.interruptParagraph();
          i = this.reference(i);
          break;
        case LineClass.Body:
        case LineClass.Expansion:
        case LineClass.FootnoteIndent:
          if (!this.wrapped && WEB_NOTE.test(l.text)) {
            this.interruptParagraph();
            this.single('footnote', l);
            i++;
            break;
          }
          if (!this.wrapped && this.isWebFootnote(l)) {
            this.interruptParagraph();
            i = this.webFootnote(i);
            break;
          }
          // An entry's dated lead (「9月7日(水)、…」) or a month heading (「2025年2月」) on a line of its own starts a
          // paragraph in text that is not column-wrapped: the title line above it is no part of its sentence (codebook 282);
          // so does a transcript's speaker label (「Q:」「記者：」「大臣：」): a heading 「2 質疑応答」 above it is no part of the turn (511).
          // So does an item's line that tells an act (「3. 防衛審議官は、…を表敬し」) under another item's line: an item without
          // 「。」 (「2. …大臣への表敬」) is no part of its sentence (codebook 372).
          if (!this.wrapped && this.para && !this.paraFinal && (DATED_LEAD.test(l.text) || DATE_LINE.test(l.text) || isSpeakerLabel(l.text) || this.itemAfterItem(l))) this.closeParagraph();
          this.addToParagraph(l.cs, l.ce);
          this.paraLast = l;
          if (!this.wrapped && DATE_LINE.test(l.text)) this.closeParagraph();
          // Text that is not column-wrapped breaks lines only between paragraphs.
          if (this.paraFinal && !this.wrapped) this.closeParagraph();
          i++;
          break;
        default:
          if (startsFloat(l.cls)) {
            if (this.spliceCaption(i)) {
              i++;
              break;
            }
            this.interruptParagraph();
            i = this.float(i);
          } else {
            this.addToParagraph(l.cs, l.ce);
            i++;
          }
      }
    }
    this.closeParagraph();
  }

  /**
   * A web page's footnote line (WEB_FOOTNOTE) whose number stands above as a mark glued to the running text: after a
   * Japanese word, before a particle, a stop or the line's end (「…EUなど5との間で」「…EUなど5」; not 「5か国」「5回」「の2+2」).
   */
  private isWebFootnote(l: SourceLine): boolean {
    const m = WEB_FOOTNOTE.exec(l.text);
    if (!m) return false;
    const first = this.firstMarks().get(m[1]);
    return first !== undefined && first < l.start;
  }

  /**
   * Where each footnote mark first stands in the text (a number glued after a Japanese word, before a particle, a stop or the
   * line's end), read in one pass: asking the text above every numbered line again would be quadratic in a long page.
   */
  private firstMarks(): Map<string, number> {
    if (this.marks) return this.marks;
    this.marks = new Map();
    for (const m of this.text.matchAll(FOOTNOTE_MARK)) if (!this.marks.has(m[1])) this.marks.set(m[1], m.index!);
    return this.marks;
  }

  /** A web page's footnote and the body lines right under it, up to a blank line (the notes stand at the page's foot). */
  private webFootnote(i: number): number {
    const { lines } = this;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1].cls === LineClass.Body && !WEB_NOTE.test(lines[last + 1].text) && !WEB_FOOTNOTE.test(lines[last + 1].text)) last++;
    const d = newDraft('footnote', this.tree.current);
    extendDraft(d, lines[i].cs, lines[last].ce);
    this.drafts.push(d);
    return last + 1;
  }

  /**
   * In text that is not column-wrapped, whether the open paragraph goes on past the blank line at `i` (codebook 373): its
   * last line is unfinished and either is running text (a 、 or 。 in it) that fills the length the writer cut such lines
   * at (three unfinished lines of running text of one length show it), or ends in a footnote's mark that the page set on a line of its own (「…EUなど5」 over 「との間で…」);
   * the next line is running text.
   */
  private goesOnAcrossBlank(i: number): boolean {
    const last = this.paraLast;
    if (!this.para || this.paraFinal || !last || last.ce !== this.para.parts[this.para.parts.length - 1].end) return false;
    let next = i + 1;
    while (next < this.lines.length && this.lines[next].cls === LineClass.Blank) next++;
    if (next >= this.lines.length) return false;
    const l = this.lines[next];
    if (l.cls !== LineClass.Body || DATED_LEAD.test(l.text) || DATE_LINE.test(l.text) || isSpeakerLabel(l.text) || ITEM_LEAD.test(l.text)) return false;
    if (MARK_AT_END.test(last.text) && PARTICLE_START.test(l.text)) return true;
    if (!RUNNING_MARKS.test(last.text)) return false;
    const cut = this.fixedCutLength();
    const n = [...last.text].length;
    return cut > 0 && n >= cut - 1 && n <= cut + 3;
  }

  /** The length at which the writer cut lines (most unfinished lines of running text, 20 characters and more, share it), or 0. */
  private fixedCutLength(): number {
    if (this.cutLength >= 0) return this.cutLength;
    const counts = new Map<number, number>();
    const seen = new Set<string>();
    for (const l of this.lines) {
      if (l.cls !== LineClass.Body || SENTENCE_FINAL.test(l.text) || !RUNNING_MARKS.test(l.text)) continue;
      // A line a page repeats (a lead printed twice) counts once.
      if (seen.has(l.text)) continue;
      seen.add(l.text);
      const n = [...l.text].length;
      if (n >= 20) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let best = 0;
    let bestCount = 0;
    for (const [n, c] of counts) {
      const near = c + (counts.get(n - 1) ?? 0) + (counts.get(n + 1) ?? 0);
      if (near > bestCount || (near === bestCount && n > best)) {
        best = n;
        bestCount = near;
      }
    }
    this.cutLength = bestCount >= FIXED_CUT_LINES ? best : 0;
    return this.cutLength;
  }

  /** An item's line of running text right under another item's line of the open paragraph (「2. …への表敬」 over 「3. …は、…表敬し」). */
  private itemAfterItem(l: SourceLine): boolean {
    const last = this.paraLast;
    return !!last && ITEM_LEAD.test(l.text) && RUNNING_MARKS.test(l.text) && ITEM_LEAD.test(last.text) && last.ce === this.para!.parts[this.para!.parts.length - 1].end;
  }

  private addToParagraph(start: number, end: number): void {
    if (!this.para) this.para = newDraft('paragraph', this.tree.current);
    extendDraft(this.para, start, end);
    this.paraFinal = SENTENCE_FINAL.test(this.text.slice(Math.max(start, end - 4), end));
  }

  /** Something not in the paragraph comes: its text goes on after it unless it had ended. */
  private interruptParagraph(): void {
    if (!this.para) return;
    if (this.paraFinal) this.closeParagraph();
    else this.para.partOpen = false;
  }

  private closeParagraph(): void {
    if (this.para) this.drafts.push(this.para);
    this.para = null;
    this.paraLast = null;
    this.paraFinal = false;
  }

  private single(type: BlockType, l: SourceLine, start = l.cs): void {
    const d = newDraft(type, this.tree.current);
    extendDraft(d, start, l.ce);
    this.drafts.push(d);
  }

  /**
   * The lines of one layout region: a block of its type (furniture, caption, footnote) set in the
   * paragraph it interrupts; a heading however many lines it wraps onto; a reading kept as an
   * annotation of the characters it is printed over.
   */
  private region(i: number): number {
    const { lines, text } = this;
    const first = lines[i];
    const region = first.region!;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1].region === region) last++;
    const end = lines[last].ce;
    switch (region.type) {
      case 'reading': {
        this.interruptParagraph();
        const { span, base } = region;
        this.readings.push({
          kind: 'reading',
          value: text.slice(span.start, span.end).replace(/\s+/g, ''),
          // A name broken across two lines reads as one.
          base: base ? text.slice(base.start, base.end).replace(/\s+/g, '') : '',
          span: { start: span.start, end: span.end },
        });
        break;
      }
      case 'heading':
        this.closeParagraph();
        if (first.cls === LineClass.Heading) {
          const titleStart = first.cs + first.text.indexOf(first.title!, first.marker!.length);
          this.addHeading(first.level!, first.marker!, titleStart, end, first.cs, end);
        } else if (first.cls === LineClass.SectionTitle && !this.seenSections.has(first.marker!)) {
          this.sectionTitle(i);
        } else {
          // Larger type without a numbering (a chapter or page title): a paragraph of its own.
          this.addToParagraph(first.cs, end);
          this.closeParagraph();
        }
        break;
      default: {
        this.interruptParagraph();
        const d = newDraft(region.type, this.tree.current);
        extendDraft(d, region.type === 'footnote' ? footnoteTextStart(first) : first.cs, end);
        this.drafts.push(d);
      }
    }
    return last + 1;
  }

  /** Consecutive furniture lines (a vertical running head) make one block. */
  private furniture(i: number): number {
    const { lines } = this;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1].cls === LineClass.Furniture) last++;
    const d = newDraft('furniture', this.tree.current);
    extendDraft(d, lines[i].cs, lines[last].ce);
    this.drafts.push(d);
    return last + 1;
  }

  private sectionTitle(i: number): number {
    const l = this.lines[i];
    const key = l.marker!;
    if (this.seenSections.has(key)) {
      // A running title repeating the 節 on later pages.
      this.interruptParagraph();
      this.single('furniture', l);
      return i + 1;
    }
    this.seenSections.add(key);
    this.closeParagraph();
    const titleEnd = l.cs + l.text.lastIndexOf(l.title!) + l.title!.length;
    this.addHeading(1, key, l.cs, titleEnd, l.cs, l.ce);
    return i + 1;
  }

  /**
   * A numbered line that is not a heading: it ends a sentence (titles never do), or it comes
   * right under a line of a paragraph whose sentence is not finished.
   */
  private isListItem(i: number): boolean {
    const l = this.lines[i];
    if (SENTENCE_FINAL.test(l.text)) return true;
    if (l.level! < 3 || !this.para || this.paraFinal || !this.para.partOpen || i === 0) return false;
    // The paragraph's text runs up to the end of the line just above.
    return this.para.parts[this.para.parts.length - 1].end === this.lines[i - 1].ce;
  }

  private heading(i: number): number {
    const l = this.lines[i];
    const level = l.level!;
    const last = headingEnd(this.lines, i, this.columnWidth, this.layout.wrapParticles);
    let end = this.lines[last].ce;
    const titleStart = l.cs + l.text.indexOf(l.title!, l.marker!.length);
    if (level === 2) {
      // 項 titles are printed twice, tab-separated (heading and running head): keep one.
      const tab = this.text.indexOf('\t', titleStart);
      if (tab >= 0 && tab < end) end = tab;
      const open = this.tree.openAt(2);
      const title = normalizeInline(this.text.slice(titleStart, end));
      if (open && open.marker === l.marker && open.title === title) {
        this.interruptParagraph();
        this.single('furniture', l);
        return last + 1;
      }
    }
    this.closeParagraph();
    this.addHeading(level, l.marker!, titleStart, end, l.cs, end);
    return last + 1;
  }

  private addHeading(level: number, marker: string, titleStart: number, titleEnd: number, start: number, end: number) {
    const title = normalizeInline(this.text.slice(titleStart, titleEnd));
    const section = this.tree.add(level, normalizeInline(marker), title, { start, end });
    const d = newDraft('heading', section.id);
    extendDraft(d, start, end);
    this.drafts.push(d);
  }

  /** A numbered footnote and its continuation lines (indented, or filling the footnote column). */
  private footnote(i: number): number {
    const { lines, text } = this;
    const first = lines[i];
    const full = this.columnWidth * FOOTNOTE_COLUMNS;
    const footnote = this.layout.footnote.exec(first.text);
    const start = first.cs + (footnote ? first.text.indexOf(footnote[2], footnote[1].length) : 0);
    let last = i;
    let openLine = first.width >= full && !SENTENCE_FINAL.test(first.text);
    for (;;) {
      let next = last + 1;
      let blanks = 0;
      while (next < lines.length && lines[next].cls === LineClass.Blank) {
        next++;
        blanks++;
      }
      if (next >= lines.length || blanks > 1) break;
      const l = lines[next];
      if (
        l.cls === LineClass.Footnote ||
        l.cls === LineClass.Heading ||
        l.cls === LineClass.SectionTitle ||
        l.cls === LineClass.Furniture
      ) {
        break;
      }
      const indented = text.charCodeAt(l.start) === 0x09;
      if (!(indented || openLine || (blanks === 0 && l.width > this.columnWidth + 2))) break;
      last = next;
      openLine = l.width >= full && !SENTENCE_FINAL.test(l.text);
    }
    const d = newDraft('footnote', this.tree.current);
    extendDraft(d, start, lines[last].ce);
    this.drafts.push(d);
    return last + 1;
  }

  /** A cross-reference, with its wrapped lines while a parenthesis is open and a page line. */
  private reference(i: number): number {
    const { lines } = this;
    let last = i;
    let depth = bracketBalance(lines[i].text);
    while (depth > 0 && last + 1 < lines.length && last - i < 3 && lines[last + 1].cls !== LineClass.Blank) {
      last++;
      depth += bracketBalance(lines[last].text);
    }
    if (last + 1 < lines.length && lines[last + 1].cls === LineClass.PageReference) last++;
    const d = newDraft('reference', this.tree.current);
    extendDraft(d, lines[i].cs, lines[last].ce);
    this.drafts.push(d);
    return last + 1;
  }

  /**
   * A body line with a caption glued to its end (「…引き続き韓国」+「…統幕長（2020年9月）」),
   * the body going on at the next line: cut it at the column width.
   */
  private spliceCaption(i: number): boolean {
    const { lines, text, columnWidth } = this;
    const l = lines[i];
    if (!this.para || this.paraFinal || !Number.isFinite(columnWidth)) return false;
    if (l.cls !== LineClass.Caption && l.cls !== LineClass.Wide) return false;
    if (l.width <= columnWidth + 1) return false;
    // The body half goes on the body line just above (a caption alone has a blank line before it).
    if (i === 0 || lines[i - 1].cls !== LineClass.Body) return false;
    let next = i + 1;
    while (next < lines.length && lines[next].cls === LineClass.Blank) next++;
    if (next >= lines.length || !lines[next].lead) return false;
    let width = 0;
    let cut = l.cs;
    while (cut < l.ce) {
      const c = text.charCodeAt(cut);
      const w = isSpaceCode(c) ? 0 : isNarrowCode(c) ? 0.5 : 1;
      if (width + w > columnWidth) break;
      width += w;
      cut++;
    }
    if (cut < l.ce && '、。，．'.includes(text[cut])) cut++; // hanging punctuation
    if (cut <= l.cs || cut >= l.ce) return false;
    if (!this.layout.captionEnd.test(text.slice(cut, l.ce).trim())) return false;
    this.addToParagraph(l.cs, cut);
    this.para.partOpen = false;
    this.single('caption', l, cut);
    return true;
  }

  /** A float: its lines become captions, media, references, a figure or a sidebar. */
  private float(i: number): number {
    const { lines } = this;
    const end = findFloatEnd(lines, i, this.columnWidth);
    const types = classifyFloat(lines, i, end);
    const section = this.tree.current;
    // Sidebars and figures gather their lines across the captions set inside them.
    const gathering = new Map<BlockType, Draft>();
    let current: Draft | null = null;
    let lastDraft: Draft | null = null;
    for (let k = i; k < end; k++) {
      const type = types[k - i];
      const l = lines[k];
      if (type === null) {
        if (current && current.type !== 'sidebar' && current.type !== 'figure') current = null;
        continue;
      }
      let d: Draft;
      if (type === 'sidebar' || type === 'figure') {
        d = gathering.get(type) ?? newDraft(type, section);
        if (!gathering.has(type)) {
          gathering.set(type, d);
          this.drafts.push(d);
        }
      } else if (current && current.type === type && lastDraft === current) {
        d = current;
      } else {
        d = newDraft(type, section);
        this.drafts.push(d);
      }
      if (lastDraft !== d) d.partOpen = false;
      extendDraft(d, l.cs, l.ce);
      lastDraft = d;
      current = d;
      // A caption ends with its date or credit.
      if (type === 'caption' && l.cls === LineClass.Caption) current = null;
    }
    return end;
  }
}
