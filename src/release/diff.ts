/** What changed between two releases: events added, removed, and changed field by field. */
import type { AtlasEvent } from '../model/atlas.js';

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

export interface ReleaseDiff {
  added: AtlasEvent[];
  removed: AtlasEvent[];
  changed: { id: string; before: AtlasEvent; after: AtlasEvent; fields: FieldChange[] }[];
  unchanged: number;
}

/** The fields compared, in this order; evidence is compared as its sources and count, sources as their paths. */
const FIELDS = [
  'kind',
  'date',
  'dateEnd',
  'partners',
  'format',
  'level',
  'jpRole',
  'mode',
  'name',
  'instrument',
  'milestone',
  'method',
  'field',
  'highLevel',
  'confidence',
  'rule',
  'sources',
  'evidence',
  'conflicts',
  'possibleDuplicates',
] as const;

function view(e: AtlasEvent, field: (typeof FIELDS)[number]): unknown {
  switch (field) {
    case 'sources':
      return e.sources.map((s) => s.path);
    case 'evidence':
      return e.evidence.map((ev) => `${e.sources.find((s) => s.id === ev.source)?.path ?? ev.source}:${ev.start}-${ev.end}`);
    default:
      return (e as unknown as Record<string, unknown>)[field];
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function diffReleases(a: readonly AtlasEvent[], b: readonly AtlasEvent[]): ReleaseDiff {
  const before = new Map(a.map((e) => [e.id, e]));
  const after = new Map(b.map((e) => [e.id, e]));
  const out: ReleaseDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const e of b) if (!before.has(e.id)) out.added.push(e);
  for (const e of a) {
    const next = after.get(e.id);
    if (!next) {
      out.removed.push(e);
      continue;
    }
    const fields: FieldChange[] = [];
    for (const f of FIELDS) {
      const x = view(e, f);
      const y = view(next, f);
      if (!same(x, y)) fields.push({ field: f, ...(x !== undefined ? { from: x } : {}), ...(y !== undefined ? { to: y } : {}) });
    }
    if (fields.length) out.changed.push({ id: e.id, before: e, after: next, fields });
    else out.unchanged++;
  }
  return out;
}
