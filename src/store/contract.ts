/**
 * The behaviour every Store backend must have, as a vitest suite. Each backend's test file
 * calls runStoreContract with a function that opens a FRESH, migrated store on a real
 * database (no mocks). `hooks` is read at every ingest: setting failAtEventWrite = n makes
 * the n-th event write (0-based) of the next ingests throw, to prove the rollback.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../model/event.js';
import type { EventQuery, SourceInput, Store } from './types.js';

export interface StoreTestHooks {
  failAtEventWrite?: number;
}

export function makeEvent(over: Partial<KoryuEvent> & Pick<KoryuEvent, 'id'>): KoryuEvent {
  return {
    kind: 'talks',
    date: '2020-09',
    partners: ['AUS'],
    format: 'bilateral',
    level: 'ministerial',
    jpRole: 'minister',
    mode: 'video',
    highLevel: true,
    evidence: [{ start: 10, end: 40, text: '防衛大臣は豪国防大臣とテレビ会談を行った。' }],
    confidence: 0.9,
    rule: 'talks.meeting@1',
    ...over,
  };
}

export function makeSource(path: string, contentHash = 'hash-1'): SourceInput {
  return { path, title: '防衛白書', contentHash, encoding: 'utf-8', format: 'text' };
}

const ids = (events: KoryuEvent[]): string[] => events.map((e) => e.id);

/** A small, varied set: kinds, modes, partners, point dates of each precision and a span. */
export function sampleEvents(): KoryuEvent[] {
  return [
    makeEvent({ id: 'e-aus-talks', date: '2020-09-10', partners: ['AUS'], mode: 'video' }),
    makeEvent({ id: 'e-ind-phone', date: '2020-05', partners: ['IND'], mode: 'phone' }),
    makeEvent({
      id: 'e-usa-aus-ex',
      kind: 'exercise',
      date: '2021-01',
      dateEnd: '2021-02',
      partners: ['AUS', 'USA'],
      format: 'trilateral',
      level: undefined,
      jpRole: 'unit',
      mode: undefined,
      highLevel: false,
      name: 'コープ・ノース21',
    }),
    makeEvent({
      id: 'e-gbr-year',
      kind: 'agreement',
      date: '2020',
      partners: ['GBR'],
      level: undefined,
      jpRole: undefined,
      mode: undefined,
      highLevel: false,
      instrument: 'ACSA',
      milestone: 'in-force',
    }),
    makeEvent({
      id: 'e-asean-conf',
      kind: 'conference',
      date: '2020-12-10',
      partners: ['ASEAN'],
      format: 'multilateral',
      mode: 'video',
      highLevel: false,
      name: 'ADMMプラス',
    }),
  ];
}

