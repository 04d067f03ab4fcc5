import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { KoryuError } from '../../model/errors.js';
import { backendFor, defaultDbPath, openStore } from '../../store/index.js';

interface ServeOptions {
  db?: string;
  host: string;
  port: string;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new KoryuError('E_BAD_VALUE', `--port: expected a port number 0–65535; got '${value}'`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .summary('serve the dashboard and the JSON API over the database (read-only)')
    .description(
      'Start a web server over the database: the dashboard at / (map, timeline, partner and event ' +
        'pages, full-text search, Japanese/English) and a read-only JSON API under /api, described by ' +
        '/openapi.json. Ctrl-C stops it.\n\n' +
        'It listens on 127.0.0.1 (this machine only) unless --host says otherwise.',
    )
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('--host <address>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .addHelpText(
      'after',
      `
Examples:
  $ koryu serve                                # ./koryu.db on http://127.0.0.1:8080/
  $ koryu serve --db atlas.db --port 3000
  $ curl 'http://127.0.0.1:8080/api/events?partner=AUS&kind=talks&from=2020-04&to=2021-03'
  $ curl 'http://127.0.0.1:8080/api/export.csv?highLevel=true' > high-level.csv`,
    )
    .action(async (opts: ServeOptions) => {
      const port = parsePort(opts.port);
      const db = opts.db ?? defaultDbPath();
      if (backendFor(db) === 'sqlite' && db !== ':memory:' && !existsSync(db)) {
        throw new KoryuError('E_DB', `no database at ${db}: run \`koryu ingest FILE...\` first (or \`npm start\`, which builds one from the examples)`);
      }
      const store = await openStore(db, { mustExist: true });
      const { loadGazetteer } = await import('../../gazetteer/index.js');
      const { createApp } = await import('../../server/app.js');
      const { loadAssets } = await import('../../server/assets.js');
      const { listen } = await import('../../server/serve.js');
      const assets = loadAssets();
      if (!assets) process.stderr.write('koryu: warning: the dashboard is not built (run `npm run build`); serving the API only\n');
      store.warm?.();
      const app = createApp({
        store,
        gazetteer: loadGazetteer(),
        assets,
        onError: (e) => process.stderr.write(`koryu serve: internal error: ${(e as Error)?.stack ?? String(e)}\n`),
      });
      let server;
      try {
        server = await listen(app, opts.host, port);
      } catch (e) {
        await store.close();
        throw e;
      }
      const total = (await store.listEvents({ limit: 0 })).total;
      process.stdout.write(`Koryu explorer: ${server.url}  (${total} events from ${db}; Ctrl-C stops)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.stderr.write('koryu serve: stopping\n');
          void server.close().then(() => store.close()).then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
