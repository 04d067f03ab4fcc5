/**
 * `npm run bench` (`tsx bench/run.ts [--quick]`): how fast Koryu reads a white paper.
 *
 * The sample (or the bundled example) is repeated until the input reaches 5 MB (10^6 bytes
 * of UTF-8 per MB), then each stage is timed on it, sequentially on one core, after a
 * warm-up run. For scale, kuromoji (a JavaScript morphological analyzer) tokenizes a slice of
 * the same text: Koryu's whole extraction is compared with tokenization alone. Figures are
 * printed as a table and written to bench/last.json for the scoreboard.
 *
 * Each stage is imported and called on its own, inside a try: a stage that is missing or
 * fails prints 'n/a' (with the reason) instead of stopping the benchmark.
 *
 * Then, as a user would run it: `koryu extract` of the sample repeated to 5.6 MB in a process of
 * its own (wall time, CPU time and peak RSS of that process), and how cost grows with the input:
 * decode→events, in process, on inputs of 1, 4 and 16 MB of the sample repeated and of one
 * sentence repeated (one engagement with a mention per sentence), with the ratio of the time per
 * MB at 16 MB to that at 1 MB (1.0 is linear). The full run also ingests 32 MB of each into a
 * fresh database. Then many small files (bench/many-files.ts: press releases and activity pages
 * from templates, 1,000 in the full run, 200 with --quick) are ingested one by one into a fresh
 * database, as `koryu ingest DIR` does: the time per file at the start and at the end says
 * whether the store's cost grows with what it already holds (it must not). The machine may be shared: the load average and the share of a core this
 * process got are printed with the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Block, DecodedSource, KoryuDocument, Section } from '../src/model/document.js';
import type { KoryuEvent } from '../src/model/event.js';
import { timeManyFiles, type ManyFilesFigures } from './many-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1_000_000;
const TARGET_BYTES = 5 * MB;
/** kuromoji is slow: it tokenizes a slice and is extrapolated (a smaller slice with --quick). */
const KUROMOJI_SLICE_BYTES = 1 * MB;
const KUROMOJI_QUICK_SLICE_BYTES = 0.3 * MB;
/** The whole-process figure is taken on the sample repeated to this size. */
const PROCESS_BYTES = 5.6 * MB;
const LINEARITY_SIZES = [1 * MB, 4 * MB, 16 * MB];
const LARGE_INGEST_BYTES = 32 * MB;
/**
 * The repeated-sentence input: one engagement told again and again (written for the benchmark),
 * so that one event gathers a mention per sentence.
 */
export const REPEATED_SENTENCE = '2020年10月、防衛大臣はオーストラリア国防大臣と会談を行った。\n';

export const STAGES = ['decode', 'segment', 'sentences', 'time', 'mentions', 'events+merge'] as const;
export type StageName = (typeof STAGES)[number];

const STAGE_LABELS: Record<StageName, string> = {
  decode: 'decode (from bytes)',
  segment: 'segment (context+normalize+segment)',
  sentences: 'sentences',
  time: 'time',
  mentions: 'mentions (+ section subjects)',
  'events+merge': 'events+merge',
};

