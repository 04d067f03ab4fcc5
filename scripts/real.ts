/**
 * `npm run real`: Koryu on the real-text development set (test/real/), each page extracted with
 * `--published` as a user who knows its date would give it, scored against the gold with the same
 * matching as `koryu eval`. Prints overall and per-kind figures, figures per kind of source, the
 * calibration of `confidence`, and plainly which pages are absent from the local cache (their text
 * is third-party material, never committed: rebuild the cache from sources.tsv's queries).
 *
 *   npm run real                       # the summary
 *   npm run real -- --verbose          # and every miss and false alarm, page by page
 *   npm run real -- --source pr-2020   # only pages whose id starts with this
 *   npm run real -- --json             # the figures as JSON
 *   npm run real -- --set DIR          # another set (DIR/sources.tsv + DIR/gold.jsonl, pages in
 *                                      # --cache DIR or the cache), e.g. a new batch scored unseen
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { calibrate, realCacheDir, runRealSet, type RealPage } from '../src/eval/real-set.js';
import { brief, nearMisses, type Counts, type EvalResult, type NearMisses } from '../src/eval/score.js';
import { tallyReasons, whyMissed } from '../src/eval/why-missed.js';
import { EVENT_KINDS } from '../src/model/event.js';
import { buildDocument, decodeFileSync, extractEvents } from '../src/pipeline/index.js';

// `npm run real | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const { values: args } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    source: { type: 'string' },
    json: { type: 'boolean', default: false },
    set: { type: 'string' },
    cache: { type: 'string' },
  },
});

const root = path.resolve(import.meta.dirname, '..');

type PageResult = RealPage;
const extract = (file: string, published: string) => extractEvents(buildDocument(decodeFileSync(file), { published })).events;
const runSet = (dir: string, cache: string, filter?: string) => {
  try {
    return runRealSet(dir, cache, extract, filter);
  } catch (e) {
    // A missing or malformed set is the user's input: one line, not a stack.
    console.error(`real: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
};

const started = performance.now();
const dev = runSet(args.set ? path.resolve(args.set) : path.join(root, 'test', 'real'), args.cache ? path.resolve(args.cache) : realCacheDir(), args.source);
// The held-out pages measure generalization: nobody tunes rules to them, so only totals are shown.
const heldOut = args.source || args.set ? undefined : runSet(path.join(root, 'test', 'real', 'holdout'), path.join(realCacheDir(), 'holdout'));
const seconds = (performance.now() - started) / 1000;
const { pages, absent, chosen } = dev;
const cache = dev.cache;

const ratio = (matched: number, gold: number, predicted: number): Counts => {
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  return { gold, predicted, matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};
const total = (of: PageResult[], pick: (r: EvalResult) => Counts | undefined = (r) => r.overall): Counts => {
  let g = 0;
  let p = 0;
  let m = 0;
  for (const { result } of of) {
    const c = pick(result);
    if (!c) continue;
    g += c.gold;
    p += c.predicted;
    m += c.matched;
  }
  return ratio(m, g, p);
};

const overall = total(pages);
const heldOutOverall = heldOut && heldOut.pages.length ? total(heldOut.pages) : undefined;
const byKind = EVENT_KINDS.map((kind) => ({ kind, ...total(pages, (r) => r.byKind.find((k) => k.kind === kind)) })).filter((k) => k.gold || k.predicted);
const sourceKinds = [...new Set(pages.map((p) => p.source.kind))];
const bySourceKind = sourceKinds.map((kind) => ({ kind, pages: pages.filter((p) => p.source.kind === kind).length, ...total(pages.filter((p) => p.source.kind === kind)) }));
/** Per confidence band, how many events the pages gave and how many were right. */
const calibrationOf = (of: PageResult[]) => {
  const right = new Set(of.flatMap((p) => p.result.matches.map((m) => `${p.source.id}|${m.predicted}`)));
  return calibrate(of.flatMap((p) => p.predicted.map((e) => ({ confidence: e.confidence, correct: right.has(`${p.source.id}|${e.id}`) }))));
};
const calibration = calibrationOf(pages);
/**
 * Why each miss was not read: each page with misses is read again with the trace of `extract --explain`, and each
 * miss's sentence says what happened to it (keyed by the gold event's id).
 */
const whyMissedOf = (of: PageResult[], cache: string): Map<string, string> => {
  const reasons = new Map<string, string>();
  for (const p of of) {
    const missed = new Set(p.result.misses.map((m) => m.id));
    if (!missed.size) continue;
    const doc = buildDocument(decodeFileSync(path.join(cache, `${p.source.id}.txt`)), { published: p.source.published });
    const trace = extractEvents(doc, { explain: true }).trace ?? [];
    for (const g of p.gold) if (missed.has(g.id)) reasons.set(g.id, whyMissed(g, trace));
  }
  return reasons;
};
const devWhy = whyMissedOf(pages, cache);
/** The unmatched events of a set, summed: which fields the engagements read wrongly had wrong. */
const nearMissesOf = (of: PageResult[]): NearMisses =>
  of
    .map((p) => nearMisses(p.gold, p.predicted, p.result))
    .reduce((a, b) => ({
      paired: a.paired + b.paired,
      byField: { kind: a.byField.kind + b.byField.kind, date: a.byField.date + b.byField.date, partners: a.byField.partners + b.byField.partners, level: a.byField.level + b.byField.level },
      falseAlarmsAlone: a.falseAlarmsAlone + b.falseAlarmsAlone,
      missesAlone: a.missesAlone + b.missesAlone,
    }), { paired: 0, byField: { kind: 0, date: 0, partners: 0, level: 0 }, falseAlarmsAlone: 0, missesAlone: 0 });
