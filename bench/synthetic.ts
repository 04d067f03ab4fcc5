/**
 * A synthetic store for the API benchmark: N events whose kinds, partners, levels, modes,
 * instruments and evidence sentences are drawn from the project's gold annotation of the sample
 * (the real distribution of one white-paper section), spread over 2005–2024 with more events in
 * later years; a fifth of the single-country events move to another partner of the gazetteer (the
 * long tail a full atlas has). 1,000 events per source.
 *
 * Why rows are written here rather than through Store.ingest: the benchmark measures reads, and
 * a million records through the full ingest path (records, evidences, linking, one transaction
 * per source) take far longer than writing what ingest would leave for records that link to
 * nothing — each record its own event — with the store's own row mappings
 * (src/store/sqlite/rows.ts) and inside the store's schema (opened and migrated by
 * openSqliteStore first, so the full-text triggers fire). Ingest's own cost per file is measured
 * by `npm run bench` (bench/many-files.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { blockKey } from '../src/link/index.js';
import type { AtlasEvent } from '../src/model/atlas.js';
import { atlasEventSchema } from '../src/model/event-schema.js';
import type { KoryuEvent } from '../src/model/event.js';
import { openSqliteStore, sourceIdFor } from '../src/store/sqlite/index.js';
import { EVENT_COLUMNS, RECORD_COLUMNS, eventRow, recordRow } from '../src/store/sqlite/rows.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A small seeded generator (mulberry32): the same store every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first sentence of a gold evidence (some span a paragraph), without layout line breaks. */
const firstSentence = (text: string): string => {
  const flat = text.replace(/\n/g, '');
  const end = flat.indexOf('。');
  return end < 0 ? flat : flat.slice(0, end + 1);
};

/** Move a partial date to another year and month, keeping its precision. */
function moveDate(date: string, year: number, month: number, day: number): string {
  if (date.length === 4) return String(year);
  if (date.length === 7) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface SyntheticOptions {
  events: number;
  perSource?: number;
  seed?: number;
  onProgress?: (done: number) => void;
}

/** The synthetic records, one source at a time. */
export function* syntheticSources(opts: SyntheticOptions): Generator<{ path: string; records: KoryuEvent[] }> {
  const gold = readFileSync(path.join(repoRoot, 'gold/dow2021-iii-3-1.gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as KoryuEvent);
  const gaz = loadGazetteer();
  const tail = gaz.countries.filter((c) => !c.territoryOf && c.iso3 !== 'JPN' && gaz.isPartnerCode(c.iso3)).map((c) => c.iso3);
  const rand = rng(opts.seed ?? 20240401);
  const perSource = opts.perSource ?? 1000;
  // Years weighted towards the present (cooperation grew): weight = year index + 5.
  const years = Array.from({ length: 20 }, (_, i) => 2005 + i);
  const weights = years.map((_, i) => i + 5);
  const total = weights.reduce((a, b) => a + b, 0);
  const pickYear = (): number => {
    let r = rand() * total;
    for (let i = 0; i < years.length; i++) if ((r -= weights[i]) < 0) return years[i];
    return years[years.length - 1];
  };
  let n = 0;
  for (let s = 0; n < opts.events; s++) {
    const records: KoryuEvent[] = [];
    for (let k = 0; k < perSource && n < opts.events; k++, n++) {
      const t = gold[Math.floor(rand() * gold.length)];
      const year = pickYear();
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      let partners = t.partners;
      if (rand() < 0.2 && partners.length === 1 && !['NATO', 'EU', 'ASEAN', 'UN'].includes(partners[0])) {
        partners = [tail[Math.floor(rand() * tail.length)]];
      }
      const e: KoryuEvent = {
        ...t,
        id: `syn-${n}`,
        date: moveDate(t.date, year, month, day),
        partners,
        // One sentence of evidence, as most events have, marked with its number (a rare word to search for).
        evidence: t.evidence.slice(0, 1).map((ev) => {
          const sentence = `${firstSentence(ev.text)}（記録${n}）`;
          return { start: ev.start, end: ev.start + sentence.length, text: sentence };
        }),
        rule: 'synthetic@1',
      };
      if (t.dateEnd) {
        const m = year * 12 + month - 1 + Math.floor(rand() * 3);
        e.dateEnd = moveDate(t.dateEnd, Math.floor(m / 12), (m % 12) + 1, day);
      }
      delete e.source;
      records.push(e);
    }
    yield { path: `/synthetic/source-${String(s).padStart(5, '0')}.txt`, records };
  }
}

/** Write a synthetic store of `opts.events` events into `file` (a new SQLite database). */
export async function buildSyntheticStore(file: string, opts: SyntheticOptions): Promise<void> {
  await (await openSqliteStore(file)).close(); // the schema, migrated by the store itself
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF'); // a throwaway benchmark file
    const addSource = db.prepare(
      `INSERT INTO sources (id, path, title, content_hash, events_hash, encoding, format, ingested_at, kind, published)
       VALUES (?, ?, ?, ?, ?, 'utf-8', 'text', ?, 'whitepaper', ?)`,
    );
    const addRecord = db.prepare(`INSERT INTO records (${RECORD_COLUMNS.join(', ')}, event_id) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')}, ?)`);
    const addEvidence = db.prepare('INSERT INTO evidences (event_pk, ord, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    const addPartner = db.prepare('INSERT OR IGNORE INTO partners (event_pk, code) VALUES (?, ?)');
    const addEvent = db.prepare(`INSERT INTO events (id, seq, block, ${EVENT_COLUMNS.join(', ')}) VALUES (?, ?, ?, ${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    const addEventPartner = db.prepare('INSERT OR IGNORE INTO event_partners (event_id, code) VALUES (?, ?)');
    let seq = 0;
    let checked = false;
    const now = new Date().toISOString();
    const write = db.transaction((src: { path: string; records: KoryuEvent[] }, index: number) => {
      const sourceId = sourceIdFor(src.path);
      const published = String(2006 + (index % 19));
      addSource.run(sourceId, src.path, `合成データ ${index}`, `synthetic-${index}`, `synthetic-${index}`, now, published);
      for (const r of src.records) {
        const pk = Number(addRecord.run(...recordRow(sourceId, r), r.id).lastInsertRowid);
        r.evidence.forEach((ev, ord) => addEvidence.run(pk, ord, ev.start, ev.end, ev.text));
        for (const code of r.partners) addPartner.run(pk, code);
        const event: AtlasEvent = {
          ...r,
          evidence: r.evidence.map((ev) => ({ ...ev, source: sourceId })),
          sources: [{ id: sourceId, path: src.path, kind: 'whitepaper', published }],
        };
        if (!checked) {
          atlasEventSchema.parse(event); // the shape the store reads back
          checked = true;
        }
        addEvent.run(r.id, ++seq, blockKey(r), ...eventRow(event));
        for (const code of r.partners) addEventPartner.run(r.id, code);
      }
    });
    let i = 0;
    for (const src of syntheticSources(opts)) {
      write(src, i++);
      opts.onProgress?.(seq);
    }
  } finally {
    db.close();
  }
}
