/**
 * The extractor on the sample, scored against the project's gold annotation and checked against
 * what the white paper's own figures say (test/expectations/). These are the acceptance
 * checks, kept as regression floors; `npm run scoreboard` prints the same figures in full.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGold } from '../src/eval/gold.js';
import { scoreEvents } from '../src/eval/score.js';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeFileSync, extractEvents } from '../src/pipeline/index.js';
import { buildAgreements, buildCapacityBuilding, buildHighLevel } from '../src/reports/index.js';
import { repoRoot, sampleAvailable, samplePath } from './corpus.js';

const expectations = JSON.parse(readFileSync(path.join(repoRoot, 'test/expectations/dow2021-iii-3-1.figures.json'), 'utf8'));
const sorted = (xs: string[]) => [...new Set(xs)].sort();

describe.skipIf(!sampleAvailable())('extraction on the sample', () => {
  let events: KoryuEvent[];
  beforeAll(() => {
    events = extractEvents(buildDocument(decodeFileSync(samplePath()))).events;
  });

  it('scores F1 ≥ 0.90 overall and ≥ 0.95 for talks against the gold', () => {
    const r = scoreEvents(loadGold(path.join(repoRoot, 'gold/dow2021-iii-3-1.gold.jsonl')), events);
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.byKind.find((k) => k.kind === 'talks')!.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the FY2020 high-level exchanges of 図表Ⅲ-3-1-2: 32 countries (not the US and Poland) and NATO, EU', () => {
    const hl = expectations.highLevelFY2020;
    const rows = buildHighLevel(events, { from: hl.from, to: hl.to }).rows;
    expect(sorted(rows.filter((r) => r.type === 'country').map((r) => r.partner))).toEqual(sorted(hl.countries));
    expect(sorted(rows.filter((r) => r.type === 'organization').map((r) => r.partner))).toEqual(sorted(hl.organizations));
    for (const absent of hl.absent) expect(rows.map((r) => r.partner)).not.toContain(absent);
  });

  it('gives the capacity-building partners and methods of 図表Ⅲ-3-1-5', () => {
    const cb = expectations.capacityBuilding;
    const rows = buildCapacityBuilding(events, { from: cb.from, to: cb.to }).rows;
    const by = (method: string) => sorted(rows.filter((r) => r.method === method).map((r) => r.partner));
    expect(sorted(rows.map((r) => r.partner))).toEqual(sorted(cb.partners));
    expect(by('online')).toEqual(sorted(cb.online));
    expect(by('invitation')).toEqual(expect.arrayContaining(cb.invitationIncludes));
    expect(by('dispatch')).toEqual(expect.arrayContaining(cb.dispatchIncludes));
  });

  it('gives the agreement milestones the text states, with their months', () => {
    const rows = buildAgreements(events).rows.map((r) => ({ partners: r.partners, instrument: r.instrument, milestone: r.milestone, date: r.date }));
    for (const want of expectations.agreements) expect(rows).toContainEqual(want);
  });

  it('points every event’s evidence at the original text', () => {
    const text = decodeFileSync(samplePath()).text;
    for (const e of events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});
