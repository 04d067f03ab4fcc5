import { createRequire } from 'node:module';
import { ORGANIZATION_CODES } from '../model/event.js';
import type { Lang, PartnerType } from './types.js';

/**
 * The part of the gazetteer (src/gazetteer) the reports use. Reports take it as a parameter so
 * they can be tested with a small stand-in and never load data files themselves.
 */
export interface ReportGazetteer {
  nameOf(code: string, lang: Lang): string | undefined;
  countryByIso3(code: string): { iso3: string } | undefined;
  /** ISO 3166-1 numeric (as in world-atlas ids) → alpha-3. */
  numericToIso3(n: number | string): string | undefined;
  /** The white paper's category of partner (data/gazetteer/partner-groups.json): a group id, or a group. */
  partnerGroupOf(code: string): unknown;
  /** The groups with their labels and order, when partnerGroupOf answers with ids. */
  partnerGroups?: readonly { id: string; order: number; ja: string; en: string }[];
  /** A foreign sovereign country or an organization (territories are not partners). */
  isPartnerCode?(code: string): boolean;
}

const ORGS: ReadonlySet<string> = new Set(ORGANIZATION_CODES);

export function partnerTypeOf(code: string): PartnerType {
  return ORGS.has(code) ? 'organization' : 'country';
}

export function partnerName(gaz: ReportGazetteer, code: string, lang: Lang): string {
  if (code === 'JPN') return lang === 'ja' ? '日本' : 'Japan';
  return gaz.nameOf(code, lang) || code;
}

const require = createRequire(import.meta.url);
let isoCountries: { numericToAlpha3(n: string | number): string | undefined } | undefined;

/** world-atlas ids are zero-padded ISO numeric strings ('036'); ask the gazetteer, then the ISO package. */
export function iso3OfNumeric(gaz: ReportGazetteer, id: string | number | undefined): string | undefined {
  if (id === undefined || id === null || id === '') return undefined;
  const viaGaz = safe(() => gaz.numericToIso3(Number(id))) ?? safe(() => gaz.numericToIso3(String(id)));
  if (viaGaz) return viaGaz;
  isoCountries ??= require('i18n-iso-countries') as { numericToAlpha3(n: string | number): string | undefined };
  return isoCountries.numericToAlpha3(String(id).padStart(3, '0')) || undefined;
}

function safe<T>(f: () => T | undefined): T | undefined {
  try {
    return f() ?? undefined;
  } catch {
    return undefined;
  }
}

export interface PartnerGroup {
  id: string;
  label?: string;
  order: number;
}

/**
 * Normalize whatever partnerGroupOf returns (a group id, or an object with id/key and labels)
 * into {id, label?}. Unknown shapes mean "no group".
 */
export function partnerGroup(gaz: ReportGazetteer, code: string, lang: Lang): PartnerGroup | undefined {
  const g = safe(() => gaz.partnerGroupOf(code) as unknown);
  if (!g) return undefined;
  if (typeof g === 'string') {
    const entry = gaz.partnerGroups?.find((x) => x.id === g);
    return entry ? { id: g, label: entry[lang], order: entry.order } : { id: g, order: 0 };
  }
  if (typeof g === 'object') {
    const o = g as Record<string, unknown>;
    const id = [o.id, o.key, o.code, o.group].find((v) => typeof v === 'string') as string | undefined;
    if (!id) return undefined;
    const byLang = o[lang] ?? (o.label as Record<string, unknown> | undefined)?.[lang] ?? o.name;
    const label = typeof byLang === 'string' ? byLang : typeof o.label === 'string' ? o.label : undefined;
    const order = typeof o.order === 'number' ? o.order : 0;
    return { id, label, order };
  }
  return undefined;
}
