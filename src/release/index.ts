/**
 * Releases: a named, frozen copy of the atlas, so that a figure can be cited and reproduced. A
 * release is content-addressed: its hash is the sha256 of its events and sources in a canonical
 * form, so the same data always has the same hash and two names for it share one snapshot.
 */
import { createHash } from 'node:crypto';
import { KoryuError } from '../model/errors.js';
import type { AtlasEvent } from '../model/atlas.js';
import type { SourceRecord } from '../store/types.js';

export interface ReleaseRecord {
  name: string;
  /** sha256 of the release's content (releaseHash), hex. */
  hash: string;
  /** ISO 8601 time the name was given. */
  createdAt: string;
  eventCount: number;
  sourceCount: number;
}

/** What a release name may be (also the API's check of a `release` parameter). */
export const RELEASE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const NAME_RE = RELEASE_NAME_RE;

/** A release name: letters, digits, '.', '_' and '-', starting with a letter or digit ('v1', '2024-05', 'paper.2021'). */
export function checkReleaseName(name: string): string {
  if (!NAME_RE.test(name)) {
    throw new KoryuError(
      'E_BAD_VALUE',
      `release name '${name}': expected letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64 (e.g. v1, 2024-05)`,
    );
  }
  return name;
}

/** JSON with object keys sorted at every level: one text per value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What a release keeps of a source: what it is, not when it was last written. */
export function frozenSource(s: SourceRecord): Omit<SourceRecord, 'ingestedAt'> {
  const { ingestedAt, ...rest } = s;
  void ingestedAt;
  return rest;
}

export function releaseHash(events: readonly AtlasEvent[], sources: readonly SourceRecord[]): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256')
    .update(canonicalJson({ events: byId(events), sources: byId(sources.map(frozenSource)) }))
    .digest('hex');
}

export { diffReleases, type ReleaseDiff, type FieldChange } from './diff.js';
