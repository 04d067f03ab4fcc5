/**
 * Incremental linking (src/store/sqlite/link.ts relinkChanges) against the whole-block reference:
 * random sequences of ingests and re-ingests of sources reporting talks, exercises, conferences
 * and agreements on nested and disjoint dates must leave both stores with the same events (ids,
 * creation order, blocks, fields, evidence), aliases and record → event assignments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../src/model/atlas.js';
import type { KoryuEvent } from '../src/model/event.js';
import { makeEvent } from '../src/store/contract.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite/index.js';

const DATES = ['2020', '2020-11', '2020-12', '2020-12-03', '2020-12-22', '2020-12-31', '2021-01', '2021-01-20', '2021-02', '2021'];
const SPANS: [string, string][] = [
  ['2020-12', '2021-01'],
  ['2020-11-20', '2020-12-25'],
  ['2021-01-10', '2021-02-05'],
];

const record = fc
  .record({
    kind: fc.constantFrom('talks', 'talks', 'exercise', 'conference', 'agreement'),
    partner: fc.constantFrom('AUS', 'USA'),
    date: fc.oneof(fc.constantFrom(...DATES).map((d) => [d] as [string]), fc.constantFrom(...SPANS)),
    mode: fc.constantFrom('phone', 'video', 'in-person', undefined),
    role: fc.constantFrom('minister', 'senior-vice-minister', 'parliamentary-vice-minister', 'chief-gsdf', undefined),
    name: fc.constantFrom(undefined, 'コープ・ノース21', 'マラバール2020', 'ADMMプラス'),
  })
  .map((r) => {
    const base: Partial<KoryuEvent> = { kind: r.kind as KoryuEvent['kind'], date: r.date[0], partners: [r.partner] };
    if (r.date[1]) base.dateEnd = r.date[1];
    if (r.kind === 'talks') Object.assign(base, { mode: r.mode, jpRole: r.role, ...(r.name === 'ADMMプラス' ? {} : {}) });
    else if (r.kind === 'exercise') Object.assign(base, { mode: undefined, jpRole: 'unit', level: undefined, highLevel: false, ...(r.name && r.name !== 'ADMMプラス' ? { name: r.name } : {}) });
    else if (r.kind === 'conference') Object.assign(base, { mode: r.mode, name: 'ADMMプラス', format: 'multilateral', highLevel: false });
    else Object.assign(base, { mode: undefined, jpRole: undefined, level: undefined, highLevel: false, instrument: 'ACSA', milestone: 'signed' });
    return base;
  });

/** One step: (re-)ingest source `source` with these records (ids r0, r1, … so a re-ingest keeps some). */
const step = fc.record({
  source: fc.integer({ min: 0, max: 4 }),
  kind: fc.constantFrom<SourceKind | undefined>('whitepaper', 'press-release', 'transcript', undefined),
  published: fc.constantFrom('2021-07', '2020-12-23', undefined),
  records: fc.array(record, { minLength: 0, maxLength: 6 }),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

async function apply(store: SqliteStore, steps: Step[]): Promise<void> {
  for (const s of steps) {
    const events = s.records.map((r, i) =>
      makeEvent({ ...r, id: `r${i}`, evidence: [{ start: i * 10, end: i * 10 + 5, text: `記録${s.source}-${i}` }] } as KoryuEvent),
    );
    await store.ingest(
      { path: `s${s.source}.txt`, contentHash: JSON.stringify(s), encoding: 'utf-8', format: 'text', ...(s.kind ? { kind: s.kind } : {}), ...(s.published ? { published: s.published } : {}) },
      events,
    );
  }
}

/** The linker's output: events in creation order, aliases, and which event each record is in. */
function state(store: SqliteStore): unknown {
  const db = (store as unknown as { db: { prepare(sql: string): { all(): unknown[] } } }).db;
  return {
    events: db.prepare('SELECT id, seq, block, json FROM events ORDER BY seq').all(),
    partners: db.prepare('SELECT event_id, code FROM event_partners ORDER BY event_id, code').all(),
    aliases: db.prepare('SELECT id, event_id FROM event_aliases ORDER BY id').all(),
    records: db.prepare('SELECT s.path, r.id, r.event_id FROM records r JOIN sources s ON s.id = r.source_id ORDER BY s.path, r.id').all(),
  };
}

describe('incremental linking', () => {
  it('leaves the store as relinking whole blocks does, whatever the sequence of ingests', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const a = await openSqliteStore(':memory:');
        const b = await openSqliteStore(':memory:', { linking: 'whole-blocks' });
        try {
          await apply(a, steps);
          await apply(b, steps);
          expect(state(a)).toEqual(state(b));
        } finally {
          await a.close();
          await b.close();
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
    // 300 sequences take ~9 s of CPU; on a shared machine under full load the wall time can pass the
    // suite's 60 s default. This is a correctness property, not a speed target (that lives in bench/).
  }, 240_000);
});
