import type { Command } from 'commander';
import type { AtlasEvent } from '../../model/atlas.js';
import { KoryuError } from '../../model/errors.js';
import { toTextTable, text } from '../../reports/render/table.js';
import { diffReleases, type ReleaseDiff } from '../../release/index.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import type { ReleaseRecord, Store } from '../../store/types.js';
import { parseFormat, writeOutput } from '../io.js';
import { requireDatabase } from './sources.js';

const LIST_FORMATS = ['table', 'json'] as const;
const DIFF_FORMATS = ['text', 'json'] as const;

async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const file = db ?? defaultDbPath();
  requireDatabase(file);
  const store = await openStore(file, { mustExist: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const short = (hash: string) => hash.slice(0, 12);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function oneLine(e: AtlasEvent): string {
  const what = [e.jpRole, e.mode, e.name, e.instrument && e.milestone ? `${e.instrument} ${e.milestone}` : undefined, e.field].filter(Boolean);
  const date = e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date;
  return `${e.id}  ${date}  ${e.kind}  ${e.partners.join(',') || '-'}${what.length ? `  ${what.join(' · ')}` : ''}  (${e.sources.map((s) => s.path).join(', ')})`;
}

const show = (v: unknown): string => (v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));

/** A list field as what it gained and lost (sources, evidence); anything else as before → after. */
function change(from: unknown, to: unknown): string {
  if (Array.isArray(from) && Array.isArray(to) && from.every((x) => typeof x === 'string') && to.every((x) => typeof x === 'string')) {
    const plus = to.filter((x) => !from.includes(x));
    const minus = from.filter((x) => !to.includes(x));
    if (plus.length + minus.length > 0) return [...plus.map((x) => `+ ${x}`), ...minus.map((x) => `- ${x}`)].join('; ');
  }
  return `${show(from)} → ${show(to)}`;
}

export function formatDiff(a: ReleaseRecord, b: ReleaseRecord, d: ReleaseDiff): string {
  const out = [
    `${a.name} (${short(a.hash)}, ${plural(a.eventCount, 'event')}) → ${b.name} (${short(b.hash)}, ${plural(b.eventCount, 'event')}): ` +
      `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`,
  ];
  if (d.added.length) out.push('', 'added:', ...d.added.map((e) => `  + ${oneLine(e)}`));
  if (d.removed.length) out.push('', 'removed:', ...d.removed.map((e) => `  - ${oneLine(e)}`));
  if (d.changed.length) {
    out.push('', 'changed:');
    for (const c of d.changed) {
      out.push(`  ~ ${oneLine(c.after)}`);
      for (const f of c.fields) out.push(`      ${f.field}: ${change(f.from, f.to)}`);
    }
  }
  return out.join('\n') + '\n';
}

export function registerRelease(program: Command): void {
  const release = program
    .command('release')
    .summary('freeze the events under a name, list releases, compare two')
    .description(
      'A release is a named, frozen copy of the events and their sources, so that a figure can be cited ' +
        'and reproduced later: `--release NAME` on events, event, sources, report and export answers from it. ' +
        'Its hash is the sha256 of its content: the same data has the same hash under any name. A name is never reused.',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ koryu release create 2024-05
  $ koryu ingest press/2024-06/ && koryu release create 2024-06
  $ koryu release list
  $ koryu release diff 2024-05 2024-06
  $ koryu report high-level --release 2024-05 --from 2020-04 --to 2021-03`,
    );

  release
    .command('create')
    .summary('freeze the current events under NAME')
    .argument('<name>', "letters, digits, '.', '_' or '-' (e.g. v1, 2024-05)")
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .action(async (name: string, opts: { db?: string }) => {
      const r = await withStore(opts.db, (store) => store.createRelease(name));
      process.stdout.write(`release ${r.name}: ${plural(r.eventCount, 'event')} from ${plural(r.sourceCount, 'source')}, sha256 ${r.hash}\n`);
    });

  release
    .command('list')
    .summary('the releases, oldest first')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('-f, --format <format>', `output: ${LIST_FORMATS.join(', ')}`, 'table')
    .action(async (opts: { db?: string; format: string }) => {
      const format = parseFormat(opts.format, LIST_FORMATS, '--format');
      const releases = await withStore(opts.db, (store) => store.listReleases());
      if (format === 'json') {
        writeOutput(JSON.stringify(releases, null, 2) + '\n');
        return;
      }
      const rows = releases.map((r) => [text(r.name), text(r.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')), text(r.eventCount), text(r.sourceCount), text(short(r.hash))]);
      writeOutput(toTextTable({ columns: ['name', 'created', 'events', 'sources', 'sha256'], rows }) + `${plural(releases.length, 'release')}\n`);
    });

  release
    .command('diff')
    .summary('events added, removed and changed (field by field) from release A to release B')
    .argument('<a>', 'the earlier release')
    .argument('<b>', 'the later release')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('-f, --format <format>', `output: ${DIFF_FORMATS.join(', ')}`, 'text')
    .action(async (a: string, b: string, opts: { db?: string; format: string }) => {
      const format = parseFormat(opts.format, DIFF_FORMATS, '--format');
      await withStore(opts.db, async (store) => {
        const releases = await store.listReleases();
        const find = (name: string) => {
          const r = releases.find((x) => x.name === name);
          if (!r) {
            throw new KoryuError('E_BAD_VALUE', `no release '${name}' (${releases.length ? `known: ${releases.map((x) => x.name).join(', ')}` : 'none yet'})`);
          }
          return r;
        };
        const [ra, rb] = [find(a), find(b)];
        const d = diffReleases(await store.queryEvents({ release: a }), await store.queryEvents({ release: b }));
        if (format === 'json') {
          const slim = { ...d, changed: d.changed.map((c) => ({ id: c.id, fields: c.fields, event: c.after })) };
          writeOutput(JSON.stringify({ from: ra, to: rb, ...slim }, null, 2) + '\n');
          return;
        }
        writeOutput(formatDiff(ra, rb, d));
      });
    });
}