const heldOutCalibration = heldOut ? calibrationOf(heldOut.pages) : undefined;

if (args.json) {
  console.log(
    JSON.stringify(
      {
        overall, byKind, bySourceKind, calibration, nearMisses: nearMissesOf(pages), pages: pages.length, absent: absent.map((a) => a.id),
        heldOut: heldOut
          ? { overall: heldOutOverall ?? null, calibration: heldOutCalibration, nearMisses: nearMissesOf(heldOut.pages), pages: heldOut.pages.length, absent: heldOut.absent.map((a) => a.id) }
          : null,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

const f3 = (x: number): string => x.toFixed(3);
const line = (label: string, c: Counts): string =>
  `  ${label.padEnd(18)} gold ${String(c.gold).padStart(3)}  pred ${String(c.predicted).padStart(3)}  match ${String(c.matched).padStart(3)}  P ${f3(c.precision)}  R ${f3(c.recall)}  F1 ${f3(c.f1)}`;

console.log(`== real texts: ${pages.length} of ${chosen.length} pages in the cache (${cache}), ${seconds.toFixed(1)} s ==`);
if (absent.length) {
  console.log(`  absent from the cache: ${absent.length} pages — rebuild them with the search tool (corpus pages, the query in test/real/sources.tsv):`);
  for (const a of absent.slice(0, 8)) console.log(`    ${a.id}  ${a.url}`);
  if (absent.length > 8) console.log(`    … and ${absent.length - 8} more`);
}
if (!pages.length) process.exit(0);
console.log(line('all (micro)', overall));
for (const k of byKind) console.log(line(k.kind, k));
console.log('  by kind of source:');
for (const k of bySourceKind) console.log(line(`${k.kind} (${k.pages})`, k));
printCalibration(calibration);
printNearMisses(nearMissesOf(pages));
printWhyMissed(tallyReasons(devWhy.values()));
if (heldOut) {
  console.log(`== held-out real texts (never tuned to; totals only): ${heldOut.pages.length} of ${heldOut.chosen.length} pages in ${heldOut.cache} ==`);
  if (heldOut.absent.length) console.log(`  absent from the cache: ${heldOut.absent.length} pages (test/real/holdout/sources.tsv has their queries)`);
  if (heldOutOverall) console.log(line('all (micro)', heldOutOverall));
  for (const kind of [...new Set(heldOut.pages.map((p) => p.source.kind))]) {
    const of = heldOut.pages.filter((p) => p.source.kind === kind);
    console.log(line(`${kind} (${of.length})`, total(of)));
  }
  if (heldOutCalibration) printCalibration(heldOutCalibration);
  printNearMisses(nearMissesOf(heldOut.pages));
  printWhyMissed(tallyReasons(whyMissedOf(heldOut.pages, heldOut.cache).values()));
}

function printWhyMissed(reasons: [string, number][], shown = 10): void {
  if (!reasons.length) return;
  console.log('  why the misses were missed (their sentence, per --explain):');
  for (const [reason, n] of reasons.slice(0, shown)) console.log(`   ${String(n).padStart(4)}  ${reason}`);
  const rest = reasons.slice(shown).reduce((k, [, n]) => k + n, 0);
  if (rest) console.log(`   ${String(rest).padStart(4)}  (${reasons.length - shown} other reasons)`);
}

function printNearMisses(n: NearMisses): void {
  const fields = (Object.entries(n.byField) as [string, number][]).filter(([, k]) => k).map(([f, k]) => `${f} ${k}`).join(', ');
  console.log(
    `  unmatched: ${n.paired} engagements read with a wrong field${fields ? ` (${fields})` : ''}; ${n.falseAlarmsAlone} false alarms and ${n.missesAlone} misses with no counterpart in the same place`,
  );
}

function printCalibration(rows: ReturnType<typeof calibrate>): void {
  console.log('  calibration (confidence band: events, right):');
  console.log('   ' + rows.map((c) => `${c.band}: ${c.predicted}${c.predicted ? `, ${((100 * c.correct) / c.predicted).toFixed(0)}%` : ''}`).join('   '));
  const high = rows.filter((c) => c.from >= 0.8);
  const n = high.reduce((k, c) => k + c.predicted, 0);
  const ok = high.reduce((k, c) => k + c.correct, 0);
  console.log(`  confidence ≥ 0.8: ${n} events, ${n ? ((100 * ok) / n).toFixed(1) : '-'}% right (target ≥ 90%)`);
}

if (args.verbose) {
  for (const { source, result } of pages) {
    if (!result.misses.length && !result.falseAlarms.length) continue;
    console.log(`\n-- ${source.id} (${source.kind}, published ${source.published}): F1 ${f3(result.overall.f1)}`);
    const show = (e: ReturnType<typeof brief>): string => `${e.date.padEnd(10)} ${e.kind.padEnd(17)} ${(e.partners.join(';') || '-').padEnd(12)} ${e.evidence}`;
    for (const m of result.misses) console.log(`   miss  ${show(m)}${devWhy.has(m.id) ? `\n         ↳ ${devWhy.get(m.id)}` : ''}`);
    for (const f of result.falseAlarms) console.log(`   false ${show(f)}`);
  }
}
