/**
 * What every command shares at its edges: reading an input document, writing a result to
 * stdout or to a file, and checking an enumerated option.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { SOURCE_KINDS, type DecodedSource } from '../model/document.js';
import { KoryuError } from '../model/errors.js';
import { decodeFile, DEFAULT_MAX_BYTES } from '../pipeline/1-decode/index.js';

/** Read and decode one input document: text, HTML or PDF (errors are KoryuErrors naming the file). */
export function readInput(file: string, opts: { encoding?: string; maxBytes?: number }): Promise<DecodedSource> {
  return decodeFile(file, {
    ...(opts.encoding === undefined ? {} : { encoding: opts.encoding }),
    ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
  });
}

/** Add `--max-size MB` to a command that reads documents (the limit on one file, DEFAULT_MAX_BYTES). */
export function addMaxSizeOption(command: Command): Command {
  return command.option('--max-size <MB>', `refuse files larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`);
}

/** `--max-size MB`: a positive number of megabytes (MiB), as bytes. */
export function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !(mb > 0)) {
    throw new KoryuError('E_BAD_VALUE', `--max-size: expected a positive number of megabytes (e.g. 64, 256); got '${value}'`);
  }
  return Math.round(mb * 1024 * 1024);
}

/**
 * Write `content` to stdout, or to `outFile` atomically: the text goes to a temporary file in
 * the same folder, renamed over the target once complete, so a reader (or a crash) never
 * sees a half-written file. Parent folders are created.
 */
export function writeOutput(content: string | Uint8Array, outFile?: string): void {
  if (outFile === undefined || outFile === '-') {
    process.stdout.write(content);
    return;
  }
  const target = path.resolve(outFile);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR') throw new KoryuError('E_BAD_VALUE', `--out: ${outFile} is a directory; give a file path`);
    if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'ENOTDIR' || err.code === 'EROFS') {
      throw new KoryuError('E_BAD_VALUE', `--out: cannot write ${outFile} (${err.code})`);
    }
    throw e;
  }
}

/** Check an enumerated option: "--format: expected one of json, text; got 'xml'". */
export function parseFormat<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KoryuError('E_BAD_VALUE', `${option}: expected one of ${allowed.join(', ')}; got '${value}'`);
}

/** What a user may state about the documents of a command (`--published`, `--kind`). */
export interface DocumentOptions {
  published?: string;
  kind?: string;
}

/**
 * Add `--published` and `--kind` to a command that reads documents. Koryu finds both in the
 * document when it can (inspect shows how); a user who knows the page's date states it here.
 */
export function addDocumentOptions(command: Command): Command {
  return command
    .option(
      '--published <date>',
      "the documents' publication date, YYYY[-MM[-DD]]: what 本年, 昨年, 本日 and yearless dates are read against " +
        '(default: found in the document — its dated heading, 「令和3年版」, HTML meta — or in its file name)',
    )
    .option('--kind <kind>', `the documents' kind: ${SOURCE_KINDS.join(', ')} (default: found in the document)`);
}

/** The context a user stated, without the options they did not give. */
export function givenContext(opts: DocumentOptions): { published?: string; kind?: string } {
  return {
    ...(opts.published !== undefined ? { published: opts.published } : {}),
    ...(opts.kind !== undefined ? { kind: opts.kind } : {}),
  };
}
