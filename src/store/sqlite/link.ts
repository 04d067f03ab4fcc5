/**
 * Linking in SQLite: load the records that a change can affect, run the pure linker (src/link)
 * on them and write what changed: events, aliases and record → event assignments. Runs inside
 * the ingest transaction.
 *
 * Which records a change can affect. Records link only inside one block (kind, partners, defining
 * fields) and only when their dates nest (src/link/dates.ts); a cluster's members nest pairwise.
 * So the records of a block fall into groups — the connected components of "dates nest" — that
 * cluster independently of each other: clustering a whole block gives, group by group, what
 * clustering each group alone gives. An ingest therefore relinks only the groups its records
 * were and are in (found through an index on each record's block and first day), not whole
 * blocks: the cost of an ingest grows with its own records and their neighbours, not with the
 * store. The groups of one block that an ingest touches are clustered together, in one pass, so
 * that new events are created (and numbered) in the order a whole-block pass would create them.
 * `relinkBlocks` (whole blocks) remains for records never linked (an old database) and as the
 * reference the tests compare the incremental path against.
 */
import { linkBlock, nested, type DayInterval, type LinkRecord, type PreviousEvent } from '../../link/index.js';
import type { SourceKind } from '../../model/atlas.js';
import type { KoryuEvent } from '../../model/event.js';
import type { SqliteDatabase, SqliteStatement } from './driver.js';
import { EVENT_COLUMNS, eventRow } from './rows.js';

interface RecordRow {
  pk: number;
  /** Null when the record is known (in memory). */
  json: string | null;
  event_id: string | null;
  source_id: string;
  path: string;
  kind: string | null;
  published: string | null;
}

/** What an ingest changed in one block: the day intervals of the records it wrote or removed there, and the events those records pointed to. */
export interface BlockChange {
  intervals: DayInterval[];
  /** Events the source's previous records in this block pointed to (they may lose every record). */
  events: Set<string>;
}

/** Records already in memory (the ingest's own), by pk: their JSON need not be read back. */
export type KnownRecords = ReadonlyMap<number, KoryuEvent>;

const RECORD_SELECT = `SELECT r.pk, r.json, r.event_id, r.source_id, s.path, s.kind, s.published
  FROM records r JOIN sources s ON s.id = r.source_id`;

/** Relink every record of the given blocks (records never linked; the reference for the incremental path). */
export function relinkBlocks(db: SqliteDatabase, blocks: Iterable<string>): void {
  const w = new LinkWriter(db);
  const records = db.prepare(`${RECORD_SELECT} WHERE r.block = ?`);
  const eventsOfBlock = db.prepare('SELECT id, seq FROM events WHERE block = ?');
  for (const block of new Set(blocks)) {
    const rows = records.all(block) as RecordRow[];
    const previous = new Map<string, PreviousEvent>();
    for (const e of eventsOfBlock.all(block) as { id: string; seq: number }[]) previous.set(e.id, { ...e, keys: [] });
    w.relink(block, rows, previous, new Map());
  }
}

/**
 * Relink what an ingest changed: per block, the groups of records whose dates nest, transitively,
 * with an interval the ingest wrote or removed. Blocks are taken in the map's order.
 */
