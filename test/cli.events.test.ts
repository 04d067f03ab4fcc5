import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerEvents, type EventsDeps } from '../src/cli/commands/events.js';
import { openStore } from '../src/store/index.js';
import { makeSource } from '../src/store/contract.js';
import { runCli } from './cli-harness.js';
import { EVENTS_BY_FILE } from './cli-fixtures.js';

const KNOWN = new Set(['AUS', 'IND', 'USA', 'LKA', 'GBR', 'NATO', 'EU', 'ASEAN', 'UN']);
const deps = (tty = false): EventsDeps => ({ isPartnerCode: async (c) => KNOWN.has(c), stdoutIsTTY: () => tty });

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-events-'));
const db = path.join(dir, 'k.db');

beforeAll(async () => {
  const store = await openStore(db);
  await store.ingest(makeSource(path.resolve('a.txt')), EVENTS_BY_FILE['a.txt']);
  await store.ingest(makeSource(path.resolve('b.txt')), EVENTS_BY_FILE['b.txt']);
  await store.close();
});

const run = (args: string[], tty = false) => runCli((p) => registerEvents(p, deps(tty)), ['events', '--db', db, ...args]);
const ids = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id);

describe('koryu events', () => {
  it('prints JSON lines when stdout is not a terminal, a table when it is', async () => {
    const piped = await run([]);
    expect(piped.exitCode).toBe(0);
    expect(ids(piped.stdout)).toEqual(['ev-aaaa00000002', 'ev-bbbb00000001', 'ev-aaaa00000001', 'ev-aaaa00000003']);
    const tty = await run([], true);
    expect(tty.stdout.split('\n')[0]).toMatch(/^id\s+date\s+kind\s+partners/);
    expect(tty.stdout).toContain('4 events');
    expect((await run(['--format', 'csv'], true)).stdout).toMatch(/^id,kind,/);
  });

  it('filters by partner (case-insensitive), kind, period, high level and mode', async () => {
    expect(ids((await run(['--partner', 'aus'])).stdout)).toEqual(['ev-aaaa00000001', 'ev-aaaa00000003']);
    expect(ids((await run(['--kind', 'port-call'])).stdout)).toEqual(['ev-bbbb00000001']);
    expect(ids((await run(['--from', '2020-06', '--to', '2020-12'])).stdout)).toEqual(['ev-bbbb00000001', 'ev-aaaa00000001']);
    expect(ids((await run(['--high-level'])).stdout)).toEqual(['ev-aaaa00000002', 'ev-aaaa00000001']);
    expect(ids((await run(['--mode', 'phone'])).stdout)).toEqual(['ev-aaaa00000002']);
    expect(ids((await run(['--partner', 'AUS', '--from', '2021-02'])).stdout)).toEqual(['ev-aaaa00000003']);
    expect((await run(['--partner', 'GBR'])).stdout).toBe('');
    expect(ids((await run(['--source', 'b.txt'])).stdout)).toEqual(['ev-bbbb00000001']);
    expect(ids((await run(['--source', './a.txt', '--kind', 'exercise'])).stdout)).toEqual(['ev-aaaa00000003']);
  });

  it('keeps only events at least as confident as --min-confidence, and rejects a value outside 0–1', async () => {
    expect(ids((await run(['--min-confidence', '0'])).stdout)).toHaveLength(4);
    expect(ids((await run(['--min-confidence', '1'])).stdout)).toEqual([]);
    const bad = await run(['--min-confidence', '80']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe("koryu: --min-confidence: '80' is not a number from 0 to 1 (e.g. 0.8)\n");
  });

  it('rejects an unknown partner code with the expected form', async () => {
    const r = await run(['--partner', 'XXX']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      "koryu: --partner: unknown partner code 'XXX' (expected an ISO 3166-1 alpha-3 code such as AUS, or NATO, EU, ASEAN, UN)\n",
    );
  });

  it('rejects a malformed month with an example', async () => {
    const r = await run(['--from', '2020-4']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^koryu: --from: .*2020-4.*e\.g\. 2020-04/);
    expect((await run(['--to', 'March'])).stderr).toMatch(/^koryu: --to: /);
    expect((await run(['--from', '2021-04', '--to', '2021-03'])).stderr).toMatch(/--from 2021-04 is after --to 2021-03/);
  });

  it('rejects an unknown kind or mode, listing the valid ones', async () => {
    const k = await run(['--kind', 'meeting']);
    expect(k.exitCode).toBe(2);
    expect(k.stderr).toBe(
      "koryu: --kind: unknown kind 'meeting' (expected one of: talks, exercise, port-call, capacity-building, equipment, agreement, conference, personnel, other)\n",
    );
    expect((await run(['--mode', 'tv'])).stderr).toBe(
      "koryu: --mode: unknown mode 'tv' (expected one of: in-person, phone, video, unknown)\n",
    );
  });

  it('refuses a missing database without creating one, and suggests koryu ingest', async () => {
    const missing = path.join(dir, 'missing.db');
    const r = await runCli((p) => registerEvents(p, deps()), ['events', '--db', missing]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^koryu: no database at .*missing\.db: run `koryu ingest FILE\.\.\.` first/);
    expect(existsSync(missing)).toBe(false);
  });

  it('names a PostgreSQL location as not yet available (not as a missing file)', async () => {
    const r = await runCli((p) => registerEvents(p, deps()), ['events', '--db', 'postgres://db.example/koryu']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^koryu: the PostgreSQL backend is not yet available/);
  });

  it('documents the period rule and the default format in --help', async () => {
    const help = (await run(['--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('a year-only date only when the whole year is');
    expect(help).toContain('Output: a table when stdout is a terminal, JSON lines otherwise');
  });
});

const gazetteerReady = existsSync(path.resolve(import.meta.dirname, '../src/gazetteer/index.ts'));

describe.skipIf(!gazetteerReady)('koryu events with the real gazetteer', () => {
  it('accepts ISO codes and organizations, rejects others', async () => {
    const real = (args: string[]) => runCli((p) => registerEvents(p), ['events', '--db', db, '--format', 'jsonl', ...args]);
    expect((await real(['--partner', 'AUS'])).exitCode).toBe(0);
    expect((await real(['--partner', 'NATO'])).exitCode).toBe(0);
    expect((await real(['--partner', 'XXX'])).exitCode).toBe(2);
  });
});
