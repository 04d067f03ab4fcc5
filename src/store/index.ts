import { KoryuError } from '../model/errors.js';
import type { Store } from './types.js';

export type { EventQuery, IngestOutcome, SourceInput, SourceRecord, Store } from './types.js';

export interface OpenStoreOptions {
  /** Fail instead of creating a new database (for read-only commands). */
  mustExist?: boolean;
}

/** The database location used when none is given: $KORYU_DB, else ./koryu.db. */
export function defaultDbPath(): string {
  return process.env.KORYU_DB || './koryu.db';
}

/** Which backend a location names: a postgres:// URL, or else a SQLite file path. */
export function backendFor(location: string): 'postgres' | 'sqlite' {
  return /^postgres(ql)?:\/\//i.test(location) ? 'postgres' : 'sqlite';
}

/**
 * Open the store at `location`, migrated. The backend follows from the location: a
 * postgres:// URL (not available yet) or a SQLite file path (':memory:' allowed).
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (backendFor(location) === 'postgres') {
    throw new KoryuError(
      'E_DB',
      `the PostgreSQL backend is not yet available (${location.replace(/\/\/[^@/]*@/, '//…@')}); use a SQLite file path`,
    );
  }
  // Loaded on demand: commands that never open a database (extract, inspect, --help) start without SQLite.
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(location, { mustExist: options.mustExist });
}