export interface BenchFigures {
  date: string;
  node: string;
  quick: boolean;
  input: { source: string; copies: number; bytes: number; characters: number; repetitions: number };
  /** Median seconds per stage over the repetitions; null when the stage is not available. */
  stages: Record<StageName, number | null>;
  /** Why a stage is n/a. */
  notes: Partial<Record<StageName, string>>;
  counts: { blocks: number | null; sections: number | null; sentences: number | null; events: number | null };
  /** MB/s of UTF-8 input. */
  throughput: {
    normalizeSegmentTime: number | null;
    decodeToEvents: number | null;
    /** Decode→events by the CPU time of this process (a shared machine inflates it less than wall time). */
    decodeToEventsCpu: number | null;
  };
  /** Peak resident set size of this process after the Koryu runs (before kuromoji), MB. */
  peakRssMB: number;
  kuromoji:
    | { sliceBytes: number; seconds: number; extrapolatedSeconds: number; mbPerSecond: number }
    | { error: string };
  /** Koryu decode→events time vs kuromoji's (extrapolated) tokenization time of the same input. */
  speedupVsKuromoji: number | null;
  /** `node bin/koryu.js ingest <sample>`: seconds from process start to exit. */
  ingest: { seconds: number; exitCode: number | null } | { error: string };
  /** Milliseconds to render each report (HTML) from the sample's events, in process. */
  reports: Record<string, number> | { error: string };
  /** `koryu extract FILE --format jsonl > /dev/null` of the sample repeated to 5.6 MB, in its own process. */
  extractProcess: ProcessFigures | { error: string };
  /** Decode→events in process at 1, 4 and 16 MB, for the sample repeated and for one sentence repeated. */
  linearity: { sample: Linearity | { error: string }; sentence: Linearity | { error: string } };
  /** Many small files ingested one by one (bench/many-files.ts). */
  manyFiles: ManyFilesFigures | { error: string };
  /** Full run only: `koryu ingest` of 32 MB of each input into a fresh database. */
  largeIngest?: { sample: ProcessFigures | { error: string }; sentence: ProcessFigures | { error: string } };
  /** Whether a file of src/ is newer than the build the own-process figures ran (dist/). */
  distStale: boolean;
  /** Where the in-process stages were loaded from (dist/ or src/ through tsx). */
  stagesFrom: string;
  /** 1-minute load average when the benchmark started and ended, and the number of cores. */
  load: { start: number; end: number; cores: number };
}

/** One command in a process of its own: median over `runs` of wall and CPU seconds; the largest peak RSS. */
export interface ProcessFigures {
  bytes: number;
  runs: number;
  seconds: number;
  cpuSeconds: number;
  /** MB/s by wall time, process start to exit. */
  mbPerSecond: number;
  peakRssMB: number;
}

export interface Linearity {
  /**
   * Median decode→events CPU seconds of this process per input size (CPU time, which a shared
   * machine inflates less than wall time; it includes the garbage collector's own threads).
   */
  sizes: { bytes: number; seconds: number; runs: number }[];
  /** (seconds per MB at the largest size) / (seconds per MB at the smallest): 1.0 is linear. */
  ratio: number;
}

/** Stage functions, each loaded on its own so that one missing module does not hide the others. */
interface Stages {
  decodeBytes?: (bytes: Uint8Array, path: string) => DecodedSource;
  segmentDocument?: (source: DecodedSource) => { blocks: Block[]; sections: Section[]; glossary: Record<string, string>; annotations: KoryuDocument['annotations'] };
  detectContext?: (source: DecodedSource) => KoryuDocument['context'];
  resolveSectionSubjects?: (sections: Section[]) => void;
  splitSentences?: (blocks: Block[]) => KoryuDocument['sentences'];
  resolveDocumentTime?: (doc: KoryuDocument) => void;
  findMentions?: (text: string) => unknown[];
  extractCandidates?: (doc: KoryuDocument) => { candidates: unknown[] };
  mergeEvents?: (candidates: never[], doc?: KoryuDocument) => KoryuEvent[];
  missing: Partial<Record<StageName, string>>;
}

/**
 * Where the timed stages come from: the compiled build the CLI runs (dist/) when it is there and not
 * older than src/, else the sources through tsx (which wraps every named function, a cost users never pay).
 */
function stageRoot(): { dir: string; label: string } {
  return existsSync(path.join(repoRoot, 'dist', 'pipeline', '7-events', 'index.js')) && !isDistStale()
    ? { dir: '../dist', label: 'dist/ (the compiled build the CLI runs)' }
    : { dir: '../src', label: 'src/ through tsx (no fresh build: run npm run build for the figures users get)' };
}

