import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
  it('says how many events the atlas holds when sources report the same engagement', async () => {
    // The same phone call told by two documents: two records, one event of the atlas.
    const call = (id: string) => ev(id, { date: '2020-12-22', partners: ['IND'], mode: 'phone' });
    const r = await run(['ingest', 'paper.txt', 'release.txt', '--db', db], { 'paper.txt': [call('ev-pppp00000001')], 'release.txt': [call('ev-rrrr00000001')] });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/; 2 events \(2 new, 0 removed, 1 also in other sources\); .*k\.db now holds 1 event\n$/);
    expect(await stored()).toHaveLength(1);
  });

  it('stores one file and prints a summary', async () => {
    const r = await run(['ingest', 'a.txt', '--db', db]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`ingested 1 file into ${db}: 1 added, 0 replaced, 0 unchanged; 3 events (3 new, 0 removed, 0 also in other sources); ${db} now holds 3 events\n`);
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
    expect(again.stdout).toMatch(/0 added, 0 replaced, 1 unchanged; 3 events \(0 new, 0 removed, 0 also in other sources\)/);
    const changed = { 'a.txt': [EVENTS_BY_FILE['a.txt'][0], ev('ev-aaaa00000009', { date: '2021-03' })] };
    const r = await run(['ingest', 'a.txt', '--db', db], changed);
    expect(r.stdout).toMatch(/0 added, 1 replaced, 0 unchanged; 2 events \(1 new, 2 removed, 0 also in other sources\)/);
    expect(await stored()).toEqual(['ev-aaaa00000001', 'ev-aaaa00000009']);
  });

  it('skips a file that cannot be decoded, naming it, ingests the others, and exits 1', async () => {
    const r = await run(['ingest', 'a.txt', 'bad.txt', 'b.txt', '--db', db]);
    expect(r.exitCode).toBe(1);
    const bad = path.resolve('bad.txt');
    expect(r.stderr).toContain(`koryu: skipped ${bad}: cannot be decoded as text\n`);
    expect(r.stderr).toContain(`[2/3] ${bad}: skipped\n`);
    expect(r.stdout).toBe(
      `ingested 2 files into ${db}: 2 added, 0 replaced, 0 unchanged; 4 events (4 new, 0 removed, 0 also in other sources); ${db} now holds 4 events; ` +
        `1 file skipped (${bad})\n`,
    );
    expect(r.stderr).toMatch(/koryu: 1 file skipped; the others were ingested\n$/);
    expect(await stored()).toEqual(['ev-aaaa00000001', 'ev-aaaa00000002', 'ev-aaaa00000003', 'ev-bbbb00000001']);
  });

  it("leaves the other sources' data untouched when a file fails", async () => {
    await run(['ingest', 'b.txt', '--db', db]);
    await run(['ingest', 'bad.txt', '--db', db]);
    expect(await stored()).toEqual(['ev-bbbb00000001']);
  });

  it('creates no database when every file fails', async () => {
    const r = await run(['ingest', 'bad.txt', 'bad2.txt', '--db', db]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/ingested 0 files .*2 files skipped/);
    expect(existsSync(db)).toBe(false);
  });

  it('reads a folder recursively for .txt, .html, .htm and .pdf files, hidden entries aside', async () => {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(path.join(corpus, 'press', '.cache'), { recursive: true });
    for (const f of ['a.txt', 'press/b.html', 'press/empty.pdf', 'press/notes.md', 'press/.cache/a.txt', '.hidden.txt']) {
      writeFileSync(path.join(corpus, f), 'x');
    }
    const calls: string[] = [];
    const r = await runCli((p) => registerIngest(p, stubExtract({ ...EVENTS_BY_FILE, 'b.html': EVENTS_BY_FILE['b.txt'] }, calls)), [
      'ingest',
      corpus,
      '--db',
      db,
    ]);
    expect(r.exitCode).toBe(0);
    expect(calls).toEqual(['a.txt', 'press/b.html', 'press/empty.pdf'].map((f) => path.join(corpus, f)));
    expect(r.stdout).toMatch(/ingested 3 files .*3 added/);
    const again = await runCli((p) => registerIngest(p, stubExtract({ ...EVENTS_BY_FILE, 'b.html': EVENTS_BY_FILE['b.txt'] })), [
      'ingest',
      corpus,
      '--db',
      db,
    ]);
    expect(again.stdout).toMatch(/0 added, 0 replaced, 3 unchanged/);
  });

  it('names a missing path and a folder without documents, and ingests the rest', async () => {
    const emptyDir = mkdtempSync(path.join(dir, 'none-'));
    const r = await run(['ingest', 'a.txt', emptyDir, '--db', db]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`koryu: skipped ${emptyDir}: no .txt, .html, .htm, .pdf files in this folder`);
    expect(await stored()).toHaveLength(3);
  });

  it('keeps the kind and publication date given for the documents', async () => {
    await run(['ingest', 'b.txt', '--db', db, '--kind', 'press-release', '--published', '2020-07-01']);
    const store = await openStore(db, { mustExist: true });
    const [s] = await store.listSources();
    await store.close();
    expect(s).toMatchObject({ kind: 'press-release', kindFoundBy: 'option', published: '2020-07-01', publishedFoundBy: 'option' });
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

  it('says in --help that a bad file is skipped and the others ingested', async () => {
    const help = (await run(['ingest', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('is named with the reason and skipped, and the others are ingested');
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
