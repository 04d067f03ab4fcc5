/** Renderings of an EvalResult: a compact text table for people, JSON for scripts. */
import type { Counts, EvalResult, EventBrief } from './score.js';

const num = (x: number): string => x.toFixed(3);

function row(label: string, c: Counts): string {
  return [
    label.padEnd(18),
    String(c.gold).padStart(5),
    String(c.predicted).padStart(5),
    String(c.matched).padStart(6),
    num(c.precision).padStart(10),
    num(c.recall).padStart(7),
    num(c.f1).padStart(6),
  ].join(' ');
}

function briefLine(e: EventBrief): string {
  return `  ${e.date.padEnd(10)} ${e.kind.padEnd(17)} ${(e.partners.join(';') || '-').padEnd(12)} ${e.evidence}`;
}

export function formatEvalText(r: EvalResult): string {
  const lines = [
    `${'kind'.padEnd(18)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'match'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}`,
    ...r.byKind.map((k) => row(k.kind, k)),
    row('all (micro)', r.overall),
    '',
  ];
  const a = r.attributes;
  const acc = (name: string, x: { compared: number; correct: number; accuracy: number }) =>
    `${name} ${x.correct}/${x.compared} (${num(x.accuracy)})`;
  lines.push(
    `among ${r.matches.length} matches: ${acc('mode', a.mode)}, ${acc('jpRole', a.jpRole)}, ${acc('exact date', a.exactDate)}`,
    '',
    `misses (gold not matched): ${r.misses.length}`,
    ...r.misses.map(briefLine),
    '',
    `false alarms (predicted not matched): ${r.falseAlarms.length}`,
    ...r.falseAlarms.map(briefLine),
  );
  return lines.join('\n') + '\n';
}

export function formatEvalJson(r: EvalResult): string {
  return JSON.stringify(r, null, 2) + '\n';
}
