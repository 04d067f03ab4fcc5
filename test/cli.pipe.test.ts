import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Runs the CLI as its own process and closes its stdout after the first chunk, as `| head -1` does. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; stderr: string; firstChunk: string }> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'koryu-pipe-'));
  // A script file, not `node -e`: node would take a first argument `inspect` for its debugger.
  const entry = path.join(tmp, 'run-cli.mjs');
  const mainUrl = pathToFileURL(path.join(repoRoot, 'src/cli/main.ts')).href;
  writeFileSync(entry, `const m = await import(${JSON.stringify(mainUrl)});\nawait m.main(process.argv.slice(2));\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: repoRoot });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', (c: Buffer) => {
      firstChunk = c.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, firstChunk }));
  });
}

describe('koryu with its output piped into a reader that stops early (| head)', () => {
  it('a long listing (extract of a generated text) stops quietly too', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'koryu-pipe-doc-'));
    const doc = path.join(tmp, 'many.txt');
    const line = '2020年5月12日、防衛大臣は、豪州国防大臣と電話会談を行った。\n';
    writeFileSync(doc, line.repeat(3000));
    const r = await runAndCloseEarly(['extract', doc, '--format', 'jsonl', '--published', '2020-06']);
    expect(r.firstChunk.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|internal error/);
    expect(r.code).toBe(0);
  }, 60_000);
});
