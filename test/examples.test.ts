/**
 * The bundled examples (examples/), which `npm start` ingests: Koryu must actually extract what
 * they were written to show — at least 20 partners, every kind of event, and the engagements
 * that a press release and a white-paper text both report linked into one event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIngest } from '../src/cli/commands/ingest.js';
import { EVENT_KINDS } from '../src/model/event.js';
import type { AtlasEvent } from '../src/model/atlas.js';
import { partnerTypeOf } from '../src/reports/gazetteer.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-examples-'));
const db = path.join(dir, 'examples.db');
let events: AtlasEvent[] = [];

beforeAll(async () => {
  const run = await runCli(registerIngest, ['ingest', '--db', db, path.resolve('examples')]);
  expect(run.exitCode, run.stderr).toBe(0);
  const store = await openStore(db, { mustExist: true });
  try {
    events = await store.queryEvents();
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const find = (kind: string, partner: string, date: string) => events.filter((e) => e.kind === kind && e.partners.includes(partner) && e.date.startsWith(date));

describe('the bundled examples', () => {
  it('give a full map: at least 20 partner countries, and every kind of event', () => {
    const countries = new Set(events.flatMap((e) => e.partners).filter((p) => partnerTypeOf(p) === 'country'));
    expect(countries.size).toBeGreaterThanOrEqual(20);
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(EVENT_KINDS));
    expect(events.length).toBeGreaterThanOrEqual(100);
  });

  it('hold the engagements they were written to show', () => {
    // One row per [kind, partner, date prefix, what must hold].
    const rows: [string, string, string, (e: AtlasEvent) => boolean][] = [
      ['agreement', 'GBR', '2023-01', (e) => e.instrument === 'RAA' && e.milestone === 'signed'],
      ['agreement', 'AUS', '2023-08', (e) => e.instrument === 'RAA' && e.milestone === 'in-force'],
      ['agreement', 'CHN', '2023-03', (e) => e.milestone === 'operational'],
      ['agreement', 'VNM', '2021-09', (e) => e.instrument === 'ETA'],
      ['exercise', 'AUS', '2021-08', (e) => e.partners.includes('IND') && e.partners.includes('USA')],
      ['exercise', 'MNG', '2023-06', (e) => !!e.name?.includes('カーン・クエスト')],
      ['port-call', 'LKA', '2023-04', () => true],
      ['port-call', 'GBR', '2021-09', () => true],
      ['capacity-building', 'PNG', '2023-08', (e) => e.method === 'dispatch'],
      ['capacity-building', 'VNM', '2021-12', (e) => e.method === 'online'],
      ['talks', 'SAU', '2023-11', (e) => e.mode === 'video' && e.highLevel],
      ['talks', 'IND', '2022-03', (e) => e.mode === 'phone'],
      ['conference', 'NATO', '2023-07', () => true],
      ['personnel', 'NATO', '2023-09', () => true],
      ['other', 'TON', '2022-01', () => true],
    ];
    for (const [kind, partner, date, holds] of rows) {
      expect(find(kind, partner, date).filter(holds), `${kind} ${partner} ${date}`).toHaveLength(1);
    }
  });

  it('link what a press release and a white-paper text both report, dated by the press release', () => {
    for (const [kind, partner, date] of [
      ['agreement', 'PHL', '2024-07-08'],
      ['equipment', 'PHL', '2023-12-08'],
    ]) {
      const linked = find(kind, partner, date);
      expect(linked, `${kind} ${partner}`).toHaveLength(1);
      expect(linked[0].sources.map((s) => s.kind).sort(), `${kind} ${partner}`).toEqual(['press-release', 'whitepaper']);
    }
  });
});
