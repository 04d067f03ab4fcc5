/**
 * A page's labelled facts (codebook rule 250). A line that opens with a label, then a space or a colon
 * (「期間 令和3年8月27日~9月14日」「場所 …」「支援対象 …軍工兵部隊」「他支援国 豪州(陸軍)、米国(海軍)」), states
 * a fact of the page, not a sentence of its story: the page's date or period, the party supported, the
 * countries supporting with Japan, the venue. The labels are data (data/events/page-facts.json), read
 * for every page alike. Cost: one pass over the lines of the sentences that hold a label.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { KoryuDocument, Sentence } from '../../model/document.js';
import type { TimeMention } from '../../model/time.js';
import { findMentions } from '../6-mentions/find.js';

const FactsFileSchema = z.object({
  when: z.array(z.string().min(1)),
  recipient: z.array(z.string().min(1)),
  coSupporter: z.array(z.string().min(1)),
  participant: z.array(z.string().min(1)),
  place: z.array(z.string().min(1)),
  other: z.array(z.string().min(1)),
});
type FactLabel = 'when' | 'recipient' | 'coSupporter' | 'participant' | 'place' | 'other';

interface FactLabels {
  /**
   * A fact line: the label at the start of a line — perhaps numbered (「2.期間」「3 場所」「(4)参加国」) and spaced out to
   * the width of its column (「期 間」「場  所」), perhaps with a note in brackets (「訓練参加予定国(日本以外)」) — then a
   * space or a colon and its value, or nothing: then the value is on the lines under it.
   */
  line: RegExp;
  /** A numbered label later in a line (「… 3.実施場所 …」): an outline run into one line. */
  inLine: RegExp;
  kindOf: Map<string, FactLabel>;
  /** Any label in a sentence's clean text (a quick test before reading its lines). */
  any: RegExp;
}

let labels: FactLabels | undefined;

function loadLabels(): FactLabels {
  if (labels) return labels;
  const file = new URL('../../../data/events/page-facts.json', import.meta.url);
  const parsed = FactsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`data/events/page-facts.json is malformed: ${parsed.error.message}`);
  const kindOf = new Map<string, FactLabel>();
  for (const kind of ['when', 'recipient', 'coSupporter', 'participant', 'place', 'other'] as const) for (const l of parsed.data[kind]) kindOf.set(l, kind);
  const sorted = [...kindOf.keys()].sort((a, b) => b.length - a.length);
  // A label's characters may be spaced out (「期 間」); a note in brackets may follow it (「(日本以外)」).
  const spaced = sorted.map((x) => [...x].join('[ \\t\\u3000]*')).join('|');
  const label = `(${spaced})(?:[（(][^）)\\n]{1,12}[）)])?`;
  const value = `(?:[ \\t\\u3000]+|[ \\t\\u3000]*[:：][ \\t\\u3000]*)(?=\\S)`;
  labels = {
    line: new RegExp(`^[ \\t\\u3000]*(?:${NUMBER}[ \\t\\u3000]*)?${label}(?:${value}|[ \\t\\u3000]*$)`),
    inLine: new RegExp(`[ \\t\\u3000]+${NUMBER}[ \\t\\u3000]*${label}${value}`, 'g'),
    kindOf,
    any: new RegExp(spaced),
  };
  return labels;
}

export interface PageFacts {
  /** Sentences that hold labelled fact lines of the kinds that tell a project (a date, a supported party, a co-supporter, a venue). */
  sentences: Set<number>;
  /** The page's date or period, when its fact lines state exactly one (a table of several meetings states many: none). */
  when?: TimeMention;
  /** Countries and organizations the 支援対象 line names, a unit's destination (「レバノン派遣1個小隊」) left out. */
  recipients: string[];
  /** Countries the 他支援国 line names: they support the project with Japan (codebook rule 36). */
  coSupporters: string[];
  /** The page names the party it supports (支援対象): a capacity-building project page. */
  project: boolean;
  /**
   * The foreign parties a training page's fact lines name as taking part (codebook 361): the countries of a 参加国 line, and
   * the foreign forces (米海軍, 豪空軍) of any other line but the venue's and the date's — a line with no label goes on the
   * one above it (「訓練統制官 海上自衛隊:…」「米海軍:…指揮官」).
   */
  participants: string[];
}