async function loadStages(): Promise<Stages> {
  const st: Stages = { missing: {} };
  const root = stageRoot().dir;
  const from = async <T>(rel: string): Promise<T> => (await import(`${root}/${rel}`)) as T;
  const load = async (stage: StageName, fn: () => Promise<void>): Promise<void> => {
    try {
      await fn();
    } catch (e) {
      st.missing[stage] = firstLine(e);
    }
  };
  await load('decode', async () => {
    st.decodeBytes = (await from<typeof import('../src/pipeline/1-decode/index.js')>('pipeline/1-decode/index.js')).decodeBytes;
  });
  await load('segment', async () => {
    st.segmentDocument = (await from<typeof import('../src/pipeline/3-segment/index.js')>('pipeline/3-segment/index.js')).segmentDocument;
    const { detectContext } = await from<typeof import('../src/pipeline/context/index.js')>('pipeline/context/index.js');
    st.detectContext = (source) => detectContext(source);
  });
  await load('mentions', async () => {
    st.resolveSectionSubjects = (await from<typeof import('../src/pipeline/6-mentions/subject.js')>('pipeline/6-mentions/subject.js')).resolveSectionSubjects;
    const { findMentions } = await from<typeof import('../src/pipeline/6-mentions/find.js')>('pipeline/6-mentions/find.js');
    st.findMentions = (text) => findMentions(text);
  });
  await load('sentences', async () => {
    st.splitSentences = (await from<typeof import('../src/pipeline/4-sentences/index.js')>('pipeline/4-sentences/index.js')).splitSentences;
  });
  await load('time', async () => {
    st.resolveDocumentTime = (await from<typeof import('../src/pipeline/5-time/resolve.js')>('pipeline/5-time/resolve.js')).resolveDocumentTime;
  });
  await load('events+merge', async () => {
    const events = await from<typeof import('../src/pipeline/7-events/index.js')>('pipeline/7-events/index.js');
    const merge = await from<typeof import('../src/pipeline/8-merge/index.js')>('pipeline/8-merge/index.js');
    st.extractCandidates = (doc) => events.extractCandidates(doc);
    st.mergeEvents = merge.mergeEvents as unknown as Stages['mergeEvents'];
  });
  return st;
}

interface RunResult {
  seconds: Record<StageName, number | null>;
  /** CPU seconds of this process (all its threads) per stage. */
  cpu: Record<StageName, number | null>;
  notes: Partial<Record<StageName, string>>;
  counts: BenchFigures['counts'];
  events: KoryuEvent[] | null;
}

/** One pass of the pipeline over `bytes`, each stage timed; a failing stage makes the later ones n/a. */
function runPipeline(st: Stages, bytes: Uint8Array, label: string, opts: { mentionsRow?: boolean } = {}): RunResult {
  const seconds = Object.fromEntries(STAGES.map((s) => [s, null])) as Record<StageName, number | null>;
  const cpu = Object.fromEntries(STAGES.map((s) => [s, null])) as Record<StageName, number | null>;
  const notes: Partial<Record<StageName, string>> = { ...st.missing };
  const counts: BenchFigures['counts'] = { blocks: null, sections: null, sentences: null, events: null };
  const timed = <T>(stage: StageName, fn: () => T): T | undefined => {
    if (notes[stage]) return undefined;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      const out = fn();
      seconds[stage] = (seconds[stage] ?? 0) + (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      cpu[stage] = (cpu[stage] ?? 0) + (c.user + c.system) / 1e6;
      return out;
    } catch (e) {
      seconds[stage] = null;
      cpu[stage] = null;
      notes[stage] = firstLine(e);
      return undefined;
    }
  };
  const need = <T>(v: T | undefined, stage: StageName, what: string): v is T => {
    if (v === undefined) notes[stage] ??= `needs ${what}`;
    return v !== undefined;
  };

  const source = timed('decode', () => st.decodeBytes!(bytes, label));
  if (!need(source, 'segment', 'decode')) return finish();
  // The document's context (kind, publication date) is found as the pipeline finds it.
  const seg = timed('segment', () => ({ context: st.detectContext!(source), ...st.segmentDocument!(source) }));
  if (!need(seg, 'sentences', 'segment')) return finish();
  counts.blocks = seg.blocks.length;
  counts.sections = seg.sections.length;
  timed('mentions', () => st.resolveSectionSubjects!(seg.sections));
  const sentences = timed('sentences', () => st.splitSentences!(seg.blocks));
  if (!need(sentences, 'time', 'sentences')) return finish();
  counts.sentences = sentences.length;
  const doc: KoryuDocument = { source, ...seg, sentences };
  const dated = timed('time', () => st.resolveDocumentTime!(doc));
  if (opts.mentionsRow !== false) {
    timed('mentions', () => {
      for (const s of doc.sentences) st.findMentions!(s.text);
    });
  }
  if (notes.time) notes['events+merge'] ??= 'needs time';
  if (dated === undefined && notes.time) return finish();
  const events = timed('events+merge', () => st.mergeEvents!(st.extractCandidates!(doc).candidates as never[], doc));
  if (events) counts.events = events.length;
  return finish(events ?? null);

  function finish(ev: KoryuEvent[] | null = null): RunResult {
    for (const s of STAGES) if (notes[s]) seconds[s] = cpu[s] = null;
    return { seconds, cpu, notes, counts, events: ev };
  }
}

