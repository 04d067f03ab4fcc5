#!/usr/bin/env node
/**
 * `npm start`: build a database from the bundled examples when there is none ($KORYU_DB, else
 * ./koryu.db), then serve the dashboard and the API on it. Extra arguments go to `koryu serve`
 * (`npm start -- --port 3000`). Plain JavaScript over the built CLI (npm install builds dist/).
 */
import { existsSync } from 'node:fs';

const { main } = await import('../dist/cli/main.js');
const db = process.env.KORYU_DB || 'koryu.db';
if (!existsSync(db)) {
  process.stderr.write(`koryu: no database at ${db} yet: building it from the bundled examples (examples/)\n`);
  await main(['ingest', '--db', db, 'examples/']);
  if (process.exitCode) process.exit(process.exitCode);
}
await main(['serve', '--db', db, ...process.argv.slice(2)]);
