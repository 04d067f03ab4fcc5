/**
 * The fields of a linked event, from its records (docs/codebook.md, "Linking across sources"):
 * the lead record (the most precise date; see compareRank) gives date, dateEnd and every field
 * it has; a field it lacks comes from the next record that has it; records that disagree on a
 * field are listed as a conflict, each value with the sources that gave it, never dropped.
 */
import type { AtlasEvent, FieldConflict, SourceRef, SourcedEvidence } from '../model/atlas.js';
import { formatForPartners, isHighLevel, levelForRole, type KoryuEvent } from '../model/event.js';
import type { LinkRecord } from './cluster.js';

type ConflictField = FieldConflict['field'];
/** Names as written differ in form (日英ACSA, 物品役務相互提供協定) without disagreeing: not listed. */
const CONFLICT_FIELDS: ConflictField[] = ['mode', 'jpRole'];

const known = (v: unknown): v is string => typeof v === 'string' && v !== '' && v !== 'unknown';

/** Values of one field across the records, in rank order, with the sources that gave each. */
function valuesOf(members: readonly LinkRecord[], field: ConflictField): FieldConflict['values'] {
  const out: FieldConflict['values'] = [];
  for (const m of members) {
    const v = (m.event as unknown as Record<string, unknown>)[field];
    if (!known(v)) continue;
    const entry = out.find((x) => x.value === v);
    if (entry) {
      if (!entry.sources.includes(m.source.id)) entry.sources.push(m.source.id);
    } else out.push({ value: v, sources: [m.source.id] });
  }
  return out;
}

/** Evidence of every record, each naming its source: the lead source first, then in text order. */
function evidenceOf(members: readonly LinkRecord[]): SourcedEvidence[] {
  const out: SourcedEvidence[] = [];
  for (const m of members) {
    const own = [...m.event.evidence].sort((a, b) => a.start - b.start);
    for (const ev of own) out.push({ start: ev.start, end: ev.end, text: ev.text, source: m.source.id });
  }
  return out;
}

function sourcesOf(members: readonly LinkRecord[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const m of members) if (!seen.has(m.source.id)) seen.set(m.source.id, m.source);
  return [...seen.values()];
}

/** One event from the ranked records of a cluster, with the given id. */
export function reconcile(id: string, members: readonly LinkRecord[]): AtlasEvent {
  if (members.length === 0) throw new Error(`reconcile ${id}: no records`);
  const lead = members[0].event;
  const merged: KoryuEvent = { ...lead, id, evidence: [], source: lead.source ?? members[0].source.path };
  // A field the lead lacks (or leaves 'unknown') comes from the next record that has it.
  for (const f of ['jpRole', 'mode', 'name', 'instrument', 'milestone', 'method', 'field'] as const) {
    if (known(merged[f])) continue;
    const other = members.find((m) => known(m.event[f]));
    if (other) (merged as unknown as Record<string, unknown>)[f] = other.event[f];
  }
  if (lead.kind === 'conference') {
    merged.partners = [...new Set(members.flatMap((m) => m.event.partners))].sort();
    merged.format = formatForPartners(merged.partners, true);
  }
  if (merged.jpRole && lead.kind === 'talks') merged.level = levelForRole(merged.jpRole) ?? merged.level;
  merged.highLevel = isHighLevel(merged);
  // Every further source that confirms the engagement adds to the confidence, up to 1.
  const best = Math.max(...members.map((m) => m.event.confidence));
  merged.confidence = Math.min(1, Math.round((best + 0.05 * (new Set(members.map((m) => m.source.id)).size - 1)) * 1000) / 1000);

  const conflicts: FieldConflict[] = [];
  for (const field of CONFLICT_FIELDS) {
    const values = valuesOf(members, field);
    if (values.length > 1) conflicts.push({ field, values });
  }
  return {
    ...merged,
    evidence: evidenceOf(members),
    sources: sourcesOf(members),
    ...(conflicts.length ? { conflicts } : {}),
  };
}
