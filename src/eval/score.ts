/**
 * Scoring predicted events against a gold annotation. Pure: no I/O.
 *
 * A predicted event can match a gold event when kind, partner set and date agree — the
 * predicted date truncated to the gold's precision equals the gold date, so a prediction
 * LESS precise than the gold never matches — and, for talks, the level agrees (when the gold
 * gives one). Matching is one-to-one, greedy: pairs with the largest evidence overlap first,
 * then the closest date, then input order.
 *
 * Ratios with an empty denominator: precision is 1 with no predictions (no false alarm),
 * recall is 1 with no gold events (nothing missed).
 */
import { EVENT_KINDS, type EventKind, type KoryuEvent } from '../model/event.js';

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindScore extends Counts {
  kind: EventKind;
}

export interface AttributeAccuracy {
  /** Matches where the attribute could be compared (the gold gives it). */
  compared: number;
  correct: number;
  /** correct / compared; 1 when nothing was compared. */
  accuracy: number;
}

/** A short description of an unmatched event, for the lists of misses and false alarms. */
export interface EventBrief {
  id: string;
  date: string;
  kind: EventKind;
  partners: string[];
  /** The first 60 characters of the first evidence (whitespace collapsed). */
  evidence: string;
}

export interface EvalResult {
  overall: Counts;
  /** Kinds present in the gold or the predictions, in codebook order. */
  byKind: KindScore[];
  attributes: { mode: AttributeAccuracy; jpRole: AttributeAccuracy; exactDate: AttributeAccuracy };
  matches: { gold: string; predicted: string }[];
  misses: EventBrief[];
  falseAlarms: EventBrief[];
}

const EVIDENCE_CHARS = 60;

export function compatible(gold: KoryuEvent, predicted: KoryuEvent): boolean {
  if (gold.kind !== predicted.kind) return false;
  if (predicted.date.slice(0, gold.date.length) !== gold.date || predicted.date.length < gold.date.length) return false;
  if (!samePartners(gold.partners, predicted.partners)) return false;
  if (gold.kind === 'talks' && gold.level !== undefined && gold.level !== predicted.level) return false;
  return true;
}

function samePartners(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((c) => sb.has(c));
}

