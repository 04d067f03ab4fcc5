import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { KoryuError } from '../../model/errors.js';
import type { KoryuEvent } from '../../model/event.js';
import type { CoverageSource } from '../../coverage/index.js';
// The renderers (charts, maps: d3, topojson) load when a report is made, not with every command.
import { LANGS, REPORT_FORMATS, REPORT_NAMES, type Lang, type ReportFormat } from '../../reports/types.js';
import type { ReportGazetteer } from '../../reports/index.js';
import { checkMonth } from '../../reports/period.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import { parseFormat, writeOutput } from '../io.js';

export interface ReportDeps {
  loadGazetteer: () => Promise<ReportGazetteer>;
  /** All events of the database at `db` (which exists), or of one of its releases. */
  readEvents: (db: string, release?: string) => Promise<KoryuEvent[]>;
  /** The sources with their coverage (absent: coverage unknown, reports mark nothing). */
  readSources?: (db: string, release?: string) => Promise<CoverageSource[]>;
  stdoutIsTTY: () => boolean;
}

const defaultDeps: ReportDeps = {
  loadGazetteer: async () => {
    const { loadGazetteer } = await import('../../gazetteer/index.js');
    return loadGazetteer();
  },
  readEvents: async (db, release) => {
    const store = await openStore(db, { mustExist: true });
    try {
      return await store.queryEvents(release !== undefined ? { release } : {});
    } finally {
      await store.close();
    }
  },
  readSources: async (db, release) => {
    const store = await openStore(db, { mustExist: true });
    try {
      const read = release !== undefined ? { release } : {};
      const sources = await store.listSources(read);
      if (sources.every((s) => s.coverage)) return sources;
      // Sources ingested before coverage was recorded: what their own events cover.
      const { eventsCoverage } = await import('../../coverage/index.js');
      const events = await store.queryEvents(read);
      return sources.map((s) =>
        s.coverage ? s : { ...s, coverage: eventsCoverage(events.filter((e) => e.sources.some((x) => x.id === s.id)), [], s.kind, s.published) },
      );
    } finally {
      await store.close();
    }
  },
  stdoutIsTTY: () => !!process.stdout.isTTY,
};

interface ReportCliOptions {
  db?: string;
  from?: string;
  to?: string;
  lang?: string;
  format?: string;
  out?: string;
  years?: string;
  release?: string;
  /** For `coverage`: one partner. */
  partner?: string;
}

const EXTENSION_FORMATS: Record<string, ReportFormat> = {
  '.md': 'md',
  '.csv': 'csv',
  '.json': 'json',
  '.svg': 'svg',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'table',
};

/** --format, else the --out file's extension, else a table on a terminal and JSON in a pipe. */
function chooseFormat(opts: ReportCliOptions, deps: ReportDeps): ReportFormat {
  if (opts.format !== undefined) return parseFormat<ReportFormat>(opts.format, REPORT_FORMATS, '--format');
  const fromExt = opts.out ? EXTENSION_FORMATS[path.extname(opts.out).toLowerCase()] : undefined;
  return fromExt ?? (deps.stdoutIsTTY() && !opts.out ? 'table' : 'json');
}

function parseYears(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new KoryuError('E_BAD_VALUE', `--years: expected a positive whole number; got '${value}'`);
  return n;
}

