import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** data/reports/ from src/reports (tsx) or dist/reports (built): both sit two levels below the root. */
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'reports');

const cache = new Map<string, unknown>();

export function readReportData<T>(file: string): T {
  let v = cache.get(file);
  if (v === undefined) {
    v = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
    cache.set(file, v);
  }
  return v as T;
}
