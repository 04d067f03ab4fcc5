/**
 * Dates for every sentence of a document. 「同年」「同月」 refer to the last date of the RUNNING
 * TEXT of the same section (codebook, Time): the context walks paragraphs and headings in
 * document order and starts afresh at each section. Captions, footnotes, sidebars, figures and
 * references are read with a side context begun from the running one — so their own 「同年」
 * still reads — but nothing they say reaches the running text.
 */
import type { BlockType, KoryuDocument } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { anchorOf } from '../context/index.js';
import type { TimeMention } from '../../model/time.js';
import { parseTimeExpressions, type ParsedTime, type TimeContext } from './parse.js';

const RUNNING: ReadonlySet<BlockType> = new Set<BlockType>(['paragraph', 'heading']);
/** A sentence whose predicate is a plan or an intention (codebook: not events, and not the story's dates). */
const PLAN_PREDICATE = /(?:予定|計画|見込み|見通し|方針)(?:で(?:ある|す)|だ|となっている)?。?$/;
/** A month and day with no year before them (「7月11日から」), and the words that read the running date. */
const YEARLESS_DAY = /(?<![年\d０-９])[0-9０-９]{1,2}月[0-9０-９]{1,2}日/;
const RUNNING_WORD = /同年|同月|翌年|前年|同日|翌日/;
/** An activity page's entry opening with a day and no year (「4月13日、大臣は…」). */
const YEARLESS_ENTRY = /^[\s・○◯●]*\d{1,2}月\d{1,2}日/;

export function resolveDocumentTime(doc: KoryuDocument): void {
  // The document's own date: what 本年/昨年/本日 and yearless dates with nothing before them read.
  const anchor = anchorOf(doc.context);
  const unanchored: Span[] = [];
  let running: TimeContext = {};
  let section: number | undefined;
  let headingBlock: number | undefined;
  let lastBlock: number | undefined;
  const activity = doc.context.kind === 'activity';
  const paper = doc.context.kind === 'whitepaper';
  // One side context per stretch of consecutive non-running blocks of one type (a sidebar's
  // paragraphs share theirs), begun anew from the running context each time.
  let side: TimeContext | undefined;
  let sideSection: number | undefined;
  let sideType: BlockType | undefined;

  // The context at the end of each section's own running text. A section starts from its parent's
  // (a subsection is part of its parent section, codebook Time), never from a sibling's; top-level
  // sections start from the text before the first heading (a press release's preamble).
  const endOf = new Map<number, TimeContext>();
  const parentOf = (id: number): number => (id >= 0 ? (doc.sections[id]?.parentId ?? -1) : -2);

  for (const sentence of doc.sentences) {
    const startsHeading = sentence.blockType === 'heading' && sentence.blockId !== headingBlock;
    if (sentence.sectionId !== section || startsHeading) {
      if (section !== undefined) endOf.set(section, running);
      running = sentence.sectionId !== section ? { ...(endOf.get(parentOf(sentence.sectionId)) ?? {}) } : {};
      section = sentence.sectionId;
    }
    if (sentence.blockType === 'heading') headingBlock = sentence.blockId;
    // Each entry of an activity page is dated by itself: its yearless day takes the page's year, not
    // a year another entry wrote (「…は昨年、国交樹立100周年を迎え」 before 「4月13日、…」).
    const opensBlock = sentence.blockId !== lastBlock;
    lastBlock = sentence.blockId;
    if (activity && opensBlock && sentence.blockType === 'paragraph' && YEARLESS_ENTRY.test(sentence.clean.text)) running = {};
    // Outside a white paper, a day written without its year is of the document's time: a year the
    // running text last wrote long before it (a profile's 「平成27年12月 …に就任」) or after it (「来年3月に
    // 設立予定」) does not carry to it.
    if (anchor && !paper && running.year !== undefined && (running.year < anchor.year - 1 || running.year > anchor.year) && YEARLESS_DAY.test(sentence.clean.text) && !RUNNING_WORD.test(sentence.clean.text)) running = {};

    const text = sentence.clean.text;
    let mentions: ParsedTime[];
    if (RUNNING.has(sentence.blockType)) {
      side = undefined;
      sideSection = undefined;
      sideType = undefined;
      const parsed = parseTimeExpressions(text, running, anchor);
      mentions = parsed.mentions;
      for (const u of parsed.unanchored) unanchored.push(sentence.clean.toOriginal(u));
      // 「次回会合は、翌年にソウルで開催する予定である。」: a date in a plan is not a date of the
      // story, so the next 「同年」 still refers to the story's year.
      if (!PLAN_PREDICATE.test(text)) running = parsed.ctx;
    } else {
      if (sentence.sectionId !== sideSection || sentence.blockType !== sideType || !side) side = { ...running };
      sideSection = sentence.sectionId;
      sideType = sentence.blockType;
      ({ mentions, ctx: side } = parseTimeExpressions(text, side, anchor));
    }
    // The parsed mentions are this loop's own: complete each in place (span last, as a copy
    // with the span added would have it) rather than copying every one.
    const time = mentions as TimeMention[];
    for (const m of time) m.span = sentence.clean.toOriginal(m.local);
    // Kept for the whole run: an exact-size copy, not the growing array pushes left with room for 17.
    sentence.time = time.length ? time.slice() : time;
  }
  if (unanchored.length) doc.context.unanchored = unanchored;
}
