import path from 'node:path';
import type { Command } from 'commander';
import type { IngestOutcome } from '../../store/types.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import { addDocumentOptions, givenContext, type DocumentOptions } from '../io.js';
import { extractFile, type ExtractedFile, type ExtractFile } from './extract.js';

interface IngestOptions extends DocumentOptions {
  db?: string;
  encoding?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(outcomes: IngestOutcome[], db: string): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const sum = (k: 'events' | 'added' | 'removed') => outcomes.reduce((n, o) => n + o[k], 0);
  return (
    `ingested ${plural(outcomes.length, 'file')} into ${db}: ` +
    `${count('added')} added, ${count('replaced')} replaced, ${count('unchanged')} unchanged; ` +
    `${plural(sum('events'), 'event')} (${sum('added')} new, ${sum('removed')} removed)`
  );
}

export function registerIngest(program: Command, extract: ExtractFile = extractFile): void {
  const command = program
    .command('ingest')
    .summary('extract events from documents and store them in the database')
    .description(
      'Extract events from documents and store them, with their sources, in a SQLite database.\n\n' +
        'All files are decoded and extracted first; only then is anything written. So a file that ' +
        'cannot be read or decoded stops the run before ANY file is stored. Each file is then ' +
        'written in its own transaction: a re-ingested file whose bytes and records are unchanged ' +
        'is left alone; a changed one has its events replaced (ids that survive keep their rows).',
    )
    .argument('<file...>', 'documents to ingest (plain text or HTML)')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('--encoding <name>', 'force the input encoding for every file (e.g. shift_jis)');
  addDocumentOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ koryu ingest paper.txt
  $ koryu ingest --db atlas.db white-papers/*.txt
  $ KORYU_DB=atlas.db koryu ingest press/*.html`,
    )
    .action(async (files: string[], opts: IngestOptions) => {
      const db = opts.db ?? defaultDbPath();
      // The same file named twice (or by two relative paths) is one source.
      const paths = [...new Set(files.map((f) => path.resolve(f)))];
      const extracted: ExtractedFile[] = [];
      for (const file of paths) extracted.push(await extract(file, { encoding: opts.encoding, ...givenContext(opts) }));

      const store = await openStore(db);
      const outcomes: IngestOutcome[] = [];
      try {
        for (const [i, { source, events }] of extracted.entries()) {
          const outcome = await store.ingest(
            {
              path: source.path,
              ...(source.title !== undefined ? { title: source.title } : {}),
              contentHash: source.contentHash,
              encoding: source.encoding,
              format: source.format,
            },
            events,
          );
          outcomes.push(outcome);
          if (extracted.length > 1) {
            process.stderr.write(`[${i + 1}/${extracted.length}] ${source.path}: ${plural(events.length, 'event')} (${outcome.status})\n`);
          }
          if (events.length === 0) {
            process.stderr.write(`koryu: warning: ${source.path}: no events found (is it a defense white paper or ministry text?)\n`);
          }
        }
      } finally {
        await store.close();
      }
      process.stdout.write(summary(outcomes, db) + '\n');
    });
}
