import { createHash } from 'node:crypto';
import { blockKey, dayInterval, widthInDays } from '../../link/index.js';
import type { AtlasEvent, SourceKind } from '../../model/atlas.js';
import { KoryuError } from '../../model/errors.js';
import type { KoryuEvent } from '../../model/event.js';
import { checkReleaseName, frozenSource, releaseHash } from '../../release/index.js';
import type { CountDimension, CountRow, EventFilter, EventJsonPage, EventListQuery, EventPage, PartnerSummary } from '../explore.js';
import type { EventQuery, IngestOutcome, ReadOptions, ReleaseRecord, SourceInput, SourceRecord, Store } from '../types.js';
import type { SqliteDatabase } from './driver.js';
import { SqliteExplorer } from './explore.js';
import { relinkBlocks, relinkChanges, type BlockChange } from './link.js';
import { MIGRATIONS } from './migrations.js';
import { EVENT_COLUMNS, eventRow, parseStoredEvent, RECORD_COLUMNS, recordRow } from './rows.js';

export interface SqliteStoreOptions {
  /**
   * Test hook called before each event row is written inside the ingest transaction; throwing
   * from it simulates a failure mid-ingest (the transaction must roll back).
   */
  beforeEventWrite?: (index: number, event: KoryuEvent) => void;
  /** Clock for ingested_at (tests pin it). */
  now?: () => Date;
  /** How messages name the database (its file path). */
  label?: string;
  /**
   * 'whole-blocks' relinks every record of each block an ingest touches (the reference the tests
   * compare the default, incremental linking against; src/store/sqlite/link.ts).
   */
  linking?: 'incremental' | 'whole-blocks';
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A record as its stored JSON reads back: own fields set to undefined are absent (their order unchanged). */
function withoutUndefined(e: KoryuEvent): KoryuEvent {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  return out as unknown as KoryuEvent;
}

/** A source's id: derived from its path so re-ingesting the same file finds the same row. */
export const sourceIdFor = (path: string): string => sha256(path).slice(0, 16);

/** Fingerprint of a source's records, order-independent: a new extractor on the same bytes is a change. */
export function eventsHash(events: KoryuEvent[]): string {
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The digest of JSON.stringify(sorted), fed a record at a time: the same hash without holding
  // the JSON of every record at once (a large source's records run to tens of megabytes).
  const h = createHash('sha256').update('[');
  sorted.forEach((e, i) => {
    if (i) h.update(',');
    h.update(JSON.stringify(e));
  });
  return h.update(']').digest('hex');
}

interface SourceRow {
  id: string;
  path: string;
  title: string | null;
  content_hash: string;
  events_hash: string;
  encoding: string;
  format: string;
  ingested_at: string;
  kind: string | null;
  kind_found_by: string | null;
  published: string | null;
  published_found_by: string | null;
  coverage: string | null;
  event_count: number;
}

/** The source's own columns besides its bytes and records: a change of any is a change of the source. */
function metaOf(source: SourceInput): Record<string, string | null> {
  return {
    title: source.title ?? null,
    encoding: source.encoding,
    format: source.format,
    kind: source.kind ?? null,
    kind_found_by: source.kindFoundBy ?? null,
    published: source.published ?? null,
    published_found_by: source.publishedFoundBy ?? null,
    coverage: source.coverage ? JSON.stringify(source.coverage) : null,
  };
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite';
  /** Counts this connection's writes: the explorer's index is rebuilt after each. */
  private writes = 0;
  private readonly explorer: SqliteExplorer;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: SqliteStoreOptions = {},
  ) {
    this.explorer = new SqliteExplorer(db, (fn) => this.guard(fn), () => this.writes, (release) => this.snapshotOf(release));
  }

