/**
 * The real-text development set (test/real/): facts about real ministry pages, committed, and the
 * pages' text, never committed (third-party material), in a local cache.
 *
 * - `sources.tsv`: `id <TAB> kind <TAB> published <TAB> url <TAB> query` — the query is what finds
 *   the page again in the search tool's `pages` corpus, so a later session can rebuild the cache;
 * - `gold.jsonl`: codebook records without id, evidence or confidence, each with `source` (an id of
 *   sources.tsv) and `cue`, a short quote that locates the sentence reporting the event;
 * - the cache: `<id>.txt` per page, UTF-8, the page text as the search tool returns it.
 *
 * Pure apart from reading those files; the scoring is src/eval/score.ts, the same as `koryu eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { SOURCE_KINDS, type SourceKind } from '../model/document.js';
import { KoryuError } from '../model/errors.js';
import type { KoryuEvent } from '../model/event.js';
import { koryuEventSchema, PARTIAL_DATE_RE } from '../model/event-schema.js';
import { scoreEvents, type EvalResult } from './score.js';

export interface RealSource {
  id: string;
  kind: SourceKind;
  published: string;
  url: string;
  query: string;
}

/** A gold line: the codebook's record, with where it is told instead of id, evidence and confidence. */
const realGoldSchema = koryuEventSchema
  .omit({ id: true, evidence: true, confidence: true, rule: true, source: true })
  .extend({ source: z.string().min(1), cue: z.string().min(1).max(40) })
  .strict();
export type RealGold = z.infer<typeof realGoldSchema>;

/** Where the pages' text is kept: $KORYU_REAL_CACHE, else ~/.cache/koryu-real. */
export function realCacheDir(): string {
  return process.env.KORYU_REAL_CACHE || path.join(os.homedir(), '.cache', 'koryu-real');
}

export function parseSources(tsv: string, label = 'sources.tsv'): RealSource[] {
  const seen = new Set<string>();
  return tsv
    .split(/\r?\n/)
    .map((line, i) => ({ line, no: i + 1 }))
    .filter(({ line }) => line.trim() && !line.startsWith('#'))
    .map(({ line, no }) => {
      const cols = line.split('\t');
      const [id, kind, published, url, query] = cols;
      const fail = (what: string): never => {
        throw new KoryuError('E_GOLD', `${label}:${no}: ${what}`);
      };
      if (cols.length !== 5) fail(`expected 5 tab-separated columns (id, kind, published, url, query); got ${cols.length}`);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`id '${id}' must be lower-case ascii, digits and '-'`);
      if (seen.has(id)) fail(`duplicate id '${id}'`);
      seen.add(id);
      if (!(SOURCE_KINDS as readonly string[]).includes(kind)) fail(`kind '${kind}' is not one of ${SOURCE_KINDS.join(', ')}`);
      if (!PARTIAL_DATE_RE.test(published)) fail(`published '${published}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
      if (!/^https?:\/\//.test(url)) fail(`url '${url}' is not an http(s) address`);
      if (!query.trim()) fail('the query that finds the page is empty');
      return { id, kind: kind as SourceKind, published, url, query };
    });
}

export function parseRealGold(jsonl: string, sources: RealSource[], label = 'gold.jsonl'): RealGold[] {
  const ids = new Set(sources.map((s) => s.id));
  const out: RealGold[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new KoryuError('E_GOLD', `${label}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const r = realGoldSchema.safeParse(value);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new KoryuError('E_GOLD', `${label}:${i + 1}: field "${issue?.path.join('.') || '(record)'}": ${issue?.message}`);
    }
    if (!ids.has(r.data.source)) throw new KoryuError('E_GOLD', `${label}:${i + 1}: source '${r.data.source}' is not in sources.tsv`);
    out.push(r.data);
  });
  return out;
}

/**
 * A gold line as a scorable event: its evidence is the cue's first occurrence in the page (the
 * scorer uses evidence only to prefer, among compatible pairs, the one told by the same words).
 */
export function goldEvent(g: RealGold, index: number, text: string): KoryuEvent {
  const { source, cue, ...fields } = g;
  const at = text.indexOf(cue);
  const evidence = at >= 0 ? [{ start: at, end: at + cue.length, text: cue }] : [];
  return { id: `${source}#${index}`, ...fields, evidence, confidence: 1, source };
}

export interface RealSet {
  dir: string;
  sources: RealSource[];
  gold: RealGold[];
}

export function loadRealSet(dir: string): RealSet {
  const read = (name: string): string => {
    const file = path.join(dir, name);
    if (!existsSync(file)) throw new KoryuError('E_NOT_FOUND', `${file}: not found`);
    return readFileSync(file, 'utf8');
  };
  const sources = parseSources(read('sources.tsv'));
  return { dir, sources, gold: parseRealGold(read('gold.jsonl'), sources) };
}

/** Calibration: how often events of each confidence band are right. */
export interface CalibrationRow {
  band: string;
  from: number;
  to: number;
  predicted: number;
  correct: number;
}

export const CONFIDENCE_BANDS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.0001],
];

export function calibrate(predictions: { confidence: number; correct: boolean }[]): CalibrationRow[] {
  return CONFIDENCE_BANDS.map(([from, to]) => {
    const inBand = predictions.filter((p) => p.confidence >= from && p.confidence < to);
    return {
      band: `${from.toFixed(1)}–${Math.min(to, 1).toFixed(1)}`,
      from,
      to,
      predicted: inBand.length,
      correct: inBand.filter((p) => p.correct).length,
    };
  });
}

/** One page of a set, extracted and scored. */
export interface RealPage {
  source: RealSource;
  result: EvalResult;
  gold: KoryuEvent[];
  predicted: KoryuEvent[];
}

export interface RealRun {
  pages: RealPage[];
  absent: RealSource[];
  chosen: RealSource[];
  cache: string;
}

/**
 * Extract every cached page of a set (`extract` is given the page's file and publication date) and
 * score it against its gold with the matching of `koryu eval`.
 */
export function runRealSet(
  dir: string,
  cache: string,
  extract: (file: string, published: string) => KoryuEvent[],
  filter?: string,
): RealRun {
  const set = loadRealSet(dir);
  const chosen = set.sources.filter((s) => !filter || s.id.startsWith(filter));
  const pages: RealPage[] = [];
  const absent: RealSource[] = [];
  for (const source of chosen) {
    const file = path.join(cache, `${source.id}.txt`);
    if (!existsSync(file)) {
      absent.push(source);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const gold = set.gold.filter((g) => g.source === source.id).map((g, i) => goldEvent(g, i, text));
    const predicted = extract(file, source.published);
    pages.push({ source, result: scoreEvents(gold, predicted), gold, predicted });
  }
  return { pages, absent, chosen, cache };
}