/** Decode→events seconds of one pass (the stages the throughput figure adds up), or null. */
function decodeToEventsSeconds(r: RunResult): number | null {
  const names: StageName[] = ['decode', 'segment', 'sentences', 'time', 'events+merge'];
  return names.every((n) => r.seconds[n] !== null) ? names.reduce((a, n) => a + r.seconds[n]!, 0) : null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].slice(0, 160);
}

function sampleFile(): { file: string; label: string } {
  const corpus = (() => {
    const env = process.env.KORYU_CORPUS;
    const name = 'dow2021-iii-3-1.ja.txt';
    if (env) return env.endsWith('.txt') ? env : path.join(env, name);
    return path.resolve(repoRoot, '..', 'shared', 'corpus', name);
  })();
  if (existsSync(corpus)) return { file: corpus, label: 'the sample (dow2021-iii-3-1.ja.txt)' };
  return { file: path.join(repoRoot, 'examples', 'sample-whitepaper.ja.txt'), label: 'the bundled example (sample not found)' };
}

/** The sample repeated (whole copies, joined by a blank line) until it reaches `target` bytes. */
function repeatToSize(text: string, target: number): { text: string; copies: number } {
  return repeatUnit(text.endsWith('\n') ? text + '\n' : text + '\n\n', target);
}

/** `unit` repeated as it is until it reaches `target` bytes. */
function repeatUnit(unit: string, target: number): { text: string; copies: number } {
  const copies = Math.max(1, Math.ceil(target / Buffer.byteLength(unit, 'utf8')));
  return { text: unit.repeat(copies), copies };
}

async function timeKuromoji(text: string, koryuSeconds: number | null, sliceBytes: number): Promise<Pick<BenchFigures, 'kuromoji' | 'speedupVsKuromoji'>> {
  try {
    const kuromoji = (await import('kuromoji')).default;
    const tokenizer = await new Promise<{ tokenize(t: string): unknown[] }>((resolve, reject) =>
      kuromoji.builder({ dicPath: path.join(repoRoot, 'node_modules/kuromoji/dict') }).build((err, t) => (err ? reject(err) : resolve(t))),
    );
    // kuromoji is slow: tokenize whole lines of a slice and extrapolate to the input.
    const lines: string[] = [];
    let bytes = 0;
    for (const line of text.split('\n')) {
      if (bytes >= sliceBytes) break;
      lines.push(line);
      bytes += Buffer.byteLength(line, 'utf8') + 1;
    }
    tokenizer.tokenize(lines.slice(0, 200).join('')); // warm-up
    const t0 = performance.now();
    for (const line of lines) if (line) tokenizer.tokenize(line);
    const seconds = (performance.now() - t0) / 1000;
    const total = Buffer.byteLength(text, 'utf8');
    const extrapolatedSeconds = seconds * (total / bytes);
    return {
      kuromoji: { sliceBytes: bytes, seconds, extrapolatedSeconds, mbPerSecond: bytes / MB / seconds },
      speedupVsKuromoji: koryuSeconds ? extrapolatedSeconds / koryuSeconds : null,
    };
  } catch (e) {
    return { kuromoji: { error: firstLine(e) }, speedupVsKuromoji: null };
  }
}

