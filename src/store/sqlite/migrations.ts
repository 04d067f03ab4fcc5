/**
 * The schema, as an ordered list of migrations. Never edit a released entry: add a new one.
 * Applied versions are recorded in schema_migrations, so running them again is a no-op.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The searchable text as migration 5 wrote it: every evidence sentence, repeated ones again (kept as released). */
const FTS_BODY_5 = (row: string): string =>
  `concat_ws(char(10), ${row}.json ->> '$.name', ${row}.json ->> '$.field', ` +
  `(SELECT group_concat(j.value ->> 'text', char(10)) FROM json_each(${row}.json, '$.evidence') j))`;

/**
 * The searchable text of an event row (events or snapshot_events): name, field and evidence sentences, one per
 * line, each distinct sentence once. A term never holds a line break, so a sentence written twice matches
 * nothing once does not; an event told by the same sentence thousands of times (a text repeating one line) keeps
 * a body the size of one sentence instead of megabytes held by the full-text index while it is written.
 */
export const FTS_BODY = (row: string): string =>
  `concat_ws(char(10), ${row}.json ->> '$.name', ${row}.json ->> '$.field', ` +
  `(SELECT group_concat(t, char(10)) FROM (SELECT DISTINCT j.value ->> 'text' AS t FROM json_each(${row}.json, '$.evidence') j)))`;

