/**
 * The explorer's in-memory index over the events table: one compact column per filterable field
 * (typed arrays, a few bytes per event), rows in date order, and a posting list per partner.
 *
 * Why: filtered lists, counts for the map and the timeline, and a partner's summary must answer
 * in milliseconds over a million events, under any combination of filters (period, kinds, level,
 * mode, high-level, sources, full text). Scanning the events table in SQL takes seconds at that
 * size (each row holds the full JSON record); a few typed arrays scan in a few milliseconds.
 * The index is built on first use and rebuilt when the database changes (PRAGMA data_version
 * for other connections' commits, a local counter for our own); SQL stays the source of truth
 * for the records themselves.
 */
import { EVENT_KINDS, LEVELS, MODES, type EventKind } from '../../model/event.js';
import type { CountDimension, CountRow, EventFilter } from '../explore.js';
import type { SqliteDatabase } from './driver.js';

/** 'YYYY-MM' → a month number (year × 12 + month − 1). */
export const monthNumber = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthString = (n: number): string => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;

/** 'YYYY' → YYYY0000, 'YYYY-MM' → YYYYMM00, 'YYYY-MM-DD' → YYYYMMDD: the order of the date strings. */
export const dateKey = (d: string): number =>
  Number(d.slice(0, 4)) * 10000 + (d.length >= 7 ? Number(d.slice(5, 7)) * 100 : 0) + (d.length >= 10 ? Number(d.slice(8, 10)) : 0);

const KIND_CODE = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i + 1]));
const LEVEL_CODE = new Map<string, number>(LEVELS.map((k, i) => [k, i + 1]));
const MODE_CODE = new Map<string, number>(MODES.map((k, i) => [k, i + 1]));

export interface Facts {
  n: number;
  /** By position (date order, then pk): */
  pk: Int32Array;
  /** The row's rowid, what its record is fetched by (the table's own key: one b-tree descent). */
  rowid: Int32Array;
  date: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  span: Uint8Array;
  kind: Uint8Array;
  level: Uint8Array;
  mode: Uint8Array;
  hl: Uint8Array;
  /** Sources of position i (indexes into sourceIds): sCode[sOff[i] .. sOff[i+1]). */
  sOff: Int32Array;
  sCode: Int32Array;
  /** Partners of position i: codes[pCode[pOff[i] .. pOff[i+1])]. */
  pOff: Int32Array;
  pCode: Uint16Array;
  codes: string[];
  codeIndex: Map<string, number>;
  /** Positions (ascending) of the events of each partner code. */
  postings: Int32Array[];
  /** Source ids and paths by source index. */
  sourceIds: string[];
  sourcePaths: string[];
  /** Position of a pk (events.seq), -1 when absent. */
  posOfPk: Int32Array;
  /** The longest span (hi − lo, in months) of any dateEnd event: how far back a period must look. */
  maxSpan: number;
}

/**
 * Where the facts come from: the live events, or a release's frozen snapshot. One scan of rows
 * keyed by an integer the explorer fetches records back by (events.seq, or the snapshot row's
 * rowid); partners and sources come from each row's JSON record, so no join is needed.
 */
export interface FactsSource {
  /** count(*) and max(key). */
  countSql: string;
  /** key, date, month_lo, month_hi, is_span, kind, level, mode, high_level, partners (JSON), sources (JSON), rowid. */
  eventsSql: string;
  params: unknown[];
  /** The sources events may name. */
  sources: { id: string; path: string }[];
}

const COLUMNS = `date, month_lo, month_hi, is_span, kind, json ->> '$.level', mode, high_level, json -> '$.partners', json -> '$.sources'`;

export function liveFacts(db: SqliteDatabase): FactsSource {
  return {
    countSql: 'SELECT count(*) AS n, coalesce(max(seq), 0) AS m FROM events',
    eventsSql: `SELECT seq, ${COLUMNS}, rowid FROM events`,
    params: [],
    sources: db.prepare('SELECT id, path FROM sources ORDER BY path').all() as { id: string; path: string }[],
  };
}

