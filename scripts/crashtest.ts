/**
 * `npm run crashtest`: kill `koryu ingest` of a folder with SIGKILL at random moments and check
 * that nothing is lost or half-written. Not a unit test: it spawns the built CLI
 * (node bin/koryu.js) hundreds of times and takes minutes.
 *
 * The folder holds copies of the white-paper sample (../shared/corpus/dow2021-iii-3-1.ja.txt, or
 * the file $KORYU_CORPUS names), each a little different (a line added, a section dropped, one in
 * Shift_JIS), and the examples/ texts and press releases. Each round:
 *   1. starts from an empty database (even rounds) or from one holding an older version of the
 *      folder (odd rounds, so the kill can land in a source being replaced);
 *   2. starts `koryu ingest DIR --db TMP.db` and SIGKILLs it after a random delay within the
 *      time a whole ingest takes;
 *   3. checks that the database opens, `PRAGMA integrity_check` is ok, `PRAGMA
 *      foreign_key_check` finds nothing, every source is held wholly or not at all (its content
 *      hash is one of its versions and its record count is what a clean ingest of that version
 *      gives) and every record belongs to a stored event;
 *   4. runs the ingest again, uninterrupted, and checks it completes: exit 0, every file held in
 *      its current version with its full record count.
 *
 *   npm run crashtest                # 200 kills
 *   npm run crashtest -- --kills 20  # a quicker run
 *   npm run crashtest -- --seed 7    # another sequence of delays (default 1)
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { rng } from '../bench/synthetic.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'koryu.js');

const { values: args } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const KILLS = Number(args.kills);
if (!Number.isInteger(KILLS) || KILLS < 1) throw new Error(`--kills: expected a positive whole number; got '${args.kills}'`);

// The same delays for the same --seed.
const rand = rng(Number(args.seed));

const samplePath = process.env.KORYU_CORPUS ?? path.resolve(ROOT, '../shared/corpus/dow2021-iii-3-1.ja.txt');
if (!existsSync(samplePath)) {
  console.error(`crashtest: the sample ${samplePath} is missing; set KORYU_CORPUS to a white-paper text`);
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('crashtest: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'koryu-crashtest-'));
const dir = path.join(work, 'corpus');

/** Write the folder in version 1 or 2: version 2 changes two files and adds one. */
function writeCorpus(version: 1 | 2): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'press'), { recursive: true });
  const sample = readFileSync(samplePath, 'utf8');
  const paragraphs = sample.split(/\n{2,}/);
  writeFileSync(path.join(dir, 'wp-a.txt'), version === 1 ? sample : `${sample}\n（第2版）\n`);
  // A copy without its first third: a shorter source reporting some of the same events.
  writeFileSync(path.join(dir, 'wp-b.txt'), paragraphs.slice(Math.floor(paragraphs.length / 3)).join('\n\n'));
  // Shift_JIS, so the decoder's other path is in the run; version 2 drops its last paragraphs.
  const c = version === 1 ? sample : paragraphs.slice(0, Math.floor((paragraphs.length * 2) / 3)).join('\n\n');
  writeFileSync(path.join(dir, 'wp-c.sjis.txt'), iconv.encode(c, 'cp932'));
  for (const f of readdirSync(path.join(ROOT, 'examples'))) {
    if (f.endsWith('.txt')) copyFileSync(path.join(ROOT, 'examples', f), path.join(dir, f));
  }
  for (const f of readdirSync(path.join(ROOT, 'examples', 'press'))) {
    if (f.endsWith('.txt') || f.endsWith('.html')) copyFileSync(path.join(ROOT, 'examples', 'press', f), path.join(dir, 'press', f));
  }
  if (version === 2) writeFileSync(path.join(dir, 'wp-d.txt'), paragraphs.slice(0, Math.floor(paragraphs.length / 2)).join('\n\n'));
}

interface Held {
  path: string;
  hash: string;
  records: number;
}

/** Every source the database holds, with its record count. Throws when the database is unusable. */
function readSources(db: Database.Database): Held[] {
  return db
    .prepare(
      `SELECT s.path AS path, s.content_hash AS hash, (SELECT count(*) FROM records r WHERE r.source_id = s.id) AS records
       FROM sources s ORDER BY s.path`,
    )
    .all() as Held[];
}

function ingest(db: string): { status: number | null; ms: number; stderr: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db], { encoding: 'utf8' });
  return { status: r.status, ms: performance.now() - t, stderr: r.stderr };
}

function cleanIngest(db: string): Held[] {
  rmSync(db, { force: true });
  const r = ingest(db);
  if (r.status !== 0) throw new Error(`crashtest: a clean ingest failed (exit ${r.status}):\n${r.stderr}`);
  const d = new Database(db, { readonly: true });
  try {
    return readSources(d);
  } finally {
    d.close();
  }
}

// Baselines: what a clean ingest of each version holds, and an old-version database to start from.
const expected = new Map<string, number>(); // `${path}\t${hash}` → records
const oldDb = path.join(work, 'old.db');
writeCorpus(1);
for (const s of cleanIngest(oldDb)) expected.set(`${s.path}\t${s.hash}`, s.records);
writeCorpus(2);
const t0 = performance.now();
const current = cleanIngest(path.join(work, 'fresh.db'));
const fullMs = performance.now() - t0;
for (const s of current) expected.set(`${s.path}\t${s.hash}`, s.records);
const currentByPath = new Map(current.map((s) => [s.path, s]));
console.log(
  `crashtest: ${current.length} files (${current.reduce((n, s) => n + s.records, 0)} records) in ${dir}; ` +
    `a whole ingest takes ${(fullMs / 1000).toFixed(1)} s; ${KILLS} kills, seed ${args.seed}`,
);

