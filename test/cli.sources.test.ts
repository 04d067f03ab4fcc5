import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerSources } from '../src/cli/commands/sources.js';
import { makeSource } from '../src/store/contract.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { runCli } from './cli-harness.js';
import { EVENTS_BY_FILE } from './cli-fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-sources-'));
const db = path.join(dir, 'k.db');

beforeAll(async () => {
  const store = await openSqliteStore(db, { now: () => new Date('2024-05-01T09:30:00.123Z') });
  await store.ingest(
    { ...makeSource('/corpus/wp2021.txt', 'a'.repeat(64)), kind: 'whitepaper', kindFoundBy: 'text: 令和3年版防衛白書', published: '2021', publishedFoundBy: 'text: 令和3年版防衛白書' },
    EVENTS_BY_FILE['a.txt'],
  );
  await store.ingest({ ...makeSource('/corpus/note.txt', 'b'.repeat(64)) }, EVENTS_BY_FILE['b.txt']);
  await store.close();
});

const run = (args: string[], tty = false) => runCli((p) => registerSources(p, () => tty), ['sources', '--db', db, ...args]);

describe('koryu sources', () => {
  it('lists path, kind and publication date with how they were found, hash, events and ingest time', async () => {
    const r = await run([], true);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^path\s+kind \(found by\)\s+published \(found by\)\s+sha256\s+events\s+ingested$/);
    expect(lines[2]).toMatch(/^\/corpus\/note\.txt\s+-\s+-\s+b{12}\s+1\s+2024-05-01 09:30:00Z$/);
    expect(lines[3]).toMatch(
      /^\/corpus\/wp2021\.txt\s+whitepaper \(text: 令和3年版防衛白書\)\s+2021 \(text: 令和3年版防衛白書\)\s+a{12}\s+3\s+2024-05-01/,
    );
    expect(r.stdout).toContain('2 sources\n');
  });

  it('gives JSON when piped', async () => {
    const r = await run([]);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.map((s: { path: string; eventCount: number }) => [s.path, s.eventCount])).toEqual([
      ['/corpus/note.txt', 1],
      ['/corpus/wp2021.txt', 3],
    ]);
    expect(parsed[1]).toMatchObject({ kind: 'whitepaper', published: '2021', contentHash: 'a'.repeat(64) });
  });

  it('refuses a missing database without creating it', async () => {
    const r = await runCli((p) => registerSources(p), ['sources', '--db', path.join(dir, 'none.db')]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/no database at .*none\.db/);
  });
});
