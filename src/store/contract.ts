/**
 * The behaviour every Store backend must have, as a vitest suite. Each backend's test file
 * calls runStoreContract with a function that opens a FRESH, migrated store on a real
 * database (no mocks). `hooks` is read at every ingest: setting failAtEventWrite = n makes
 * the n-th event write (0-based) of the next ingests throw, to prove the rollback.
 */
import { describe, expect, it } from 'vitest';
import { isKoryuError } from '../model/errors.js';
import type { KoryuEvent } from '../model/event.js';
import type { EventFilter, EventListQuery } from './explore.js';
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
      confidence: 0.6,
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
      confidence: 0.8,
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
          expect(byId.get(e.id)).toEqual({
            ...clean,
            source: 'a.txt',
            evidence: clean.evidence.map((ev) => ({ ...ev, source: out.sourceId })),
            sources: [{ id: out.sourceId, path: 'a.txt' }],
          });
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

    it('keeps the events of each source apart where they are different engagements', () =>
      withStore(async (store) => {
        await store.ingest(makeSource('a.txt'), sampleEvents());
        await store.ingest(makeSource('b.txt'), [makeEvent({ id: 'b-other', partners: ['FRA'] })]);
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

    describe('sources', () => {
      it('keeps a source\'s kind, publication date (and how each was found), coverage and text', () =>
        withStore(async (store) => {
          const out = await store.ingest(
            {
              ...makeSource('pr.html'),
              kind: 'press-release',
              kindFoundBy: 'title',
              published: '2020-12-22',
              publishedFoundBy: 'text',
              coverage: { partners: ['IND'], from: '2020-12', to: '2020-12' },
              text: '本文の全体。',
            },
            [makeEvent({ id: 'p1' })],
          );
          const [s] = await store.listSources();
          expect(s).toMatchObject({
            id: out.sourceId,
            path: 'pr.html',
            kind: 'press-release',
            kindFoundBy: 'title',
            published: '2020-12-22',
            publishedFoundBy: 'text',
            coverage: { partners: ['IND'], from: '2020-12', to: '2020-12' },
            eventCount: 1,
          });
          expect(s).not.toHaveProperty('text');
          expect(await store.sourceText(out.sourceId)).toBe('本文の全体。');
          expect(await store.sourceText('nope')).toBeUndefined();
          expect((await store.queryEvents())[0].sources).toEqual([
            { id: out.sourceId, path: 'pr.html', kind: 'press-release', published: '2020-12-22' },
          ]);
        }));

      it('treats a change of kind or publication date alone as a change of the source', () =>
        withStore(async (store) => {
          await store.ingest(makeSource('a.txt'), [makeEvent({ id: 'x' })]);
          const again = await store.ingest({ ...makeSource('a.txt'), published: '2021' }, [makeEvent({ id: 'x' })]);
          expect(again.status).toBe('replaced');
          expect((await store.listSources())[0].published).toBe('2021');
          expect((await store.queryEvents())[0].sources[0].published).toBe('2021');
        }));
    });

    describe('linking across sources', () => {
      const paper = (path = 'paper.txt') => ({ ...makeSource(path), kind: 'whitepaper' as const, published: '2021-07' });
      const release = (path: string) => ({ ...makeSource(path), kind: 'press-release' as const });
      const call = (id: string, date: string, over: Partial<KoryuEvent> = {}) =>
        makeEvent({ id, date, partners: ['IND'], mode: 'phone', ...over });

      it('makes one event of the same call in two sources: the most precise date, both evidences, a stable id', () =>
        withStore(async (store) => {
          const a = await store.ingest(paper(), [call('wp-ind', '2020-12')]);
          const b = await store.ingest(release('pr.html'), [
            call('pr-ind', '2020-12-22', { evidence: [{ start: 0, end: 9, text: '電話会談を実施した。' }] }),
          ]);
          expect(b).toMatchObject({ status: 'added', linked: 1 });
          const events = await store.queryEvents({ partner: 'IND' });
          expect(events).toHaveLength(1);
          const [e] = events;
          expect(e.id).toBe('wp-ind'); // the first source's id stays
          expect(e.date).toBe('2020-12-22');
          expect(e.sources.map((s) => s.path)).toEqual(['pr.html', 'paper.txt']);
          expect(e.evidence.map((ev) => ev.source)).toEqual([b.sourceId, a.sourceId]);
          expect(e.conflicts).toBeUndefined();
          expect(await store.queryEvents({ source: 'pr.html' })).toHaveLength(1);
          expect(await store.queryEvents({ source: 'paper.txt' })).toHaveLength(1);
          expect((await store.listSources()).map((s) => s.eventCount)).toEqual([1, 1]);
          expect(await store.getEvent('wp-ind')).toEqual(e);
          expect(await store.getEvent('pr-ind')).toEqual(e); // the release's own record id
          expect(await store.getEvent('nothing')).toBeUndefined();
        }));

      it('links whatever the order of ingest, and keeps the first id', () =>
        withStore(async (store) => {
          await store.ingest(release('pr.html'), [call('pr-ind', '2020-12-22')]);
          await store.ingest(paper(), [call('wp-ind', '2020-12')]);
          const events = await store.queryEvents();
          expect(events.map((e) => [e.id, e.date, e.sources.length])).toEqual([['pr-ind', '2020-12-22', 2]]);
        }));

      it('never links two records of one source, even into a third source\'s event', () =>
        withStore(async (store) => {
          await store.ingest(paper(), [call('c1', '2020-12-03'), call('c2', '2020-12-22')]);
          expect(await store.queryEvents()).toHaveLength(2);
          await store.ingest(release('pr.html'), [call('p1', '2020-12-22')]);
          const events = await store.queryEvents();
          expect(events.map((e) => [e.id, e.sources.length])).toEqual([
            ['c1', 1],
            ['c2', 2],
          ]);
        }));

      it('keeps calls of different days apart, and a month that fits both as its own event naming them', () =>
        withStore(async (store) => {
          await store.ingest(release('pr1.html'), [call('p1', '2020-12-03')]);
          await store.ingest(release('pr2.html'), [call('p2', '2020-12-22')]);
          await store.ingest(paper(), [call('wp', '2020-12')]);
          const events = await store.queryEvents();
          expect(events.map((e) => e.id).sort()).toEqual(['p1', 'p2', 'wp']);
          const wp = events.find((e) => e.id === 'wp')!;
          expect(wp.possibleDuplicates).toEqual(['p1', 'p2']);
          expect(events.find((e) => e.id === 'p1')!.possibleDuplicates).toEqual(['wp']);
        }));

      it('links a report of the same day that disagrees on the mode, and flags the conflict', () =>
        withStore(async (store) => {
          const a = await store.ingest(paper(), [call('wp', '2020-12-22', { mode: 'video' })]);
          const b = await store.ingest(release('pr.html'), [call('pr', '2020-12-22', { mode: 'phone' })]);
          const [e, ...rest] = await store.queryEvents();
          expect(rest).toEqual([]);
          expect(e.mode).toBe('phone'); // the press release leads at equal precision
          expect(e.conflicts).toEqual([
            {
              field: 'mode',
              values: [
                { value: 'phone', sources: [b.sourceId] },
                { value: 'video', sources: [a.sourceId] },
              ],
            },
          ]);
        }));

      it('does not link a mode conflict when only the month is shared (a call and a meeting may both have happened)', () =>
        withStore(async (store) => {
          await store.ingest(paper(), [call('wp', '2020-12', { mode: 'in-person' })]);
          await store.ingest(release('pr.html'), [call('pr', '2020-12-22', { mode: 'phone' })]);
          expect(await store.queryEvents()).toHaveLength(2);
        }));

      it('keeps talks of principals of different levels apart, even on the same day', () =>
        withStore(async (store) => {
          await store.ingest(paper(), [call('wp', '2021-03-16', { jpRole: 'minister' })]);
          await store.ingest(release('pr.html'), [call('pr', '2021-03-16', { jpRole: 'chief-joint-staff', level: 'chiefs' })]);
          expect(await store.queryEvents()).toHaveLength(2);
        }));

      it('keeps two named exercises apart, and links the same exercise named with and without its year', () =>
        withStore(async (store) => {
          const ex = (id: string, name: string, date = '2020-11') =>
            makeEvent({ id, kind: 'exercise', date, name, partners: ['USA'], mode: undefined, jpRole: 'unit', level: undefined, highLevel: false });
          await store.ingest(paper(), [ex('w1', 'マラバール2020'), ex('w2', 'キーン・ソード21')]);
          await store.ingest(release('pr.html'), [ex('p1', 'マラバール 2020', '2020-11-03')]);
          const events = await store.queryEvents();
          expect(events.map((e) => [e.id, e.date, e.sources.length])).toEqual([
            ['w2', '2020-11', 1],
            ['w1', '2020-11-03', 2],
          ]);
        }));

      it('links copies of one text record for record, even where a record would fit two events', () =>
        withStore(async (store) => {
          const twoMeetings = () => [
            makeEvent({ id: 'two-plus-two', date: '2018-07', partners: ['RUS'], mode: 'in-person', name: '2+2' }),
            makeEvent({ id: 'ministers', date: '2018-07', partners: ['RUS'], mode: 'in-person' }),
          ];
          await store.ingest(paper('wp-a.txt'), twoMeetings());
          await store.ingest(paper('wp-b.txt'), twoMeetings());
          await store.ingest(paper('wp-c.txt'), twoMeetings());
          const events = await store.queryEvents();
          expect(events.map((e) => [e.name ?? '', e.sources.length, e.possibleDuplicates])).toEqual([
            ['', 3, undefined],
            ['2+2', 3, undefined],
          ]);
        }));

      it('unlinks when a source no longer reports the event, keeping the id', () =>
        withStore(async (store) => {
          await store.ingest(paper(), [call('wp', '2020-12')]);
          await store.ingest(release('pr.html'), [call('pr', '2020-12-22')]);
          await store.ingest(release('pr.html'), []);
          const events = await store.queryEvents();
          expect(events.map((e) => [e.id, e.date, e.sources.length])).toEqual([['wp', '2020-12', 1]]);
        }));

      it('keeps the older id when two events turn out to be one; the other id still finds it', () =>
        withStore(async (store) => {
          await store.ingest(release('pr1.html'), [call('p1', '2020-12-03')]);
          await store.ingest(release('pr2.html'), [call('p2', '2020-12-22')]);
          await store.ingest(paper(), [call('wp', '2020-12')]);
          expect(await store.queryEvents()).toHaveLength(3);
          // The second release turns out to be about Australia: the paper's call can only be p1's.
          await store.ingest({ ...release('pr2.html'), contentHash: 'h2' }, [call('p2', '2020-12-22', { partners: ['AUS'] })]);
          const ind = await store.queryEvents({ partner: 'IND' });
          expect(ind.map((e) => [e.id, e.sources.length, e.possibleDuplicates])).toEqual([['p1', 2, undefined]]);
          expect((await store.getEvent('wp'))?.id).toBe('p1');
        }));

      it('rolls linking back with the ingest that failed', () =>
        withStore(async (store, hooks) => {
          await store.ingest(paper(), [call('wp', '2020-12')]);
          const before = await store.queryEvents();
          hooks.failAtEventWrite = 1;
          await expect(store.ingest(release('pr.html'), [call('pr', '2020-12-22'), call('pr2', '2020-11-02')])).rejects.toThrow();
          hooks.failAtEventWrite = undefined;
          expect(await store.queryEvents()).toEqual(before);
        }));

      it('gives the same grouping whatever order three sources come in', async () => {
        const inputs: [SourceInput, KoryuEvent[]][] = [
          [release('pr1.html'), [call('p1', '2020-12-03'), call('p1b', '2021-01-15', { partners: ['AUS'] })]],
          [release('pr2.html'), [call('p2', '2020-12-22', { mode: 'video' })]],
          [paper(), [call('w1', '2020-12', { mode: 'video' }), call('w2', '2021-01', { partners: ['AUS'] })]],
        ];
        const grouping = async (order: number[]): Promise<string[]> => {
          let out: string[] = [];
          await withStore(async (store) => {
            for (const i of order) await store.ingest(inputs[i][0], inputs[i][1]);
            const paths = new Map((await store.listSources()).map((s) => [s.id, s.path]));
            out = (await store.queryEvents()).map((e) => e.evidence.map((ev) => paths.get(ev.source)).sort().join('+')).sort();
          });
          return out;
        };
        const first = await grouping([0, 1, 2]);
        expect(first).toEqual(['paper.txt+pr1.html', 'paper.txt+pr2.html', 'pr1.html']);
        expect(await grouping([2, 1, 0])).toEqual(first);
        expect(await grouping([1, 2, 0])).toEqual(first);
      });
    });

    describe('releases', () => {
      it('freezes the events under a content-addressed name, and answers from it after the data changed', () =>
        withStore(async (store) => {
          await store.ingest(makeSource('a.txt'), sampleEvents());
          const before = await store.queryEvents();
          const v1 = await store.createRelease('v1');
          expect(v1).toMatchObject({ name: 'v1', eventCount: 5, sourceCount: 1 });
          expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
          await store.ingest(makeSource('b.txt'), [makeEvent({ id: 'b1', partners: ['FRA'] })]);
          await store.ingest(makeSource('a.txt', 'h2'), sampleEvents().slice(1));
          expect(await store.queryEvents({ release: 'v1' })).toEqual(before);
          expect(await store.queryEvents()).toHaveLength(5);
          const v2 = await store.createRelease('v2');
          expect(v2.hash).not.toBe(v1.hash);
          expect((await store.listReleases()).map((r) => [r.name, r.eventCount, r.sourceCount])).toEqual([
            ['v1', 5, 1],
            ['v2', 5, 2],
          ]);
          expect((await store.listSources({ release: 'v1' })).map((s) => s.path)).toEqual(['a.txt']);
          expect((await store.listSources({ release: 'v2' })).map((s) => s.path)).toEqual(['a.txt', 'b.txt']);
          expect((await store.getEvent('e-aus-talks', { release: 'v1' }))?.id).toBe('e-aus-talks');
          expect(await store.getEvent('e-aus-talks', { release: 'v2' })).toBeUndefined();
        }));

      it('filters a release as it filters the current data', () =>
        withStore(async (store) => {
          await store.ingest(makeSource('a.txt'), sampleEvents());
          await store.ingest(makeSource('b.txt'), [makeEvent({ id: 'b1', partners: ['FRA'], date: '2021-03' })]);
          await store.createRelease('r');
          const queries: EventQuery[] = [
            { partner: 'AUS' },
            { partner: 'ASEAN' },
            { kind: 'exercise' },
            { mode: 'phone' },
            { highLevel: true },
            { from: '2020-05', to: '2020-12' },
            { from: '2021-02', to: '2021-03' },
            { source: 'b.txt' },
            { partner: 'AUS', kind: 'talks', from: '2020-04', to: '2021-03', highLevel: true },
          ];
          for (const q of queries) {
            expect(ids(await store.queryEvents({ ...q, release: 'r' })), JSON.stringify(q)).toEqual(ids(await store.queryEvents(q)));
          }
          const [b] = await store.listSources();
          expect(ids(await store.queryEvents({ source: b.id, release: 'r' }))).toEqual(ids(await store.queryEvents({ source: b.id })));
        }));

      it('gives the same content the same hash under two names, and never reuses a name', () =>
        withStore(async (store) => {
          await store.ingest(makeSource('a.txt'), sampleEvents());
          const a = await store.createRelease('2024-05');
          const b = await store.createRelease('paper.2021');
          expect(b.hash).toBe(a.hash);
          await expect(store.createRelease('2024-05')).rejects.toThrow(/release 2024-05 exists already/);
          await expect(store.createRelease('no spaces')).rejects.toThrow(/release name 'no spaces'/);
          expect((await store.listReleases()).map((r) => r.name)).toEqual(['2024-05', 'paper.2021']);
        }));

      it('names the known releases when asked for one that does not exist', () =>
        withStore(async (store) => {
          await expect(store.queryEvents({ release: 'v9' })).rejects.toThrow(/no release 'v9' \(none yet/);
          await store.createRelease('v1');
          await expect(store.queryEvents({ release: 'v9' })).rejects.toThrow(/no release 'v9' \(known: v1\)/);
          expect(await store.queryEvents({ release: 'v1' })).toEqual([]);
        }));
    });

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

      it('by confidence: at least the value given, bounds included', async () => {
        expect(await q({ minConfidence: 0.8 })).toEqual(['e-asean-conf', 'e-aus-talks', 'e-ind-phone', 'e-usa-aus-ex']);
        expect(await q({ minConfidence: 0.85 })).toEqual(['e-aus-talks', 'e-ind-phone', 'e-usa-aus-ex']);
        expect(await q({ minConfidence: 0 })).toHaveLength(5);
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
    describe('explorer reads', () => {
      /** A source with its text: the evidence of e-aus-talks sits in the second paragraph. */
      const PARA1 = '１　オーストラリア';
      const SENTENCE = '2020年9月、防衛大臣は豪国防大臣とテレビ会談を行い、防衛協力の深化で一致した。';
      const PARA2 = `${SENTENCE}両者は今後も緊密に連携していくことを確認した。`;
      const TEXT = `${PARA1}\n\n${PARA2}\n`;
      const ev1 = { start: PARA1.length + 2, end: PARA1.length + 2 + SENTENCE.length, text: SENTENCE };
      const withText = (path: string): SourceInput => ({ ...makeSource(path), text: TEXT });
      const OTHER_EVIDENCE: Record<string, string> = {
        'e-ind-phone': '防衛大臣はインド国防大臣と電話会談を行った。',
        'e-usa-aus-ex': '空自は米空軍及び豪空軍と共同訓練を実施した。',
        'e-gbr-year': '英国との物品役務相互提供協定が発効した。',
        'e-asean-conf': '防衛大臣はADMMプラスに出席した。',
      };
      function explorerEvents(): KoryuEvent[] {
        return sampleEvents().map((e) =>
          e.id === 'e-aus-talks' ? { ...e, evidence: [ev1] } : { ...e, evidence: [{ start: 0, end: 20, text: OTHER_EVIDENCE[e.id] }] },
        );
      }
      async function withSample(fn: (store: Store) => Promise<void>): Promise<void> {
        await withStore(async (store) => {
          await store.ingest(withText('a.txt'), explorerEvents());
          await fn(store);
        });
      }
      const list = async (store: Store, q: Partial<EventListQuery>): Promise<string[]> =>
        ids((await store.listEvents({ limit: 100, ...q })).events);

      it('lists in date order (or reversed) with the total, under every filter', () =>
        withSample(async (store) => {
          const all = ids(await store.queryEvents());
          expect(await list(store, {})).toEqual(all);
          expect(await list(store, { sort: '-date' })).toEqual([...all].reverse());
          expect((await store.listEvents({ limit: 2 })).total).toBe(5);
          expect(await list(store, { partners: ['USA', 'IND'] })).toEqual(['e-ind-phone', 'e-usa-aus-ex']);
          expect(await list(store, { kinds: ['exercise', 'agreement'] })).toEqual(['e-gbr-year', 'e-usa-aus-ex']);
          expect(await list(store, { modes: ['phone'] })).toEqual(['e-ind-phone']);
          expect(await list(store, { levels: ['ministerial'], highLevel: true })).toEqual(['e-ind-phone', 'e-aus-talks']);
          expect(await list(store, { sources: ['a.txt'] })).toHaveLength(5);
          expect(await list(store, { sources: ['nowhere.txt'] })).toEqual([]);
          expect(await list(store, { partners: ['CHN'] })).toEqual([]);
        }));

      it('follows the period rule of queryEvents exactly', () =>
        withSample(async (store) => {
          const periods: EventFilter[] = [
            { from: '2020-09', to: '2020-09' },
            { from: '2020-04', to: '2021-03' },
            { from: '2020-01', to: '2020-12' },
            { from: '2021-02', to: '2021-03' },
            { from: '2021-03', to: '2021-12' },
            { from: '2020-10' },
            { to: '2020-05' },
          ];
          for (const p of periods) {
            expect((await list(store, p)).sort()).toEqual(ids(await store.queryEvents(p)).sort());
          }
        }));

      it('pages with cursors: every event once, in order, then no cursor', () =>
        withSample(async (store) => {
          for (const sort of ['date', '-date'] as const) {
            const seen: string[] = [];
            let cursor: string | undefined;
            for (let page = 0; page < 10; page++) {
              const out = await store.listEvents({ limit: 2, sort, ...(cursor ? { cursor } : {}) });
              seen.push(...ids(out.events));
              expect(out.total).toBe(5);
              cursor = out.nextCursor;
              if (!cursor) break;
            }
            expect(seen).toEqual(await list(store, { sort }));
          }
        }));

      it('refuses a cursor it did not give out', () =>
        withSample(async (store) => {
          await expect(store.listEvents({ limit: 2, cursor: 'not-a-cursor' })).rejects.toSatisfy(isKoryuError);
        }));

      it('finds events by full text: evidence, name, short terms; FTS syntax is text', () =>
        withSample(async (store) => {
          expect(await list(store, { q: '豪国防大臣' })).toEqual(['e-aus-talks']);
          expect(await list(store, { q: 'コープ・ノース' })).toEqual(['e-usa-aus-ex']);
          expect(await list(store, { q: '協力 一致' })).toEqual(['e-aus-talks']);
          expect(await list(store, { q: '豪国' })).toEqual(['e-aus-talks']);
          expect(await list(store, { q: '豪' })).toEqual(['e-aus-talks', 'e-usa-aus-ex']);
          expect(await list(store, { q: 'ADMM' })).toEqual(['e-asean-conf']);
          expect(await list(store, { q: 'admm' })).toEqual(['e-asean-conf']);
          expect(await list(store, { q: '豪国防大臣', partners: ['IND'] })).toEqual([]);
          for (const hostile of ['"', "'; DROP TABLE events; --", 'a OR b', 'NEAR(x y)', '%', '_', '*', '\\']) {
            expect(await list(store, { q: hostile })).toEqual([]);
          }
          expect(await store.queryEvents()).toHaveLength(5);
        }));

      it('keeps the full-text index in step with replacements and removals', () =>
        withSample(async (store) => {
          await store.ingest(makeSource('a.txt', 'h2'), [makeEvent({ id: 'x', evidence: [{ start: 0, end: 5, text: '新しい訓練の文' }] })]);
          expect(await list(store, { q: '豪国防大臣' })).toEqual([]);
          expect(await list(store, { q: '新しい訓練' })).toEqual(['x']);
          await store.ingest(makeSource('a.txt', 'h3'), []);
          expect(await list(store, { q: '新しい訓練' })).toEqual([]);
        }));

      it('counts by partner, by kind and month, by year', () =>
        withSample(async (store) => {
          const byPartner = await store.countEvents({}, ['partner']);
          expect(byPartner).toEqual([
            { key: { partner: 'ASEAN' }, n: 1 },
            { key: { partner: 'AUS' }, n: 2 },
            { key: { partner: 'GBR' }, n: 1 },
            { key: { partner: 'IND' }, n: 1 },
            { key: { partner: 'USA' }, n: 1 },
          ]);
          expect(await store.countEvents({ highLevel: true, from: '2020-04', to: '2021-03' }, ['partner'])).toEqual([
            { key: { partner: 'AUS' }, n: 1 },
            { key: { partner: 'IND' }, n: 1 },
          ]);
          expect(await store.countEvents({ kinds: ['talks', 'agreement'] }, ['month', 'kind'])).toEqual([
            { key: { month: null, kind: 'agreement' }, n: 1 },
            { key: { month: '2020-05', kind: 'talks' }, n: 1 },
            { key: { month: '2020-09', kind: 'talks' }, n: 1 },
          ]);
          expect(await store.countEvents({}, ['year'])).toEqual([
            { key: { year: '2020' }, n: 4 },
            { key: { year: '2021' }, n: 1 },
          ]);
          expect(await store.countEvents({ q: 'コープ' }, ['quarter', 'mode'])).toEqual([{ key: { quarter: '2021-Q1', mode: null }, n: 1 }]);
        }));

      it('filters by source: events with evidence from it, also when linked with another source', () =>
        withSample(async (store) => {
          await store.ingest(makeSource('b.txt'), [makeEvent({ id: 'aus-again', date: '2020-09-10', evidence: [{ start: 0, end: 9, text: '豪国防大臣と会談した。' }] })]);
          expect(await list(store, { sources: ['b.txt'] })).toEqual(['e-aus-talks']);
          expect(await list(store, { sources: ['a.txt'] })).toHaveLength(5);
          expect(await list(store, { q: '豪国防大臣と会談した' })).toEqual(['e-aus-talks']);
        }));

      it('answers from a release: its frozen events, their text, their counts', () =>
        withSample(async (store) => {
          await store.createRelease('v1');
          await store.ingest(makeSource('b.txt'), [makeEvent({ id: 'later', partners: ['FRA'], date: '2021-05', evidence: [{ start: 0, end: 5, text: '仏国防大臣と会談した。' }] })]);
          expect(await list(store, { release: 'v1' })).toEqual(ids(await store.queryEvents({ release: 'v1' })));
          expect(await list(store, { release: 'v1' })).not.toContain('later');
          expect(await list(store, {})).toContain('later');
          expect(await list(store, { release: 'v1', q: '豪国防大臣' })).toEqual(['e-aus-talks']);
          expect(await list(store, { release: 'v1', q: '仏国防' })).toEqual([]);
          expect(await list(store, { release: 'v1', sources: ['a.txt'], partners: ['AUS'] })).toEqual(['e-aus-talks', 'e-usa-aus-ex']);
          expect((await store.countEvents({ release: 'v1' }, ['partner'])).map((r) => r.key.partner)).not.toContain('FRA');
          expect((await store.partnerSummary('AUS', { release: 'v1' })).total).toBe(2);
          await expect(store.listEvents({ limit: 5, release: 'nope' })).rejects.toSatisfy(isKoryuError);
        }));

      it("summarizes a partner: kinds by year, talks by quarter and mode, agreements, exercise partners", () =>
        withSample(async (store) => {
          await store.ingest(makeSource('b.txt'), [
            makeEvent({ id: 'ag', kind: 'agreement', date: '2021-03-01', partners: ['AUS'], instrument: 'RAA', milestone: 'signed', highLevel: false }),
            makeEvent({ id: 'ex2', kind: 'exercise', date: '2021-06', partners: ['AUS', 'IND', 'USA'], format: 'multilateral', highLevel: false, mode: undefined }),
          ]);
          const s = await store.partnerSummary('AUS');
          expect(s.total).toBe(4);
          expect(s.first).toBe('2020-09-10');
          expect(s.last).toBe('2021-06');
          expect(s.byKindYear).toEqual([
            { key: { kind: 'agreement', year: '2021' }, n: 1 },
            { key: { kind: 'exercise', year: '2021' }, n: 2 },
            { key: { kind: 'talks', year: '2020' }, n: 1 },
          ]);
          expect(s.talksByQuarterMode).toEqual([{ key: { quarter: '2020-Q3', mode: 'video' }, n: 1 }]);
          expect(s.agreements).toEqual([
            { eventId: 'ag', date: '2021-03-01', instrument: 'RAA', milestone: 'signed', partners: ['AUS'] },
          ]);
          expect(s.exercisePartners).toEqual([
            { partner: 'USA', n: 2 },
            { partner: 'IND', n: 1 },
          ]);
          expect((await store.partnerSummary('AUS', { from: '2021-04' })).total).toBe(1);
          expect((await store.partnerSummary('CHN')).total).toBe(0);
        }));
    });
  });
}
