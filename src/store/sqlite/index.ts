import Database from 'better-sqlite3';
import { KoryuError } from '../../model/errors.js';
import type { SqliteDatabase } from './driver.js';
import { SqliteStore, type SqliteStoreOptions } from './store.js';

export interface OpenSqliteOptions extends SqliteStoreOptions {
  /** Refuse to create the file: read commands must not leave an empty database behind. */
  mustExist?: boolean;
  /** How long a write waits for another process's lock before failing (better-sqlite3 default 5 s). */
  busyTimeoutMs?: number;
}

/** Open (or create) a SQLite database file, ':memory:' included, and bring its schema up to date. */
export async function openSqliteStore(file: string, options: OpenSqliteOptions = {}): Promise<SqliteStore> {
  let db: SqliteDatabase;
  try {
    db = new Database(file, {
      fileMustExist: !!options.mustExist,
      ...(options.busyTimeoutMs !== undefined ? { timeout: options.busyTimeoutMs } : {}),
    }) as unknown as SqliteDatabase;
  } catch (e) {
    throw new KoryuError('E_DB', `cannot open database ${file}: ${(e as Error).message}`);
  }
  try {
    // WAL lets a reader (koryu events, a report) run while an ingest writes.
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // Cascading deletes of evidences and partners rely on it.
    db.pragma('foreign_keys = ON');
    const store = new SqliteStore(db, { label: file, ...options });
    await store.migrate();
    return store;
  } catch (e) {
    db.close();
    throw new KoryuError('E_DB', `cannot use database ${file}: ${(e as Error).message}`);
  }
}

export { SqliteStore, sourceIdFor, type SqliteStoreOptions } from './store.js';
