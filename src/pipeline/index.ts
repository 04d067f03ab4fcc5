/**
 * The pipeline, stage by stage. Each stage is a pure function over the document model;
 * this file only wires them in order. The CLI, the store and the reports are shells around it.
 */
import type { DecodedSource, KoryuDocument, SectionSubject } from '../model/document.js';
import type { KoryuEvent } from '../model/event.js';
import { DATE_LINE, segmentDocument } from './3-segment/index.js';
import { detectContext, type GivenContext } from './context/index.js';
import { splitSentences } from './4-sentences/index.js';
import { resolveDocumentTime } from './5-time/resolve.js';
import { resolveSectionSubjects, subjectOfTitle } from './6-mentions/subject.js';
import { extractCandidates, type SentenceTrace } from './7-events/index.js';
import { mergeEvents } from './8-merge/index.js';
import { calibrateConfidence } from './9-confidence/index.js';

export { decodeBytes, decodeFile, decodeFileSync, decodeSource } from './1-decode/index.js';
export type { GivenContext } from './context/index.js';

/**
 * Stages 2–5 (and section subjects): a clean, segmented, dated document. `given` is what the user
 * states about it (`--published`, `--kind`); the rest of its context is found in it.
 */
/** How many lines of a plain text's head may hold its title, before the first sentence. */
const TITLE_LINES = 4;
const TITLE_MAX = 40;
/** A month alone on its line (「4月」 under 「2022年」). */
const MONTH_LINE = /^[0-9０-９]{1,2}月$/;
const BOOK_PART = /^第[0-9０-９IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ一二三四五六七八九十]+[部章節編]/;

/** The subject named by a title line at the head of a plain text: short, no 。, before any running text. */
function headTitleSubject(text: string): SectionSubject | undefined {
  const lines = text.slice(0, 600).split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, TITLE_LINES);
  for (const [index, line] of lines.entries()) {
    if (line.includes('。')) return undefined;
    // 「防衛研究所の動向」「2023年5月」「ベトナム国防学院学院長の来訪」: a month heading under the page's title opens an
    // activity page's entries; the title lines after it name an entry, not the page (codebook 400). A year alone
    // (「2017年」 over a greeting's title) is an archive's shelf: the title under it is still the page's.
    if (index > 0 && ((DATE_LINE.test(line) && line.includes('月')) || MONTH_LINE.test(line))) return undefined;
    // 「第Ⅲ部 わが国自身の努力と日米同盟…」: a part or chapter of a book, not this page's subject.
    if (line.length > TITLE_MAX || BOOK_PART.test(line)) continue;
    const s = subjectOfTitle(line);
    if (s && (s.kind === 'country' || s.kind === 'organization')) return s;
  }
  return undefined;
}

export function buildDocument(source: DecodedSource, given: GivenContext = {}): KoryuDocument {
  const context = detectContext(source, given);
  const { blocks, sections, glossary, annotations } = segmentDocument(source);
  resolveSectionSubjects(sections);
  const sentences = splitSentences(blocks);
  const doc: KoryuDocument = { source, blocks, sections, sentences, glossary, annotations, context };
  // A press release titled 「…のフィリピン訪問について」 is about the Philippines throughout.
  // A plain text has no title markup: its title is a short line of its head (「3 日中防衛交流」).
  const subject = source.title ? subjectOfTitle(source.title) : headTitleSubject(source.text);
  if (subject && (subject.kind === 'country' || subject.kind === 'organization')) doc.subject = subject;
  resolveDocumentTime(doc);
  return doc;
}

export interface ExtractOptions {
  /** Keep, for every sentence, which rules fired and why none did. */
  explain?: boolean;
  /** Leave the rules' raw confidence (for fitting the calibration); calibrated by default. */
  raw?: boolean;
}

export interface ExtractResult {
  events: KoryuEvent[];
  trace?: SentenceTrace[];
}

/** Stages 6–8: events with their evidence, merged within the document. */
export function extractEvents(doc: KoryuDocument, options: ExtractOptions = {}): ExtractResult {
  const { candidates, trace } = extractCandidates(doc, { explain: !!options.explain });
  const merged = mergeEvents(candidates, doc);
  const events = options.raw ? merged : calibrateConfidence(merged, doc.context);
  return options.explain && trace ? { events, trace: linkTraceToEvents(trace, events) } : { events };
}

/** For --explain: each rule that fired names the events it led to (after merging). */
function linkTraceToEvents(trace: SentenceTrace[], events: KoryuEvent[]): SentenceTrace[] {
  const bySentenceStart = new Map<number, KoryuEvent[]>();
  for (const e of events) {
    for (const ev of e.evidence) bySentenceStart.set(ev.start, [...(bySentenceStart.get(ev.start) ?? []), e]);
  }
  return trace.map((t) => ({
    ...t,
    fired: t.fired.flatMap((f) => {
      const made = (bySentenceStart.get(t.span.start) ?? []).filter((e) => e.rule?.startsWith(`${f.rule}@`));
      return made.length ? made.map((e) => ({ ...f, eventId: e.id })) : [f];
    }),
  }));
}

export type { SentenceTrace };
