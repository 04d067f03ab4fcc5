/**
 * The explorer's reads (src/store/explore.ts) for SQLite: the in-memory index of facts.ts for
 * filters, order and counts; FTS5 (trigram) for the text; SQL for the events themselves.
 */
import type { AtlasEvent } from '../../model/atlas.js';
import { KoryuError } from '../../model/errors.js';
import type { CountDimension, CountRow, EventFilter, EventJsonPage, EventListQuery, EventPage, ExplorerReads, PartnerSummary } from '../explore.js';
import type { SqliteDatabase, SqliteStatement } from './driver.js';
import { countBy, liveFacts, loadFacts, matches, plan, snapshotFacts, tally, type Facts, type Plan } from './facts.js';
import { FTS_BODY } from './migrations.js';

/** Cursors are opaque to clients: base64url of [date key, pk] of the last event of the page. */
export function encodeCursor(date: number, pk: number): string {
  return Buffer.from(JSON.stringify([date, pk])).toString('base64url');
}

export function decodeCursor(cursor: string): { date: number; pk: number } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => Number.isSafeInteger(x) && x >= 0)) {
      return { date: v[0] as number, pk: v[1] as number };
    }
  } catch {
    // fall through
  }
  throw new KoryuError('E_BAD_VALUE', 'cursor: not a cursor this server gave out (pass the nextCursor of a previous page)');
}

/** Full-text terms: split on spaces (ASCII or ideographic), at most 16, duplicates dropped. */
export function textTerms(q: string): string[] {
  return [...new Set(q.split(/[\s\u3000]+/u).filter(Boolean))].slice(0, 16);
}

/**
 * The SQL over events_fts for some terms: terms of three characters or more go through the
 * trigram index (MATCH, each a quoted phrase, so no FTS syntax reaches the engine); shorter ones
 * are substring tests (LIKE, escaped), which scan.
 */
