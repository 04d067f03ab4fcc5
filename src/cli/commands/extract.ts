import type { Command } from 'commander';
import type { DecodedSource } from '../../model/document.js';
import type { KoryuEvent } from '../../model/event.js';
import type { SentenceTrace } from '../../pipeline/7-events/types.js';
import { formatExplain } from '../explain.js';
import { EVENT_FORMATS, formatEvents, type EventFormat } from '../format-events.js';
import { parseFormat, readInput, writeOutput } from '../io.js';

export interface ExtractedFile {
  source: DecodedSource;
  events: KoryuEvent[];
  trace?: SentenceTrace[];
}

/** Decode one file and run the pipeline on it; commands take it as a parameter so tests can stub it. */
export type ExtractFile = (file: string, options: { encoding?: string; explain?: boolean }) => Promise<ExtractedFile>;

export const extractFile: ExtractFile = async (file, options) => {
  const source = readInput(file, { encoding: options.encoding });
  // Loaded on demand: commands that never extract (events, report) start without the pipeline.
  const { buildDocument, extractEvents } = await import('../../pipeline/index.js');
  const { events, trace } = extractEvents(buildDocument(source), { explain: !!options.explain });
  const withSource = events.map((e) => (e.source ? e : { ...e, source: source.path }));
  return { source, events: withSource, ...(trace ? { trace } : {}) };
};

interface ExtractOptions {
  format: string;
  explain?: boolean;
  encoding?: string;
}

export function registerExtract(program: Command, extract: ExtractFile = extractFile): void {
  program
    .command('extract')
    .summary('print the events found in documents (no database)')
    .description(
      'Extract events from one or more documents and print them to stdout, one record per ' +
        'event with its evidence (offsets into the decoded text). Nothing is stored.',
    )
    .argument('<file...>', 'documents: plain text (UTF-8, UTF-16, Shift_JIS, EUC-JP) or HTML')
    .option('-f, --format <format>', `output: ${EVENT_FORMATS.join(', ')}`, 'jsonl')
    .option('--explain', 'instead of records, show sentence by sentence which rules fired and why, or why none did')
    .option('--encoding <name>', 'force the input encoding instead of detecting it (e.g. shift_jis)')
    .addHelpText(
      'after',
      `
Examples:
  $ koryu extract paper.txt                     # JSON lines
  $ koryu extract paper.txt --format table      # a table for the terminal
  $ koryu extract a.txt b.html --format csv > events.csv
  $ koryu extract paper.txt --explain | less    # why each sentence did or did not give an event`,
    )
    .action(async (files: string[], opts: ExtractOptions) => {
      const format = parseFormat<EventFormat>(opts.format, EVENT_FORMATS, '--format');
      // Decode and extract every file before printing anything: a bad file fails the run cleanly.
      const results: ExtractedFile[] = [];
      for (const file of files) results.push(await extract(file, { encoding: opts.encoding, explain: !!opts.explain }));
      if (opts.explain) {
        const parts = results.map(
          (r) =>
            `== ${r.source.path} (${r.source.encoding}, ${r.source.format}): ${r.events.length} event${r.events.length === 1 ? '' : 's'}\n\n` +
            formatExplain(r.trace ?? [], r.events),
        );
        writeOutput(parts.join('\n'));
        return;
      }
      writeOutput(formatEvents(results.flatMap((r) => r.events), format));
    });
}
