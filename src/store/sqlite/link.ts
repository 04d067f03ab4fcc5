/**
 * Linking in SQLite: reload the records of each touched block, run the pure linker (src/link) and
 * write its events, aliases and record → event assignments. Runs inside the ingest transaction.
 */
import { linkBlock, type LinkRecord, type PreviousEvent } from '../../link/index.js';
import type { SourceKind } from '../../model/atlas.js';
import type { KoryuEvent } from '../../model/event.js';
import type { SqliteDatabase } from './driver.js';
import { EVENT_COLUMNS, eventRow } from './rows.js';

interface RecordRow {
  pk: number;
  json: string;
  event_id: string | null;
  source_id: string;
  path: string;
  kind: string | null;
  published: string | null;
}

export function relinkBlocks(db: SqliteDatabase, blocks: Iterable<string>): void {
  const records = db.prepare(
    `SELECT r.pk, r.json, r.event_id, r.source_id, s.path, s.kind, s.published
     FROM records r JOIN sources s ON s.id = r.source_id WHERE r.block = ?`,
  );
  const eventsOfBlock = db.prepare('SELECT id, seq FROM events WHERE block = ?');
  const eventById = db.prepare('SELECT id, seq FROM events WHERE id = ?');
  const takenElsewhere = db.prepare(
    'SELECT 1 FROM events WHERE id = ? AND block <> ? UNION ALL SELECT 1 FROM event_aliases WHERE id = ? LIMIT 1',
  );
  const nextSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM events');
  const deleteEvent = db.prepare('DELETE FROM events WHERE id = ?');
  const addAlias = db.prepare('INSERT OR REPLACE INTO event_aliases (id, event_id) VALUES (?, ?)');
  const repointAliases = db.prepare('UPDATE event_aliases SET event_id = ? WHERE event_id = ?');
  const dropAlias = db.prepare('DELETE FROM event_aliases WHERE id = ?');
  const update = db.prepare(`UPDATE events SET block = ?, ${EVENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO events (id, seq, block, ${EVENT_COLUMNS.join(', ')}) VALUES (?, ?, ?, ${EVENT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const clearPartners = db.prepare('DELETE FROM event_partners WHERE event_id = ?');
  const addPartner = db.prepare('INSERT OR IGNORE INTO event_partners (event_id, code) VALUES (?, ?)');
  const assign = db.prepare('UPDATE records SET event_id = ? WHERE pk = ?');

  for (const block of new Set(blocks)) {
    const rows = records.all(block) as RecordRow[];
    const link: LinkRecord[] = rows.map((r) => ({
      key: String(r.pk),
      source: {
        id: r.source_id,
        path: r.path,
        ...(r.kind !== null ? { kind: r.kind as SourceKind } : {}),
        ...(r.published !== null ? { published: r.published } : {}),
      },
      event: JSON.parse(r.json) as KoryuEvent,
    }));
    // The block's previous events, and any event its records pointed to (should a record have moved block).
    const previous = new Map<string, PreviousEvent>();
    for (const e of eventsOfBlock.all(block) as { id: string; seq: number }[]) previous.set(e.id, { ...e, keys: [] });
    for (const r of rows) {
      if (r.event_id === null) continue;
      let p = previous.get(r.event_id);
      if (!p) {
        const e = eventById.get(r.event_id) as { id: string; seq: number } | undefined;
        if (!e) continue;
        p = { ...e, keys: [] };
        previous.set(e.id, p);
      }
      p.keys.push(String(r.pk));
    }
    const out = linkBlock(link, [...previous.values()], (id) => takenElsewhere.get(id, block, id) !== undefined);

    for (const r of out.retired) {
      deleteEvent.run(r.id);
      if (r.into) {
        addAlias.run(r.id, r.into);
        repointAliases.run(r.into, r.id);
      }
    }
    for (const e of out.events) {
      dropAlias.run(e.id);
      if (previous.has(e.id) && update.run(block, ...eventRow(e), e.id).changes > 0) {
        clearPartners.run(e.id);
      } else {
        const { seq } = nextSeq.get() as { seq: number };
        insert.run(e.id, seq, block, ...eventRow(e));
      }
      for (const code of e.partners) addPartner.run(e.id, code);
    }
    for (const [key, id] of out.eventOf) assign.run(id, Number(key));
  }
}
