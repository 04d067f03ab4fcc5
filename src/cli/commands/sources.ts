import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { KoryuError } from '../../model/errors.js';
import { toTextTable, text } from '../../reports/render/table.js';
import { backendFor, defaultDbPath, openStore } from '../../store/index.js';
import type { SourceRecord } from '../../store/types.js';
import { parseFormat, writeOutput } from '../io.js';

export const SOURCE_FORMATS = ['table', 'json'] as const;
type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A read command never creates a database: a typo in --db must not look like an empty atlas. */
export function requireDatabase(db: string): void {
  if (backendFor(db) === 'sqlite' && db !== ':memory:' && !existsSync(db)) {
    throw new KoryuError('E_DB', `no database at ${db}: run \`koryu ingest PATH...\` first (or point --db / $KORYU_DB at an existing one)`);
  }
}

const withHow = (value: string | undefined, how: string | undefined): string => (value === undefined ? '-' : how ? `${value} (${how})` : value);

export function formatSources(sources: SourceRecord[], format: SourceFormat): string {
  if (format === 'json') return JSON.stringify(sources, null, 2) + '\n';
  const rows = sources.map((s) => [
    text(s.path),
    text(withHow(s.kind, s.kindFoundBy)),
    text(withHow(s.published, s.publishedFoundBy)),
    text(s.contentHash.slice(0, 12)),
    text(s.eventCount),
    text(s.ingestedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')),
  ]);
  const table = toTextTable({ columns: ['path', 'kind (found by)', 'published (found by)', 'sha256', 'events', 'ingested'], rows });
  return table + `${sources.length} source${sources.length === 1 ? '' : 's'}\n`;
}

export function registerSources(program: Command, stdoutIsTTY: () => boolean = () => !!process.stdout.isTTY): void {
  program
    .command('sources')
    .summary('list the ingested documents')
    .description(
      'List every source in the database: its path, its kind (white paper, press release, transcript, ' +
        'activity page, other) and publication date with how each was found (an option, the HTML, the ' +
        'text, the file name), the sha256 of its bytes, how many events it reports, and when it was ingested.\n\n' +
        'Output: a table when stdout is a terminal, JSON otherwise; --format overrides.',
    )
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('-f, --format <format>', `output: ${SOURCE_FORMATS.join(', ')} (default: table on a terminal, else json)`)
    .option('--release <name>', 'the sources of this release instead of the current ones')
    .addHelpText(
      'after',
      `
Examples:
  $ koryu sources
  $ koryu sources --format json | jq '.[] | select(.kind == "press-release") | .path'`,
    )
    .action(async (opts: { db?: string; format?: string; release?: string }) => {
      const format = opts.format !== undefined ? parseFormat<SourceFormat>(opts.format, SOURCE_FORMATS, '--format') : stdoutIsTTY() ? 'table' : 'json';
      const db = opts.db ?? defaultDbPath();
      requireDatabase(db);
      const store = await openStore(db, { mustExist: true });
      try {
        writeOutput(formatSources(await store.listSources(opts.release !== undefined ? { release: opts.release } : {}), format));
      } finally {
        await store.close();
      }
    });
}
