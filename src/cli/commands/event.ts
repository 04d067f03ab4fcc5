import type { Command } from 'commander';
import type { AtlasEvent } from '../../model/atlas.js';
import { KoryuError } from '../../model/errors.js';
import { defaultDbPath, openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { formatEvent, type EvidenceContext } from '../format-event.js';
import { parseFormat, writeOutput } from '../io.js';
import { requireDatabase } from './sources.js';

const FORMATS = ['text', 'json'] as const;

/** The event an id names: exactly, as an alias, or as the unique prefix a table shows ('ev-01234567…'). */
async function findEvent(store: Store, id: string, release: string | undefined): Promise<AtlasEvent> {
  const wanted = id.replace(/…$/, '');
  const read = release !== undefined ? { release } : {};
  const exact = await store.getEvent(wanted, read);
  if (exact) return exact;
  const matches = (await store.queryEvents(read)).filter((e) => e.id.startsWith(wanted));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new KoryuError('E_BAD_VALUE', `event ${id}: ${matches.length} events start so (${matches.slice(0, 5).map((e) => e.id).join(', ')}…); give more of the id`);
  }
  throw new KoryuError('E_NOT_FOUND', `no event ${id} in ${release !== undefined ? `release ${release}` : 'the database'} (\`koryu events\` lists the ids)`);
}

/**
 * The text around each evidence, with its section path from the stored text run through the
 * segmenter. For a release, only sources whose bytes have not changed since: their text is the one
 * the offsets point into.
 */
async function contextsOf(store: Store, e: AtlasEvent, release: string | undefined): Promise<Map<string, EvidenceContext>> {
  const { layoutOf } = await import('../../pipeline/context.js');
  const out = new Map<string, EvidenceContext>();
  const live = new Map((await store.listSources()).map((s) => [s.id, s.contentHash]));
  const frozen = release !== undefined ? new Map((await store.listSources({ release })).map((s) => [s.id, s.contentHash])) : live;
  for (const s of e.sources) {
    const text = live.get(s.id) === frozen.get(s.id) ? await store.sourceText(s.id) : undefined;
    if (text === undefined) {
      out.set(s.id, {});
      continue;
    }
    let sectionAt: EvidenceContext['sectionAt'];
    try {
      sectionAt = layoutOf(text, s.path).sectionAt;
    } catch {
      sectionAt = undefined; // the context without its section is still worth showing
    }
    out.set(s.id, { text, sectionAt });
  }
  return out;
}

export function registerEvent(program: Command, stdoutIsTTY: () => boolean = () => !!process.stdout.isTTY): void {
  program
    .command('event')
    .summary('one stored event with all its evidences in context')
    .description(
      'Show one event of the database: its fields, the sources that report it (and any field they ' +
        'disagree on), and each evidence sentence in the text around it, with the section it stands in.\n\n' +
        'ID is the event id as `koryu events` prints it (a unique prefix is enough), the id a ' +
        "source's record was extracted with (`koryu extract`), or an id the event had before two events " +
        'were found to be one.',
    )
    .argument('<id>', 'event id (e.g. ev-0123456789ab, or a unique prefix)')
    .option('--db <path>', 'database file (default: $KORYU_DB, else ./koryu.db)')
    .option('-f, --format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .option('--release <name>', 'the event as this release froze it')
    .addHelpText(
      'after',
      `
Examples:
  $ koryu events --partner IND --from 2020-12 --to 2020-12
  $ koryu event ev-3f2a9c      # a unique prefix of the id
  $ koryu event ev-3f2a9c41b7d0 --format json`,
    )
    .action(async (id: string, opts: { db?: string; format: string; release?: string }) => {
      const format = parseFormat(opts.format, FORMATS, '--format');
      const db = opts.db ?? defaultDbPath();
      requireDatabase(db);
      const store = await openStore(db, { mustExist: true });
      try {
        const e = await findEvent(store, id, opts.release);
        if (format === 'json') {
          writeOutput(JSON.stringify(e, null, 2) + '\n');
          return;
        }
        const mark = stdoutIsTTY() ? (s: string) => `\x1b[1;4m${s}\x1b[0m` : undefined;
        writeOutput(formatEvent(e, await contextsOf(store, e, opts.release), { requested: id.replace(/…$/, ''), ...(mark ? { mark } : {}) }));
      } finally {
        await store.close();
      }
    });
}