/** The triggers that keep events_fts in step with inserted and updated events, indexing `body` of each row. */
const ftsWriteTriggers = (body: (row: string) => string): string => `CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, body) VALUES (new.seq, ${body('new')});
      END;
      CREATE TRIGGER events_fts_update AFTER UPDATE OF json, seq ON events BEGIN
        DELETE FROM events_fts WHERE rowid = old.seq;
        INSERT INTO events_fts (rowid, body) VALUES (new.seq, ${body('new')});
      END;`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sources, events, evidences, partners',
    sql: `
      CREATE TABLE sources (
        id            TEXT PRIMARY KEY,          -- sha256 of the path: stable across re-ingests
        path          TEXT NOT NULL UNIQUE,
        title         TEXT,
        content_hash  TEXT NOT NULL,
        events_hash   TEXT NOT NULL,             -- fingerprint of the extracted records
        encoding      TEXT NOT NULL,
        format        TEXT NOT NULL,
        ingested_at   TEXT NOT NULL
      );

      -- pk is the row's identity; id is the event's content-derived id, unique within a source
      -- (two sources reporting the same engagement may well derive the same id).
      CREATE TABLE events (
        pk          INTEGER PRIMARY KEY,
        id          TEXT NOT NULL,
        source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,
        date        TEXT NOT NULL,
        date_end    TEXT,
        month_lo    TEXT NOT NULL,               -- see src/store/period.ts
        month_hi    TEXT NOT NULL,
        is_span     INTEGER NOT NULL,
        format      TEXT NOT NULL,
        level       TEXT,
        jp_role     TEXT,
        mode        TEXT,
        name        TEXT,
        instrument  TEXT,
        milestone   TEXT,
        method      TEXT,
        field       TEXT,
        high_level  INTEGER NOT NULL,
        confidence  REAL NOT NULL,
        rule        TEXT,
        json        TEXT NOT NULL,               -- the full record as extracted
        UNIQUE (source_id, id)
      );
      CREATE INDEX events_kind ON events(kind);
      CREATE INDEX events_months ON events(month_lo, month_hi);
      CREATE INDEX events_high_level ON events(high_level);
      CREATE INDEX events_mode ON events(mode);

      CREATE TABLE evidences (
        event_pk  INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
        ord       INTEGER NOT NULL,
        start     INTEGER NOT NULL,
        "end"     INTEGER NOT NULL,
        text      TEXT NOT NULL,
        PRIMARY KEY (event_pk, ord)
      );

      CREATE TABLE partners (
        event_pk  INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
        code      TEXT NOT NULL,
        PRIMARY KEY (event_pk, code)
      );
      CREATE INDEX partners_code ON partners(code);
    `,
  },
  {
    version: 2,
    name: 'source kind, publication date, coverage and text',
    sql: `
      ALTER TABLE sources ADD COLUMN kind TEXT;                 -- whitepaper, press-release, … (doc.context)
      ALTER TABLE sources ADD COLUMN kind_found_by TEXT;
      ALTER TABLE sources ADD COLUMN published TEXT;            -- YYYY, YYYY-MM or YYYY-MM-DD
      ALTER TABLE sources ADD COLUMN published_found_by TEXT;
      ALTER TABLE sources ADD COLUMN coverage TEXT;             -- JSON SourceCoverage

      -- The decoded text evidence offsets point into, to show evidence in context.
      CREATE TABLE source_texts (
        source_id  TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        text       TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'events across sources: records of a source link into events',
    sql: `
      -- What one source says: the rows of version 1, now records (src/link links them).
      ALTER TABLE events RENAME TO records;
      DROP INDEX events_kind;
      DROP INDEX events_months;
      DROP INDEX events_high_level;
      DROP INDEX events_mode;
      ALTER TABLE records ADD COLUMN block TEXT;               -- link block (src/link/fields.ts blockKey)
      ALTER TABLE records ADD COLUMN event_id TEXT;            -- the event it is evidence of
      CREATE INDEX records_block ON records(block);
      CREATE INDEX records_event ON records(event_id);

      -- One row per engagement. id is stable (src/link/ids.ts); seq orders creation (the older
      -- id survives a merge); json is the whole AtlasEvent (fields, sources, evidence, conflicts).
      CREATE TABLE events (
        id          TEXT PRIMARY KEY,
        seq         INTEGER NOT NULL UNIQUE,
        block       TEXT NOT NULL,
        kind        TEXT NOT NULL,
        date        TEXT NOT NULL,
        month_lo    TEXT NOT NULL,               -- see src/store/period.ts
        month_hi    TEXT NOT NULL,
        is_span     INTEGER NOT NULL,
        high_level  INTEGER NOT NULL,
        mode        TEXT,
        json        TEXT NOT NULL
      );
      CREATE INDEX events_block ON events(block);
      CREATE INDEX events_kind ON events(kind);
      CREATE INDEX events_months ON events(month_lo, month_hi);

      CREATE TABLE event_partners (
        event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        code      TEXT NOT NULL,
        PRIMARY KEY (event_id, code)
      );
      CREATE INDEX event_partners_code ON event_partners(code);

      -- Ids of events found to be another event: getEvent(old id) still answers.
      CREATE TABLE event_aliases (
        id        TEXT PRIMARY KEY,
        event_id  TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'releases: named, content-addressed snapshots of the events',
    sql: `
      -- One frozen copy per distinct content (hash = src/release releaseHash); names point to it.
      CREATE TABLE snapshots (
        hash          TEXT PRIMARY KEY,
        created_at    TEXT NOT NULL,
        event_count   INTEGER NOT NULL,
        source_count  INTEGER NOT NULL,
        sources       TEXT NOT NULL             -- JSON SourceRecord[] as frozen
      );
      CREATE TABLE snapshot_events (
        hash        TEXT NOT NULL REFERENCES snapshots(hash) ON DELETE CASCADE,
        id          TEXT NOT NULL,
        kind        TEXT NOT NULL,
        date        TEXT NOT NULL,
        month_lo    TEXT NOT NULL,
        month_hi    TEXT NOT NULL,
        is_span     INTEGER NOT NULL,
        high_level  INTEGER NOT NULL,
        mode        TEXT,
        json        TEXT NOT NULL,              -- the AtlasEvent as it was
        PRIMARY KEY (hash, id)
      );
      CREATE TABLE releases (
        name        TEXT PRIMARY KEY,
        hash        TEXT NOT NULL REFERENCES snapshots(hash),
        created_at  TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'full-text index over events',
    sql: `
      -- Full text over each event's name, field and evidence sentences (every source's). The
      -- trigram tokenizer matches any substring of three characters or more, which suits Japanese
      -- (no spaces between words). rowid = events.seq. Kept by triggers, so every write path
      -- (ingest, relinking, deletes) keeps it in step.
      CREATE VIRTUAL TABLE events_fts USING fts5(body, tokenize = 'trigram');
      ${ftsWriteTriggers(FTS_BODY_5)}
      CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        DELETE FROM events_fts WHERE rowid = old.seq;
      END;
      INSERT INTO events_fts (rowid, body) SELECT seq, ${FTS_BODY_5('events')} FROM events;
    `,
  },
  {
    version: 6,
    name: 'records by id',
    sql: `
      -- getEvent accepts the id a source's record was extracted with: without this index an
      -- unknown id scans every record (seconds at a million).
      CREATE INDEX records_id ON records(id);
    `,
  },
  {
    version: 7,
    name: 'records by block and days: incremental linking',
    sql: `
      -- The days a record's date may denote (src/link/dates.ts dayInterval): records link only
      -- when these nest, so an ingest finds the records it can affect through this index
      -- instead of reloading whole blocks (src/store/sqlite/link.ts).
      ALTER TABLE records ADD COLUMN day_lo TEXT;
      ALTER TABLE records ADD COLUMN day_hi TEXT;
      UPDATE records SET
        day_lo = CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END,
        day_hi = CASE length(coalesce(date_end, date))
          WHEN 4 THEN coalesce(date_end, date) || '-12-31'
          WHEN 7 THEN date(coalesce(date_end, date) || '-01', '+1 month', '-1 day')
          ELSE coalesce(date_end, date) END;
      CREATE INDEX records_block_days ON records(block, day_lo, day_hi);
      -- The widest interval (in days) of any record a block has held: how far before a record's
      -- first day another record that contains it may start. It only grows (a bound, not a count).
      CREATE TABLE link_blocks (
        block     TEXT PRIMARY KEY,
        max_days  INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO link_blocks (block, max_days)
        SELECT block, max(CAST(round(julianday(day_hi) - julianday(day_lo)) AS INTEGER) + 1) FROM records
        WHERE block IS NOT NULL GROUP BY block;
    `,
  },
  {
    version: 8,
    name: 'full-text body: each evidence sentence once',
    sql: `
      -- Rows written from now on index each distinct evidence sentence once (FTS_BODY). Rows already
      -- indexed keep their body: a sentence repeated in it matches the same terms, so they need no rewrite.
      DROP TRIGGER events_fts_insert;
      DROP TRIGGER events_fts_update;
      ${ftsWriteTriggers(FTS_BODY)}
    `,
  },
];
