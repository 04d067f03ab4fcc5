import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { KoryuError } from '../../model/errors.js';
import type { KoryuEvent } from '../../model/event.js';
import { formatEvalJson, formatEvalText } from '../../eval/format.js';
import { loadGoldFiles, parseGold } from '../../eval/gold.js';
import { scoreEvents } from '../../eval/score.js';
import { addDocumentOptions, givenContext, parseFormat, writeOutput, type DocumentOptions } from '../io.js';
import { extractFile, type ExtractFile } from './extract.js';

const EVAL_FORMATS = ['text', 'json'] as const;

/** Repeated --gold values accumulate (no default, so commander still enforces the option). */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

interface EvalOptions extends DocumentOptions {
  gold: string[];
  format: string;
  encoding?: string;
}

/** Predictions: a .jsonl file of records is read as is; anything else is a document to extract. */
async function predictions(input: string, extract: ExtractFile, opts: EvalOptions): Promise<KoryuEvent[]> {
  if (input.endsWith('.jsonl')) {
    let text: string;
    try {
      text = readFileSync(input, 'utf8');
    } catch {
      throw new KoryuError('E_NOT_FOUND', `predictions file not found: ${input}`);
    }
    return parseGold(text, input);
  }
  return (await extract(input, { encoding: opts.encoding, ...givenContext(opts) })).events;
}

export function registerEval(program: Command, extract: ExtractFile = extractFile): void {
  const command = program
    .command('eval')
    .summary('score the extractor against a gold annotation')
    .description(
      'Extract events from INPUT and score them against the gold annotation (JSON lines of ' +
        'codebook records). A predicted event matches a gold one when kind, partners and date ' +
        'agree (the prediction may be more precise than the gold, not less) and, for talks, the ' +
        'level; matching is one-to-one. Prints precision, recall and F1 per kind and overall, ' +
        'the accuracy of mode, jpRole and exact date among matches, and the misses and false ' +
        'alarms. INPUT may also be a .jsonl file of records (e.g. saved `koryu extract` output).',
    )
    .argument('<input>', 'the document the gold annotates, or a .jsonl file of predicted records')
    .requiredOption('--gold <file>', 'gold annotation (JSON lines); repeat it for an annotation split in parts', collect)
    .option('-f, --format <format>', `output: ${EVAL_FORMATS.join(', ')}`, 'text')
    .option('--encoding <name>', 'force the input encoding');
  addDocumentOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  $ koryu eval --gold gold/dow2021-iii-3-1.gold.jsonl paper.txt
  $ koryu eval --gold gold/part-1.jsonl --gold gold/part-2.jsonl paper.txt
  $ koryu eval --gold gold.jsonl paper.txt --format json | jq .overall
  $ koryu eval --gold release.gold.jsonl release.txt --published 2020-12-22`,
    )
    .action(async (input: string, opts: EvalOptions) => {
      const format = parseFormat(opts.format, EVAL_FORMATS, '--format');
      const gold = loadGoldFiles(opts.gold);
      const result = scoreEvents(gold, await predictions(input, extract, opts));
      writeOutput(format === 'json' ? formatEvalJson(result) : formatEvalText(result));
    });
}