/** A release: the snapshot's rows and the sources frozen with it. */
export function snapshotFacts(db: SqliteDatabase, hash: string): FactsSource {
  const frozen = db.prepare('SELECT sources FROM snapshots WHERE hash = ?').get(hash) as { sources: string } | undefined;
  return {
    countSql: 'SELECT count(*) AS n, coalesce(max(rowid), 0) AS m FROM snapshot_events WHERE hash = ?',
    eventsSql: `SELECT rowid, ${COLUMNS}, rowid FROM snapshot_events WHERE hash = ?`,
    params: [hash],
    sources: ((frozen ? JSON.parse(frozen.sources) : []) as { id: string; path: string }[])
      .map((x) => ({ id: x.id, path: x.path }))
      .sort((x, y) => (x.path < y.path ? -1 : 1)),
  };
}

/** A growable list of small integers in a typed array (a million events: no boxed numbers). */
class Grower {
  private data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i];
  }
  /** Whether v was pushed at or after index `from` (the current event's own entries). */
  hasSince(from: number, v: number): boolean {
    for (let i = from; i < this.length; i++) if (this.data[i] === v) return true;
    return false;
  }
}

type Row = [number, string, string, string, number, string, string | null, string | null, number, string, string, number];

/** Read events into a Facts index: one sequential scan, typed arrays, no big intermediate objects. */
export function loadFacts(db: SqliteDatabase, from: FactsSource = liveFacts(db)): Facts {
  const count = db.prepare(from.countSql).get(...from.params) as { n: number; m: number };
  const n = count.n;
  const srcIndex = new Map(from.sources.map((x, i) => [x.id, i]));
  const codeIndex = new Map<string, number>();
  const codes: string[] = [];
  // Read in table order into "r" arrays, then lay them out by (date, key).
  const rPk = new Int32Array(n);
  const rRowid = new Int32Array(n);
  const rDate = new Int32Array(n);
  const rLo = new Int32Array(n);
  const rHi = new Int32Array(n);
  const rSpan = new Uint8Array(n);
  const rKind = new Uint8Array(n);
  const rLevel = new Uint8Array(n);
  const rMode = new Uint8Array(n);
  const rHl = new Uint8Array(n);
  // Partners and sources of row i: pList[pStart[i] .. pStart[i+1]) (and the same for sources).
  const pStart = new Int32Array(n + 1);
  const sStart = new Int32Array(n + 1);
  const pList = new Grower(n * 2);
  const sList = new Grower(n);
  let i = 0;
  let maxSpan = 0;
  for (const r of db.prepare(from.eventsSql).raw(true).iterate(...from.params) as IterableIterator<Row>) {
    if (i >= n) break; // the table cannot grow inside our read transaction; belt and braces
    rPk[i] = r[0];
    rRowid[i] = r[11];
    rDate[i] = dateKey(r[1]);
    rLo[i] = monthNumber(r[2]);
    rHi[i] = monthNumber(r[3]);
    rSpan[i] = r[4];
    if (r[4]) maxSpan = Math.max(maxSpan, rHi[i] - rLo[i]);
    rKind[i] = KIND_CODE.get(r[5]) ?? 0;
    rLevel[i] = r[6] ? (LEVEL_CODE.get(r[6]) ?? 0) : 0;
    rMode[i] = r[7] ? (MODE_CODE.get(r[7]) ?? 0) : 0;
    rHl[i] = r[8];
    for (const code of JSON.parse(r[9] ?? '[]') as string[]) {
      let c = codeIndex.get(code);
      if (c === undefined) {
        c = codes.length;
        codeIndex.set(code, c);
        codes.push(code);
      }
      if (!pList.hasSince(pStart[i], c)) pList.push(c);
    }
    for (const src of JSON.parse(r[10] ?? '[]') as { id: string }[]) {
      const x = srcIndex.get(src.id);
      if (x !== undefined && !sList.hasSince(sStart[i], x)) sList.push(x);
    }
    i++;
    pStart[i] = pList.length;
    sStart[i] = sList.length;
  }
  const len = i;
  // Positions sorted by (date, key): one numeric key when keys are small enough, else a comparator.
  const order = new Int32Array(len);
  for (let j = 0; j < len; j++) order[j] = j;
  const maxPk = Math.max(0, count.m);
  if (maxPk < 2 ** 24) {
    const keys = new Float64Array(len);
    for (let j = 0; j < len; j++) keys[j] = rDate[j] * 2 ** 24 + rPk[j];
    keys.sort();
    const rowOfPk = new Int32Array(maxPk + 1);
    for (let j = 0; j < len; j++) rowOfPk[rPk[j]] = j;
    for (let j = 0; j < len; j++) order[j] = rowOfPk[keys[j] % 2 ** 24];
  } else {
    order.sort((x, y) => rDate[x] - rDate[y] || rPk[x] - rPk[y]);
  }
  const f: Facts = {
    n: len,
    pk: new Int32Array(len),
    rowid: new Int32Array(len),
    date: new Int32Array(len),
    lo: new Int32Array(len),
    hi: new Int32Array(len),
    span: new Uint8Array(len),
    kind: new Uint8Array(len),
    level: new Uint8Array(len),
    mode: new Uint8Array(len),
    hl: new Uint8Array(len),
    sOff: new Int32Array(len + 1),
    sCode: new Int32Array(sList.length),
    pOff: new Int32Array(len + 1),
    pCode: new Uint16Array(pList.length),
    codes,
    codeIndex,
    postings: [],
    sourceIds: from.sources.map((x) => x.id),
    sourcePaths: from.sources.map((x) => x.path),
    posOfPk: new Int32Array(maxPk + 1).fill(-1),
    maxSpan,
  };
  const perCode = new Int32Array(codes.length);
  for (let p = 0; p < len; p++) {
    const r = order[p];
    f.pk[p] = rPk[r];
    f.rowid[p] = rRowid[r];
    f.date[p] = rDate[r];
    f.lo[p] = rLo[r];
    f.hi[p] = rHi[r];
    f.span[p] = rSpan[r];
    f.kind[p] = rKind[r];
    f.level[p] = rLevel[r];
    f.mode[p] = rMode[r];
    f.hl[p] = rHl[r];
    f.posOfPk[rPk[r]] = p;
    let k = f.pOff[p];
    for (let q = pStart[r]; q < pStart[r + 1]; q++, k++) {
      f.pCode[k] = pList.at(q);
      perCode[pList.at(q)]++;
    }
    f.pOff[p + 1] = k;
    k = f.sOff[p];
    for (let q = sStart[r]; q < sStart[r + 1]; q++, k++) f.sCode[k] = sList.at(q);
    f.sOff[p + 1] = k;
  }
  // A posting list per partner: its events' positions, ascending.
  f.postings = Array.from(perCode, (m) => new Int32Array(m));
  const at = new Int32Array(codes.length);
  for (let p = 0; p < len; p++) {
    for (let k = f.pOff[p]; k < f.pOff[p + 1]; k++) {
      const c = f.pCode[k];
      f.postings[c][at[c]++] = p;
    }
  }
  return f;
}