/** A country mention that is a force (「米海軍」「豪空軍」「米軍」), or one followed by its service (「米国海軍」). */
const FORCE_IN = /(?:軍|海兵隊)$/;
const FORCE_AFTER = /^(?:の)?(?:海軍|陸軍|空軍|海兵隊|軍)/;

/** After a country in a fact line: where the supported unit is sent (「レバノン派遣」「南スーダンへの派遣」), not who is supported. */
export const DESTINATION_AFTER = /^(?:へ(?:の)?|に)?派遣/;

/** An outline number before a label: 「2.」「2．」「3」「(4)」「5)」. */
const NUMBER = '(?:[0-9０-９]{1,2}[.．)）]?|[(（][0-9０-９]{1,2}[)）])';
/** How many lines under a label alone may hold its value (「期 間」 over 「【事前訓練:…】」「【総合訓練:…】」). */
const VALUE_LINES = 3;

interface FactLine {
  kind: FactLabel;
  valueStart: number;
  /** The end of its value: the end of its line, or of the lines under a label alone. */
  end: number;
}

/** The kind of a label as matched (its spaces taken out). */
const kindOfLabel = (l: FactLabels, matched: string): FactLabel => l.kindOf.get(matched.replace(/[ \t\u3000]/g, ''))!;

/** The original lines of a sentence, each with where its value starts (a line run into several labels gives each). */
function factLines(text: string, sentence: Sentence, l: FactLabels, alone: boolean): FactLine[] {
  const out: FactLine[] = [];
  let start = sentence.span.start;
  while (start < sentence.span.end) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > sentence.span.end) end = sentence.span.end;
    const line = text.slice(start, end);
    const m = l.line.exec(line);
    if (m && (alone || m[0].length < line.length)) {
      const found: FactLine[] = [{ kind: kindOfLabel(l, m[1]), valueStart: start + m[0].length, end }];
      for (const x of line.slice(m[0].length).matchAll(l.inLine)) {
        const at = start + m[0].length + x.index;
        found[found.length - 1].end = at;
        found.push({ kind: kindOfLabel(l, x[1]), valueStart: at + x[0].length, end });
      }
      // A label alone on its line: its value is on the lines under it, up to the next label.
      if (m[0].length === line.length) found[0].end = valueUnder(text, end, l);
      out.push(...found);
    }
    start = end + 1;
  }
  return out;
}

/** Where the value of a label alone on its line (ending at `from`) ends: before the next label, within a few lines. */
function valueUnder(text: string, from: number, l: FactLabels): number {
  let at = from;
  let lines = 0;
  while (at < text.length && lines < VALUE_LINES) {
    const start = at + 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim()) {
      if (l.line.test(line)) break;
      lines++;
    }
    at = end;
  }
  return at;
}

/**
 * The foreign parties taking part that a fact sentence names (codebook 361; see PageFacts.participants). Each label's value
 * — the rest of its line, up to the next label, and the unlabelled lines under it — is read on its own, its spaces taken
 * out: a column spaced to its width (「米 軍:第3艦隊司令官」 under 「岡  浩」) is read as written, not glued to the line above.
 */
function participantsOf(text: string, sentence: Sentence, lines: FactLine[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (line.kind === 'place' || line.kind === 'when' || line.kind === 'recipient') return;
    const next = lines[i + 1];
    const nextLineStart = next ? text.lastIndexOf('\n', next.valueStart - 1) + 1 : sentence.span.end;
    // The lines under a label run to the next label's line; a label later in the same line ends the value there.
    const region: string[] = [text.slice(line.valueStart, line.end)];
    const sameLine = next && text.lastIndexOf('\n', next.valueStart - 1) < line.valueStart;
    if (!sameLine && line.end < nextLineStart) region.push(...text.slice(line.end, Math.min(nextLineStart, sentence.span.end)).split('\n'));
    for (const part of region) {
      const value = part.replace(/[ \t\u3000]+/g, '');
      if (!value) continue;
      for (const m of findMentions(value)) {
        if (m.type !== 'country' || m.compound) continue;
        const force = FORCE_IN.test(m.text) || FORCE_AFTER.test(value.slice(m.local.end));
        if (line.kind !== 'participant' && !force) continue;
        for (const c of m.codes) if (c !== 'JPN') out.push(c);
      }
    }
  });
  return out;
}

