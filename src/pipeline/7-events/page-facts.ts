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
  /** A fact line: the label at the start of a line, then a space or a colon, then its value. */
  line: RegExp;
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
  const alternatives = [...kindOf.keys()].sort((a, b) => b.length - a.length).join('|');
  labels = {
    line: new RegExp(`^[ \\t\\u3000]*(${alternatives})(?:[ \\t\\u3000]+|[ \\t\\u3000]*[:：][ \\t\\u3000]*)(?=\\S)`),
    kindOf,
    any: new RegExp(alternatives),
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

/** The original lines of a sentence, each with where its value starts. */
function factLines(text: string, sentence: Sentence, l: FactLabels): { kind: FactLabel; valueStart: number; end: number }[] {
  const out: { kind: FactLabel; valueStart: number; end: number }[] = [];
  let start = sentence.span.start;
  while (start < sentence.span.end) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > sentence.span.end) end = sentence.span.end;
    const m = l.line.exec(text.slice(start, end));
    if (m) out.push({ kind: l.kindOf.get(m[1])!, valueStart: start + m[0].length, end });
    start = end + 1;
  }
  return out;
}

/** The foreign parties taking part that a fact sentence names (codebook 361; see PageFacts.participants). */
function participantsOf(text: string, sentence: Sentence, lines: { kind: FactLabel; valueStart: number; end: number }[], mentions: ReturnType<typeof findMentions>): string[] {
  if (!lines.length) return [];
  const out: string[] = [];
  for (const m of mentions) {
    if (m.type !== 'country' || m.compound) continue;
    const at = sentence.clean.toOriginal(m.local).start;
    // The label the mention's line stands under: its own, else the nearest above it.
    const under = lines.filter((l) => text.lastIndexOf('\n', l.valueStart - 1) + 1 <= at).pop();
    if (!under || under.kind === 'place' || under.kind === 'when' || under.kind === 'recipient') continue;
    const force = FORCE_IN.test(m.text) || FORCE_AFTER.test(sentence.text.slice(m.local.end));
    if (under.kind !== 'participant' && !force) continue;
    for (const c of m.codes) if (c !== 'JPN') out.push(c);
  }
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
  for (const sentence of doc.sentences) {
    if (sentence.blockType !== 'paragraph' || !l.any.test(sentence.text)) continue;
    const lines = factLines(text, sentence, l);
    if (!lines.some((x) => x.kind !== 'other')) continue;
    facts.sentences.add(sentence.id);
    let mentions: ReturnType<typeof findMentions> | undefined;
    for (const line of lines) {
      const inLine = (s: number) => s >= line.valueStart && s < line.end;
      if (line.kind === 'when') {
        const t = (sentence.time ?? []).find((x) => x.dates.length && inLine(x.span.start));
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
    mentions ??= findMentions(sentence.text);
    for (const c of participantsOf(text, sentence, lines, mentions)) participants.add(c);
  }
  facts.participants = [...participants].sort();
  const distinct = new Set(whens.map((t) => t.dates.join('~')));
  if (distinct.size === 1) facts.when = whens[0];
  facts.recipients = [...recipients].sort();
  facts.coSupporters = [...coSupporters].sort();
  return facts;
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
