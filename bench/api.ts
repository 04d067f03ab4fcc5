/**
 * `npm run bench:api` (`tsx bench/api.ts [--events N] [--fresh] [--quick]`): the explorer's
 * speed at a million events.
 *
 * 1. A synthetic store of N events (default 1,000,000; bench/synthetic.ts) in a temporary file.
 *    It takes minutes to build, so it is kept in the system's temp folder and reused by the next
 *    run (same N, same generator and schema); --fresh rebuilds it.
 * 2. `koryu serve` (the built CLI, dist/) on it, on a loopback port, in its own process.
 * 3. Sequential requests (keep-alive) for the latency of each kind of request, 300 each with
 *    varied parameters after a warm-up: a filtered list (partner + one fiscal year), a full-text
 *    query, a partner summary, the map aggregation (counts per partner under a period), and the
 *    map as SVG for information.
 * 4. autocannon at 32 connections for 10 s on filtered lists (and, for information, on a mix of
 *    all four kinds of request).
 * 5. The server's peak resident set size (VmHWM of /proc/PID/status).
 *
 * Figures are printed beside the targets, and written to bench/last-api.json; nothing is
 * asserted. The machine may be shared: figures vary with its load (the load average is printed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildSyntheticStore, rng } from './synthetic.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  events: number;
  fresh: boolean;
  quick: boolean;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--events');
  const events = at >= 0 ? Number(argv[at + 1]) : quick ? 100_000 : 1_000_000;
  if (!Number.isInteger(events) || events < 1000) throw new Error(`--events: expected a whole number ≥ 1000; got ${argv[at + 1]}`);
  return { events, fresh: argv.includes('--fresh'), quick };
}

/**
 * The synthetic store for N events: reused from the temp folder when the generator is unchanged
 * (a newer schema is brought up to date by the server's own migrations when it opens the file).
 */
async function syntheticStore(args: Args): Promise<{ file: string; builtSeconds: number | null }> {
  const fingerprint = createHash('sha256')
    .update(readFileSync(path.join(repoRoot, 'bench/synthetic.ts')))
    .update(String(args.events))
    .digest('hex')
    .slice(0, 12);
  const file = path.join(os.tmpdir(), `koryu-bench-api-${args.events}-${fingerprint}.db`);
  if (existsSync(file) && !args.fresh) return { file, builtSeconds: null };
  const partial = `${file}.part`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  let last = 0;
  await buildSyntheticStore(partial, {
    events: args.events,
    onProgress: (done) => {
      if (process.stderr.isTTY && (done - last >= 10_000 || done === args.events)) {
        last = done;
        const s = (performance.now() - t0) / 1000;
        process.stderr.write(`\r  building the synthetic store: ${done.toLocaleString('en')} / ${args.events.toLocaleString('en')} events (${s.toFixed(0)} s)`);
      }
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  // A finished build only: an interrupted one is never reused.
  renameSync(partial, file);
  rmSync(`${partial}-wal`, { force: true });
  rmSync(`${partial}-shm`, { force: true });
  return { file, builtSeconds: (performance.now() - t0) / 1000 };
}

interface Server {
  url: string;
  child: ChildProcess;
  startSeconds: number;
}

/** `koryu serve` on the store, in its own process; resolves once it prints its URL. */
function startServer(db: string): Promise<Server> {
  const cli = path.join(repoRoot, 'dist/cli/main.js');
  if (!existsSync(cli)) throw new Error('the CLI is not built: run `npm run build` first');
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/koryu.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ url: m[1].replace(/\/$/, ''), child, startSeconds: (performance.now() - t0) / 1000 });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`koryu serve exited (${code}): ${err.trim()}`)));
  });
}

