/**
 * `npm run scoreboard`: where the project stands, in under 45 seconds on a quiet machine.
 *  1. accuracy of the extractor on the sample against the gold annotation (koryu eval);
 *  2. the three figure checks of the sample (high-level FY2020, capacity building, agreements),
 *     computed by the same report functions the CLI uses, against test/expectations/;
 *  3. the benchmark's headline figures (its quick run: in process, and `koryu extract` in a process
 *     of its own, which runs the build in dist/).
 * Every line is computed now, from the code as it is; nothing is copied from an earlier run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGold } from '../src/eval/gold.js';
import { scoreEvents } from '../src/eval/score.js';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeFileSync, extractEvents } from '../src/pipeline/index.js';
import { buildAgreements, buildCapacityBuilding, buildHighLevel } from '../src/reports/index.js';
import { runBench } from '../bench/run.js';
import { samplePath } from '../test/corpus.js';

const root = path.resolve(import.meta.dirname, '..');
const goldPath = path.join(root, 'gold', 'dow2021-iii-3-1.gold.jsonl');
const expectations = JSON.parse(readFileSync(path.join(root, 'test/expectations/dow2021-iii-3-1.figures.json'), 'utf8'));

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const f3 = (x: number) => x.toFixed(3);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
const diff = (got: string[], want: string[]) => {
  const extra = got.filter((x) => !want.includes(x));
  const missing = want.filter((x) => !got.includes(x));
  return [missing.length ? `missing ${missing.join(',')}` : '', extra.length ? `extra ${extra.join(',')}` : ''].filter(Boolean).join('; ');
};
let failures = 0;
function check(label: string, ok: boolean, detail = ''): void {
  if (!ok) failures++;
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? `  (${detail})` : ''}`);
}

const sample = samplePath();
if (!existsSync(sample)) {
  console.log(`scoreboard: the sample is not at ${sample} (set KORYU_CORPUS); nothing to score.`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

// 1. Accuracy.
const doc = buildDocument(decodeFileSync(sample));
const { events } = extractEvents(doc);
console.log(`== accuracy on the sample (${events.length} events extracted) ==`);
if (existsSync(goldPath)) {
  const gold = loadGold(goldPath);
  const r = scoreEvents(gold, events);
  console.log(`  gold: ${gold.length} events   overall P ${f3(r.overall.precision)}  R ${f3(r.overall.recall)}  F1 ${f3(r.overall.f1)}   (targets: F1 ≥ 0.90; talks ≥ 0.95)`);
  for (const s of r.byKind) {
    console.log(`  ${s.kind.padEnd(18)} gold ${String(s.gold).padStart(3)}  pred ${String(s.predicted).padStart(3)}  match ${String(s.matched).padStart(3)}  F1 ${f3(s.f1)}`);
  }
  const acc = r.attributes;
  console.log(`  among matches: mode ${pct(acc.mode.accuracy)}  jpRole ${pct(acc.jpRole.accuracy)}  exact date ${pct(acc.exactDate.accuracy)}`);
} else console.log(`  no gold at ${path.relative(root, goldPath)}`);

// 2. Figure checks.
console.log('== figure checks (sample) ==');
const hl = expectations.highLevelFY2020;
const hlReport = buildHighLevel(events, { from: hl.from, to: hl.to });
const hlCountries = hlReport.rows.filter((r) => r.type === 'country').map((r) => r.partner);
const hlOrgs = hlReport.rows.filter((r) => r.type === 'organization').map((r) => r.partner);
check(`high-level FY2020: ${hlCountries.length} countries (want ${hl.countries.length})`, sameSet(hlCountries, hl.countries), diff(hlCountries, hl.countries));
check(`high-level FY2020: organizations ${hlOrgs.join(',') || 'none'} (want NATO, EU)`, sameSet(hlOrgs, hl.organizations), diff(hlOrgs, hl.organizations));
const cb = expectations.capacityBuilding;
const cbRows = buildCapacityBuilding(events, { from: cb.from, to: cb.to }).rows;
const cbPartners = [...new Set(cbRows.map((r) => r.partner))].sort();
const byMethod = (m: string) => [...new Set(cbRows.filter((r) => r.method === m).map((r) => r.partner))].sort();
check(`capacity building 2020-01..2021-03: ${cbPartners.length} partners (want ${cb.partners.length})`, sameSet(cbPartners, cb.partners), diff(cbPartners, cb.partners));
check(`capacity building online: ${byMethod('online').join(',')}`, sameSet(byMethod('online'), cb.online), diff(byMethod('online'), cb.online));
check(`capacity building invitations include ${cb.invitationIncludes.join(',')}`, cb.invitationIncludes.every((p: string) => byMethod('invitation').includes(p)), diff(byMethod('invitation'), cb.invitationIncludes));
check(`capacity building dispatches include ${cb.dispatchIncludes.join(',')}`, cb.dispatchIncludes.every((p: string) => byMethod('dispatch').includes(p)), diff(byMethod('dispatch'), cb.dispatchIncludes));
const agRows = buildAgreements(events).rows;
for (const want of expectations.agreements as Pick<KoryuEvent, 'partners' | 'instrument' | 'milestone' | 'date'>[]) {
  const found = agRows.some((r) => sameSet(r.partners, want.partners) && r.instrument === want.instrument && r.milestone === want.milestone && r.date === want.date);
  check(`agreement ${want.partners.join(',')} ${want.instrument} ${want.milestone} ${want.date}`, found);
}

// 3. Speed: the benchmark's quick run (after warm-up, one core); `npm run bench` for the full one.
console.log('== speed (npm run bench --quick) ==');
const f = await runBench({ quick: true });
const mbps = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} MB/s`);
console.log(`  ${(f.input.bytes / 1e6).toFixed(1)} MB in process: normalize+segment+sentences+time ${mbps(f.throughput.normalizeSegmentTime)} (target ≥ 10); decode→events ${mbps(f.throughput.decodeToEvents)} (target ≥ 8; ${mbps(f.throughput.decodeToEventsCpu)} of CPU time); bench process peak RSS ${f.peakRssMB.toFixed(0)} MB`);
const p = f.extractProcess;
if (f.distStale) console.log('  note: dist/ is older than src/ (run npm run build): the own-process figures are of the old build');
if ('error' in p) console.log(`  koryu extract, own process: ${p.error}`);
else {
  console.log(
    `  koryu extract of ${(p.bytes / 1e6).toFixed(1)} MB, own process: ${p.mbPerSecond.toFixed(2)} MB/s wall (target ≥ 4), ` +
      `${(p.bytes / 1e6 / p.cpuSeconds).toFixed(2)} MB/s of CPU time; peak RSS ${p.peakRssMB.toFixed(0)} MB (target ≤ 250)`,
  );
}
const ratio = (l: typeof f.linearity.sample) => ('error' in l ? l.error : l.ratio.toFixed(2));
console.log(`  linearity, time per MB at 16 MB / at 1 MB (CPU time, 1.00 is linear; target ≤ 1.3): sample repeated ${ratio(f.linearity.sample)}, one sentence repeated ${ratio(f.linearity.sentence)}`);
console.log(`  vs kuromoji tokenization alone: ${f.speedupVsKuromoji === null ? 'n/a' : `${f.speedupVsKuromoji.toFixed(1)}× faster`} (target > 1×)`);
if ('seconds' in f.ingest) console.log(`  ingest of the sample, process start to exit: ${f.ingest.seconds.toFixed(2)} s`);
else console.log(`  ingest of the sample: ${f.ingest.error}`);
if (!('error' in f.reports)) {
  const slowest = Object.entries(f.reports as Record<string, number>).sort((x, y) => y[1] - x[1])[0];
  if (slowest) console.log(`  slowest report render: ${slowest[0]} ${slowest[1].toFixed(0)} ms (target < 1000 ms)`);
}
console.log(`  load average ${f.load.start.toFixed(1)}–${f.load.end.toFixed(1)} on ${f.load.cores} core(s)${f.load.end > f.load.cores * 0.75 || f.load.start > f.load.cores * 0.75 ? ': a busy machine, wall-time figures are low' : ''}`);
console.log(failures ? `${failures} figure check(s) failing` : 'all figure checks pass');
