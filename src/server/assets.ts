/**
 * The dashboard's built files (esbuild output of src/dashboard, see scripts/build-dashboard.ts),
 * read once into memory and served with a content hash as ETag. No CDN: everything the page
 * loads comes from here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Uint8Array;
  type: string;
  etag: string;
}

export interface DashboardAssets {
  files: Map<string, Asset>;
}

/** <repo>/dist/dashboard, from src/server (tsx, tests) and from dist/server (the built CLI) alike. */
export const DEFAULT_ASSETS_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The files of a built dashboard folder, or undefined when it has not been built. */
export function loadAssets(dir: string = DEFAULT_ASSETS_DIR): DashboardAssets | undefined {
  if (!existsSync(path.join(dir, 'app.js'))) return undefined;
  const files = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = readFileSync(path.join(dir, name));
    files.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` });
  }
  return { files };
}
