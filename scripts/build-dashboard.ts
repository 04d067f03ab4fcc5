/**
 * Bundle the dashboard (src/dashboard) with esbuild into dist/dashboard: app.js and app.css,
 * everything the page loads (no CDN). Run by `npm run build` (and so by `npm install`); the
 * browser tests call buildDashboard() into a temporary folder.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DEFAULT_ASSETS_DIR } from '../src/server/assets.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildDashboard(outDir: string = DEFAULT_ASSETS_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true }); // a generated folder: nothing stale is served
  await build({
    entryPoints: { app: path.join(repoRoot, 'src/dashboard/main.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: 'linked',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildDashboard();
  console.log(`dashboard built into ${path.relative(process.cwd(), DEFAULT_ASSETS_DIR) || DEFAULT_ASSETS_DIR}`);
}
