/**
 * `koryu ingest` of a folder holding every kind of bad file, with the real pipeline: each bad
 * file gets one line naming it and the reason, the good ones are stored, the exit status is 1.
 * Fixtures are written here (in our own words), except the project's own scanned PDF.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractFile } from '../src/cli/commands/extract.js';
import { registerIngest } from '../src/cli/commands/ingest.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';

const GOOD = [
  '日本とオーストラリアの防衛協力',
  '',
  '令和3年6月9日、岸防衛大臣はオーストラリアのダットン国防大臣とテレビ会談を行い、両国の防衛協力について意見を交換した。',
  '',
].join('\n');
const GOOD_HTML = `<!doctype html><html><head><title>日印防衛相電話会談</title></head><body><main>
<h1>日印防衛相電話会談</h1><p>令和2年12月22日、岸防衛大臣はインドのシン国防大臣と電話会談を行った。</p></main></body></html>`;

let dir: string;
let corpus: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'koryu-bad-input-'));
  corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  db = path.join(dir, 'k.db');
});

const write = (name: string, content: string | Uint8Array): string => {
  const file = path.join(corpus, name);
  writeFileSync(file, content);
  return file;
};

async function storedSources(): Promise<string[]> {
  const store = await openStore(db, { mustExist: true });
  try {
    return (await store.listSources()).map((s) => path.basename(s.path)).sort();
  } finally {
    await store.close();
  }
}

describe('koryu ingest: a folder of bad files', () => {
  it('names each bad file once with its reason, stores the good ones, and exits 1', async () => {
    const cut = Buffer.from(GOOD);
    write('a-good.txt', GOOD);
    write('b-good.html', GOOD_HTML);
    write('c-cut.txt', cut.subarray(0, cut.length - 3)); // the newline and two of the three bytes of 「。」 cut off
    write('d-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    write('e-empty.txt', '');
    write('f-blank.txt', ' \n\u3000\n');
    write('g-big.txt', GOOD.repeat(15_000)); // 3.1 MB, over --max-size 2.5
    write('h-deep.html', `<html><body>${'<div>'.repeat(50_000)}<p>深い入れ子の中の文。</p>${'</div>'.repeat(50_000)}</body></html>`);
    write('i-nul.txt', Buffer.from([0x41, 0x00, 0x00, 0x42, 0x01, 0x02, 0x00, 0x03, 0x04, 0x00, 0x43, 0x44]));
    copyFileSync(path.resolve(import.meta.dirname, 'fixtures/pdf/scanned.pdf'), path.join(corpus, 'j-scan.pdf'));
    write('k-damaged.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not the rest of a PDF\n');
    write('l-sjis-broken.txt', Buffer.concat([Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from([0x81, 0x0a])]));
    write('m-vanishes.txt', GOOD);
    write('n-becomes-folder.txt', GOOD);
    write('o-good2.txt', GOOD.replace('6月9日', '7月1日'));

    // Between the listing and the reading, one file is deleted and one replaced by a folder.
    const vanishing: typeof extractFile = async (file, options) => {
      if (file.endsWith('a-good.txt')) {
        rmSync(path.join(corpus, 'm-vanishes.txt'));
        rmSync(path.join(corpus, 'n-becomes-folder.txt'));
        mkdirSync(path.join(corpus, 'n-becomes-folder.txt'));
      }
      return extractFile(file, options);
    };
    const r = await runCli((p) => registerIngest(p, vanishing), ['ingest', corpus, '--db', db, '--max-size', '2.5']);

    expect(r.exitCode).toBe(1);
    const skippedLines = r.stderr.split('\n').filter((l) => l.startsWith('koryu: skipped '));
    const reasons = Object.fromEntries(
      skippedLines.map((l) => {
        const m = /^koryu: skipped (\S+): (.*)$/.exec(l)!;
        return [path.basename(m[1]!), m[2]!];
      }),
    );
    expect(Object.keys(reasons).sort()).toEqual([
      'c-cut.txt', 'd-binary.txt', 'e-empty.txt', 'f-blank.txt', 'g-big.txt', 'i-nul.txt', 'j-scan.pdf',
      'k-damaged.pdf', 'l-sjis-broken.txt', 'm-vanishes.txt', 'n-becomes-folder.txt',
    ]);
    expect(skippedLines).toHaveLength(11); // one line each
    expect(reasons['c-cut.txt']).toMatch(/^not valid utf-8: invalid bytes at offset \d+ .*cut short at the end\?.*--encoding/);
    expect(reasons['d-binary.txt']).toMatch(/^a PNG image, not text/);
    expect(reasons['e-empty.txt']).toMatch(/^empty file \(0 bytes\)/);
    expect(reasons['f-blank.txt']).toMatch(/^no text/);
    expect(reasons['g-big.txt']).toMatch(/^3\.\d\d MB, over the 2\.50 MB limit on one file; .*--max-size/);
    expect(reasons['i-nul.txt']).toMatch(/^binary data \(NUL byte at offset 1\)/);
    expect(reasons['j-scan.pdf']).toMatch(/no text layer.*does not OCR/);
    expect(reasons['k-damaged.pdf']).toMatch(/damaged or invalid PDF/);
    expect(reasons['l-sjis-broken.txt']).toMatch(/^not valid \S+: invalid bytes at offset 4 /);
    expect(reasons['m-vanishes.txt']).toMatch(/^no such file/);
    expect(reasons['n-becomes-folder.txt']).toMatch(/^a directory/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);

    expect(r.stdout).toMatch(/^ingested 4 files into .*; 11 files skipped \(/);
    expect(r.stderr).toMatch(/koryu: 11 files skipped; the others were ingested\n$/);
    expect(await storedSources()).toEqual(['a-good.txt', 'b-good.html', 'h-deep.html', 'o-good2.txt']);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is named and skipped', async () => {
    write('a-good.txt', GOOD);
    chmodSync(write('b-locked.txt', GOOD), 0o000);
    const r = await runCli((p) => registerIngest(p), ['ingest', corpus, '--db', db]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`koryu: skipped ${path.join(corpus, 'b-locked.txt')}: cannot be read (permission denied)\n`);
    expect(await storedSources()).toEqual(['a-good.txt']);
  });

  it('extract and inspect take --max-size too', async () => {
    const big = write('big.txt', GOOD.repeat(100)); // 21 KB
    const { buildProgram } = await import('../src/cli/main.js');
    for (const command of ['extract', 'inspect']) {
      const r = await runCli((p) => buildProgram().commands.filter((c) => c.name() === command).forEach((c) => p.addCommand(c)), [command, big, '--max-size', '0.01']);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(/big\.txt: 0\.02 MB, over the 0\.01 MB limit on one file; split it, or raise the limit with --max-size MB\n$/);
    }
  });

  it('--max-size must be a positive number of megabytes', async () => {
    write('a-good.txt', GOOD);
    const r = await runCli((p) => registerIngest(p), ['ingest', corpus, '--db', db, '--max-size', 'lots']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("--max-size: expected a positive number of megabytes (e.g. 64, 256); got 'lots'");
  });

  it('says the size limit in --help', async () => {
    const help = (await runCli((p) => registerIngest(p), ['ingest', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--max-size <MB> refuse files larger than this (default 64)');
    expect(help).toContain('over the size limit (64 MB, --max-size)');
  });
});