/** Characters shared by the two events' evidence spans. */
export function evidenceOverlap(a: KoryuEvent, b: KoryuEvent): number {
  let total = 0;
  for (const x of a.evidence) {
    for (const y of b.evidence) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return total;
}

/** 0 for the same date; otherwise how many characters more precise the prediction is. */
const dateDistance = (gold: KoryuEvent, predicted: KoryuEvent): number =>
  predicted.date === gold.date ? 0 : 1 + predicted.date.length - gold.date.length;

export function matchEvents(gold: KoryuEvent[], predicted: KoryuEvent[]): [number, number][] {
  const pairs: { g: number; p: number; overlap: number; distance: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (compatible(g, p)) pairs.push({ g: gi, p: pi, overlap: evidenceOverlap(g, p), distance: dateDistance(g, p) });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap || a.distance - b.distance || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function counts(gold: number, predicted: number, matched: number): Counts {
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

function accuracy(compared: number, correct: number): AttributeAccuracy {
  return { compared, correct, accuracy: compared === 0 ? 1 : correct / compared };
}

/** Evidence is original text with its line breaks; Japanese joins lines without a space, English with one. */
const joinLines = (text: string): string =>
  text
    .replace(/(?<=[^\x00-\x7f])[ \t]*\r?\n\s*|\s*\r?\n[ \t]*(?=[^\x00-\x7f])/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export function brief(e: KoryuEvent): EventBrief {
  const text = joinLines(e.evidence[0]?.text ?? '');
  return { id: e.id, date: e.date, kind: e.kind, partners: e.partners, evidence: [...text].slice(0, EVIDENCE_CHARS).join('') };
}

export function scoreEvents(gold: KoryuEvent[], predicted: KoryuEvent[]): EvalResult {
  const pairs = matchEvents(gold, predicted);
  const matchedG = new Set(pairs.map(([g]) => g));
  const matchedP = new Set(pairs.map(([, p]) => p));

  const kinds = new Set<EventKind>([...gold, ...predicted].map((e) => e.kind));
  const byKind = [...kinds]
    .sort((a, b) => EVENT_KINDS.indexOf(a) - EVENT_KINDS.indexOf(b))
    .map((kind) => ({
      kind,
      ...counts(
        gold.filter((e) => e.kind === kind).length,
        predicted.filter((e) => e.kind === kind).length,
        pairs.filter(([g]) => gold[g].kind === kind).length,
      ),
    }));

  const matched = pairs.map(([g, p]) => ({ g: gold[g], p: predicted[p] }));
  /** Accuracy of one attribute over the matches where the gold gives it. */
  const attribute = (given: (g: KoryuEvent) => boolean, same: (g: KoryuEvent, p: KoryuEvent) => boolean) => {
    const compared = matched.filter(({ g }) => given(g));
    return accuracy(compared.length, compared.filter(({ g, p }) => same(g, p)).length);
  };

  return {
    overall: counts(gold.length, predicted.length, pairs.length),
    byKind,
    attributes: {
      mode: attribute((g) => g.mode !== undefined, (g, p) => g.mode === p.mode),
      jpRole: attribute((g) => g.jpRole !== undefined, (g, p) => g.jpRole === p.jpRole),
      exactDate: attribute(() => true, (g, p) => g.date === p.date && g.dateEnd === p.dateEnd),
    },
    matches: pairs.map(([g, p]) => ({ gold: gold[g].id, predicted: predicted[p].id })),
    misses: gold.filter((_, i) => !matchedG.has(i)).map(brief),
    falseAlarms: predicted.filter((_, i) => !matchedP.has(i)).map(brief),
  };
}

/** A field on which a false alarm differs from the miss told in the same place. */
export type NearMissField = 'kind' | 'date' | 'partners' | 'level';

export interface NearMisses {
  /** False alarms paired one-to-one with a miss whose evidence they overlap: the same engagement read wrongly. */
  paired: number;
  /** Of the pairs, how many differ on each field (a pair can differ on several). */
  byField: Record<NearMissField, number>;
  /** False alarms and misses left without such a partner: an event made up, an event not read. */
  falseAlarmsAlone: number;
  missesAlone: number;
}

/**
 * Why the unmatched events failed, in totals: a false alarm that overlaps a miss's evidence is one
 * engagement read with a wrong field (kind, date, partners or level), which costs precision and
 * recall at once; the rest are events made up or not read at all. Totals only, so that a held-out
 * set can say which fields fail without showing a single sentence.
 */
export function nearMisses(gold: KoryuEvent[], predicted: KoryuEvent[], result: EvalResult): NearMisses {
  const missed = new Set(result.misses.map((m) => m.id));
  const alarms = new Set(result.falseAlarms.map((f) => f.id));
  const misses = gold.filter((g) => missed.has(g.id));
  const falseAlarms = predicted.filter((p) => alarms.has(p.id));
  const candidates = falseAlarms
    .flatMap((p) => misses.map((g) => ({ g, p, overlap: evidenceOverlap(g, p) })))
    .filter((c) => c.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<KoryuEvent>();
  const usedP = new Set<KoryuEvent>();
  const byField: Record<NearMissField, number> = { kind: 0, date: 0, partners: 0, level: 0 };
  for (const { g, p } of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    if (g.kind !== p.kind) byField.kind++;
    if (p.date.slice(0, g.date.length) !== g.date || p.date.length < g.date.length) byField.date++;
    if (!samePartners(g.partners, p.partners)) byField.partners++;
    if (g.kind === 'talks' && p.kind === 'talks' && g.level !== undefined && g.level !== p.level) byField.level++;
  }
  return { paired: usedP.size, byField, falseAlarmsAlone: falseAlarms.length - usedP.size, missesAlone: misses.length - usedG.size };
}