function procStatus(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) the process has used, from /proc/PID/stat (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

interface Latency {
  n: number;
  /** The server's CPU milliseconds per request (user + system): what the machine's load does not inflate. */
  cpuMs: number | null;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers other than 200 (should be 0). */
  failed: number;
}

/** Sequential GETs of the paths (after a warm-up of `warm` of them), milliseconds per answer. */
async function measure(base: string, pid: number, paths: string[], warm = 20): Promise<Latency> {
  let failed = 0;
  for (const p of paths.slice(0, warm)) await (await fetch(base + p)).arrayBuffer();
  const cpu0 = cpuSeconds(pid);
  const times: number[] = [];
  for (const p of paths) {
    const t0 = performance.now();
    const r = await fetch(base + p);
    await r.arrayBuffer();
    times.push(performance.now() - t0);
    if (r.status !== 200) failed++;
  }
  const cpu1 = cpuSeconds(pid);
  const cpuMs = cpu0 !== null && cpu1 !== null ? ((cpu1 - cpu0) * 1000) / paths.length : null;
  times.sort((a, b) => a - b);
  return { n: times.length, cpuMs, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), max: times[times.length - 1], failed };
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

/** autocannon: `connections` keep-alive connections for `seconds`, each request a path from the list. */
function load(base: string, paths: string[], connections: number, seconds: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    let i = 0;
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err, r) => {
        if (err) return reject(err);
        resolve({
          requestsPerSecond: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          total: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors,
        });
      },
    );
  });
}

/** Request paths with parameters drawn like an analyst's: partners by their share of events, fiscal years, words of the evidence. */
function workload(partners: { partner: string; n: number }[], count: number) {
  const rand = rng(7);
  const total = partners.reduce((s, p) => s + p.n, 0);
  const partner = () => {
    let r = rand() * total;
    for (const p of partners) if ((r -= p.n) < 0) return p.partner;
    return partners[0].partner;
  };
  const fy = () => 2005 + Math.floor(rand() * 19);
  const period = () => {
    const y = fy();
    return `from=${y}-04&to=${y + 1}-03`;
  };
  // Words and phrases of the evidence sentences (three characters or more: the trigram index),
  // common ones and rarer ones, and one record's number; two-character words scan (measured apart).
  const words = ['電話会談', '共同訓練', '防衛大臣', '能力構築支援', 'テレビ会談', '海上自衛隊', '意見交換', 'マラバール', 'ACSA', '円滑化協定', '親善訓練', 'コープ・ノース'];
  const short = ['寄港', '署名', '訓練', '会談'];
  const text = () => (rand() < 0.2 ? `記録${Math.floor(rand() * 1000) * 997}` : words[Math.floor(rand() * words.length)]);
  const times = (f: () => string) => Array.from({ length: count }, f);
  return {
    list: times(() => `/api/events?partner=${partner()}&${period()}&limit=50`),
    text: times(() => `/api/events?q=${encodeURIComponent(text())}&limit=50`),
    shortText: short.map((w) => `/api/events?q=${encodeURIComponent(w)}&limit=50`),
    summary: times(() => `/api/partners/${partner()}`),
    map: times(() => (rand() < 0.5 ? `/api/partners?${period()}` : `/api/partners?${period()}&highLevel=true`)),
    svg: times(() => `/api/map.svg?${period()}`),
  };
}

const TARGETS = {
  list: { p95: 10 },
  summary: { p95: 50 },
  map: { p95: 50 },
  load: { rps: 2000, p99: 50 },
  rssMB: 500,
};

