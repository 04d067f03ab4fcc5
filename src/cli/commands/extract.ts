import type { Command } from 'commander';
import type { DecodedSource, DocumentContext } from '../../model/document.js';
import type { SourceCoverage } from '../../model/atlas.js';
import type { KoryuEvent } from '../../model/event.js';
import type { SentenceTrace } from '../../pipeline/7-events/types.js';
import { formatExplain } from '../explain.js';
import { EVENT_FORMATS, formatEvents, type EventFormat } from '../format-events.js';
import { addDocumentOptions, addMaxSizeOption, givenContext, parseFormat, parseMaxSize, readInput, writeOutput, type DocumentOptions } from '../io.js';

export interface ExtractedFile {
  source: DecodedSource;
  /** The document's kind and publication date, and how they were found. */
  context: DocumentContext;
  events: KoryuEvent[];
  trace?: SentenceTrace[];
  /** The partners and period the document reports on (src/coverage). */
  coverage?: SourceCoverage;
}

/** Decode one file and run the pipeline on it; commands take it as a parameter so tests can stub it. */
export type ExtractFile = (
  file: string,
  options: { encoding?: string; explain?: boolean; maxBytes?: number } & DocumentOptions,
) => Promise<ExtractedFile>;

export const extractFile: ExtractFile = async (file, options) => {
  const source = await readInput(file, { encoding: options.encoding, maxBytes: options.maxBytes });
  // Loaded on demand: commands that never extract (events, report) start without the pipeline.
  const { buildDocument, extractEvents } = await import('../../pipeline/index.js');
  const doc = buildDocument(source, givenContext(options));
  warnUnanchored(doc.source.path, doc.context);
  const { events, trace } = extractEvents(doc, { explain: !!options.explain });
  const withSource = events.map((e) => (e.source ? e : { ...e, source: source.path }));
  const { documentCoverage } = await import('../../coverage/index.js');
  const { loadGazetteer } = await import('../../gazetteer/index.js');
  const coverage = documentCoverage(doc, events, loadGazetteer());
  return { source, context: doc.context, events: withSource, coverage, ...(trace ? { trace } : {}) };
};

/** Relative words left undated for want of the document's date: say how to date them. */
function warnUnanchored(file: string, context: DocumentContext): void {
  const n = context.unanchored?.length ?? 0;
  if (!n) return;
  process.stderr.write(
    `koryu: warning: ${file}: ${n} relative date${n === 1 ? '' : 's'} (本年, 昨年, 本日…) left undated: ` +
      `the document's date is unknown; pass --published YYYY-MM-DD\n`,
  );
}

interface ExtractOptions extends DocumentOptions {
  format: string;
  explain?: boolean;
  encoding?: string;
  maxSize?: string;
}

export function registerExtract(program: Command, extract: ExtractFile = extractFile): void {
  const command = program
    .command('extract')
    .summary('print the events found in documents (no database)')
    .description(
      'Extract events from one or more documents and print them to stdout, one record per ' +
        'event with its evidence (offsets into the decoded text). Nothing is stored.',
    )
    .argument('<file...>', 'documents: plain text (UTF-8, UTF-16, Shift_JIS, EUC-JP), HTML or PDF')
    .option('-f, --format <format>', `output: ${EVENT_FORMATS.join(', ')}`, 'jsonl')
    .option('--explain', 'instead of records, show sentence by sentence which rules fired and why, or why none did')
    .option('--encoding <name>', 'force the input encoding instead of detecting it (e.g. shift_jis)');
  addDocumentOptions(addMaxSizeOption(command))
    .addHelpText(
      'after',
      `
Examples:
  $ koryu extract paper.txt                     # JSON lines
  $ koryu extract release.html --published 2020-12-22   # 本日, 本年9月 read against that date
  $ koryu extract paper.txt --format table      # a table for the terminal
  $ koryu extract paper.pdf --format table      # a PDF with a text layer (no OCR)
  $ koryu extract a.txt b.html --format csv > events.csv
  $ koryu extract paper.txt --explain | less    # why each sentence did or did not give an event`,
    )
    .action(async (files: string[], opts: ExtractOptions) => {
      const format = parseFormat<EventFormat>(opts.format, EVENT_FORMATS, '--format');
      // Decode and extract every file before printing anything: a bad file fails the run cleanly.
      const maxBytes = opts.maxSize === undefined ? undefined : parseMaxSize(opts.maxSize);
      const results: ExtractedFile[] = [];
      for (const file of files) {
        results.push(await extract(file, { encoding: opts.encoding, explain: !!opts.explain, ...(maxBytes ? { maxBytes } : {}), ...givenContext(opts) }));
      }
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
