/**
 * `koryu inspect FILE`: show how Koryu reads a document (decoding, blocks, sections,
 * sentences, dates) before trusting what it extracts from it.
 */
import type { Command } from 'commander';
import { buildDocument } from '../../pipeline/index.js';
import { formatInspect, INSPECT_FORMATS } from '../format-inspect.js';
import { addDocumentOptions, addMaxSizeOption, givenContext, parseFormat, parseMaxSize, readInput, writeOutput, type DocumentOptions } from '../io.js';

interface InspectOptions extends DocumentOptions {
  format: string;
  encoding?: string;
  out?: string;
  maxSize?: string;
}

export function registerInspect(program: Command): void {
  const command = program
    .command('inspect')
    .summary('show how a document is decoded, segmented into sections and sentences, and dated')
    .description(
      'Show how Koryu reads FILE, stage by stage: the encoding it detected, the section tree ' +
        '(第1節 › 1 › （1） › ア) with the subject of each section, every block with its type ' +
        '(heading, paragraph, caption, footnote, sidebar, furniture…), the sentences of each block ' +
        'with the dates found in them, and a summary count. Spans [start,end) are character ' +
        'offsets in the decoded input text (for HTML, in the main text extracted from the page; for a PDF, ' +
        'in the text rendering of its pages, printed first with the offset of each line), ' +
        'so any line can be checked against the source. Nothing is stored.',
    )
    .argument('<FILE>', 'text (UTF-8, UTF-16, Shift_JIS, EUC-JP), HTML or PDF file')
    .option('--format <format>', `output format: ${INSPECT_FORMATS.join(' or ')}`, 'text')
    .option('--encoding <name>', 'force the input encoding instead of detecting it (e.g. shift_jis, euc-jp, utf-16le)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout');
  addDocumentOptions(addMaxSizeOption(command))
    .addHelpText(
      'after',
      `
Examples:
  $ koryu inspect examples/sample-whitepaper.ja.txt
  $ koryu inspect paper.txt --format json --out paper.inspect.json
  $ koryu inspect old-page.htm --encoding shift_jis
  $ koryu inspect paper.pdf                 # the PDF's text rendering, page by page, then its blocks
  $ koryu inspect release.txt --published 2020-12-22   # when the page does not date itself

The output starts with the document's kind and publication date and where each was found
(the command line, the HTML markup, the text's head, the file name).

The text output ends with a line such as
  summary: 412 blocks (paragraph 180, caption 40, …), 95 sections, 720 sentences, 310 dated`,
    )
    .action(async (file: string, opts: InspectOptions) => {
      const format = parseFormat(opts.format, INSPECT_FORMATS, '--format');
      const maxBytes = opts.maxSize === undefined ? undefined : parseMaxSize(opts.maxSize);
      const source = await readInput(file, { encoding: opts.encoding, ...(maxBytes ? { maxBytes } : {}) });
      writeOutput(formatInspect(buildDocument(source, givenContext(opts)), format), opts.out);
    });
}
