import type { Command } from 'commander';
import type { DocumentContext } from '../../model/document.js';
import { isKoryuError, KoryuError } from '../../model/errors.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import type { IngestOutcome, SourceInput, Store } from '../../store/types.js';
import { DOCUMENT_EXTENSIONS, expandInputs, type InputProblem } from '../inputs.js';
import { addDocumentOptions, addMaxSizeOption, givenContext, parseMaxSize, type DocumentOptions } from '../io.js';
import { DEFAULT_MAX_BYTES } from '../../pipeline/1-decode/index.js';
import { createProgress } from '../progress.js';
import { extractFile, type ExtractedFile, type ExtractFile } from './extract.js';

interface IngestOptions extends DocumentOptions {
  db?: string;
  encoding?: string;
  maxSize?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(outcomes: IngestOutcome[], skipped: InputProblem[], db: string, atlasTotal: number | undefined): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const sum = (k: 'events' | 'added' | 'removed' | 'linked') => outcomes.reduce((n, o) => n + o[k], 0);
  const skippedPart = skipped.length ? `; ${plural(skipped.length, 'file')} skipped (${skipped.map((s) => s.path).join(', ')})` : '';
  return (
    `ingested ${plural(outcomes.length, 'file')} into ${db}: ` +
    `${count('added')} added, ${count('replaced')} replaced, ${count('unchanged')} unchanged; ` +
    `${plural(sum('events'), 'event')} (${sum('added')} new, ${sum('removed')} removed, ${sum('linked')} also in other sources)` +
    // Records reported by several sources are one event: say what the atlas now holds (what `koryu events`
    // and the dashboard count), not only the sum over the files.
    (atlasTotal === undefined ? '' : `; ${db} now holds ${plural(atlasTotal, 'event')}`) +
    skippedPart
  );
}

/** How a fact about the document was found, for `koryu sources`: 'text: 令和3年版防衛白書'. */
const foundBy = (from: string | undefined, cue: string | undefined): string | undefined =>
  from === undefined ? undefined : cue ? `${from}: ${cue}` : from;

/** What the store keeps about an extracted document. */
export function sourceInput({
  source,
  context,
  coverage,
}: Pick<ExtractedFile, 'source' | 'coverage'> & { context?: DocumentContext }): SourceInput {
  return {
    path: source.path,
    ...(source.title !== undefined ? { title: source.title } : {}),
    contentHash: source.contentHash,
    encoding: source.encoding,
    format: source.format,
    text: source.text,
    ...(coverage ? { coverage } : {}),
    ...(context
      ? {
          kind: context.kind,
          kindFoundBy: foundBy(context.kindFrom, context.kindCue),
          ...(context.published
            ? { published: context.published, publishedFoundBy: foundBy(context.publishedFrom, context.publishedCue) }
            : {}),
        }
      : {}),
  };
}

/** A reason for a file that could not be ingested; option and database errors stop the whole run instead. */
function skipReason(e: unknown): string {
  if (isKoryuError(e)) {
    if (e.code === 'E_BAD_VALUE' || e.code === 'E_USAGE' || e.code === 'E_DB') throw e;
    return e.message;
  }
  return `internal error (a bug, please report it): ${(e as Error)?.message ?? String(e)}`;
}

export function registerIngest(program: Command, extract: ExtractFile = extractFile): void {
  const command = program
    .command('ingest')
    .summary('extract events from documents and folders and store them in the database')
    .description(
      'Extract events from documents and store them, with their sources, in a SQLite database.\n\n' +
        `A folder is read recursively for ${DOCUMENT_EXTENSIONS.join(', ')} files (hidden entries aside); ` +
        'a file named directly is read whatever its extension.\n\n' +
        'Each file is written in its own transaction, right after it is extracted: a re-ingested file ' +
        'whose bytes and records are unchanged is left alone; a changed one has its events replaced ' +
        '(ids that survive keep their rows). A file that cannot be read, decoded or extracted is named ' +
        'with the reason and skipped, and the others are ingested: the summary lists the skipped files ' +
        'and the exit status is 1. Skipped: a file over the size limit (' + `${DEFAULT_MAX_BYTES / 1024 / 1024} MB, --max-size), ` +
        'empty or binary, with invalid bytes for its encoding (its offset is named), a PDF without a text layer ' +
        'or damaged, one that vanishes or cannot be read during the run. A run killed midway leaves every ' +
        'file it had stored whole and the others absent: run it again to finish. Events that several sources report are linked into one event ' +
        '(docs/codebook.md, "Linking across sources").\n\n' +
        'Progress: a bar when stderr is a terminal, one line per file otherwise.',
    )
    .argument('<path...>', 'documents (plain text, HTML, PDF) or folders of them')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('--encoding <name>', 'force the input encoding for every file (e.g. shift_jis)');
  addDocumentOptions(addMaxSizeOption(command))
    .addHelpText(
      'after',
      `
Examples:
  $ koryu ingest paper.txt
  $ koryu ingest corpus/                       # every .txt, .html, .htm and .pdf below it
  $ koryu ingest --db atlas.db white-papers/ press/*.html
  $ koryu ingest release.html --kind press-release --published 2020-12-22
  $ koryu ingest --max-size 256 scans/            # allow files up to 256 MB
  $ koryu sources                              # what is in the database`,
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      const db = opts.db ?? defaultDbPath();
      const maxBytes = opts.maxSize === undefined ? undefined : parseMaxSize(opts.maxSize);
      const { files, problems } = expandInputs(paths);
      const skipped: InputProblem[] = [...problems];
      for (const p of problems) process.stderr.write(`koryu: skipped ${p.path}: ${p.reason}\n`);
      if (files.length === 0) throw new KoryuError('E_NOT_FOUND', `nothing to ingest in ${paths.join(', ')}`);

      const progress = createProgress(files.length);
      const outcomes: IngestOutcome[] = [];
      // Opened at the first file that extracts: a run where every file fails leaves no database behind.
      let store: Store | undefined;
      let atlasTotal: number | undefined;
      try {
        for (const file of files) {
          let extracted: ExtractedFile;
          try {
            extracted = await extract(file, { encoding: opts.encoding, ...(maxBytes ? { maxBytes } : {}), ...givenContext(opts) });
          } catch (e) {
            const reason = skipReason(e);
            skipped.push({ path: file, reason });
            progress.log(`koryu: skipped ${reason.startsWith(file) ? reason : `${file}: ${reason}`}`);
            progress.done(file, `${file}: skipped`);
            continue;
          }
          store ??= await openStore(db);
          const outcome = await store.ingest(sourceInput(extracted), extracted.events);
          outcomes.push(outcome);
          const n = extracted.events.length;
          progress.done(file, `${file}: ${plural(n, 'event')} (${outcome.status}${outcome.linked ? `, ${outcome.linked} also in other sources` : ''})`);
          if (n === 0) progress.log(`koryu: warning: ${file}: no events found (is it a defense white paper or ministry text?)`);
        }
        atlasTotal = store ? (await store.listEvents({ limit: 1 })).total : undefined;
      } finally {
        progress.stop();
        await store?.close();
      }
      process.stdout.write(summary(outcomes, skipped, db, atlasTotal) + '\n');
      if (skipped.length) {
        throw new KoryuError('E_PARTIAL', `${plural(skipped.length, 'file')} skipped; the others were ingested`);
      }
    });
}
