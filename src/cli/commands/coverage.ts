import type { Command } from 'commander';
import { KoryuError } from '../../model/errors.js';
import { runReport, type ReportDeps } from './report.js';

/** 'YYYY' or 'YYYY-MM' as the first or last month of a period. */
function monthOf(value: string | undefined, option: string, edge: '01' | '12'): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}$/.test(value)) return `${value}-${edge}`;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  throw new KoryuError('E_BAD_VALUE', `${option}: expected a year YYYY (or YYYY-MM), e.g. 2020; got '${value}'`);
}

interface CoverageOptions {
  db?: string;
  partner?: string;
  from?: string;
  to?: string;
  format?: string;
  out?: string;
  lang?: string;
  release?: string;
}

export function registerCoverage(program: Command, deps?: ReportDeps): void {
  program
    .command('coverage')
    .summary('partner × year: events, and which sources cover each cell')
    .description(
      'For each partner and year: how many events, and which sources cover that partner in that year. ' +
        'A source covers the partners its sections and title are about (and those of its bilateral and ' +
        'trilateral events) over the period where most of its dated events lie (a press release: its ' +
        'date). So "no event" (0: a source covers the cell and reports none) looks different from ' +
        '"not covered" (-: no source looks there, and the absence of events says nothing). ' +
        'The country chronologies (`koryu report country ISO3`) mark the years no source covers.\n\n' +
        'Output: a table on a terminal, JSON otherwise; html draws the grid with every number linked to its events.',
    )
    .option('--partner <code>', 'one partner: ISO 3166-1 alpha-3 code or NATO, EU, ASEAN, UN')
    .option('--from <YYYY>', 'first year (default: the earliest any source covers)')
    .option('--to <YYYY>', 'last year (default: the latest any source covers)')
    .option('-f, --format <format>', 'table, json, html, csv, md or svg (default: from --out, else table on a terminal, json otherwise)')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--lang <lang>', 'labels: ja, en (default ja)')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('--release <name>', 'the coverage of this release instead of the current data')
    .addHelpText(
      'after',
      `
Examples:
  $ koryu coverage
  $ koryu coverage --partner IND --format table
  $ koryu coverage --from 2019 --to 2021 --out coverage.html --lang en`,
    )
    .action(async (opts: CoverageOptions) => {
      const from = monthOf(opts.from, '--from', '01');
      const to = monthOf(opts.to, '--to', '12');
      await runReport('coverage', undefined, { ...opts, from, to }, deps);
    });
}
