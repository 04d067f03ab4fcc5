import type { MappedText } from './mapped-text.js';
import type { Span } from './span.js';
import type { PartialDate, TimeMention } from './time.js';

/** How the source was decoded (stage 1). */
export interface DecodedSource {
  /** Path or label of the input, for messages and the store. */
  path: string;
  /** The decoded text. Every original offset in Koryu points into this string. */
  text: string;
  /** Encoding used: 'utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp'… */
  encoding: string;
  /** 'text' for plain text (including text extracted from PDF by another tool), 'html', 'pdf'. */
  format: 'text' | 'html' | 'pdf';
  /** Document title when the source carries one (HTML <title>, first heading…). */
  title?: string;
  /** sha256 of the raw bytes, hex. */
  contentHash: string;
  /** A publication date the markup states (HTML <meta name="date">, <time datetime>…), as written. */
  metaDate?: string;
  /**
   * For PDF input: where each page lies in `text` (the rendering built from the page layout) and
   * which lines the layout tells apart from the running text. The segmenter follows it.
   */
  layout?: SourceLayout;
}

/** Where a page of a PDF lies in the text rendering. */
export interface PageSpan {
  /** 1-based page number. */
  page: number;
  span: Span;
}

/**
 * What positions and type sizes say about some lines of a PDF's rendering:
 *  - 'furniture': running heads, page numbers, printed headers and footers, margin tabs;
 *  - 'caption', 'footnote': small type set apart from the running text;
 *  - 'heading': larger type, one title however many lines it wraps onto;
 *  - 'reading': furigana printed over a name, on a line of its own in the rendering, with the
 *    span of the characters it reads (`base`), which stay whole in the running text.
 * Lines outside every region are running text.
 */
export type LayoutRegionType = 'furniture' | 'caption' | 'footnote' | 'heading' | 'reading';

export interface LayoutRegion {
  type: LayoutRegionType;
  /** Whole lines of the rendering. */
  span: Span;
  page: number;
  /** For 'reading': the characters it reads. */
  base?: Span;
}

export interface SourceLayout {
  pages: PageSpan[];
  /** In text order, not overlapping. */
  regions: LayoutRegion[];
}

/** What kind of publication a document is: it decides how its dates and sentences are read. */
export const SOURCE_KINDS = ['whitepaper', 'press-release', 'transcript', 'activity', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where a fact about the document came from, most trusted first. */
export type ContextOrigin = 'option' | 'html' | 'text' | 'filename' | 'default';

/**
 * The document's own context (its kind and publication date). Relative words (本年, 昨年, 本日,
 * 先月) and yearless dates (an activity page's 「4月13日」) resolve against `published`.
 */
export interface DocumentContext {
  kind: SourceKind;
  kindFrom: ContextOrigin;
  /** The cue that decided the kind (「記者会見」, 「令和3年版防衛白書」, 'wp2021'…), for inspect. */
  kindCue?: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; absent when nothing states it. */
  published?: PartialDate;
  publishedFrom?: ContextOrigin;
  /** The words or markup the date was read from (「日時 令和2年10月7日」, 'meta date'…). */
  publishedCue?: string;
  /**
   * Relative words (本年, 昨年, 本日…) left undated because the document's date is unknown: a
   * wrong year is worse than none. Set by the time stage; the CLI tells the user to pass --published.
   */
  unanchored?: Span[];
}

export type BlockType =
  | 'heading'
  | 'paragraph'
  | 'caption'
  | 'reference'
  | 'media'
  | 'footnote'
  | 'sidebar'
  | 'figure'
  | 'furniture'
  /** One row of a table given as CSV (a white paper's appendix): its cells are in `cells`. */
  | 'table-row';

/** One cell of a table row: its value (quotes removed) and where that value lies in the original text. */
export interface TableCell {
  text: string;
  span: Span;
}

/** Annotations that normalization removes from the running text but keeps. */
export interface Annotation {
  kind: 'reading' | 'expansion';
  /** For 'reading': the furigana; for 'expansion': the spelled-out form. */
  value: string;
  /** The base text it annotates (the kanji name, the abbreviation). */
  base: string;
  /** Original span of the annotation itself (the removed reading / expansion). */
  span: Span;
}

export interface Block {
  id: number;
  type: BlockType;
  /** Clean text of the block with its map back into the original. */
  clean: MappedText;
  /** Original span covering the block (first to last character; may enclose interruptions). */
  span: Span;
  /** The section this block belongs to (index into Document.sections), -1 before the first heading. */
  sectionId: number;
  /** For paragraphs continued after an interruption: the id of the block it continues. */
  continues?: number;
  /**
   * The original spans of the block's own text, in order, interruptions (captions, footnotes,
   * figures… set inside it) excluded. `clean` is the concatenation of their normalizations.
   * Absent means one part: `span`.
   */
  parts?: Span[];
  /** For 'table-row' blocks: the row's cells, in column order (empty cells included). */
  cells?: TableCell[];
}

/** What a section is about, resolved from its title (a later stage may fill it from the gazetteer). */
export interface SectionSubject {
  kind: 'country' | 'organization' | 'region' | 'multilateral' | 'capacity-building' | 'topic';
  /** ISO 3166-1 alpha-3 codes or organization codes (NATO, EU, ASEAN, UN). Empty for topics. */
  codes: string[];
  label: string;
  /** For kind 'region': the region key of data/gazetteer/regions.json ('southeast-asia', …). */
  region?: string;
}

export interface Section {
  id: number;
  /** 1 = 第1節, 2 = １, 3 = （１）, 4 = ア, … (deeper = larger). */
  level: number;
  /** The numbering as written, e.g. '第1節', '2', '（1）', 'ア'. */
  marker: string;
  /** Clean title text without the marker. */
  title: string;
  parentId: number | null;
  /** Titles from the root down to this section. */
  path: string[];
  /** Original span of the heading. */
  span: Span;
  subject?: SectionSubject;
}

export interface Sentence {
  id: number;
  /** Clean text of the sentence. */
  text: string;
  /** Clean text with its map into the original (for mention spans). */
  clean: MappedText;
  /** Original span covering the sentence (may enclose an interruption such as a caption). */
  span: Span;
  /** The original pieces the sentence is made of, in order, interruptions excluded. */
  pieces: Span[];
  blockId: number;
  blockType: BlockType;
  sectionId: number;
  /** Filled by the time stage. */
  time?: TimeMention[];
}

export interface KoryuDocument {
  source: DecodedSource;
  blocks: Block[];
  sections: Section[];
  sentences: Sentence[];
  /** Abbreviation → expansion found in the document (「ADMM」 → "ASEAN Defence Ministers' Meeting"). */
  glossary: Record<string, string>;
  annotations: Annotation[];
  /** What the whole document is about, from its title (「…のフィリピン訪問について」), if it names one partner. */
  subject?: SectionSubject;
  /** Its kind and publication date, and how each was found. */
  context: DocumentContext;
}