const figures = {
  kills: 0,
  finishedBeforeKill: 0,
  fromEmpty: 0,
  fromOlder: 0,
  corrupt: 0,
  halfIngested: 0,
  danglingRecords: 0,
  sourcesAbsentAfterKill: 0,
  sourcesHeldAfterKill: 0,
  rerunsCompleted: 0,
  rerunsFailed: 0,
};
const problems: string[] = [];

function killAt(db: string, delayMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db], { stdio: 'ignore' });
    let done = false;
    const timer = setTimeout(() => {
      if (!done) child.kill('SIGKILL');
    }, delayMs);
    child.on('exit', (_code, signal) => {
      done = true;
      clearTimeout(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

function check(db: string, round: number): void {
  let d: Database.Database;
  try {
    d = new Database(db, { fileMustExist: true });
  } catch (e) {
    // No database at all: the kill came before the first source was written. Nothing to lose.
    if (!existsSync(db)) return;
    figures.corrupt++;
    problems.push(`round ${round}: the database does not open: ${(e as Error).message}`);
    return;
  }
  try {
    const integrity = d.pragma('integrity_check', { simple: true });
    const fk = d.pragma('foreign_key_check') as unknown[];
    if (integrity !== 'ok' || fk.length) {
      figures.corrupt++;
      problems.push(`round ${round}: integrity_check ${String(integrity)}, ${fk.length} foreign-key violations`);
      return;
    }
    let held: Held[];
    try {
      held = readSources(d);
    } catch {
      held = []; // killed before the schema was created: an empty database
    }
    for (const s of held) {
      const want = expected.get(`${s.path}\t${s.hash}`);
      if (want === undefined || want !== s.records) {
        figures.halfIngested++;
        problems.push(`round ${round}: ${s.path} holds ${s.records} records; a clean ingest of that version gives ${want ?? 'no such version'}`);
      }
    }
    const dangling = held.length
      ? (d.prepare('SELECT count(*) AS n FROM records r WHERE r.event_id IS NULL OR NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)').get() as { n: number }).n
      : 0;
    if (dangling) {
      figures.danglingRecords += dangling;
      problems.push(`round ${round}: ${dangling} records belong to no stored event`);
    }
    const inCurrent = held.filter((s) => currentByPath.get(s.path)?.hash === s.hash).length;
    figures.sourcesHeldAfterKill += inCurrent;
    figures.sourcesAbsentAfterKill += current.length - inCurrent;
  } finally {
    d.close();
  }
}

function rerun(db: string, round: number): void {
  const r = ingest(db);
  let ok = r.status === 0;
  if (ok) {
    const d = new Database(db, { readonly: true });
    try {
      const held = readSources(d);
      ok = held.length === current.length && held.every((s) => {
        const want = currentByPath.get(s.path);
        return want !== undefined && want.hash === s.hash && want.records === s.records;
      });
    } finally {
      d.close();
    }
  }
  if (ok) figures.rerunsCompleted++;
  else {
    figures.rerunsFailed++;
    problems.push(`round ${round}: the re-run did not complete the database (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
}

const started = performance.now();
let round = 0;
while (figures.kills < KILLS) {
  round++;
  const db = path.join(work, `round-${round}.db`);
  const fromOlder = round % 2 === 0;
  if (fromOlder) copyFileSync(oldDb, db);
  // Up to 10% past the measured time: the machine's load varies.
  const delay = rand() * fullMs * 1.1;
  const outcome = await killAt(db, delay);
  if (outcome === 'finished') {
    figures.finishedBeforeKill++;
  } else {
    figures.kills++;
    if (fromOlder) figures.fromOlder++;
    else figures.fromEmpty++;
    check(db, round);
  }
  rerun(db, round);
  if (!args.keep) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  if (figures.kills % 20 === 0 && outcome === 'killed') {
    process.stderr.write(`  ${figures.kills}/${KILLS} kills, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`kills:                      ${figures.kills} (${figures.fromEmpty} from an empty database, ${figures.fromOlder} while replacing an older version)`);
console.log(`runs that finished first:   ${figures.finishedBeforeKill}`);
console.log(`corrupt databases:          ${figures.corrupt}`);
console.log(`half-ingested sources:      ${figures.halfIngested}`);
console.log(`records without their event: ${figures.danglingRecords}`);
console.log(`after a kill, current sources held ${figures.sourcesHeldAfterKill}, not (yet) held ${figures.sourcesAbsentAfterKill}`);
console.log(`re-runs that completed:     ${figures.rerunsCompleted} of ${figures.rerunsCompleted + figures.rerunsFailed}`);
console.log(`time:                       ${seconds.toFixed(0)} s (${(seconds / round).toFixed(1)} s a round; timings vary with the machine's load)`);
for (const p of problems.slice(0, 20)) console.log(`  ${p}`);
if (problems.length > 20) console.log(`  … and ${problems.length - 20} more`);
if (args.keep) console.log(`databases kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = problems.length ? 1 : 0;