function timeIngest(sample: string): BenchFigures['ingest'] {
  if (!existsSync(path.join(repoRoot, 'dist', 'cli', 'main.js'))) return { error: 'n/a: run npm run build' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koryu-bench-'));
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'koryu.js'), 'ingest', sample, '--db', path.join(dir, 'bench.db')], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const seconds = (performance.now() - t0) / 1000;
    if (r.error) return { error: firstLine(r.error) };
    if (r.status !== 0) return { error: `exit ${r.status}: ${firstLine(r.stderr)}` };
    return { seconds, exitCode: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Peak RSS of the current process, in KiB. On Linux, the high-water mark of its own address space
 * (VmHWM): getrusage's maxRSS also keeps, across exec, what the process held before it — a child
 * spawned by this benchmark (itself some 300 MB) would report the benchmark's RSS, not its own.
 */
const PEAK_RSS_KIB = `(() => { try { const m = /VmHWM:\\s*(\\d+)\\s*kB/.exec(readFileSync('/proc/self/status', 'utf8')); if (m) return Number(m[1]); } catch {} return process.resourceUsage().maxRSS; })()`;

/** This process's peak RSS in MB (see PEAK_RSS_KIB). */
function ownPeakRssMB(): number {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: getrusage's figure
  }
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Loaded into each measured process: at exit it reports its own peak RSS and CPU time on stderr
 * (the parent cannot read a child's resource usage from Node).
 */
const RUSAGE_TAG = 'KORYU_BENCH_RUSAGE';
const RUSAGE_PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(
    `import { readFileSync } from 'node:fs'; ` +
      `process.on('exit', () => { const r = process.resourceUsage(); ` +
      `process.stderr.write('\\n${RUSAGE_TAG} ' + JSON.stringify({ maxRSS: ${PEAK_RSS_KIB}, cpu: (r.userCPUTime + r.systemCPUTime) / 1e6 }) + '\\n'); });`,
  );

/** Whether some source file is newer than the built CLI that the process figures run. */
function isDistStale(): boolean {
  const built = path.join(repoRoot, 'dist', 'cli', 'main.js');
  if (!existsSync(built)) return false; // reported as n/a instead
  const builtAt = statSync(built).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((d) =>
      d.isDirectory() ? newer(path.join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') && statSync(path.join(dir, d.name)).mtimeMs > builtAt,
    );
  return newer(path.join(repoRoot, 'src'));
}

/** Run `koryu ARGS` `runs` times in processes of their own (output discarded) and time them. */
function timeProcess(args: string[], bytes: number, runs: number): ProcessFigures | { error: string } {
  if (!existsSync(path.join(repoRoot, 'dist', 'cli', 'main.js'))) return { error: 'n/a: run npm run build' };
  const wall: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', RUSAGE_PRELOAD, path.join(repoRoot, 'bin', 'koryu.js'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: 600_000,
      maxBuffer: 64 * MB,
    });
    wall.push((performance.now() - t0) / 1000);
    if (r.error) return { error: firstLine(r.error) };
    if (r.status !== 0) return { error: `exit ${r.status}: ${firstLine(r.stderr)}` };
    const line = r.stderr.split('\n').find((l) => l.startsWith(RUSAGE_TAG));
    if (!line) return { error: 'the process did not report its resource usage' };
    const u = JSON.parse(line.slice(RUSAGE_TAG.length)) as { maxRSS: number; cpu: number };
    cpu.push(u.cpu);
    peak = Math.max(peak, u.maxRSS / 1024);
  }
  const seconds = median(wall);
  return { bytes, runs, seconds, cpuSeconds: median(cpu), mbPerSecond: bytes / MB / seconds, peakRssMB: peak };
}

/** Decode→events in process at each size of LINEARITY_SIZES (the JIT already warm). */
function timeLinearity(stages: Stages, unit: (target: number) => string, quick: boolean): Linearity | { error: string } {
  const sizes: Linearity['sizes'] = [];
  for (const target of LINEARITY_SIZES) {
    const bytes = Buffer.from(unit(target), 'utf8');
    // Small inputs are quick and noisy: more runs there.
    const runs = target <= 1 * MB ? (quick ? 3 : 5) : target <= 4 * MB ? (quick ? 1 : 3) : quick ? 1 : 2;
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const r = runPipeline(stages, bytes, 'linearity.txt', { mentionsRow: false });
      const c = process.cpuUsage(c0);
      if (decodeToEventsSeconds(r) === null) return { error: `n/a: ${Object.values(r.notes)[0] ?? 'a stage failed'}` };
      xs.push((c.user + c.system) / 1e6);
    }
    sizes.push({ bytes: bytes.length, seconds: median(xs), runs });
  }
  const perMB = (x: Linearity['sizes'][number]): number => x.seconds / (x.bytes / MB);
  return { sizes, ratio: perMB(sizes[sizes.length - 1]) / perMB(sizes[0]) };
}