export async function runReport(
  name: string,
  code: string | undefined,
  opts: ReportCliOptions,
  deps: ReportDeps = defaultDeps,
): Promise<void> {
  // Check everything the user typed before touching the database.
  const from = opts.from !== undefined ? checkMonth(opts.from, '--from') : undefined;
  const to = opts.to !== undefined ? checkMonth(opts.to, '--to') : undefined;
  if (from && to && from > to) throw new KoryuError('E_BAD_VALUE', `--from ${from} is after --to ${to}: the period would be empty`);
  const lang = parseFormat<Lang>(opts.lang ?? 'ja', LANGS, '--lang');
  const years = parseYears(opts.years);
  let reportName = name;
  if (name === 'country') {
    if (!code) throw new KoryuError('E_USAGE', 'report country: give an ISO 3166-1 alpha-3 code, e.g. `koryu report country AUS`');
    reportName = `country-${code}`;
  } else if (code !== undefined) {
    throw new KoryuError('E_USAGE', `report ${name}: unexpected argument '${code}'`);
  }
  const all = reportName === 'all';
  const format = all ? undefined : chooseFormat(opts, deps);
  if (all && !opts.out) throw new KoryuError('E_USAGE', 'report all: give the output folder with --out DIR');
  const gaz = await deps.loadGazetteer();
  const { checkPartnerCode, renderAllReports, renderReport, reportView } = await import('../../reports/index.js');
  if (!all) reportView(reportName, gaz); // unknown name or ISO code → one-line error
  const db = opts.db ?? defaultDbPath();
  if (db !== ':memory:' && !existsSync(db)) {
    throw new KoryuError('E_DB', `no database at ${db}: run \`koryu ingest FILE...\` first (or point --db / $KORYU_DB at an existing one)`);
  }
  const events = await deps.readEvents(db, opts.release);
  const sources = await deps.readSources?.(db, opts.release);
  const partner = opts.partner !== undefined ? checkPartnerCode(opts.partner, gaz) : undefined;
  const reportOpts = { from, to, lang, years, ...(sources ? { sources } : {}), ...(partner ? { partner } : {}) };
  if (all) {
    const dir = path.resolve(opts.out!);
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new KoryuError('E_BAD_VALUE', `--out: ${opts.out} is not a folder`);
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      throw new KoryuError('E_BAD_VALUE', `--out: cannot create the folder ${opts.out}`);
    }
    const formats: ReportFormat[] = ['html', 'svg', 'json'];
    if (opts.format !== undefined) {
      const extra = parseFormat<ReportFormat>(opts.format, REPORT_FORMATS, '--format');
      if (!formats.includes(extra)) formats.push(extra);
    }
    const files = renderAllReports(events, gaz, { ...reportOpts, formats });
    for (const f of files) writeOutput(f.content, path.join(dir, f.file));
    process.stderr.write(`koryu: wrote ${files.length} files to ${opts.out} (open ${path.join(opts.out!, 'index.html')})\n`);
    return;
  }
  writeOutput(renderReport(reportName, events, gaz, { ...reportOpts, format }), opts.out);
}

export function registerReport(program: Command, deps: ReportDeps = defaultDeps): void {
  program
    .command('report')
    .summary('tables, maps and charts built from the stored events')
    .description(
      'Build a report from the events in the database.\n\n' +
        `Reports: ${REPORT_NAMES.join(', ')}, country ISO3 (or country-ISO3), and all.\n` +
        '  high-level         bilateral high-level exchanges per partner, world map (default period: the latest complete fiscal year)\n' +
        '  capacity-building  partners, fields and method (dispatch, invitation, online), map and table\n' +
        '  agreements         every agreement milestone; matrix of partner × instrument\n' +
        '  country ISO3       chronology of one partner (default: the last 3 years of the data; --years N)\n' +
        '  mode-shift         talks per quarter by mode (in person, phone, video), with the high-level subset\n' +
        '  exercise-network   partners linked by shared exercises\n' +
        '  partners           every partner with its counts by kind, grouped by the white paper\'s categories\n' +
        '  coverage           partner × year: events, and the sources that cover each cell ("no event" vs "not covered"; also `koryu coverage`)\n' +
        '  all                every report as html, svg and json in --out DIR, with an index.html\n\n' +
        'Periods are whole months, both ends included (--from 2020-04 --to 2021-03 is FY2020). ' +
        'In HTML, every number links to the events behind it and their evidence sentences.',
    )
    .argument('<name>', 'report name (see above)')
    .argument('[iso3]', 'for `country`: the partner\'s ISO 3166-1 alpha-3 code')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('--from <YYYY-MM>', 'first month of the period (inclusive)')
    .option('--to <YYYY-MM>', 'last month of the period (inclusive)')
    .option('--lang <lang>', `labels: ${LANGS.join(', ')} (default ja)`)
    .option('-f, --format <format>', `output: ${REPORT_FORMATS.join(', ')} (default: from --out's extension, else table on a terminal, json otherwise)`)
    .option('-o, --out <path>', 'write to this file (for `all`: this folder) instead of stdout')
    .option('--years <n>', 'for `country`: how many years back from the latest event (default 3)')
    .option('--release <name>', 'report on this release (koryu release list) instead of the current data')
    .addHelpText(
      'after',
      `
Examples:
  $ koryu report high-level --from 2020-04 --to 2021-03 --format json
  $ koryu report capacity-building --from 2020-01 --to 2021-03 --format csv
  $ koryu report agreements --format table
  $ koryu report country IND --years 3 --out india.html
  $ koryu report high-level --lang en --out high-level.svg
  $ koryu report all --out reports/
  $ koryu report high-level --release 2024-05 --from 2020-04 --to 2021-03`,
    )
    .action(async (name: string, iso3: string | undefined, opts: ReportCliOptions) => {
      await runReport(name, iso3, opts, deps);
    });
}
