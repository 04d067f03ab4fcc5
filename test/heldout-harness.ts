/**
 * What every held-out test file shares: loading a document and its gold once, the score floors, and
 * small span helpers for the "must not be an event" assertions.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../src/eval/gold.js';
import { scoreEvents } from '../src/eval/score.js';
import type { KoryuDocument } from '../src/model/document.js';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeFileSync, extractEvents } from '../src/pipeline/index.js';

export interface Floor {
  precision: number;
  recall: number;
  f1: number;
}

export interface HeldoutDocument {
  file: string;
  gold: string;
  floor: Floor;
}

export interface Run {
  text: string;
  doc: KoryuDocument;
  gold: KoryuEvent[];
  events: KoryuEvent[];
}

/** A loader that decodes, extracts and reads the gold of each document once. */
export function heldoutRunner(dir: string, documents: HeldoutDocument[]): (file: string) => Run {
  const cache = new Map<string, Run>();
  return (file) => {
    let r = cache.get(file);
    if (!r) {
      const source = decodeFileSync(join(dir, file));
      const doc = buildDocument(source);
      const { events } = extractEvents(doc);
      const gold = documents.find((d) => d.file === file)!.gold;
      r = { text: source.text, doc, gold: loadGold(join(dir, gold)), events };
      cache.set(file, r);
    }
    return r;
  };
}

/** For each document: a valid gold, the score floors, evidence inside the decoded text. */
export function describeScores(label: string, documents: HeldoutDocument[], run: (file: string) => Run): void {
  describe(`${label}: gold and scores`, () => {
    for (const { file, floor } of documents) {
      describe(file, () => {
        it('has a valid gold whose evidence matches the decoded text', () => {
          const { text, gold } = run(file);
          expect(gold.length).toBeGreaterThanOrEqual(5);
          for (const e of gold) {
            expect(e.partners).not.toContain('JPN');
            expect([...e.partners].sort()).toEqual(e.partners);
            expect(e.confidence).toBe(1);
            for (const ev of e.evidence) expect(text.slice(ev.start, ev.end), e.id).toBe(ev.text);
          }
        });

        it(`scores at least P ${floor.precision}, R ${floor.recall}, F1 ${floor.f1}`, () => {
          const { gold, events } = run(file);
          const { overall } = scoreEvents(gold, events);
          expect(overall.precision).toBeGreaterThanOrEqual(floor.precision);
          expect(overall.recall).toBeGreaterThanOrEqual(floor.recall);
          expect(overall.f1).toBeGreaterThanOrEqual(floor.f1);
        });

        it('gives every event evidence that lies inside the decoded text', () => {
          const { text, events } = run(file);
          for (const e of events) {
            expect(e.evidence.length).toBeGreaterThan(0);
            for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
          }
        });
      });
    }
  });
}

/** [start, end) of the only occurrence of `needle` in the decoded text; fails when absent. */
export function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  expect(start, `「${needle}」 in the decoded text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, start + 1), `「${needle}」 occurs once`).toBe(-1);
  return { start, end: start + needle.length };
}

/** From the start of `needle` to the end of its sentence (the next 「。」). */
export function sentenceSpan(text: string, needle: string): { start: number; end: number } {
  const { start } = spanOf(text, needle);
  return { start, end: text.indexOf('。', start) + 1 };
}

/** Events created from a span: their first evidence starts inside it. */
export const createdIn = (events: KoryuEvent[], span: { start: number; end: number }): KoryuEvent[] =>
  events.filter((e) => e.evidence[0] && e.evidence[0].start >= span.start && e.evidence[0].start < span.end);

/** Events with any evidence overlapping the span. */
export const touching = (events: KoryuEvent[], span: { start: number; end: number }): KoryuEvent[] =>
  events.filter((e) => e.evidence.some((ev) => ev.start < span.end && ev.end > span.start));

export const describeEvent = (e: KoryuEvent): string => `${e.kind} ${e.date} ${e.partners.join('+')} (${e.rule ?? '?'})`;

/** The sentence whose clean text contains `needle`. */
export function sentenceWith(doc: KoryuDocument, needle: string) {
  const s = doc.sentences.find((x) => x.text.includes(needle));
  expect(s, `a sentence containing 「${needle}」`).toBeDefined();
  return s!;
}

export const sameIdentity = (e: KoryuEvent, kind: string, date: string, partners: string[]): boolean =>
  e.kind === kind && e.date.startsWith(date) && [...e.partners].sort().join() === [...partners].sort().join();