export function runStoreContract(name: string, open: (hooks?: StoreTestHooks) => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    async function withStore(fn: (store: Store, hooks: StoreTestHooks) => Promise<void>): Promise<void> {
      const hooks: StoreTestHooks = {};
      const store = await open(hooks);
      try {
        await fn(store, hooks);
      } finally {
        await store.close();
      }
    }

    it('runs its migrations again as a no-op, keeping the data', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt'), sampleEvents());
        await store.migrate();
        await store.migrate();
        expect(await store.queryEvents()).toHaveLength(5);
      }));

    it('adds a new source and gives its events back as ingested, source path filled in', () =>
      withStore(async (store) => {
        const events = sampleEvents();
        const out = await store.ingest(makeSource('a.txt'), events);
        expect(out).toMatchObject({ status: 'added', events: 5, kept: 0, added: 5, removed: 0 });
        const back = await store.queryEvents();
        expect(back).toHaveLength(5);
        const byId = new Map(back.map((e) => [e.id, e]));
        for (const e of events) {
          const clean = JSON.parse(JSON.stringify(e)) as KoryuEvent; // undefined fields vanish, as in JSON
          expect(byId.get(e.id)).toEqual({ ...clean, source: 'a.txt' });
        }
        const sources = await store.listSources();
        expect(sources).toHaveLength(1);
        expect(sources[0]).toMatchObject({ path: 'a.txt', title: '防衛白書', contentHash: 'hash-1', eventCount: 5 });
        expect(sources[0].id).toBe(out.sourceId);
      }));

    it('keeps an event source already set by the extractor', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt'), [makeEvent({ id: 'x', source: 'label-from-extractor' })]);
        expect((await store.queryEvents())[0].source).toBe('label-from-extractor');
      }));

    it('orders events by date then id', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt'), sampleEvents());
        expect(ids(await store.queryEvents())).toEqual([
          'e-gbr-year',
          'e-ind-phone',
          'e-aus-talks',
          'e-asean-conf',
          'e-usa-aus-ex',
        ]);
      }));

    it('reports the same path with the same content and records as unchanged, writing nothing', () =>
      withStore(async (store) => {
        const first = await store.ingest(makeSource('a.txt'), sampleEvents());
        const before = await store.listSources();
        await new Promise((r) => setTimeout(r, 5));
        const again = await store.ingest(makeSource('a.txt'), sampleEvents().reverse());
        expect(again).toEqual({ ...first, status: 'unchanged', kept: 5, added: 0 });
        expect(await store.listSources()).toEqual(before);
      }));

    it('replaces a changed source: kept ids refreshed, new ids added, vanished ids removed', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt', 'h1'), sampleEvents());
        const next = sampleEvents().filter((e) => e.id !== 'e-gbr-year');
        next[0] = { ...next[0], evidence: [{ start: 100, end: 120, text: '新しい根拠の文。' }, ...next[0].evidence] };
        next.push(makeEvent({ id: 'e-new', partners: ['FRA'], date: '2021-03' }));
        const out = await store.ingest(makeSource('a.txt', 'h2'), next);
        expect(out).toMatchObject({ status: 'replaced', events: 5, kept: 4, added: 1, removed: 1 });
        const back = await store.queryEvents();
        expect(ids(back).sort()).toEqual(ids(next).sort());
        expect(back.find((e) => e.id === 'e-aus-talks')?.evidence).toHaveLength(2);
        const sources = await store.listSources();
        expect(sources).toHaveLength(1);
        expect(sources[0]).toMatchObject({ contentHash: 'h2', eventCount: 5 });
      }));

    it('treats the same bytes with different records (a newer extractor) as a replacement', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt'), sampleEvents());
        const out = await store.ingest(makeSource('a.txt'), sampleEvents().slice(1));
        expect(out).toMatchObject({ status: 'replaced', kept: 4, added: 0, removed: 1 });
      }));

    it('keeps sources apart, even when they report an event with the same id', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt'), sampleEvents());
        await store.ingest(makeSource('b.txt'), [makeEvent({ id: 'e-aus-talks' })]);
        expect(await store.queryEvents({ source: 'b.txt' })).toHaveLength(1);
        expect(await store.queryEvents({ source: 'a.txt' })).toHaveLength(5);
        expect(await store.queryEvents()).toHaveLength(6);
        const sources = await store.listSources();
        expect(sources.map((s) => [s.path, s.eventCount])).toEqual([
          ['a.txt', 5],
          ['b.txt', 1],
        ]);
        expect(await store.queryEvents({ source: sources[1].id })).toHaveLength(1);
        // Replacing one source leaves the other alone.
        await store.ingest(makeSource('b.txt', 'h2'), []);
        expect(await store.queryEvents()).toHaveLength(5);
      }));

    it('rolls a failed ingest back completely (new source)', () =>
      withStore(async (store, hooks) => {
        hooks.failAtEventWrite = 3;
        await expect(store.ingest(makeSource('a.txt'), sampleEvents())).rejects.toThrow();
        hooks.failAtEventWrite = undefined;
        expect(await store.queryEvents()).toEqual([]);
        expect(await store.listSources()).toEqual([]);
      }));

    it('rolls a failed replacement back completely (old events, evidences and source row intact)', () =>
      withStore(async (store, hooks) => {
        await store.ingest(makeSource('a.txt', 'h1'), sampleEvents());
        const events = await store.queryEvents();
        const sources = await store.listSources();
        const next = sampleEvents().map((e) => ({ ...e, evidence: [], partners: ['NZL'] }));
        next.splice(2, 1);
        hooks.failAtEventWrite = 2;
        await expect(store.ingest(makeSource('a.txt', 'h2'), next)).rejects.toThrow();
        hooks.failAtEventWrite = undefined;
        expect(await store.queryEvents()).toEqual(events);
        expect(await store.listSources()).toEqual(sources);
        expect(await store.queryEvents({ partner: 'NZL' })).toEqual([]);
      }));

    it('refuses duplicate ids within one source and writes nothing', () =>
      withStore(async (store) => {
        await expect(
          store.ingest(makeSource('a.txt'), [makeEvent({ id: 'd' }), makeEvent({ id: 'd', date: '2020-10' })]),
        ).rejects.toThrow(/duplicate event id d/);
        expect(await store.listSources()).toEqual([]);
      }));

    describe('queries', () => {
      /** Ids (sorted) of the sample events that a query returns, on a fresh store. */
      async function q(query: EventQuery): Promise<string[]> {
        let out: string[] = [];
        await withStore(async (store) => {
          await store.ingest(makeSource('a.txt'), sampleEvents());
          out = ids(await store.queryEvents(query)).sort();
        });
        return out;
      }

      it('by partner (any of the event’s partners)', async () => {
        expect(await q({ partner: 'AUS' })).toEqual(['e-aus-talks', 'e-usa-aus-ex']);
        expect(await q({ partner: 'USA' })).toEqual(['e-usa-aus-ex']);
        expect(await q({ partner: 'ASEAN' })).toEqual(['e-asean-conf']);
        expect(await q({ partner: 'CHN' })).toEqual([]);
      });

      it('by kind, mode and high-level flag', async () => {
        expect(await q({ kind: 'exercise' })).toEqual(['e-usa-aus-ex']);
        expect(await q({ mode: 'phone' })).toEqual(['e-ind-phone']);
        expect(await q({ mode: 'video' })).toEqual(['e-asean-conf', 'e-aus-talks']);
        expect(await q({ highLevel: true })).toEqual(['e-aus-talks', 'e-ind-phone']);
        expect(await q({ highLevel: false })).toEqual(['e-asean-conf', 'e-gbr-year', 'e-usa-aus-ex']);
      });

      it('by period: months inclusive, day dates as their month', async () => {
        expect(await q({ from: '2020-09', to: '2020-09' })).toEqual(['e-aus-talks']);
        expect(await q({ from: '2020-05', to: '2020-12' })).toEqual(['e-asean-conf', 'e-aus-talks', 'e-ind-phone']);
        expect(await q({ from: '2020-10' })).toEqual(['e-asean-conf', 'e-usa-aus-ex']);
        expect(await q({ to: '2020-05' })).toEqual(['e-ind-phone']);
      });

      it('by period: a year-only date only when the whole year is inside', async () => {
        expect(await q({ from: '2020-04', to: '2021-03' })).not.toContain('e-gbr-year');
        expect(await q({ from: '2020-01', to: '2020-12' })).toContain('e-gbr-year');
        expect(await q({ from: '2019-12', to: '2021-01' })).toContain('e-gbr-year');
      });

      it('by period: a span counts when it overlaps', async () => {
        expect(await q({ from: '2020-04', to: '2021-01' })).toContain('e-usa-aus-ex');
        expect(await q({ from: '2021-02', to: '2021-03' })).toContain('e-usa-aus-ex');
        expect(await q({ from: '2021-03', to: '2021-12' })).not.toContain('e-usa-aus-ex');
        expect(await q({ to: '2020-12' })).not.toContain('e-usa-aus-ex');
      });

      it('combines filters with AND', async () => {
        expect(await q({ partner: 'AUS', kind: 'talks', from: '2020-04', to: '2021-03', highLevel: true })).toEqual([
          'e-aus-talks',
        ]);
        expect(await q({ partner: 'AUS', mode: 'phone' })).toEqual([]);
      });
    });
  });
}
