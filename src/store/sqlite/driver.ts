/**
 * The few better-sqlite3 methods this backend uses, declared as our own interface (as kysely
 * does): the store depends on this shape, not on the driver's full type surface.
 */
export interface SqliteRunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface SqliteStatement {
  run(...params: unknown[]): SqliteRunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  /** Rows one at a time (large reads without one big array). */
  iterate(...params: unknown[]): IterableIterator<unknown>;
  /** Rows as arrays of column values instead of objects. */
  raw(toggle?: boolean): this;
  /** Rows as their first column's value only. */
  pluck(toggle?: boolean): this;
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  /** The wrapped function runs in BEGIN…COMMIT (ROLLBACK on a throw); `.immediate` takes the write lock first. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  transaction<F extends (...args: any[]) => any>(fn: F): F & { immediate: F };
  close(): unknown;
}
