/**
 * One row per event for the exports: partners with their ISO3 (or organization) code, Correlates
 * of War code and Wikidata id; the event's fields; its sources and evidence.
 */
import type { AtlasEvent } from '../model/atlas.js';
import type { KoryuEvent } from '../model/event.js';

/** What the exports need of the gazetteer (src/gazetteer's Gazetteer has it). */
export interface ExportGazetteer {
  countryByIso3(code: string): { en: string; cow?: number; wikidata?: string } | undefined;
  organizationByCode(code: string): { en: string; wikidata?: string } | undefined;
}

export interface PartnerInfo {
  code: string;
  name: string;
  cow?: number;
  wikidata?: string;
}

export function partnerInfo(gaz: ExportGazetteer, code: string): PartnerInfo {
  const c = gaz.countryByIso3(code);
  if (c) return { code, name: c.en, ...(c.cow !== undefined ? { cow: c.cow } : {}), ...(c.wikidata ? { wikidata: c.wikidata } : {}) };
  const o = gaz.organizationByCode(code);
  return { code, name: o?.en ?? code, ...(o?.wikidata ? { wikidata: o.wikidata } : {}) };
}

/** A flat row: scalars, lists joined with ';' (positions kept: an organization has no COW code). */
export interface FlatRow {
  id: string;
  kind: string;
  date: string;
  date_end: string | null;
  partners: string;
  partner_names: string;
  partner_cow: string;
  partner_wikidata: string;
  format: string;
  level: string | null;
  jp_role: string | null;
  mode: string | null;
  name: string | null;
  instrument: string | null;
  milestone: string | null;
  method: string | null;
  field: string | null;
  high_level: boolean;
  confidence: number;
  rule: string | null;
  source_count: number;
  sources: string;
  source_kinds: string;
  source_published: string;
  evidence_count: number;
  /** The first evidence sentence (all of them are in the JSON formats and the Parquet evidence column). */
  evidence: string;
  conflicts: string;
  possible_duplicates: string;
}

export const FLAT_COLUMNS: readonly (keyof FlatRow)[] = [
  'id',
  'kind',
  'date',
  'date_end',
  'partners',
  'partner_names',
  'partner_cow',
  'partner_wikidata',
  'format',
  'level',
  'jp_role',
  'mode',
  'name',
  'instrument',
  'milestone',
  'method',
  'field',
  'high_level',
  'confidence',
  'rule',
  'source_count',
  'sources',
  'source_kinds',
  'source_published',
  'evidence_count',
  'evidence',
  'conflicts',
  'possible_duplicates',
];

/** Stored events carry their sources; an extracted one names its document in `source`. */
export const sourcesOf = (e: KoryuEvent): AtlasEvent['sources'] =>
  (e as Partial<AtlasEvent>).sources ?? (e.source ? [{ id: '', path: e.source }] : []);

export function flatRow(e: KoryuEvent, gaz: ExportGazetteer): FlatRow {
  const partners = e.partners.map((p) => partnerInfo(gaz, p));
  const sources = sourcesOf(e);
  const a = e as Partial<AtlasEvent>;
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    date_end: e.dateEnd ?? null,
    partners: partners.map((p) => p.code).join(';'),
    partner_names: partners.map((p) => p.name).join(';'),
    partner_cow: partners.map((p) => (p.cow !== undefined ? String(p.cow) : '')).join(';'),
    partner_wikidata: partners.map((p) => p.wikidata ?? '').join(';'),
    format: e.format,
    level: e.level ?? null,
    jp_role: e.jpRole ?? null,
    mode: e.mode ?? null,
    name: e.name ?? null,
    instrument: e.instrument ?? null,
    milestone: e.milestone ?? null,
    method: e.method ?? null,
    field: e.field ?? null,
    high_level: e.highLevel,
    confidence: e.confidence,
    rule: e.rule ?? null,
    source_count: sources.length,
    sources: sources.map((s) => s.path).join(';'),
    source_kinds: sources.map((s) => s.kind ?? '').join(';'),
    source_published: sources.map((s) => s.published ?? '').join(';'),
    evidence_count: e.evidence.length,
    evidence: e.evidence[0]?.text.replace(/\s*\n\s*/g, '') ?? '',
    conflicts: (a.conflicts ?? []).map((c) => `${c.field}: ${c.values.map((v) => v.value).join(' vs ')}`).join(';'),
    possible_duplicates: (a.possibleDuplicates ?? []).join(';'),
  };
}

/** The nested record of the JSON formats: the event as stored, plus its partners' details. */
export function jsonRecord(e: KoryuEvent, gaz: ExportGazetteer): KoryuEvent & { partnerDetails: PartnerInfo[] } {
  return { ...e, partnerDetails: e.partners.map((p) => partnerInfo(gaz, p)) };
}
