/**
 * Stage 9: a confidence that means something. Each rule gives its events a raw estimate from how it
 * found them (a partner named in the sentence, or taken from the section; a date of its own, or
 * shared). This stage turns that estimate, and a few facts about the event and its document, into
 * the share of such events that were right on the real development set: a logistic calibration
 * whose weights are data (data/events/confidence.json), fitted by `npm run calibrate` and checked on
 * the held-out pages by `npm run real` (events at ≥ 0.8 should be right ≥ 90% of the time).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DocumentContext } from '../../model/document.js';
import type { KoryuEvent } from '../../model/event.js';

const MODEL_FILE = new URL('../../../data/events/confidence.json', import.meta.url);

const modelSchema = z.object({
  $comment: z.string().optional(),
  /** Weight per feature name; a feature the model does not know weighs nothing. */
  weights: z.record(z.string(), z.number()),
  trainedOn: z.object({ events: z.number(), right: z.number(), pages: z.number(), date: z.string() }).optional(),
});
export type ConfidenceModel = z.infer<typeof modelSchema>;

let cached: ConfidenceModel | undefined;
export function loadConfidenceModel(): ConfidenceModel {
  if (cached) return cached;
  const parsed = modelSchema.safeParse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`data/events/confidence.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return (cached = parsed.data);
}

/** The rule's name without its version: 'talks.anchor-clause@1' → 'talks.anchor-clause'. */
const ruleName = (rule: string | undefined): string => (rule ?? 'none').replace(/@.*$/, '');

/**
 * What the calibration reads of an event: the rule that made it and the rule's own estimate, how
 * precise its date is, how many sentences report it, its format, whether a Japanese principal was
 * found, and the kind of document it comes from. Binary features are 1 when present.
 */
export function confidenceFeatures(e: KoryuEvent, context: Pick<DocumentContext, 'kind'>): Record<string, number> {
  const f: Record<string, number> = { bias: 1, raw: e.confidence - 0.8 };
  f[`rule:${ruleName(e.rule)}`] = 1;
  const precision = e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year';
  f[`date:${precision}`] = 1;
  if (e.dateEnd) f.span = 1;
  if (e.evidence.length > 1) f.corroborated = 1;
  if (e.format !== 'bilateral') f[`format:${e.format}`] = 1;
  if (!e.partners.length) f.noPartner = 1;
  if ((e.kind === 'talks' || e.kind === 'conference') && !e.jpRole) f.noPrincipal = 1;
  f[`source:${context.kind}`] = 1;
  return f;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function score(features: Record<string, number>, model: ConfidenceModel): number {
  let z = 0;
  for (const name in features) z += (model.weights[name] ?? 0) * features[name];
  return sigmoid(z);
}

/** Every event with its calibrated confidence (3 decimals). */
export function calibrateConfidence(events: KoryuEvent[], context: DocumentContext, model = loadConfidenceModel()): KoryuEvent[] {
  for (const e of events) e.confidence = Math.round(1000 * score(confidenceFeatures(e, context), model)) / 1000;
  return events;
}

/**
 * Fit the weights: L2-regularised logistic regression by gradient descent on (features, right?)
 * pairs. Small and deterministic; `lambda` keeps rare features near zero.
 */
export function fitConfidenceModel(
  rows: { features: Record<string, number>; right: boolean }[],
  { lambda = 1, steps = 3000, rate = 0.5 }: { lambda?: number; steps?: number; rate?: number } = {},
): Record<string, number> {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
  const w: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const n = rows.length || 1;
  for (let step = 0; step < steps; step++) {
    const grad: Record<string, number> = Object.fromEntries(names.map((k) => [k, k === 'bias' ? 0 : (lambda * w[k]) / n]));
    for (const r of rows) {
      let z = 0;
      for (const k in r.features) z += w[k] * r.features[k];
      const err = sigmoid(z) - (r.right ? 1 : 0);
      for (const k in r.features) grad[k] += (err * r.features[k]) / n;
    }
    for (const k of names) w[k] -= rate * grad[k];
  }
  return Object.fromEntries(names.map((k) => [k, Math.round(w[k] * 1e4) / 1e4]));
}