export function ftsSql(terms: string[]): { sql: string; params: string[] } {
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const where: string[] = [];
  const params: string[] = [];
  if (long.length) {
    where.push('events_fts MATCH ?');
    params.push(long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND '));
  }
  for (const t of short) {
    where.push(`body LIKE ? ESCAPE '\\'`);
    params.push(likePattern(t));
  }
  return { sql: `SELECT rowid FROM events_fts WHERE ${where.join(' AND ')}`, params };
}

const likePattern = (t: string): string => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Full text over a release's frozen rows: every term a substring of the same searchable text (a scan). */
export function snapshotTextSql(hash: string, terms: string[]): { sql: string; params: string[] } {
  return {
    sql: `SELECT rowid FROM (SELECT rowid, ${FTS_BODY('snapshot_events')} AS body FROM snapshot_events WHERE hash = ?)
          WHERE ${terms.map(() => `body LIKE ? ESCAPE '\\'`).join(' AND ')}`,
    params: [hash, ...terms.map(likePattern)],
  };
}

export class SqliteExplorer implements ExplorerReads {
  private facts = new Map<string, { version: string; facts: Facts }>();
  /** Aggregates already computed, per index (see memoized). */
  private memos = new WeakMap<Facts, Map<string, unknown>>();
  /** Prepared statements by SQL: compiling one costs more than running it on a page of rows. */
  private statements = new Map<string, SqliteStatement>();

  private statement(sql: string): SqliteStatement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size > 200) this.statements.clear(); // full-text SQL varies with the number of terms
      this.statements.set(sql, (st = this.db.prepare(sql)));
    }
    return st;
  }

  constructor(
    private readonly db: SqliteDatabase,
    /** Runs a read, turning driver errors into KoryuError. */
    private readonly guard: <T>(fn: () => T) => T,
    /** Bumped by the store after each of its own writes (data_version only sees other connections'). */
    private readonly localVersion: () => number,
    /** The snapshot hash a release name points to (throws a KoryuError for an unknown name). */
    private readonly snapshotOf: (release: string) => string,
  ) {}

  private version(): string {
    return `${this.db.pragma('data_version', { simple: true })}:${this.localVersion()}`;
  }

  /** The live index (or a release's), built on first use and rebuilt after any write. */
  private index(hash?: string): Facts {
    const v = this.version();
    const key = hash ?? '';
    let entry = this.facts.get(key);
    if (entry?.version !== v) {
      const facts = this.guard(() => this.db.transaction(() => loadFacts(this.db, hash ? snapshotFacts(this.db, hash) : liveFacts(this.db)))());
      entry = { version: v, facts };
      // The live index and the last release asked for.
      if (key) for (const k of [...this.facts.keys()]) if (k) this.facts.delete(k);
      this.facts.set(key, entry);
    }
    return entry.facts;
  }

  /** Build the index now (a server calls it at start so that the first request is not slow). */
  warm(): void {
    // A server reads pages of records again and again (the popular partners and years): a page
    // cache of 64 MiB instead of SQLite's 2 MiB keeps them (a list's CPU about a quarter less on
    // the million-event benchmark's repeated queries), well inside the server's memory budget.
    this.db.pragma(`cache_size = -${SERVER_CACHE_KIB}`);
    this.index();
  }

  private plan(filter: EventFilter): { f: Facts; pl: Plan; hash?: string } {
    const hash = filter.release !== undefined ? this.snapshotOf(filter.release) : undefined;
    const f = this.index(hash);
    let pks: Iterable<number> | undefined;
    if (filter.q !== undefined) {
      const terms = textTerms(filter.q);
      if (terms.length) {
        // A release has no full-text index: its rows are scanned (substring tests on the same text).
        const { sql, params } = hash ? snapshotTextSql(hash, terms) : ftsSql(terms);
        // Streamed into the plan's mask: a common word matches half a million rows.
        pks = this.statement(sql).pluck(true).iterate(...params) as Iterable<number>;
      }
    }
    return { f, pl: this.guard(() => plan(f, filter, pks)), ...(hash ? { hash } : {}) };
  }

  async listEvents(q: EventListQuery): Promise<EventPage> {
    const page = this.page(q, 'text');
    // Parsed, not validated: a page is read on every request (validating 50 records with the
    // event schema costs more than the rest of the request); queryEvents and getEvent validate.
    return { events: page.events.map((json) => JSON.parse(json) as AtlasEvent), total: page.total, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  /** A page as listEvents gives it, each event its stored JSON as UTF-8 bytes (what the server sends as it is). */
  async listEventsJson(q: EventListQuery): Promise<EventJsonPage> {
    return this.page(q, 'bytes');
  }

  private page(q: EventListQuery, as: 'text'): { events: string[]; total: number; nextCursor?: string };
  private page(q: EventListQuery, as: 'bytes'): EventJsonPage;
  private page(q: EventListQuery, as: 'text' | 'bytes'): { events: (string | Uint8Array)[]; total: number; nextCursor?: string } {
    const after = q.cursor !== undefined ? decodeCursor(q.cursor) : undefined;
    const { f, pl, hash } = this.plan(q);
    if (pl.empty) return { events: [], total: 0 };
    const desc = q.sort === '-date';
    const limit = Math.max(0, Math.floor(q.limit));
    const page: number[] = [];
    let more = false;
    let total = 0;
    const n = pl.end - pl.begin;
    for (let k = 0; k < n; k++) {
      const i = desc ? pl.end - 1 - k : pl.begin + k;
      const p = pl.candidates ? pl.candidates[i] : i;
      if (!matches(f, pl, p)) continue;
      total++;
      if (more) continue;
      if (after) {
        const d = f.date[p] - after.date || f.pk[p] - after.pk;
        if (desc ? d >= 0 : d <= 0) continue;
      }
      if (page.length < limit) page.push(p);
      else more = true;
    }
    const events = this.fetch(
      page.map((p) => f.rowid[p]),
      as,
      hash,
    );
    const lastP = page[page.length - 1];
    return {
      events,
      total,
      ...(more && lastP !== undefined ? { nextCursor: encodeCursor(f.date[lastP], f.pk[lastP]) } : {}),
    };
  }

  /**
   * The stored JSON of some rows (by rowid: the table's own key), in the order given: as text, or
   * as the UTF-8 bytes SQLite holds (no decoding for a server that sends them on).
   */
  private fetch(rowids: number[], as: 'text' | 'bytes', hash?: string): (string | Uint8Array)[] {
    if (!rowids.length) return [];
    const column = as === 'bytes' ? 'CAST(json AS BLOB)' : 'json';
    const rows = this.guard(
      () =>
        (hash
          ? this.statement(`SELECT rowid, ${column} FROM snapshot_events WHERE rowid IN (SELECT value FROM json_each(?)) AND hash = ?`)
              .raw(true)
              .all(JSON.stringify(rowids), hash)
          : this.statement(`SELECT rowid, ${column} FROM events WHERE rowid IN (SELECT value FROM json_each(?))`).raw(true).all(JSON.stringify(rowids))) as [
          number,
          string | Uint8Array,
        ][],
    );
    const byRowid = new Map(rows);
    const out: (string | Uint8Array)[] = [];
    for (const r of rowids) {
      const json = byRowid.get(r);
      if (json !== undefined) out.push(json);
    }
    return out;
  }

  async countEvents(filter: EventFilter, by: readonly CountDimension[]): Promise<CountRow[]> {
    const rows = this.memoized(filter, ['count', by], () => {
      const { f, pl } = this.plan(filter);
      return countBy(f, pl, by);
    });
    return rows.slice();
  }

  /**
   * An aggregate (counts, a partner's summary) computed once per index and filter: the map, the
   * timeline and the partner pages ask for the same few again and again, and the answer only
   * changes when the data does (the memo lives as long as the index it was computed from).
   */
  private memoized<T>(filter: EventFilter, what: unknown[], compute: () => T): T {
    const f = this.index(filter.release !== undefined ? this.snapshotOf(filter.release) : undefined);
    let memo = this.memos.get(f);
    if (!memo) this.memos.set(f, (memo = new Map()));
    const key = JSON.stringify([...what, canonicalFilter(filter)]);
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute();
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, value);
    return value;
  }

  async partnerSummary(partner: string, filter: EventFilter = {}): Promise<PartnerSummary> {
    const s = this.memoized(filter, ['summary', partner], () => this.computePartnerSummary(partner, filter));
    return { ...s };
  }

  private computePartnerSummary(partner: string, filter: EventFilter): PartnerSummary {
    const mine: EventFilter = { ...filter, partners: [partner] };
    const { f, pl } = this.plan(mine);
    const t = tally(f, pl, [{ by: ['kind', 'year'] }, { by: ['quarter', 'mode'], kinds: ['talks'] }, { by: ['partner'], kinds: ['exercise'] }]);
    const [byKindYear, talksByQuarterMode, coPartners] = t.rows;
    const exercisePartners = coPartners
      .filter((r) => r.key.partner !== partner && r.key.partner)
      .map((r) => ({ partner: r.key.partner!, n: r.n }))
      .sort((a, b) => b.n - a.n || (a.partner < b.partner ? -1 : 1));
    const agreements = this.page({ ...mine, kinds: ['agreement'], sort: '-date', limit: 100 }, 'text').events.map((json) => {
      const e = JSON.parse(json) as AtlasEvent;
      return {
        eventId: e.id,
        date: e.date,
        ...(e.instrument ? { instrument: e.instrument } : {}),
        ...(e.milestone ? { milestone: e.milestone } : {}),
        ...(e.name ? { name: e.name } : {}),
        partners: e.partners,
      };
    });
    return {
      partner,
      total: t.matched,
      byKindYear,
      talksByQuarterMode,
      agreements,
      exercisePartners,
      ...(t.first >= 0 ? { first: dateString(f.date[t.first]), last: dateString(f.date[t.last]) } : {}),
    };
  }
}

/** SQLite's page cache for a server's connection, in KiB. */
const SERVER_CACHE_KIB = 64 * 1024;

/** How many aggregates are kept per index (the oldest goes first). */
const MEMO_SIZE = 512;

/** A filter as a key: fields in a fixed order, lists sorted and without duplicates (they mean a set). */
function canonicalFilter(filter: EventFilter): unknown[] {
  const set = (xs: readonly string[] | undefined) => (xs?.length ? [...new Set(xs)].sort() : null);
  return [
    filter.release ?? null,
    set(filter.partners),
    set(filter.kinds),
    filter.from ?? null,
    filter.to ?? null,
    set(filter.levels),
    set(filter.modes),
    filter.highLevel ?? null,
    set(filter.sources),
    filter.q ?? null,
  ];
}

/** The inverse of dateKey: 20200900 → '2020-09'. */
function dateString(k: number): string {
  const y = String(Math.floor(k / 10000)).padStart(4, '0');
  const m = Math.floor(k / 100) % 100;
  const d = k % 100;
  return m ? (d ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}`) : y;
}
