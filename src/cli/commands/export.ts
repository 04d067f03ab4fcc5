import path from 'node:path';
import type { Command } from 'commander';
// The writers (Parquet's library) load when an export is made, not with every command.
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import type { ExportGazetteer, PointOf } from '../../export/index.js';
import { KoryuError } from '../../model/errors.js';
import type { KoryuEvent } from '../../model/event.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import type { EventQuery } from '../../store/types.js';
import { parseFormat, writeOutput } from '../io.js';
import { addEventFilters, buildQuery, type EventFilterOptions, type EventsDeps } from './events.js';
import { requireDatabase } from './sources.js';

export interface ExportDeps extends Pick<EventsDeps, 'isPartnerCode'> {
  /** The gazetteer and where to put each partner on a map. */
  geography: () => Promise<{ gaz: ExportGazetteer; pointOf: PointOf }>;
  readEvents: (db: string, q: EventQuery) => Promise<KoryuEvent[]>;
}

const defaultDeps: ExportDeps = {
  isPartnerCode: async (code) => (await import('../../gazetteer/index.js')).loadGazetteer().isPartnerCode(code),
  geography: async () => {
    const { loadGazetteer } = await import('../../gazetteer/index.js');
    const { anchorOf, countryShapes } = await import('../../reports/render/world-map.js');
    const { readReportData } = await import('../../reports/data.js');
    const gaz = loadGazetteer();
    const shapes = countryShapes(gaz);
    const points = readReportData<Record<string, [number, number] | string>>('map-points.json');
    return {
      gaz,
      pointOf: (code) => (Array.isArray(points[code]) ? (points[code] as [number, number]) : anchorOf(code, shapes)),
    };
  },
  readEvents: async (db, q) => {
    const store = await openStore(db, { mustExist: true });
    try {
      return await store.queryEvents(q);
    } finally {
      await store.close();
    }
  },
};

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.geojson': 'geojson',
  '.parquet': 'parquet',
};

interface ExportOptions extends EventFilterOptions {
  format?: string;
  out?: string;
}

export function registerExport(program: Command, deps: ExportDeps = defaultDeps): void {
  const command = program
    .command('export')
    .summary('write the events for other tools: CSV, JSON lines, GeoJSON, Parquet')
    .description(
      'Write the events of the database (or of a release), one row per event, for other tools. Every ' +
        'row gives its partners as ISO 3166-1 alpha-3 (or NATO, EU, ASEAN, UN), Correlates of War code ' +
        'and Wikidata id, the event\'s fields, its sources and its evidence.\n\n' +
        '  csv      one row per event; lists joined with ";" (positions kept: an organization has no COW code); the first evidence sentence\n' +
        '  jsonl    one JSON record per line: the event as stored (all evidence, sources, conflicts) plus partnerDetails\n' +
        '  geojson  a FeatureCollection, one Feature per event: a point per partner (its capital region or centroid; an organization at its seat)\n' +
        '  parquet  the CSV columns, typed, plus evidence_json and sources_json (hyparquet-writer; any Parquet reader opens it)\n\n' +
        'Filters are those of `koryu events`. The format follows --out\'s extension when --format is not given.',
    )
    .option('-f, --format <format>', `one of: ${EXPORT_FORMATS.join(', ')}`)
    .option('-o, --out <file>', 'the file to write (- for stdout, except parquet)');
  addEventFilters(command)
    .addHelpText(
      'after',
      `
Examples:
  $ koryu export --out atlas.parquet
  $ koryu export --format csv --out talks.csv --kind talks --from 2020-04 --to 2021-03
  $ koryu export --out partners.geojson --release 2024-05
  $ koryu export --format jsonl --out - --partner IND | jq .date`,
    )
    .action(async (opts: ExportOptions) => {
      if (!opts.out) throw new KoryuError('E_USAGE', 'export: give the file to write with --out FILE (- for stdout)');
      const ext = path.extname(opts.out).toLowerCase();
      const format =
        opts.format !== undefined ? parseFormat<ExportFormat>(opts.format, EXPORT_FORMATS, '--format') : BY_EXTENSION[ext];
      if (!format) {
        throw new KoryuError('E_USAGE', `export: say which format with --format (${EXPORT_FORMATS.join(', ')}); '${opts.out}' does not tell`);
      }
      if (format === 'parquet' && opts.out === '-') throw new KoryuError('E_USAGE', 'export: Parquet is binary; give a file with --out');
      const query = await buildQuery(opts, deps);
      const db = opts.db ?? defaultDbPath();
      requireDatabase(db);
      const events = await deps.readEvents(db, query);
      const { exportEvents } = await import('../../export/index.js');
      const content = exportEvents(events, format, await deps.geography());
      writeOutput(content, opts.out);
      if (opts.out !== '-') process.stderr.write(`koryu: wrote ${events.length} event${events.length === 1 ? '' : 's'} to ${opts.out} (${format})\n`);
    });
}