async function timeReports(events: KoryuEvent[] | null): Promise<BenchFigures['reports']> {
  if (!events) return { error: 'n/a: no events (extraction unavailable)' };
  try {
    const reports = await import('../src/reports/index.js');
    const { loadGazetteer } = await import('../src/gazetteer/index.js');
    const gaz = loadGazetteer() as unknown as Parameters<typeof reports.renderReport>[2];
    const names = [...reports.REPORT_NAMES, ...reports.countriesForChronology(events).slice(0, 1).map((c) => `country-${c}`)];
    const out: Record<string, number> = {};
    for (const name of names) {
      reports.renderReport(name, events, gaz, { format: 'html' }); // warm-up
      const t0 = performance.now();
      reports.renderReport(name, events, gaz, { format: 'html' });
      out[name] = performance.now() - t0;
    }
    return out;
  } catch (e) {
    return { error: `n/a: ${firstLine(e)}` };
  }
}

export async function runBench(opts: { quick?: boolean } = {}): Promise<BenchFigures> {
  const quick = !!opts.quick;
  const loadStart = os.loadavg()[0];
  const { file, label } = sampleFile();
  const sampleText = readFileSync(file, 'utf8');
  const { text, copies } = repeatToSize(sampleText, TARGET_BYTES);
  const bytes = Buffer.from(text, 'utf8');
  const stages = await loadStages();

  // Warm-up: a pass over the sample itself (JIT, gazetteer and layout loading), then one at full
  // size, so that the measured runs see optimized code and a grown heap.
  const warm = runPipeline(stages, Buffer.from(sampleText, 'utf8'), 'sample.txt');
  runPipeline(stages, bytes, 'bench.txt');

  const repetitions = quick ? 2 : 5;
  const runs: RunResult[] = [];
  for (let i = 0; i < repetitions; i++) runs.push(runPipeline(stages, bytes, 'bench.txt'));
  const last = runs[runs.length - 1];
  const stageSeconds = Object.fromEntries(
    STAGES.map((s) => {
      const xs = runs.map((r) => r.seconds[s]);
      return [s, xs.every((x): x is number => x !== null) ? median(xs) : null];
    }),
  ) as Record<StageName, number | null>;
  const peakRssMB = ownPeakRssMB();

  const sum = (names: StageName[]): number | null =>
    names.every((n) => stageSeconds[n] !== null) ? names.reduce((a, n) => a + stageSeconds[n]!, 0) : null;
  // Mentions are looked up again inside events+merge; its separate row is not added twice.
  const nst = sum(['segment', 'sentences', 'time']);
  const all = sum(['decode', 'segment', 'sentences', 'time', 'events+merge']);
  const cpuAll = median(runs.map((r) => (['decode', 'segment', 'sentences', 'time', 'events+merge'] as const).reduce((a, n) => a + (r.cpu[n] ?? NaN), 0)));
  const mbps = (s: number | null): number | null => (s ? bytes.length / MB / s : null);

  const kuro = await timeKuromoji(text, all, quick ? KUROMOJI_QUICK_SLICE_BYTES : KUROMOJI_SLICE_BYTES);

  // How cost grows with the input (after the peak RSS above: these runs grow the heap).
  const linearity = {
    sample: timeLinearity(stages, (target) => repeatToSize(sampleText, target).text, quick),
    sentence: timeLinearity(stages, (target) => repeatUnit(REPEATED_SENTENCE, target).text, quick),
  };

  // As a user runs it: one process per run, its output discarded.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'koryu-bench-'));
  let extractProcess: BenchFigures['extractProcess'];
  let largeIngest: BenchFigures['largeIngest'];
  try {
    const big = path.join(tmp, 'sample-5.6mb.txt');
    writeFileSync(big, repeatToSize(sampleText, PROCESS_BYTES).text);
    extractProcess = timeProcess(['extract', big, '--format', 'jsonl'], statSync(big).size, quick ? 1 : 3);
    if (!quick) {
      const ingestOf = (name: string, content: string): ProcessFigures | { error: string } => {
        const file = path.join(tmp, name);
        writeFileSync(file, content);
        const figures = timeProcess(['ingest', file, '--db', path.join(tmp, `${name}.db`)], statSync(file).size, 1);
        rmSync(file);
        return figures;
      };
      largeIngest = {
        sample: ingestOf('sample-32mb.txt', repeatToSize(sampleText, LARGE_INGEST_BYTES).text),
        sentence: ingestOf('sentence-32mb.txt', repeatUnit(REPEATED_SENTENCE, LARGE_INGEST_BYTES).text),
      };
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const manyDir = mkdtempSync(path.join(os.tmpdir(), 'koryu-bench-many-'));
  let many: BenchFigures['manyFiles'];
  try {
    many = await timeManyFiles(quick ? 200 : 1000, manyDir);
  } catch (e) {
    many = { error: firstLine(e) };
  } finally {
    rmSync(manyDir, { recursive: true, force: true });
  }

  return {
    date: new Date().toISOString(),
    node: process.version,
    quick,
    input: { source: label, copies, bytes: bytes.length, characters: text.length, repetitions },
    stages: stageSeconds,
    notes: last.notes,
    counts: last.counts,
    throughput: { normalizeSegmentTime: mbps(nst), decodeToEvents: mbps(all), decodeToEventsCpu: Number.isNaN(cpuAll) ? null : mbps(cpuAll) },
    peakRssMB,
    ...kuro,
    ingest: timeIngest(file),
    reports: await timeReports(warm.events),
    extractProcess,
    linearity,
    manyFiles: many,
    ...(largeIngest ? { largeIngest } : {}),
    distStale: isDistStale(),
    stagesFrom: stageRoot().label,
    load: { start: loadStart, end: os.loadavg()[0], cores: os.cpus().length },
  };
}

function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? 'n/a' : x.toFixed(digits);
}

export function formatBench(f: BenchFigures): string {
  const out: string[] = [];
  const mb = (b: number): string => (b / MB).toFixed(2);
  out.push(
    `Koryu benchmark — ${f.input.source} ×${f.input.copies} = ${mb(f.input.bytes)} MB (${f.input.characters} characters), ` +
      `median of ${f.input.repetitions} run(s) after warm-up, one core, ${f.node}${f.quick ? ', --quick' : ''}`,
    `in-process stages from ${f.stagesFrom ?? 'src/'}`,
    '',
    `${'stage'.padEnd(32)}${'seconds'.padStart(10)}${'MB/s'.padStart(10)}`,
  );
  for (const s of STAGES) {
    const sec = f.stages[s];
    const note = f.notes[s] ? `  (${f.notes[s]})` : '';
    out.push(`${STAGE_LABELS[s].padEnd(32)}${fmt(sec).padStart(10)}${(sec ? (f.input.bytes / MB / sec).toFixed(1) : 'n/a').padStart(10)}${note}`);
  }
  out.push(
    '',
    `throughput normalize+segment+time (incl. sentences): ${fmt(f.throughput.normalizeSegmentTime, 2)} MB/s`,
    `throughput decode→events: ${fmt(f.throughput.decodeToEvents, 2)} MB/s (${fmt(f.throughput.decodeToEventsCpu, 2)} MB/s of CPU time)`,
    `counts: ${f.counts.blocks ?? 'n/a'} blocks, ${f.counts.sections ?? 'n/a'} sections, ${f.counts.sentences ?? 'n/a'} sentences, ${f.counts.events ?? 'n/a'} events`,
    `peak RSS: ${f.peakRssMB.toFixed(0)} MB`,
    '',
  );
  if ('error' in f.kuromoji) out.push(`kuromoji: n/a (${f.kuromoji.error})`);
  else {
    const k = f.kuromoji;
    out.push(
      `kuromoji tokenization: ${mb(k.sliceBytes)} MB slice in ${k.seconds.toFixed(2)} s (${k.mbPerSecond.toFixed(2)} MB/s), ` +
        `extrapolated to the whole input: ${k.extrapolatedSeconds.toFixed(1)} s`,
    );
    if (f.speedupVsKuromoji) out.push(`Koryu extraction is ${f.speedupVsKuromoji.toFixed(1)}× faster than kuromoji tokenization alone`);
  }
  out.push(
    'error' in f.ingest
      ? `ingest of the sample, process start to exit: ${f.ingest.error}`
      : `ingest of the sample, process start to exit: ${f.ingest.seconds.toFixed(2)} s`,
  );
  if ('error' in f.reports) out.push(`report rendering: ${f.reports.error}`);
  else {
    out.push(`report rendering (HTML, sample's events, in process): ` + Object.entries(f.reports).map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join(', '));
  }
  if (f.distStale) out.push('', 'note: dist/ is older than src/ (run npm run build): the own-process figures below are of the old build');
  out.push('', formatProcess(`koryu extract of the sample repeated to ${mb(PROCESS_BYTES)} MB, own process`, f.extractProcess));
  out.push('', 'linearity: decode→events in process, CPU seconds per input size; ratio = time per MB at 16 MB / at 1 MB (1.00 is linear)');
  for (const [name, lin] of [
    ['sample repeated', f.linearity.sample],
    ['one sentence repeated', f.linearity.sentence],
  ] as const) {
    if ('error' in lin) out.push(`  ${name}: ${lin.error}`);
    else {
      const cells = lin.sizes.map((x) => `${mb(x.bytes)} MB ${x.seconds.toFixed(2)} s (${(x.bytes / MB / x.seconds).toFixed(1)} MB/s)`);
      out.push(`  ${name.padEnd(22)} ${cells.join(', ')}  ratio ${lin.ratio.toFixed(2)}`);
    }
  }
  const m = f.manyFiles;
  out.push(
    '',
    'error' in m
      ? `ingest of many small files: ${m.error}`
      : `ingest of ${m.files} small files one by one (${m.records} records → ${m.events} events), in process: ${m.seconds.toFixed(1)} s; ` +
          `per file ${m.firstMs.toFixed(1)} ms at the start, ${m.lastMs.toFixed(1)} ms at the end (store ${m.firstStoreMs.toFixed(1)} → ${m.lastStoreMs.toFixed(1)} ms; ` +
          `means of ${m.window} files; flat is linear)`,
  );
  if (f.largeIngest) {
    out.push('', formatProcess(`koryu ingest of 32 MB, sample repeated`, f.largeIngest.sample));
    out.push(formatProcess(`koryu ingest of 32 MB, one sentence repeated`, f.largeIngest.sentence));
  }
  out.push(
    '',
    `load average ${f.load.start.toFixed(1)} at the start, ${f.load.end.toFixed(1)} at the end, on ${f.load.cores} core(s): ` +
      (f.load.start > f.load.cores * 0.75 || f.load.end > f.load.cores * 0.75 ? 'the machine was busy, wall times are inflated' : 'a quiet machine'),
  );
  return out.join('\n') + '\n';
}

function formatProcess(label: string, p: ProcessFigures | { error: string }): string {
  if ('error' in p) return `${label}: ${p.error}`;
  return (
    `${label}: ${p.seconds.toFixed(2)} s wall (${p.mbPerSecond.toFixed(2)} MB/s), ${p.cpuSeconds.toFixed(2)} s CPU ` +
    `(${(p.bytes / MB / p.cpuSeconds).toFixed(2)} MB/s), peak RSS ${p.peakRssMB.toFixed(0)} MB` +
    (p.runs > 1 ? `, median of ${p.runs}` : '')
  );
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const figures = await runBench({ quick: process.argv.includes('--quick') });
  process.stdout.write(formatBench(figures));
  writeFileSync(path.join(repoRoot, 'bench', 'last.json'), JSON.stringify(figures, null, 2) + '\n');
  process.stdout.write('figures written to bench/last.json\n');
}