/**
 * A filter compiled against the index: the candidate positions, and what `matches` tests of each
 * (plain data, so that the loops over thousands of positions call one function of this module).
 */
export interface Plan {
  /** Ascending positions to consider (all, a partner's postings, or full-text hits), or null for 0..n-1. */
  candidates: Int32Array | null;
  /** Index range [begin, end) into candidates (or positions) that can match the period. */
  begin: number;
  end: number;
  /** Whether position p matches the filter (the same as matches(f, plan, p)). */
  test: (p: number) => boolean;
  /** True when nothing can match (an unknown partner or source). */
  empty: boolean;
  /** Bit masks of the allowed codes (0: any). */
  kindMask: number;
  levelMask: number;
  modeMask: number;
  /** 1 or 0 for high-level only or not, -1 for either. */
  hl: number;
  hasPeriod: boolean;
  /** The period in month numbers (±Infinity when open). */
  from: number;
  to: number;
  /** Allowed sources, partners and full-text hits (null: any). */
  sources: Uint8Array | null;
  partnerMask: Uint8Array | null;
  textMask: Uint8Array | null;
}

/** Whether position p matches a plan's filter. */
export function matches(f: Facts, pl: Plan, p: number): boolean {
  if (pl.kindMask && !((pl.kindMask >> f.kind[p]) & 1)) return false;
  if (pl.hl >= 0 && f.hl[p] !== pl.hl) return false;
  if (pl.levelMask && !((pl.levelMask >> f.level[p]) & 1)) return false;
  if (pl.modeMask && !((pl.modeMask >> f.mode[p]) & 1)) return false;
  if (pl.hasPeriod) {
    // src/store/period.ts: a span overlaps the period, a point lies inside it.
    if (f.span[p]) {
      if (f.lo[p] > pl.to || f.hi[p] < pl.from) return false;
    } else if (f.lo[p] < pl.from || f.hi[p] > pl.to) return false;
  }
  if (pl.sources !== null && !anySource(f, pl.sources, p)) return false;
  if (pl.partnerMask !== null && !pl.partnerMask[p]) return false;
  if (pl.textMask !== null && !pl.textMask[p]) return false;
  return true;
}