export function relinkChanges(db: SqliteDatabase, changes: ReadonlyMap<string, BlockChange>, known: KnownRecords = new Map()): void {
  const w = new LinkWriter(db);
  const widest = db.prepare('SELECT max_days FROM link_blocks WHERE block = ?').pluck(true);
  const near = db.prepare('SELECT pk, day_lo, day_hi FROM records WHERE block = ? AND day_lo >= ? AND day_lo <= ?').raw(true);
  const record = db.prepare(`${RECORD_SELECT} WHERE r.pk = ?`);
  // The ingest's own records are in memory: their JSON (megabytes for an event told in thousands of
  // sentences) is not read back.
  const recordWithoutJson = db.prepare(`${RECORD_SELECT.replace('r.json', 'NULL AS json')} WHERE r.pk = ?`);
  const eventInBlock = db.prepare('SELECT id, seq FROM events WHERE id = ? AND block = ?');
  for (const [block, change] of changes) {
    // The group: every record reachable from the changed intervals through nested dates.
    const maxDays = (widest.get(block) as number | undefined) ?? 0;
    const members = new Set<number>();
    const queue = [...change.intervals];
    const seen = new Set<string>();
    while (queue.length) {
      const i = queue.pop()!;
      const key = `${i.lo}|${i.hi}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // A record nested with i starts inside it, or contains it and so starts at most maxDays before it.
      for (const [pk, lo, hi] of near.iterate(block, shiftDays(i.lo, -maxDays), i.hi) as IterableIterator<[number, string, string]>) {
        if (members.has(pk)) continue;
        const j = { lo, hi };
        if (!nested(i, j)) continue;
        members.add(pk);
        queue.push(j);
      }
    }
    const rows = [...members].sort((a, b) => a - b).map((pk) => (known.has(pk) ? recordWithoutJson : record).get(pk) as RecordRow);
    // Events that held a removed or moved record of this block: they may end with none.
    const previous = new Map<string, PreviousEvent>();
    for (const id of change.events) {
      const e = eventInBlock.get(id, block) as { id: string; seq: number } | undefined;
      if (e) previous.set(e.id, { ...e, keys: [] });
    }
    w.relink(block, rows, previous, known);
  }
}

/** 'YYYY-MM-DD' moved by n days. */
function shiftDays(day: string, n: number): string {
  if (n === 0) return day;
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Link a set of records of one block and write the outcome, touching only rows that change. */
class LinkWriter {
  private readonly eventById: SqliteStatement;
  private readonly heldInBlock: SqliteStatement;
  private readonly takenElsewhere: SqliteStatement;
  private readonly nextSeq: SqliteStatement;
  private readonly deleteEvent: SqliteStatement;
  private readonly addAlias: SqliteStatement;
  private readonly repointAliases: SqliteStatement;
  private readonly dropAlias: SqliteStatement;
  private readonly current: SqliteStatement;
  private readonly update: SqliteStatement;
  private readonly insert: SqliteStatement;
  private readonly clearPartners: SqliteStatement;
  private readonly addPartner: SqliteStatement;
  private readonly assign: SqliteStatement;

  constructor(db: SqliteDatabase) {
    this.eventById = db.prepare('SELECT id, seq, block FROM events WHERE id = ?');
    this.heldInBlock = db.prepare('SELECT 1 FROM records WHERE event_id = ? AND block = ? LIMIT 1');
    this.takenElsewhere = db.prepare('SELECT 1 FROM events WHERE id = ? UNION ALL SELECT 1 FROM event_aliases WHERE id = ? LIMIT 1');
    this.nextSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM events');
    this.deleteEvent = db.prepare('DELETE FROM events WHERE id = ?');
    this.addAlias = db.prepare('INSERT OR REPLACE INTO event_aliases (id, event_id) VALUES (?, ?)');
    this.repointAliases = db.prepare('UPDATE event_aliases SET event_id = ? WHERE event_id = ?');
    this.dropAlias = db.prepare('DELETE FROM event_aliases WHERE id = ?');
    this.current = db.prepare('SELECT block, json FROM events WHERE id = ?');
    this.update = db.prepare(`UPDATE events SET block = ?, ${EVENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
    this.insert = db.prepare(
      `INSERT INTO events (id, seq, block, ${EVENT_COLUMNS.join(', ')}) VALUES (?, ?, ?, ${EVENT_COLUMNS.map(() => '?').join(', ')})`,
    );
    this.clearPartners = db.prepare('DELETE FROM event_partners WHERE event_id = ?');
    this.addPartner = db.prepare('INSERT OR IGNORE INTO event_partners (event_id, code) VALUES (?, ?)');
    this.assign = db.prepare('UPDATE records SET event_id = ? WHERE pk = ?');
  }

  /**
   * Cluster `rows` (records of `block`) and write the events. `previous` holds the block's events
   * the caller knows of; the events the rows point to are added (a record that moved block brings
   * the event it left, when no record remains there in it).
   */
  relink(block: string, rows: RecordRow[], previous: Map<string, PreviousEvent>, known: KnownRecords): void {
    if (rows.length === 0 && previous.size === 0) return;
    const link: LinkRecord[] = rows.map((r) => ({
      key: String(r.pk),
      source: {
        id: r.source_id,
        path: r.path,
        ...(r.kind !== null ? { kind: r.kind as SourceKind } : {}),
        ...(r.published !== null ? { published: r.published } : {}),
      },
      event: known.get(r.pk) ?? (JSON.parse(r.json!) as KoryuEvent),
    }));
    for (const r of rows) {
      if (r.event_id === null) continue;
      let p = previous.get(r.event_id);
      if (!p) {
        const e = this.eventById.get(r.event_id) as { id: string; seq: number; block: string } | undefined;
        if (!e) continue;
        // A record that moved here from another block takes its event along only when no record
        // is left there in it: an event that still exists keeps its id (codebook 46).
        if (e.block !== block && this.heldInBlock.get(e.id, e.block) !== undefined) continue;
        p = { id: e.id, seq: e.seq, keys: [] };
        previous.set(e.id, p);
      }
      p.keys.push(String(r.pk));
    }
    // Ids of the events being relinked are free to be placed again; any other event's or alias's is taken.
    const out = linkBlock(link, [...previous.values()], (id) => !previous.has(id) && this.takenElsewhere.get(id, id) !== undefined);

    for (const r of out.retired) {
      this.deleteEvent.run(r.id);
      if (r.into) {
        this.addAlias.run(r.id, r.into);
        this.repointAliases.run(r.into, r.id);
      }
    }
    for (const e of out.events) {
      const values = eventRow(e);
      if (previous.has(e.id)) {
        const now = this.current.get(e.id) as { block: string; json: string } | undefined;
        // An event the relink leaves as it was is not written again (nor its full text re-indexed).
        if (now && now.block === block && now.json === values[values.length - 1]) continue;
      }
      this.dropAlias.run(e.id);
      if (previous.has(e.id) && this.update.run(block, ...values, e.id).changes > 0) {
        this.clearPartners.run(e.id);
      } else {
        const { seq } = this.nextSeq.get() as { seq: number };
        this.insert.run(e.id, seq, block, ...values);
      }
      for (const code of e.partners) this.addPartner.run(e.id, code);
    }
    const pointed = new Map(rows.map((r) => [String(r.pk), r.event_id]));
    for (const [key, id] of out.eventOf) if (pointed.get(key) !== id) this.assign.run(id, Number(key));
  }
}