/** Reads the fact lines of a document (codebook rule 250). */
export function readPageFacts(doc: KoryuDocument): PageFacts {
  const l = loadLabels();
  const facts: PageFacts = { sentences: new Set(), recipients: [], coSupporters: [], project: false, participants: [] };
  const participants = new Set<string>();
  const whens: TimeMention[] = [];
  const recipients = new Set<string>();
  const coSupporters = new Set<string>();
  const text = doc.source.text;
  // A press conference's head (「日時」 over its date, 「場所」 over its hall) tells the conference, not a page's facts.
  const alone = doc.context.kind !== 'transcript';
  // Every dated expression of the page: a label's value may be on the lines under it, in blocks of their own.
  const times = doc.sentences.flatMap((x) => (x.time ?? []).filter((t) => t.dates.length));
  for (const sentence of doc.sentences) {
    if (sentence.blockType !== 'paragraph' || !l.any.test(sentence.text)) continue;
    const lines = factLines(text, sentence, l, alone);
    if (!lines.some((x) => x.kind !== 'other')) continue;
    facts.sentences.add(sentence.id);
    let mentions: ReturnType<typeof findMentions> | undefined;
    for (const line of lines) {
      const inLine = (s: number) => s >= line.valueStart && s < line.end;
      if (line.kind === 'when') {
        const t = periodOf(times.filter((x) => inLine(x.span.start)));
        if (t) whens.push(t);
      } else if (line.kind === 'recipient' || line.kind === 'coSupporter') {
        if (line.kind === 'recipient') facts.project = true;
        mentions ??= findMentions(sentence.text);
        for (const m of mentions) {
          if ((m.type !== 'country' && m.type !== 'organization') || m.compound) continue;
          if (!inLine(sentence.clean.toOriginal(m.local).start)) continue;
          if (line.kind === 'recipient' && DESTINATION_AFTER.test(sentence.text.slice(m.local.end))) continue;
          for (const c of m.codes) if (c !== 'JPN') (line.kind === 'recipient' ? recipients : coSupporters).add(c);
        }
      }
    }
    for (const c of participantsOf(text, sentence, lines)) participants.add(c);
  }
  facts.participants = [...participants].sort();
  const distinct = new Set(whens.map((t) => t.dates.join('~')));
  if (distinct.size === 1) facts.when = whens[0];
  facts.recipients = [...recipients].sort();
  facts.coSupporters = [...coSupporters].sort();
  return facts;
}

/**
 * The period a label's value states: its one date or span, or, for phases listed one by one (「【事前訓練:8月18日~30日】」
 * 「【総合訓練:8月31日~9月9日】」), the span from the first one's start to the last one's end.
 */
function periodOf(times: TimeMention[]): TimeMention | undefined {
  if (times.length <= 1) return times[0];
  const starts = times.map((t) => t.dates[0]).sort();
  const ends = times.map((t) => t.end ?? t.dates[t.dates.length - 1]).sort();
  const from = starts[0];
  const to = ends[ends.length - 1];
  if (from.length !== to.length) return times[0];
  return { ...times[0], kind: 'span', dates: [from, to], end: to };
}

/** Whether a date lies within the page's period (at the precision both give). */
export function withinWhen(facts: PageFacts | undefined, date: string): boolean {
  const when = facts?.when;
  if (!when) return false;
  const from = when.dates[0];
  const to = when.end ?? when.dates[when.dates.length - 1];
  const n = (a: string, b: string) => Math.min(a.length, b.length);
  return date.slice(0, n(date, from)) >= from.slice(0, n(date, from)) && date.slice(0, n(date, to)) <= to.slice(0, n(date, to));
}