function anySource(f: Facts, sources: Uint8Array, p: number): boolean {
  for (let k = f.sOff[p]; k < f.sOff[p + 1]; k++) if (sources[f.sCode[k]]) return true;
  return false;
}

const maskOf = (values: readonly string[] | undefined, codes: Map<string, number>): number => {
  let m = 0;
  for (const v of values ?? []) m |= 1 << (codes.get(v) ?? 31);
  return m;
};

/** Smallest index in [0, len) whose value (via at) is ≥ x, or len. */
function lowerBound(len: number, at: (i: number) => number, x: number): number {
  let a = 0;
  let b = len;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (at(m) < x) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * Compile a filter. `ftsPks` are the pks that match the full-text part (undefined when the
 * filter has no text). Sources are given by id or path.
 */
export function plan(f: Facts, filter: EventFilter, ftsPks?: Iterable<number>): Plan {
  let empty = false;
  // Candidates: the smallest list we can start from.
  let candidates: Int32Array | null = null;
  let partnerMask: Uint8Array | null = null;
  if (filter.partners?.length) {
    const lists = [...new Set(filter.partners)].map((c) => f.codeIndex.get(c)).filter((c): c is number => c !== undefined);
    if (!lists.length) empty = true;
    else if (lists.length === 1) candidates = f.postings[lists[0]];
    else {
      const seen = new Uint8Array(f.n);
      for (const c of lists) for (const p of f.postings[c]) seen[p] = 1;
      let k = 0;
      for (let p = 0; p < f.n; p++) k += seen[p];
      candidates = new Int32Array(k);
      k = 0;
      for (let p = 0; p < f.n; p++) if (seen[p]) candidates[k++] = p;
      partnerMask = seen;
    }
  }
  let textMask: Uint8Array | null = null;
  if (ftsPks) {
    textMask = new Uint8Array(f.n);
    let k = 0;
    for (const pk of ftsPks) {
      const p = pk < f.posOfPk.length ? f.posOfPk[pk] : -1;
      if (p >= 0 && !textMask[p]) (textMask[p] = 1), k++;
    }
    if (!k) empty = true;
    // Start from the text hits when they are fewer than the partner's events.
    if (!empty && (candidates === null || k < candidates.length)) {
      const hits = new Int32Array(k);
      k = 0;
      for (let p = 0; p < f.n; p++) if (textMask[p]) hits[k++] = p;
      if (candidates !== null && !partnerMask) {
        partnerMask = new Uint8Array(f.n);
        for (const p of candidates) partnerMask[p] = 1;
      }
      candidates = hits;
    }
  }
  let srcSet: Uint8Array | null = null;
  if (filter.sources?.length) {
    srcSet = new Uint8Array(f.sourceIds.length);
    let any = false;
    for (const s of filter.sources) {
      f.sourceIds.forEach((id, i) => {
        if (id === s || f.sourcePaths[i] === s) (srcSet![i] = 1), (any = true);
      });
    }
    if (!any) empty = true;
  }
  const kindMask = maskOf(filter.kinds, KIND_CODE);
  const levelMask = maskOf(filter.levels, LEVEL_CODE);
  const modeMask = maskOf(filter.modes, MODE_CODE);
  const hl = filter.highLevel === undefined ? -1 : filter.highLevel ? 1 : 0;
  const F = filter.from !== undefined ? monthNumber(filter.from) : -Infinity;
  const T = filter.to !== undefined ? monthNumber(filter.to) : Infinity;
  const hasPeriod = filter.from !== undefined || filter.to !== undefined;
  // Positions are in date order, and a row's first month never decreases along it: only the
  // slice from (from − longest span) to `to` can match the period.
  const len = candidates ? candidates.length : f.n;
  const posAt = candidates ? (i: number) => candidates![i] : (i: number) => i;
  const begin = F === -Infinity ? 0 : lowerBound(len, (i) => f.lo[posAt(i)], F - f.maxSpan);
  const end = T === Infinity ? len : lowerBound(len, (i) => f.lo[posAt(i)], T + 1);
  const pl: Plan = {
    candidates,
    begin,
    end: Math.max(begin, end),
    test: (p) => matches(f, pl, p),
    empty,
    kindMask,
    levelMask,
    modeMask,
    hl,
    hasPeriod,
    from: F,
    to: T,
    sources: srcSet,
    partnerMask,
    textMask,
  };
  return pl;
}

const quarterString = (m: number): string => `${String(Math.floor(m / 12)).padStart(4, '0')}-Q${Math.floor((m % 12) / 3) + 1}`;

export interface Grouping {
  by: readonly CountDimension[];
  /** Count only the matching events of these kinds (a partner's talks, its exercises). */
  kinds?: readonly EventKind[];
}

export interface Tally {
  /** One list of rows per grouping, sorted by key. */
  rows: CountRow[][];
  /** Matching events, and the positions of the first and last (date order), -1 when none. */
  matched: number;
  first: number;
  last: number;
}

/** Counts of the matching events along some dimensions (see CountRow). */
export function countBy(f: Facts, pl: Plan, by: readonly CountDimension[]): CountRow[] {
  return tally(f, pl, [{ by }]).rows[0];
}

/** Month, quarter and year of each position as small integers (1-based from the first; 0 for none). */
interface Derived {
  month: Int32Array;
  quarter: Int32Array;
  year: Int32Array;
}
const derived = new WeakMap<Facts, Derived>();

/**
 * The date dimensions of every position, computed once per index: counting then reads a typed
 * array per dimension instead of deriving the value for each event of each request. An event
 * dated to a year only has no month and no quarter (0).
 */
function derivedColumns(f: Facts): Derived {
  let d = derived.get(f);
  if (!d) {
    const minLo = f.n ? f.lo[0] : 0;
    d = { month: new Int32Array(f.n), quarter: new Int32Array(f.n), year: new Int32Array(f.n) };
    for (let p = 0; p < f.n; p++) {
      const yearOnly = !f.span[p] && f.hi[p] !== f.lo[p];
      d.month[p] = yearOnly ? 0 : f.lo[p] - minLo + 1;
      d.quarter[p] = yearOnly ? 0 : Math.floor(f.lo[p] / 3) - Math.floor(minLo / 3) + 1;
      d.year[p] = Math.floor(f.lo[p] / 12) - Math.floor(minLo / 12) + 1;
    }
    derived.set(f, d);
  }
  return d;
}

/**
 * Several counts of the matching events in one pass (a partner's summary needs three). Each
 * dimension becomes a small integer and a row's key their mixed-radix combination, counted in a
 * typed array when the key space is small (it nearly always is), else in a Map.
 */
export function tally(f: Facts, pl: Plan, groupings: readonly Grouping[]): Tally {
  const minLo = f.n ? f.lo[0] : 0;
  const maxLo = f.n ? f.lo[f.n - 1] : 0;
  const monthSpan = maxLo - minLo + 2; // + null
  const radix: Record<CountDimension, number> = {
    partner: f.codes.length + 1,
    kind: EVENT_KINDS.length + 1,
    month: monthSpan,
    quarter: Math.ceil(monthSpan / 3) + 2,
    year: Math.ceil(monthSpan / 12) + 2,
    mode: MODES.length + 1,
    level: LEVELS.length + 1,
  };
  const cols = derivedColumns(f);
  /** Each dimension's value by position, 0 for none (see label). */
  const column = (d: Exclude<CountDimension, 'partner'>): Uint8Array | Int32Array => {
    switch (d) {
      case 'kind':
        return f.kind;
      case 'mode':
        return f.mode;
      case 'level':
        return f.level;
      default:
        return cols[d];
    }
  };
  const label = (d: CountDimension, v: number): string | null => {
    if (v === 0) return null;
    switch (d) {
      case 'partner':
        return f.codes[v - 1];
      case 'kind':
        return EVENT_KINDS[v - 1];
      case 'mode':
        return MODES[v - 1];
      case 'level':
        return LEVELS[v - 1];
      case 'month':
        return monthString(v - 1 + minLo);
      case 'quarter':
        return quarterString((v - 1 + Math.floor(minLo / 3)) * 3);
      case 'year':
        return String(v - 1 + Math.floor(minLo / 12)).padStart(4, '0');
    }
  };
  const acc = groupings.map((g) => {
    const dims = [...new Set(g.by)];
    const byPartner = dims.includes('partner');
    const rest = dims.filter((d): d is Exclude<CountDimension, 'partner'> => d !== 'partner');
    const order = byPartner ? [...rest, 'partner' as const] : rest;
    const space = order.reduce((n, d) => n * radix[d], 1);
    const dense = space <= 1 << 22 ? new Int32Array(space) : null;
    const sparse = dense ? null : new Map<number, number>();
    const kindMask = g.kinds?.length ? g.kinds.reduce((m, k) => m | (1 << (KIND_CODE.get(k) ?? 31)), 0) : 0;
    return { dims, byPartner, rest, columns: rest.map(column), radices: rest.map((d) => radix[d]), order, dense, sparse, kindMask };
  });
  const radixPartner = radix.partner;
  let matched = 0;
  let first = -1;
  let last = -1;
  if (!pl.empty) {
    for (let i = pl.begin; i < pl.end; i++) {
      const p = pl.candidates ? pl.candidates[i] : i;
      if (!matches(f, pl, p)) continue;
      matched++;
      if (first < 0) first = p;
      last = p;
      for (let g = 0; g < acc.length; g++) {
        const a = acc[g];
        if (a.kindMask && !((a.kindMask >> f.kind[p]) & 1)) continue;
        let key = 0;
        for (let j = 0; j < a.columns.length; j++) key = key * a.radices[j] + a.columns[j][p];
        if (a.byPartner) {
          for (let k = f.pOff[p]; k < f.pOff[p + 1]; k++) {
            const kk = key * radixPartner + f.pCode[k] + 1;
            if (a.dense) a.dense[kk]++;
            else a.sparse!.set(kk, (a.sparse!.get(kk) ?? 0) + 1);
          }
        } else if (a.dense) a.dense[key]++;
        else a.sparse!.set(key, (a.sparse!.get(key) ?? 0) + 1);
      }
    }
  }
  const rows = acc.map((a) => {
    const counts: [number, number][] = [];
    if (a.dense) a.dense.forEach((n, k) => n && counts.push([k, n]));
    else counts.push(...a.sparse!);
    const out: CountRow[] = counts.map(([key, n]) => {
      let k = key;
      const values: Partial<Record<CountDimension, string | null>> = {};
      for (let j = a.order.length - 1; j >= 0; j--) {
        const d = a.order[j];
        values[d] = label(d, k % radix[d]);
        k = Math.floor(k / radix[d]);
      }
      return { key: Object.fromEntries(a.dims.map((d) => [d, values[d] ?? null])), n };
    });
    const cmpKey = (x: CountRow, y: CountRow): number => {
      for (const d of a.dims) {
        const u = x.key[d] ?? '';
        const v = y.key[d] ?? '';
        if (u !== v) return u < v ? -1 : 1;
      }
      return 0;
    };
    return out.sort(cmpKey);
  });
  return { rows, matched, first, last };
}
