import { createHash } from 'node:crypto';
import { KoryuError } from '../../model/errors.js';
import type { KoryuEvent } from '../../model/event.js';
import { koryuEventSchema } from '../../model/event-schema.js';
import type { EventQuery, IngestOutcome, SourceInput, SourceRecord, Store } from '../types.js';
import type { SqliteDatabase } from './driver.js';
import { MIGRATIONS } from './migrations.js';
import { EVENT_COLUMNS, eventRow } from './rows.js';

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
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A source's id: derived from its path so re-ingesting the same file finds the same row. */
export const sourceIdFor = (path: string): string => sha256(path).slice(0, 16);

/** Fingerprint of a source's records, order-independent: a new extractor on the same bytes is a change. */
function eventsHash(events: KoryuEvent[]): string {
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256(JSON.stringify(sorted));
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
  event_count: number;
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite';

  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: SqliteStoreOptions = {},
  ) {}

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
  }

  async ingest(source: SourceInput, events: KoryuEvent[]): Promise<IngestOutcome> {
    const seen = new Set<string>();
    for (const e of events) {
      if (seen.has(e.id)) throw new Error(`ingest ${source.path}: duplicate event id ${e.id}`);
      seen.add(e.id);
    }
    const sourceId = sourceIdFor(source.path);
    const hash = eventsHash(events);
    const write = this.db.transaction((): IngestOutcome => {
      const existing = this.db
        .prepare('SELECT content_hash, events_hash FROM sources WHERE id = ?')
        .get(sourceId) as { content_hash: string; events_hash: string } | undefined;
      if (existing && existing.content_hash === source.contentHash && existing.events_hash === hash) {
        return { status: 'unchanged', sourceId, events: events.length, kept: events.length, added: 0, removed: 0 };
      }
      this.db
        .prepare(
          `INSERT INTO sources (id, path, title, content_hash, events_hash, encoding, format, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET title = excluded.title, content_hash = excluded.content_hash,
             events_hash = excluded.events_hash, encoding = excluded.encoding, format = excluded.format,
             ingested_at = excluded.ingested_at`,
        )
        .run(sourceId, source.path, source.title ?? null, source.contentHash, hash, source.encoding, source.format, this.now());

      const stored = new Map(
        (this.db.prepare('SELECT pk, id FROM events WHERE source_id = ?').all(sourceId) as { pk: number; id: string }[]).map(
          (r) => [r.id, r.pk],
        ),
      );
      const counts = this.writeEvents(sourceId, events, stored);
      const vanished = [...stored].filter(([id]) => !seen.has(id)).map(([, pk]) => pk);
      const del = this.db.prepare('DELETE FROM events WHERE pk = ?');
      for (const pk of vanished) del.run(pk);
      return {
        status: existing ? 'replaced' : 'added',
        sourceId,
        events: events.length,
        kept: counts.kept,
        added: counts.added,
        removed: vanished.length,
      };
    });
    // IMMEDIATE: take the write lock before reading, so two concurrent ingests queue behind the
    // busy timeout instead of failing on a read-to-write upgrade.
    return this.guard(() => write.immediate());
  }

  /** Insert new ids, update kept ones in place (their pk survives), rewrite evidences and partners. */
  private writeEvents(sourceId: string, events: KoryuEvent[], stored: Map<string, number>): { kept: number; added: number } {
    const cols = EVENT_COLUMNS.join(', ');
    const insert = this.db.prepare(`INSERT INTO events (${cols}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    const update = this.db.prepare(`UPDATE events SET ${EVENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE pk = ?`);
    const clearEvidence = this.db.prepare('DELETE FROM evidences WHERE event_pk = ?');
    const clearPartners = this.db.prepare('DELETE FROM partners WHERE event_pk = ?');
    const addEvidence = this.db.prepare('INSERT INTO evidences (event_pk, ord, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    const addPartner = this.db.prepare('INSERT OR IGNORE INTO partners (event_pk, code) VALUES (?, ?)');
    let kept = 0;
    let added = 0;
    events.forEach((e, i) => {
      this.options.beforeEventWrite?.(i, e);
      let pk = stored.get(e.id);
      if (pk !== undefined) {
        update.run(...eventRow(sourceId, e), pk);
        clearEvidence.run(pk);
        clearPartners.run(pk);
        kept++;
      } else {
        pk = Number(insert.run(...eventRow(sourceId, e)).lastInsertRowid);
        added++;
      }
      e.evidence.forEach((ev, ord) => addEvidence.run(pk, ord, ev.start, ev.end, ev.text));
      for (const code of e.partners) addPartner.run(pk, code);
    });
    return { kept, added };
  }

  async queryEvents(q: EventQuery = {}): Promise<KoryuEvent[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.partner !== undefined) {
      where.push('EXISTS (SELECT 1 FROM partners p WHERE p.event_pk = e.pk AND p.code = ?)');
      params.push(q.partner);
    }
    if (q.kind !== undefined) where.push('e.kind = ?'), params.push(q.kind);
    if (q.mode !== undefined) where.push('e.mode = ?'), params.push(q.mode);
    if (q.highLevel !== undefined) where.push('e.high_level = ?'), params.push(q.highLevel ? 1 : 0);
    if (q.source !== undefined) where.push('(s.path = ? OR s.id = ?)'), params.push(q.source, q.source);
    if (q.from !== undefined || q.to !== undefined) {
      // The rule of src/store/period.ts: spans overlap the period, single dates lie inside it.
      const from = q.from ?? '0000-01';
      const to = q.to ?? '9999-12';
      where.push('((e.is_span = 1 AND e.month_lo <= ? AND e.month_hi >= ?) OR (e.is_span = 0 AND e.month_lo >= ? AND e.month_hi <= ?))');
      params.push(to, from, from, to);
    }
    const sql = `SELECT e.json, s.path FROM events e JOIN sources s ON s.id = e.source_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.month_lo, e.date, e.id, s.path`;
    const rows = this.guard(() => this.db.prepare(sql).all(...params) as { json: string; path: string }[]);
    return rows.map((r) => {
      const parsed = koryuEventSchema.safeParse(JSON.parse(r.json));
      if (!parsed.success) {
        throw new KoryuError('E_DB', `stored event in ${r.path} does not match the event schema: ${parsed.error.issues[0]?.message}`);
      }
      return { ...parsed.data, source: parsed.data.source ?? r.path };
    });
  }

  async listSources(): Promise<SourceRecord[]> {
    const rows = this.guard(
      () =>
        this.db
          .prepare(
            `SELECT s.*, (SELECT COUNT(*) FROM events e WHERE e.source_id = s.id) AS event_count
             FROM sources s ORDER BY s.path`,
          )
          .all() as SourceRow[],
    );
    return rows.map((r) => ({
      id: r.id,
      path: r.path,
      ...(r.title !== null ? { title: r.title } : {}),
      contentHash: r.content_hash,
      encoding: r.encoding,
      format: r.format,
      ingestedAt: r.ingested_at,
      eventCount: r.event_count,
    }));
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
