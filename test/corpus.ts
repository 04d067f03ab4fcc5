import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the sample: $KORYU_CORPUS (a file, or a folder holding it) or ../shared/corpus/. */
export function samplePath(): string {
  const name = 'dow2021-iii-3-1.ja.txt';
  const env = process.env.KORYU_CORPUS;
  if (env) return env.endsWith('.txt') ? env : path.join(env, name);
  return path.resolve(repoRoot, '..', 'shared', 'corpus', name);
}

/**
 * Whether the tests that need the sample can run. Under CI=true the sample is required and a
 * missing one is an error; elsewhere those tests skip with a printed notice.
 */
export function sampleAvailable(): boolean {
  const p = samplePath();
  if (existsSync(p)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but the sample is missing at ${p} (set KORYU_CORPUS)`);
  console.warn(`[koryu tests] sample not found at ${p}: skipping the tests that need it (set KORYU_CORPUS)`);
  return false;
}

export function readSample(): string {
  return readFileSync(samplePath(), 'utf8');
}

export { repoRoot };