const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const load1 = os.loadavg()[0];
  console.log(`koryu bench:api — ${args.events.toLocaleString('en')} events, node ${process.version}, ${os.cpus().length} cores, load average ${load1.toFixed(1)}`);
  const store = await syntheticStore(args);
  console.log(
    store.builtSeconds === null
      ? `  store: ${store.file} (reused; --fresh rebuilds it)`
      : `  store: ${store.file} (built in ${store.builtSeconds.toFixed(0)} s)`,
  );
  const server = await startServer(store.file);
  try {
    console.log(`  server: ${server.url}, ready in ${server.startSeconds.toFixed(1)} s (opening, migrating, building the explorer's index)`);
    const counts = (await (await fetch(`${server.url}/api/partners`)).json()) as { rows: { partner: string; n: number }[] };
    const w = workload(counts.rows, args.quick ? 100 : 300);
    const pid = server.child.pid!;
    const lat = {
      list: await measure(server.url, pid, w.list),
      text: await measure(server.url, pid, w.text),
      summary: await measure(server.url, pid, w.summary),
      map: await measure(server.url, pid, w.map),
      svg: await measure(server.url, pid, w.svg.slice(0, 60), 5),
      shortText: await measure(server.url, pid, w.shortText, 0),
    };
    const seconds = 10;
    const loadList = await load(server.url, w.list, 32, seconds);
    const mix = [...w.list.slice(0, 70), ...w.text.slice(0, 10), ...w.summary.slice(0, 10), ...w.map.slice(0, 10)];
    const loadMix = await load(server.url, mix, 32, seconds);
    const peak = procStatus(server.child.pid!, 'VmHWM');
    const now = procStatus(server.child.pid!, 'VmRSS');

    const cpu = (l: Latency) => (l.cpuMs === null ? 'n/a' : f1(l.cpuMs));
    const rows: [string, string, string, string, string, string, string][] = [
      ['request', 'p50 ms', 'p95 ms', 'p99 ms', 'server CPU ms', 'target', ''],
      ['filtered list (partner + FY)', f1(lat.list.p50), f1(lat.list.p95), f1(lat.list.p99), cpu(lat.list), `p95 < ${TARGETS.list.p95}`, mark(lat.list.p95 < TARGETS.list.p95)],
      ['full-text query (terms of 3+ characters)', f1(lat.text.p50), f1(lat.text.p95), f1(lat.text.p99), cpu(lat.text), '—', ''],
      ['full-text, 2-character term (a scan), info', f1(lat.shortText.p50), f1(lat.shortText.p95), f1(lat.shortText.p99), cpu(lat.shortText), '—', ''],
      ['partner summary', f1(lat.summary.p50), f1(lat.summary.p95), f1(lat.summary.p99), cpu(lat.summary), `p95 < ${TARGETS.summary.p95}`, mark(lat.summary.p95 < TARGETS.summary.p95)],
      ['map aggregation (/api/partners)', f1(lat.map.p50), f1(lat.map.p95), f1(lat.map.p99), cpu(lat.map), `p95 < ${TARGETS.map.p95}`, mark(lat.map.p95 < TARGETS.map.p95)],
      ['map as SVG (/api/map.svg), info', f1(lat.svg.p50), f1(lat.svg.p95), f1(lat.svg.p99), cpu(lat.svg), '—', ''],
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    console.log('\nLatency, sequential requests on loopback (keep-alive), after a warm-up; the server\'s CPU time per request beside it:');
    for (const r of rows) console.log('  ' + r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  '));
    const failed = Object.values(lat).reduce((s, l) => s + l.failed, 0);
    if (failed) console.log(`  (${failed} answers were not 200)`);
    console.log(`\nLoad, autocannon (in this process, on the same machine), 32 connections for ${seconds} s:`);
    console.log(
      `  filtered lists: ${f1(loadList.requestsPerSecond)} requests/s, p50 ${f1(loadList.p50)} ms, p99 ${f1(loadList.p99)} ms ` +
        `(${loadList.total.toLocaleString('en')} requests, ${loadList.non2xx} non-2xx, ${loadList.errors} errors) — target ≥ ${TARGETS.load.rps}/s with p99 < ${TARGETS.load.p99} ms: ` +
        mark(loadList.requestsPerSecond >= TARGETS.load.rps && loadList.p99 < TARGETS.load.p99),
    );
    console.log(
      `  mix (70% lists, 10% text, 10% summaries, 10% map), info: ${f1(loadMix.requestsPerSecond)} requests/s, p50 ${f1(loadMix.p50)} ms, p99 ${f1(loadMix.p99)} ms ` +
        `(${loadMix.non2xx} non-2xx, ${loadMix.errors} errors)`,
    );
    if (lat.list.cpuMs) {
      console.log(`  one core's capacity from the server's CPU time per filtered list: about ${f1(1000 / lat.list.cpuMs)} requests/s`);
    }
    console.log(`\nServer memory: peak RSS ${peak !== null ? f1(peak) : 'n/a'} MB (now ${now !== null ? f1(now) : 'n/a'} MB) — target < ${TARGETS.rssMB} MB: ${peak !== null ? mark(peak < TARGETS.rssMB) : 'n/a'}`);
    console.log(`Load average at the end: ${os.loadavg()[0].toFixed(1)} (figures on a shared machine vary with it)`);
    writeFileSync(
      path.join(repoRoot, 'bench/last-api.json'),
      JSON.stringify({ date: new Date().toISOString(), events: args.events, node: process.version, loadAverage: [load1, os.loadavg()[0]], startSeconds: server.startSeconds, latency: lat, load: { list: loadList, mix: loadMix }, peakRssMB: peak }, null, 2) + '\n',
    );
  } finally {
    server.child.kill('SIGINT');
  }
}

main().catch((e: unknown) => {
  console.error(`bench:api: ${(e as Error).message}`);
  process.exitCode = 1;
});
