import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { KoryuError } from '../../model/errors.js';
import { EVENT_KINDS, MODES, type EventKind, type Mode } from '../../model/event.js';
import { parseMonth } from '../../pipeline/5-time/fiscal.js';
import { backendFor, defaultDbPath, openStore } from '../../store/index.js';
import type { EventQuery } from '../../store/types.js';
import { EVENT_FORMATS, formatEvents, type EventFormat } from '../format-events.js';
import { parseFormat, writeOutput } from '../io.js';

export interface EventsDeps {
  /** Whether a code names a known partner (the gazetteer's answer by default). */
  isPartnerCode: (code: string) => Promise<boolean>;
  /** Whether stdout is a terminal: the default format follows it. */
  stdoutIsTTY: () => boolean;
}

const defaultDeps: EventsDeps = {
  isPartnerCode: async (code) => {
    const { loadGazetteer } = await import('../../gazetteer/index.js');
    return loadGazetteer().isPartnerCode(code);
  },
  stdoutIsTTY: () => !!process.stdout.isTTY,
};

/** The filters of `koryu events`, shared by the commands that select events (export). */
export interface EventFilterOptions {
  db?: string;
  partner?: string;
  kind?: string;
  from?: string;
  to?: string;
  highLevel?: boolean;
  mode?: string;
  minConfidence?: string;
  source?: string;
  release?: string;
}

interface EventsOptions extends EventFilterOptions {
  format?: string;
}

/** Add the event filters (database, partner, kind, period, high level, mode, source, release) to a command. */
export function addEventFilters(command: Command): Command {
  return command
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('--partner <code>', 'ISO 3166-1 alpha-3 code (AUS, IND…) or NATO, EU, ASEAN, UN')
    .option('--kind <kind>', `one of: ${EVENT_KINDS.join(', ')}`)
    .option('--from <YYYY-MM>', 'first month of the period (inclusive)')
    .option('--to <YYYY-MM>', 'last month of the period (inclusive)')
    .option('--high-level', 'only high-level exchanges (bilateral talks of the minister, vice-ministers or chiefs of staff)')
    .option('--mode <mode>', `one of: ${MODES.join(', ')}`)
    .option(
      '--min-confidence <0-1>',
      'only events at least this confident (on real texts, events at 0.8 or more are right about 9 times in 10)',
    )
    .option('--source <file>', 'only events of this ingested document (its path, or its source id)')
    .option('--release <name>', 'answer from this release (koryu release list) instead of the current data');
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string, what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KoryuError('E_BAD_VALUE', `${option}: unknown ${what} '${value}' (expected one of: ${allowed.join(', ')})`);
}

function month(value: string, option: string): string {
  try {
    return parseMonth(value);
  } catch (e) {
    if (e instanceof KoryuError) throw new KoryuError('E_BAD_VALUE', `${option}: ${e.message}`);
    throw e;
  }
}

/** Turn the options into a query, rejecting what the store could never match. */
export async function buildQuery(opts: EventFilterOptions, deps: Pick<EventsDeps, 'isPartnerCode'>): Promise<EventQuery> {
  const q: EventQuery = {};
  if (opts.partner !== undefined) {
    const code = opts.partner.trim().toUpperCase();
    if (!(await deps.isPartnerCode(code))) {
      throw new KoryuError(
        'E_BAD_VALUE',
        `--partner: unknown partner code '${opts.partner}' (expected an ISO 3166-1 alpha-3 code such as AUS, or NATO, EU, ASEAN, UN)`,
      );
    }
    q.partner = code;
  }
  if (opts.kind !== undefined) q.kind = oneOf<EventKind>(opts.kind, EVENT_KINDS, '--kind', 'kind');
  if (opts.mode !== undefined) q.mode = oneOf<Mode>(opts.mode, MODES, '--mode', 'mode');
  if (opts.from !== undefined) q.from = month(opts.from, '--from');
  if (opts.to !== undefined) q.to = month(opts.to, '--to');
  if (q.from && q.to && q.from > q.to) {
    throw new KoryuError('E_BAD_VALUE', `--from ${q.from} is after --to ${q.to}: the period would be empty`);
  }
  if (opts.highLevel) q.highLevel = true;
  if (opts.minConfidence !== undefined) {
    const value = Number(opts.minConfidence);
    if (opts.minConfidence.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new KoryuError('E_BAD_VALUE', `--min-confidence: '${opts.minConfidence}' is not a number from 0 to 1 (e.g. 0.8)`);
    }
    q.minConfidence = value;
  }
  // Sources are stored under their absolute path (koryu ingest); a 16-hex-digit value is a source id.
  if (opts.source !== undefined) q.source = /^[0-9a-f]{16}$/.test(opts.source) ? opts.source : path.resolve(opts.source);
  if (opts.release !== undefined) q.release = opts.release;
  return q;
}

export function registerEvents(program: Command, deps: EventsDeps = defaultDeps): void {
  const command = program
    .command('events')
    .summary('query the stored events')
    .description(
      'List the events in the database that match every filter given.\n\n' +
        'Periods are whole months, both ends included (--from 2020-04 --to 2021-03 is FY2020). ' +
        'A dated event is in the period when its month is; a year-only date only when the whole ' +
        'year is; an event spanning months (dateEnd) when the span overlaps the period.\n\n' +
        'Output: a table when stdout is a terminal, JSON lines otherwise (pipes, files); ' +
        '--format overrides.',
    );
  addEventFilters(command)
    .option('-f, --format <format>', `output: ${EVENT_FORMATS.join(', ')} (default: table on a terminal, else jsonl)`)
    .addHelpText(
      'after',
      `
Examples:
  $ koryu events --partner AUS --high-level
  $ koryu events --partner IND --min-confidence 0.8
  $ koryu events --kind exercise --from 2020-04 --to 2021-03 --format csv > exercises.csv
  $ koryu events --db atlas.db --mode video | wc -l
  $ koryu events --release 2024-05 --partner IND --format json`,
    )
    .action(async (opts: EventsOptions) => {
      const format =
        opts.format !== undefined
          ? parseFormat<EventFormat>(opts.format, EVENT_FORMATS, '--format')
          : deps.stdoutIsTTY()
            ? 'table'
            : 'jsonl';
      const query = await buildQuery(opts, deps);
      const db = opts.db ?? defaultDbPath();
      // A read command never creates a database: a typo in --db must not look like "no events".
      if (backendFor(db) === 'sqlite' && db !== ':memory:' && !existsSync(db)) {
        throw new KoryuError(
          'E_DB',
          `no database at ${db}: run \`koryu ingest FILE...\` first (or point --db / $KORYU_DB at an existing one)`,
        );
      }
      const store = await openStore(db, { mustExist: true });
      try {
        writeOutput(formatEvents(await store.queryEvents(query), format));
      } finally {
        await store.close();
      }
    });
}
