import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../model/atlas.js';
import { makeEvent } from '../store/contract.js';
import { canonicalJson, checkReleaseName, diffReleases, releaseHash } from './index.js';

const atlas = (over: Parameters<typeof makeEvent>[0], sources = ['a.txt']): AtlasEvent => {
  const e = makeEvent(over);
  return {
    ...e,
    sources: sources.map((p) => ({ id: `id-${p}`, path: p })),
    evidence: e.evidence.map((ev) => ({ ...ev, source: `id-${sources[0]}` })),
  };
};

describe('releases', () => {
  it('hash the content, whatever the order of events, sources and keys', () => {
    const events = [atlas({ id: 'x' }), atlas({ id: 'y', partners: ['IND'] })];
    const src = [
      { id: 's1', path: 'a.txt', contentHash: 'h', encoding: 'utf-8', format: 'text', ingestedAt: '2024-01-01', eventCount: 2 },
    ];
    expect(releaseHash(events, src)).toBe(releaseHash([...events].reverse(), [{ ...src[0], ingestedAt: '2025-06-06' }]));
    expect(releaseHash(events, src)).not.toBe(releaseHash(events.slice(1), src));
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });

  it('accept plain names only', () => {
    expect(checkReleaseName('v1.2-rc_1')).toBe('v1.2-rc_1');
    expect(() => checkReleaseName('../x')).toThrow(/release name/);
    expect(() => checkReleaseName('')).toThrow(/release name/);
  });

  it('diff: added, removed, and changed field by field', () => {
    const a = [atlas({ id: 'keep' }), atlas({ id: 'gone', partners: ['FRA'] }), atlas({ id: 'moved', date: '2020-12' })];
    const b = [
      atlas({ id: 'keep' }),
      atlas({ id: 'moved', date: '2020-12-22', mode: 'phone' }, ['b.html', 'a.txt']),
      atlas({ id: 'new', partners: ['IND'] }),
    ];
    const d = diffReleases(a, b);
    expect(d.added.map((e) => e.id)).toEqual(['new']);
    expect(d.removed.map((e) => e.id)).toEqual(['gone']);
    expect(d.unchanged).toBe(1);
    expect(d.changed.map((c) => [c.id, c.fields])).toEqual([
      [
        'moved',
        [
          { field: 'date', from: '2020-12', to: '2020-12-22' },
          { field: 'mode', from: 'video', to: 'phone' },
          { field: 'sources', from: ['a.txt'], to: ['b.html', 'a.txt'] },
          { field: 'evidence', from: ['a.txt:10-40'], to: ['b.html:10-40'] },
        ],
      ],
    ]);
  });
});
