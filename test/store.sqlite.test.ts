import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract, makeSource, sampleEvents, makeEvent } from '../src/store/contract.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { eventsHash } from '../src/store/sqlite/store.js';
import { createHash } from 'node:crypto';
import { defaultDbPath, openStore } from '../src/store/index.js';
import { KoryuError } from '../src/model/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `db-${++n}.db`);

runStoreContract('sqlite (file)', async (hooks) =>
  openSqliteStore(freshFile(), {
    beforeEventWrite: (i) => {
      if (hooks?.failAtEventWrite === i) throw new Error(`test hook: failing event write ${i}`);
    },
  }),
);

/** Every row of every table, for row-for-row comparisons. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    // Ordered by every column (the full-text table has one, its shadow tables two to four).
    const orderBy = (t: string) => (db.pragma(`table_info("${t}")`) as unknown[]).map((_, i) => i + 1).join(', ');
    return Object.fromEntries(tables.map((t) => [t.name, db.prepare(`SELECT * FROM "${t.name}" ORDER BY ${orderBy(t.name)}`).all()]));
  } finally {
    db.close();
  }
}

describe('SQLite backend specifics', () => {
  it("fingerprints a source's records as the digest of their JSON sorted by id (fed a record at a time)", () => {
    const events = [...sampleEvents(), makeEvent({ id: 'e-0', date: '2019', partners: ['FRA'], name: '日仏「2+2」\u2028' })];
    const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(eventsHash(events)).toBe(createHash('sha256').update(JSON.stringify(sorted)).digest('hex'));
    expect(eventsHash([])).toBe(createHash('sha256').update('[]').digest('hex'));
  });

  it('creates the schema once; reopening runs no migration again', async () => {
    const file = freshFile();
    await (await openStore(file)).close();
    const first = dump(file);
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(['sources', 'records', 'events', 'event_partners', 'evidences', 'partners', 'schema_migrations']),
    );
    await (await openStore(file)).close();
    expect(dump(file)).toEqual(first);
  });

  it('indexes each distinct evidence sentence once: an event told by one sentence thousands of times keeps a short full-text body', async () => {
    const file = freshFile();
    const store = await openStore(file);
    const sentence = '防衛大臣は豪国防大臣と会談を行った。';
    const evidence = Array.from({ length: 5000 }, (_, i) => ({ start: i * 20, end: i * 20 + 18, text: sentence }));
    await store.ingest(makeSource('repeated.txt'), [makeEvent({ id: 'rep', evidence: [...evidence, { start: 200000, end: 200005, text: '別の文。' }] })]);
    expect((await store.listEvents({ limit: 10, q: '豪国防大臣' })).events.map((e) => e.id)).toEqual(['rep']);
    expect((await store.listEvents({ limit: 10, q: '別の文' })).events.map((e) => e.id)).toEqual(['rep']);
    await store.close();
    const db = new Database(file, { readonly: true });
    try {
      const { body } = db.prepare('SELECT body FROM events_fts').get() as { body: string };
      expect(body.split('\n').filter((l) => l === sentence)).toHaveLength(1);
      expect(body).toContain('別の文。');
    } finally {
      db.close();
    }
  });

  it('uses WAL (readers alongside a writer)', async () => {
    const file = freshFile();
    await (await openStore(file)).close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('leaves every table row-for-row unchanged when an ingest fails at its Nth write', async () => {
    const file = freshFile();
    let failAt: number | undefined;
    const store = await openSqliteStore(file, {
      beforeEventWrite: (i) => {
        if (i === failAt) throw new Error('boom');
      },
    });
    await store.ingest(makeSource('a.txt', 'h1'), sampleEvents());
    await store.ingest(makeSource('b.txt', 'h1'), [makeEvent({ id: 'b1' })]);
    const before = dump(file);
    for (failAt = 0; failAt < 4; failAt++) {
      const next = sampleEvents().slice(1).concat(makeEvent({ id: 'new', partners: ['PHL'] }));
      await expect(store.ingest(makeSource('a.txt', 'h2'), next)).rejects.toThrow('boom');
      expect(dump(file)).toEqual(before);
    }
    await store.close();
  });

  it('keeps the row (pk) of an event whose id survives a replacement', async () => {
    const file = freshFile();
    const store = await openStore(file);
    await store.ingest(makeSource('a.txt', 'h1'), sampleEvents());
    const pkOf = () =>
      Object.fromEntries(
        (dump(file).records as { id: string; pk: number }[]).map((r) => [r.id, r.pk]),
      );
    const before = pkOf();
    await store.ingest(makeSource('a.txt', 'h2'), [...sampleEvents().slice(0, 2), makeEvent({ id: 'z' })]);
    const after = pkOf();
    expect(after['e-aus-talks']).toBe(before['e-aus-talks']);
    expect(after['e-ind-phone']).toBe(before['e-ind-phone']);
    expect(after['e-gbr-year']).toBeUndefined();
    // Evidences and partners of removed events went with them.
    const d = dump(file);
    const pks = new Set(Object.values(after));
    for (const r of d.evidences as { event_pk: number }[]) expect(pks.has(r.event_pk)).toBe(true);
    for (const r of d.partners as { event_pk: number }[]) expect(pks.has(r.event_pk)).toBe(true);
    await store.close();
  });

  it('reports a locked database as a KoryuError and writes nothing', async () => {
    const file = freshFile();
    const store = await openSqliteStore(file, { busyTimeoutMs: 50 });
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const err = await store.ingest(makeSource('a.txt'), sampleEvents()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KoryuError);
      expect((err as KoryuError).message).toMatch(/db-\d+\.db: .*locked.*SQLITE_BUSY/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.listSources()).toEqual([]);
    await store.close();
  });

  it('upgrades a version-1 database: its rows become records, linked into events (ids of their lead records)', async () => {
    const file = freshFile();
    const { MIGRATIONS } = await import('../src/store/sqlite/migrations.js');
    const old = new Database(file);
    old.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    old.exec(MIGRATIONS[0].sql);
    old.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(MIGRATIONS[0].name, '2024-01-01T00:00:00Z');
    const { recordRow } = await import('../src/store/sqlite/rows.js');
    const cols = 'id, source_id, kind, date, date_end, month_lo, month_hi, is_span, format, level, jp_role, mode, name, instrument, milestone, method, field, high_level, confidence, rule, json';
    for (const [src, e] of [
      ['s1', makeEvent({ id: 'old-1', date: '2020-12', partners: ['IND'], mode: 'phone' })],
      ['s2', makeEvent({ id: 'old-2', date: '2020-12-22', partners: ['IND'], mode: 'phone' })],
    ] as const) {
      old.prepare(`INSERT OR IGNORE INTO sources VALUES (?, ?, NULL, 'h', 'eh', 'utf-8', 'text', '2024-01-01T00:00:00Z')`).run(src, `${src}.txt`);
      const ins = old.prepare(`INSERT INTO events (${cols}) VALUES (${cols.split(', ').map(() => '?').join(', ')})`);
      const pk = ins.run(...recordRow(src, e).slice(0, 21)).lastInsertRowid;
      old.prepare('INSERT INTO evidences VALUES (?, 0, 10, 40, ?)').run(pk, e.evidence[0].text);
      old.prepare('INSERT INTO partners VALUES (?, ?)').run(pk, 'IND');
    }
    old.close();
    const store = await openStore(file);
    const events = await store.queryEvents();
    expect(events.map((e) => [e.id, e.date, e.sources.map((s) => s.path)])).toEqual([['old-2', '2020-12-22', ['s2.txt', 's1.txt']]]);
    expect((await store.listSources()).map((s) => s.eventCount)).toEqual([1, 1]);
    await store.close();
  });

  it('works in memory', async () => {
    const store = await openStore(':memory:');
    await store.ingest(makeSource('a.txt'), sampleEvents());
    expect(await store.queryEvents({ partner: 'IND' })).toHaveLength(1);
    await store.close();
  });
});

describe('openStore', () => {
  it('refuses a PostgreSQL URL with a clear message, without echoing a password', async () => {
    const err = await openStore('postgres://me:secret@db.example/koryu').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KoryuError);
    expect((err as KoryuError).message).toMatch(/PostgreSQL backend is not yet available/);
    expect((err as KoryuError).message).not.toMatch(/secret/);
  });

  it('with mustExist, fails on a missing file and does not create it', async () => {
    const file = path.join(dir, 'missing.db');
    await expect(openStore(file, { mustExist: true })).rejects.toBeInstanceOf(KoryuError);
    expect(existsSync(file)).toBe(false);
  });

  it('reports a file that is not a database as a KoryuError', async () => {
    const file = path.join(dir, 'not-a-db.db');
    (await import('node:fs')).writeFileSync(file, 'this is plain text, not SQLite, padded to be long enough '.repeat(20));
    await expect(openStore(file)).rejects.toBeInstanceOf(KoryuError);
  });

  it('defaults to $KORYU_DB, else ./koryu.db', () => {
    const saved = process.env.KORYU_DB;
    try {
      delete process.env.KORYU_DB;
      expect(defaultDbPath()).toBe('./koryu.db');
      process.env.KORYU_DB = '/tmp/x.db';
      expect(defaultDbPath()).toBe('/tmp/x.db');
    } finally {
      if (saved === undefined) delete process.env.KORYU_DB;
      else process.env.KORYU_DB = saved;
    }
  });
});

describe('period filter in SQL agrees with the reference rule', () => {
  it('for random dates, spans and periods', async () => {
    const { default: fc } = await import('fast-check');
    const { eventInPeriod } = await import('../src/store/period.js');
    const month = fc.tuple(fc.integer({ min: 2018, max: 2022 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const date = fc.oneof(
      fc.integer({ min: 2018, max: 2022 }).map(String),
      month,
      month.map((m) => `${m}-15`),
    );
    const store = await openStore(':memory:');
    const events = Array.from({ length: 60 }, (_, i) => {
      const [d, e] = fc.sample(fc.tuple(date, fc.option(date, { nil: undefined })), { numRuns: 1, seed: i })[0];
      const dateEnd = e !== undefined && e > d ? e : undefined;
      return makeEvent({ id: `r${i}`, date: d, ...(dateEnd ? { dateEnd } : {}) });
    });
    await store.ingest(makeSource('r.txt'), events);
    await fc.assert(
      fc.asyncProperty(fc.option(month, { nil: undefined }), fc.option(month, { nil: undefined }), async (from, to) => {
        const got = (await store.queryEvents({ from, to })).map((e) => e.id).sort();
        const want = events.filter((e) => eventInPeriod(e.date, e.dateEnd, from, to)).map((e) => e.id).sort();
        expect(got).toEqual(want);
      }),
      { numRuns: 200 },
    );
    await store.close();
  });
});