  async migrate(): Promise<void> {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(
      (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, this.now());
      })();
    }
    this.linkPending();
  }

  /** Records never linked (those of a database written before version 3): give them blocks and events. */
  private linkPending(): void {
    const pending = this.db.prepare('SELECT pk, json FROM records WHERE block IS NULL OR event_id IS NULL').all() as {
      pk: number;
      json: string;
    }[];
    if (pending.length === 0) return;
    this.db.transaction(() => {
      const setBlock = this.db.prepare('UPDATE records SET block = ? WHERE pk = ?');
      const blocks = new Set<string>();
      for (const r of pending) {
        const block = blockKey(JSON.parse(r.json) as KoryuEvent);
        setBlock.run(block, r.pk);
        blocks.add(block);
      }
      relinkBlocks(this.db, blocks);
    }).immediate();
  }

  async ingest(source: SourceInput, events: KoryuEvent[]): Promise<IngestOutcome> {
    const seen = new Set<string>();
    for (const e of events) {
      if (seen.has(e.id)) throw new Error(`ingest ${source.path}: duplicate event id ${e.id}`);
      seen.add(e.id);
    }
    const sourceId = sourceIdFor(source.path);
    const hash = eventsHash(events);
    const meta = metaOf(source);
    const write = this.db.transaction((): IngestOutcome => {
      const existing = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(sourceId) as SourceRow | undefined;
      const sameMeta = existing && Object.entries(meta).every(([k, v]) => (existing as unknown as Record<string, unknown>)[k] === v);
      if (existing && sameMeta && existing.content_hash === source.contentHash && existing.events_hash === hash) {
        return { status: 'unchanged', sourceId, events: events.length, kept: events.length, added: 0, removed: 0, linked: this.linkedCount(sourceId) };
      }
      this.db
        .prepare(
          `INSERT INTO sources (id, path, title, content_hash, events_hash, encoding, format, ingested_at,
             kind, kind_found_by, published, published_found_by, coverage)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET title = excluded.title, content_hash = excluded.content_hash,
             events_hash = excluded.events_hash, encoding = excluded.encoding, format = excluded.format,
             ingested_at = excluded.ingested_at, kind = excluded.kind, kind_found_by = excluded.kind_found_by,
             published = excluded.published, published_found_by = excluded.published_found_by,
             coverage = excluded.coverage`,
        )
        .run(
          sourceId,
          source.path,
          meta.title,
          source.contentHash,
          hash,
          source.encoding,
          source.format,
          this.now(),
          meta.kind,
          meta.kind_found_by,
          meta.published,
          meta.published_found_by,
          meta.coverage,
        );
      if (source.text !== undefined) {
        this.db
          .prepare('INSERT INTO source_texts (source_id, text) VALUES (?, ?) ON CONFLICT(source_id) DO UPDATE SET text = excluded.text')
          .run(sourceId, source.text);
      }

      const storedRows = this.db
        .prepare('SELECT pk, id, block, event_id, day_lo, day_hi FROM records WHERE source_id = ?')
        .all(sourceId) as { pk: number; id: string; block: string | null; event_id: string | null; day_lo: string | null; day_hi: string | null }[];
      const stored = new Map(storedRows.map((r) => [r.id, r.pk]));
      // What to relink: where the source's records were (they may have left events there) and
      // where they are now, block by block (src/store/sqlite/link.ts).
      const changes = new Map<string, BlockChange>();
      const changeOf = (block: string): BlockChange => {
        let c = changes.get(block);
        if (!c) changes.set(block, (c = { intervals: [], events: new Set() }));
        return c;
      };
      for (const r of storedRows) {
        if (r.block === null) continue;
        const c = changeOf(r.block);
        if (r.day_lo !== null && r.day_hi !== null) c.intervals.push({ lo: r.day_lo, hi: r.day_hi });
        if (r.event_id !== null) c.events.add(r.event_id);
      }
      const { counts, known } = this.writeRecords(sourceId, events, stored);
      for (const e of events) changeOf(blockKey(e)).intervals.push(dayInterval(e.date, e.dateEnd));
      const vanished = [...stored].filter(([id]) => !seen.has(id)).map(([, pk]) => pk);
      const del = this.db.prepare('DELETE FROM records WHERE pk = ?');
      for (const pk of vanished) del.run(pk);
      if (this.options.linking === 'whole-blocks') relinkBlocks(this.db, changes.keys());
      else relinkChanges(this.db, changes, known);
      return {
        status: existing ? 'replaced' : 'added',
        sourceId,
        events: events.length,
        kept: counts.kept,
        added: counts.added,
        removed: vanished.length,
        linked: this.linkedCount(sourceId),
      };
    });
    // IMMEDIATE: take the write lock before reading, so two concurrent ingests queue behind the
    // busy timeout instead of failing on a read-to-write upgrade.
    try {
      return this.guard(() => write.immediate());
    } finally {
      this.writes++;
    }
  }

  /** Events of a source that hold evidence of another source too. */
  private linkedCount(sourceId: string): number {
    const row = this.db
      .prepare(
        `SELECT COUNT(*) AS n FROM records r WHERE r.source_id = ?
           AND EXISTS (SELECT 1 FROM records o WHERE o.event_id = r.event_id AND o.source_id <> r.source_id)`,
      )
      .get(sourceId) as { n: number };
    return row.n;
  }

  /**
   * Insert new ids, update kept ones in place (their pk and event survive), rewrite evidences and
   * partners; widen each block's link bound (link_blocks) to its records' dates. Returns the
   * records by pk, for the linker.
   */
  private writeRecords(
    sourceId: string,
    events: KoryuEvent[],
    stored: Map<string, number>,
  ): { counts: { kept: number; added: number }; known: Map<number, KoryuEvent> } {
    const cols = RECORD_COLUMNS.join(', ');
    const insert = this.db.prepare(`INSERT INTO records (${cols}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`);
    const update = this.db.prepare(`UPDATE records SET ${RECORD_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE pk = ?`);
    const clearEvidence = this.db.prepare('DELETE FROM evidences WHERE event_pk = ?');
    const clearPartners = this.db.prepare('DELETE FROM partners WHERE event_pk = ?');
    const addEvidence = this.db.prepare('INSERT INTO evidences (event_pk, ord, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    const addPartner = this.db.prepare('INSERT OR IGNORE INTO partners (event_pk, code) VALUES (?, ?)');
    const widen = this.db.prepare(
      'INSERT INTO link_blocks (block, max_days) VALUES (?, ?) ON CONFLICT(block) DO UPDATE SET max_days = max(max_days, excluded.max_days)',
    );
    const known = new Map<number, KoryuEvent>();
    const widest = new Map<string, number>();
    let kept = 0;
    let added = 0;
    events.forEach((e, i) => {
      this.options.beforeEventWrite?.(i, e);
      let pk = stored.get(e.id);
      if (pk !== undefined) {
        update.run(...recordRow(sourceId, e), pk);
        clearEvidence.run(pk);
        clearPartners.run(pk);
        kept++;
      } else {
        pk = Number(insert.run(...recordRow(sourceId, e)).lastInsertRowid);
        added++;
      }
      // As the stored JSON reads back (no undefined fields), so that linking gives the same event either way.
      known.set(pk, withoutUndefined(e));
      const block = blockKey(e);
      widest.set(block, Math.max(widest.get(block) ?? 0, widthInDays(dayInterval(e.date, e.dateEnd))));
      e.evidence.forEach((ev, ord) => addEvidence.run(pk, ord, ev.start, ev.end, ev.text));
      for (const code of e.partners) addPartner.run(pk, code);
    });
    for (const [block, days] of widest) widen.run(block, days);
    return { counts: { kept, added }, known };
  }

  async queryEvents(q: EventQuery = {}): Promise<AtlasEvent[]> {
    const snapshot = q.release !== undefined ? this.snapshotOf(q.release) : undefined;
    const where: string[] = [];
    const params: unknown[] = [];
    if (snapshot !== undefined) where.push('e.hash = ?'), params.push(snapshot);
    if (q.partner !== undefined) {
      where.push(
        snapshot === undefined
          ? 'EXISTS (SELECT 1 FROM event_partners p WHERE p.event_id = e.id AND p.code = ?)'
          : "EXISTS (SELECT 1 FROM json_each(e.json, '$.partners') p WHERE p.value = ?)",
      );
      params.push(q.partner);
    }
    if (q.kind !== undefined) where.push('e.kind = ?'), params.push(q.kind);
    if (q.mode !== undefined) where.push('e.mode = ?'), params.push(q.mode);
    if (q.highLevel !== undefined) where.push('e.high_level = ?'), params.push(q.highLevel ? 1 : 0);
    // From the stored record, so that a release (whose rows are the records) answers the same way.
    if (q.minConfidence !== undefined) where.push("json_extract(e.json, '$.confidence') >= ?"), params.push(q.minConfidence);
    if (q.source !== undefined) {
      where.push(
        snapshot === undefined
          ? 'EXISTS (SELECT 1 FROM records r JOIN sources s ON s.id = r.source_id WHERE r.event_id = e.id AND (s.path = ? OR s.id = ?))'
          : "EXISTS (SELECT 1 FROM json_each(e.json, '$.sources') s WHERE json_extract(s.value, '$.path') = ? OR json_extract(s.value, '$.id') = ?)",
      );
      params.push(q.source, q.source);
    }
    if (q.from !== undefined || q.to !== undefined) {
      // The rule of src/store/period.ts: spans overlap the period, single dates lie inside it.
      const from = q.from ?? '0000-01';
      const to = q.to ?? '9999-12';
      where.push('((e.is_span = 1 AND e.month_lo <= ? AND e.month_hi >= ?) OR (e.is_span = 0 AND e.month_lo >= ? AND e.month_hi <= ?))');
      params.push(to, from, from, to);
    }
    const sql = `SELECT e.id, e.json FROM ${snapshot === undefined ? 'events' : 'snapshot_events'} e
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.month_lo, e.date, e.id`;
    const rows = this.guard(() => this.db.prepare(sql).all(...params) as { id: string; json: string }[]);
    return rows.map((r) => this.parseEvent(r.id, r.json));
  }

  async getEvent(id: string, options: ReadOptions = {}): Promise<AtlasEvent | undefined> {
    if (options.release !== undefined) {
      const hash = this.snapshotOf(options.release);
      const row = this.guard(
        () => this.db.prepare('SELECT id, json FROM snapshot_events WHERE hash = ? AND id = ?').get(hash, id) as { id: string; json: string } | undefined,
      );
      return row ? this.parseEvent(row.id, row.json) : undefined;
    }
    const row = this.guard(
      () =>
        this.db
          .prepare(
            `SELECT e.id, e.json FROM events e WHERE e.id = ?
             UNION ALL SELECT e.id, e.json FROM event_aliases a JOIN events e ON e.id = a.event_id WHERE a.id = ?
             UNION ALL SELECT e.id, e.json FROM records r JOIN events e ON e.id = r.event_id WHERE r.id = ?
             LIMIT 1`,
          )
          .get(id, id, id) as { id: string; json: string } | undefined,
    );
    return row ? this.parseEvent(row.id, row.json) : undefined;
  }

  async sourceText(sourceId: string): Promise<string | undefined> {
    const row = this.guard(() => this.db.prepare('SELECT text FROM source_texts WHERE source_id = ?').get(sourceId) as { text: string } | undefined);
    return row?.text;
  }

  async createRelease(name: string): Promise<ReleaseRecord> {
    checkReleaseName(name);
    const create = this.db.transaction((): ReleaseRecord => {
      const taken = this.db.prepare('SELECT hash FROM releases WHERE name = ?').get(name) as { hash: string } | undefined;
      if (taken) {
        throw new KoryuError('E_BAD_VALUE', `release ${name} exists already (${taken.hash.slice(0, 12)}); a release is never replaced: choose another name`);
      }
      const events = this.liveEvents();
      const sources = this.liveSources();
      const hash = releaseHash(events, sources);
      const now = this.now();
      if (!this.db.prepare('SELECT 1 FROM snapshots WHERE hash = ?').get(hash)) {
        this.db
          .prepare('INSERT INTO snapshots (hash, created_at, event_count, source_count, sources) VALUES (?, ?, ?, ?, ?)')
          .run(hash, now, events.length, sources.length, JSON.stringify(sources.map(frozenSource)));
        const insert = this.db.prepare(
          `INSERT INTO snapshot_events (hash, id, ${EVENT_COLUMNS.join(', ')}) VALUES (?, ?, ${EVENT_COLUMNS.map(() => '?').join(', ')})`,
        );
        for (const e of events) insert.run(hash, e.id, ...eventRow(e));
      }
      this.db.prepare('INSERT INTO releases (name, hash, created_at) VALUES (?, ?, ?)').run(name, hash, now);
      return { name, hash, createdAt: now, eventCount: events.length, sourceCount: sources.length };
    });
    return this.guard(() => create.immediate());
  }

  async listReleases(): Promise<ReleaseRecord[]> {
    const rows = this.guard(
      () =>
        this.db
          .prepare(
            `SELECT r.name, r.hash, r.created_at, s.event_count, s.source_count
             FROM releases r JOIN snapshots s ON s.hash = r.hash ORDER BY r.created_at, r.name`,
          )
          .all() as { name: string; hash: string; created_at: string; event_count: number; source_count: number }[],
    );
    return rows.map((r) => ({ name: r.name, hash: r.hash, createdAt: r.created_at, eventCount: r.event_count, sourceCount: r.source_count }));
  }

  /** The snapshot a release name points to (a KoryuError naming the known releases otherwise). */
  private snapshotOf(release: string): string {
    const row = this.guard(() => this.db.prepare('SELECT hash FROM releases WHERE name = ?').get(release) as { hash: string } | undefined);
    if (row) return row.hash;
    const names = (this.db.prepare('SELECT name FROM releases ORDER BY created_at').all() as { name: string }[]).map((r) => r.name);
    throw new KoryuError(
      'E_BAD_VALUE',
      `--release: no release '${release}' (${names.length ? `known: ${names.join(', ')}` : 'none yet: koryu release create NAME'})`,
    );
  }

  private liveEvents(): AtlasEvent[] {
    return (this.db.prepare('SELECT id, json FROM events ORDER BY month_lo, date, id').all() as { id: string; json: string }[]).map((r) =>
      this.parseEvent(r.id, r.json),
    );
  }

  private parseEvent(id: string, json: string): AtlasEvent {
    return parseStoredEvent(id, json);
  }

  async listSources(options: ReadOptions = {}): Promise<SourceRecord[]> {
    if (options.release !== undefined) {
      const hash = this.snapshotOf(options.release);
      const row = this.db.prepare('SELECT sources, created_at FROM snapshots WHERE hash = ?').get(hash) as { sources: string; created_at: string };
      // A release keeps what its sources were, not when they were last written: it reports its own date.
      return (JSON.parse(row.sources) as Omit<SourceRecord, 'ingestedAt'>[]).map((s) => ({ ...s, ingestedAt: row.created_at }));
    }
    return this.guard(() => this.liveSources());
  }

  private liveSources(): SourceRecord[] {
    const rows = this.db
      .prepare(
        `SELECT s.*, (SELECT COUNT(*) FROM records r WHERE r.source_id = s.id) AS event_count
         FROM sources s ORDER BY s.path`,
      )
      .all() as SourceRow[];
    return rows.map((r) => ({
      id: r.id,
      path: r.path,
      ...(r.title !== null ? { title: r.title } : {}),
      contentHash: r.content_hash,
      encoding: r.encoding,
      format: r.format,
      ...(r.kind !== null ? { kind: r.kind as SourceKind } : {}),
      ...(r.kind_found_by !== null ? { kindFoundBy: r.kind_found_by } : {}),
      ...(r.published !== null ? { published: r.published } : {}),
      ...(r.published_found_by !== null ? { publishedFoundBy: r.published_found_by } : {}),
      ...(r.coverage !== null ? { coverage: JSON.parse(r.coverage) } : {}),
      ingestedAt: r.ingested_at,
      eventCount: r.event_count,
    }));
  }

  listEvents(q: EventListQuery): Promise<EventPage> {
    return this.explorer.listEvents(q);
  }

  listEventsJson(q: EventListQuery): Promise<EventJsonPage> {
    return this.explorer.listEventsJson(q);
  }

  countEvents(filter: EventFilter, by: readonly CountDimension[]): Promise<CountRow[]> {
    return this.explorer.countEvents(filter, by);
  }

  partnerSummary(partner: string, filter?: EventFilter): Promise<PartnerSummary> {
    return this.explorer.partnerSummary(partner, filter);
  }

  /** Build the explorer's in-memory index now rather than at the first query (a server's start). */
  warm(): void {
    this.explorer.warm();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Run `fn`, turning the driver's errors (locked, read-only, disk full…) into a user-facing KoryuError. */
  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('SQLITE_')) {
        throw new KoryuError('E_DB', `${this.options.label ?? 'database'}: ${(e as Error).message} (${code})`);
      }
      throw e;
    }
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}
