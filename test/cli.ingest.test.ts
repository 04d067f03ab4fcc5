import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIngest } from '../src/cli/commands/ingest.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';
import { EVENTS_BY_FILE, ev, stubExtract } from './cli-fixtures.js';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'koryu-ingest-'));
  db = path.join(dir, 'k.db');
});

const run = (args: string[], byFile = EVENTS_BY_FILE) => runCli((p) => registerIngest(p, stubExtract(byFile)), args);

async function stored(): Promise<string[]> {
  const store = await openStore(db, { mustExist: true });
  try {
    return (await store.queryEvents()).map((e) => e.id).sort();
  } finally {
    await store.close();
  }
}

describe('koryu ingest', () => {
  it('stores one file and prints a summary', async () => {
    const r = await run(['ingest', 'a.txt', '--db', db]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`ingested 1 file into ${db}: 1 added, 0 replaced, 0 unchanged; 3 events (3 new, 0 removed)\n`);
    expect(r.stderr).toBe('');
    expect(await stored()).toEqual(['ev-aaaa00000001', 'ev-aaaa00000002', 'ev-aaaa00000003']);
  });

  it('shows progress for several files, warns about a file without events, and exits 0', async () => {
    const r = await run(['ingest', 'a.txt', 'b.txt', 'empty.txt', '--db', db]);
    expect(r.exitCode).toBe(0);
    const a = path.resolve('a.txt');
    expect(r.stderr).toContain(`[1/3] ${a}: 3 events (added)\n`);
    expect(r.stderr).toContain(`[2/3] ${path.resolve('b.txt')}: 1 event (added)\n`);
    expect(r.stderr).toMatch(/koryu: warning: .*empty\.txt: no events found/);
    expect(r.stdout).toMatch(/ingested 3 files .*3 added, 0 replaced, 0 unchanged; 4 events/);
  });

  it('is idempotent, and replaces a changed file keeping surviving ids', async () => {
    await run(['ingest', 'a.txt', '--db', db]);
    const again = await run(['ingest', 'a.txt', '--db', db]);
    expect(again.stdout).toMatch(/0 added, 0 replaced, 1 unchanged; 3 events \(0 new, 0 removed\)/);
    const changed = { 'a.txt': [EVENTS_BY_FILE['a.txt'][0], ev('ev-aaaa00000009', { date: '2021-03' })] };
    const r = await run(['ingest', 'a.txt', '--db', db], changed);
    expect(r.stdout).toMatch(/0 added, 1 replaced, 0 unchanged; 2 events \(1 new, 2 removed\)/);
    expect(await stored()).toEqual(['ev-aaaa00000001', 'ev-aaaa00000009']);
  });

  it('writes nothing, not even the database file, when one of several files cannot be decoded', async () => {
    const r = await run(['ingest', 'a.txt', 'bad.txt', 'b.txt', '--db', db]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/koryu: .*bad\.txt: cannot be decoded/);
    expect(existsSync(db)).toBe(false);
  });

  it('leaves an existing database untouched when a file fails', async () => {
    await run(['ingest', 'b.txt', '--db', db]);
    await run(['ingest', 'a.txt', 'bad.txt', '--db', db]);
    expect(await stored()).toEqual(['ev-bbbb00000001']);
  });

  it('stores a file named twice once, under its absolute path', async () => {
    const r = await run(['ingest', 'a.txt', './a.txt', '--db', db]);
    expect(r.stdout).toMatch(/ingested 1 file/);
    const store = await openStore(db);
    expect((await store.listSources()).map((s) => s.path)).toEqual([path.resolve('a.txt')]);
    await store.close();
  });

  describe('default database', () => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.KORYU_DB;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.KORYU_DB;
      else process.env.KORYU_DB = saved;
    });
    it('uses $KORYU_DB when --db is absent', async () => {
      process.env.KORYU_DB = db;
      const r = await run(['ingest', 'b.txt']);
      expect(r.stdout).toContain(`into ${db}`);
      expect(await stored()).toEqual(['ev-bbbb00000001']);
    });
  });

  it('says in --help that a bad file stops the run before anything is written', async () => {
    const help = (await run(['ingest', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('a file that cannot be read or decoded stops the run before ANY file is stored');
  });
});

const pipelineReady = await import('../src/pipeline/index.js').then(
  () => true,
  () => false,
);

describe.skipIf(!pipelineReady)('koryu ingest with the real pipeline', () => {
  it('stores the example, then finds it unchanged', async () => {
    const example = path.resolve(import.meta.dirname, '../examples/sample-whitepaper.ja.txt');
    const first = await runCli((p) => registerIngest(p), ['ingest', example, '--db', db]);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/1 added/);
    const again = await runCli((p) => registerIngest(p), ['ingest', example, '--db', db]);
    expect(again.stdout).toMatch(/1 unchanged/);
    expect((await stored()).length).toBeGreaterThan(0);
  });
});
