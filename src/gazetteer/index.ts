/**
 * The gazetteer: data/gazetteer/*.json loaded once, validated, and indexed for look-ups.
 * The data lives apart from the engine so that other editions and press releases can be
 * covered by editing JSON, not code (see data/gazetteer/README.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import {
  DATA_FILES,
  type CompoundRules,
  type Country,
  type Exercise,
  type FieldEntry,
  type ForeignPersonEntry,
  type SurnameTitleEntry,
  type LegislatureEntry,
  type InstitutionEntry,
  type ForeignTitleEntry,
  type Forum,
  type InstrumentEntry,
  type JpPrincipalEntry,
  type MilestoneEntry,
  type Organization,
  type PartnerGroupEntry,
  type RegionEntry,
} from './schema.js';

export type {
  CompoundRules,
  Country,
  Exercise,
  FieldEntry,
  ForeignPersonEntry,
  SurnameTitleEntry,
  LegislatureEntry,
  InstitutionEntry,
  ForeignTitleEntry,
  Forum,
  InstrumentEntry,
  JpPrincipalEntry,
  MilestoneEntry,
  Organization,
  PartnerGroupEntry,
  RegionEntry,
} from './schema.js';
export { REGION_KEYS, type RegionKey } from './schema.js';

/** A data file that cannot be read or does not match its schema: a packaging or editing mistake. */
export class GazetteerDataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`data/gazetteer/${file}: ${message}`);
    this.name = 'GazetteerDataError';
  }
}

export interface Gazetteer {
  countries: Country[];
  organizations: Organization[];
  jpPrincipals: JpPrincipalEntry[];
  foreignTitles: ForeignTitleEntry[];
  /** Foreign counterparts known by name, with their country. */
  foreignPersons: ForeignPersonEntry[];
  /** Bare titles that are a counterpart's after a surname of their country (「鄭長官」, 「魏部長」). */
  surnameTitles: SurnameTitleEntry[];
  /** Chambers and titles of foreign legislatures (codebook 485), if listed. */
  legislatures?: LegislatureEntry;
  /** Foreign institutions of defense education and research, and their heads' titles (codebook 489), if listed. */
  institutions?: InstitutionEntry;
  instruments: InstrumentEntry[];
  milestones: MilestoneEntry[];
  exercises: Exercise[];
  fora: Forum[];
  fields: FieldEntry[];
  regions: RegionEntry[];
  partnerGroups: PartnerGroupEntry[];
  compounds: CompoundRules;
  countryByIso3(code: string): Country | undefined;
  /** The country a one-character short form names (米 → USA, 豪 → AUS, 仏 → FRA). */
  countryOfShort(short: string): string | undefined;
  organizationByCode(code: string): Organization | undefined;
  /** Display name of a country or organization: the short common name (韓国, 英国, 米国; 'South Korea'). */
  nameOf(code: string, lang: 'ja' | 'en'): string;
  /** A foreign sovereign country (not Japan, not a territory) or one of the organizations. */
  isPartnerCode(code: string): boolean;
  /** ISO 3166-1 numeric ('036', 36) → alpha-3. */
  numericToIso3(n: string | number): string | undefined;
  /** A forum by any of its names, as written (a year suffix or spaces are ignored). */
  forumByName(name: string): Forum | undefined;
  /** An exercise by any of its names, as written (a year suffix is ignored: マラバール2020). */
  exerciseByName(name: string): Exercise | undefined;
  /** The white paper's category of a partner: a group id of partner-groups.json ('collaborate', 'strengthen', 'trust', 'other'). */
  partnerGroupOf(code: string): string;
  /** Region key of a country (organizations have none). */
  regionOf(code: string): string | undefined;
}

const DATA_DIR = new URL('../../data/gazetteer/', import.meta.url);

let memo: Gazetteer | undefined;

/** The gazetteer of data/gazetteer/, loaded and validated once per process. */
export function loadGazetteer(): Gazetteer {
  memo ??= loadGazetteerFrom(DATA_DIR);
  return memo;
}

type Files = { [K in keyof typeof DATA_FILES]: z.infer<(typeof DATA_FILES)[K]['schema']> };

/** Load and validate the gazetteer from another folder (tests, alternative data sets). Not memoized. */
export function loadGazetteerFrom(dir: string | URL): Gazetteer {
  const base = typeof dir === 'string' ? pathToFileURL(path.resolve(dir) + path.sep) : dir;
  const files = {} as Record<string, unknown>;
  for (const [key, { file, schema }] of Object.entries(DATA_FILES)) {
    files[key] = readDataFile(base, file, schema);
  }
  const data = files as Files;
  checkCodes(data);
  return buildGazetteer(data);
}

function readDataFile(base: URL, file: string, schema: z.ZodType): unknown {
  let raw: string;
  try {
    raw = readFileSync(new URL(file, base), 'utf8');
  } catch (e) {
    throw new GazetteerDataError(file, `cannot be read (${(e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new GazetteerDataError(file, `is not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '(root)';
    throw new GazetteerDataError(file, `field ${where.replace(/^\./, '')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every partner code a data file names must exist: a typo would otherwise silently drop a partner. */
function checkCodes(data: Files): void {
  const iso3 = new Set(data.countries.map((c) => c.iso3));
  const orgs = new Set(data.organizations.map((o) => o.code));
  const check = (file: string, field: string, code: string, allowOrg: boolean) => {
    if (iso3.has(code) || (allowOrg && orgs.has(code))) return;
    throw new GazetteerDataError(file, `field ${field}: unknown code ${code}`);
  };
  data.countries.forEach((c, i) => c.territoryOf && check('countries.json', `[${i}].territoryOf`, c.territoryOf, false));
  data.organizations.forEach((o, i) => o.members?.forEach((m, j) => check('organizations.json', `[${i}].members[${j}]`, m, false)));
  data.organizations.forEach((o, i) => o.seat && check('organizations.json', `[${i}].seat`, o.seat, false));
  data.foreignTitles.titles.forEach((t, i) => t.country && check('foreign-titles.json', `titles[${i}].country`, t.country, true));
  data.foreignTitles.persons?.forEach((p, i) => check('foreign-titles.json', `persons[${i}].country`, p.country, true));
  data.foreignTitles.surnameTitles?.forEach((t, i) => check('foreign-titles.json', `surnameTitles[${i}].country`, t.country, true));
  data.exercises.forEach((e, i) => e.participants?.forEach((m, j) => check('exercises.json', `[${i}].participants[${j}]`, m, true)));
  data.fora.forEach((f, i) => f.membership?.forEach((m, j) => check('fora.json', `[${i}].membership[${j}]`, m, true)));
  data.partnerGroups.groups.forEach((g, i) => g.countries.forEach((m, j) => check('partner-groups.json', `groups[${i}].countries[${j}]`, m, true)));
}

/** Names as written may carry a year or edition suffix (マラバール2020, コープ・ノース21) and spaces. */
const nameKey = (s: string): string => s.replace(/[\s　]+/g, '').replace(/[0-9０-９]{2,4}(?:[-－][0-9０-９]+)?$/, '');

function buildGazetteer(data: Files): Gazetteer {
  const byIso3 = new Map(data.countries.map((c) => [c.iso3, c]));
  const byNumeric = new Map(data.countries.map((c) => [c.numeric, c.iso3]));
  const byShort = new Map(data.countries.flatMap((c) => (c.short ?? []).map((s) => [s, c.iso3] as [string, string])));
  const orgByCode = new Map(data.organizations.map((o) => [o.code, o]));
  const forumIndex = new Map<string, Forum>();
  for (const f of data.fora) for (const n of [f.id, f.en, ...f.ja]) forumIndex.set(nameKey(n), f);
  const exerciseIndex = new Map<string, Exercise>();
  for (const e of data.exercises) for (const n of [e.en, ...e.ja]) exerciseIndex.set(nameKey(n), e);
  const groupOf = new Map<string, string>();
  for (const g of data.partnerGroups.groups) for (const c of g.countries) groupOf.set(c, g.id);
  const groupOfRegion = new Map<string, string>();
  for (const g of data.partnerGroups.groups) for (const r of g.regions) groupOfRegion.set(r, g.id);

  return {
    ...data,
    foreignTitles: data.foreignTitles.titles,
    foreignPersons: data.foreignTitles.persons ?? [],
    surnameTitles: data.foreignTitles.surnameTitles ?? [],
    ...(data.foreignTitles.legislatures ? { legislatures: data.foreignTitles.legislatures } : {}),
    ...(data.foreignTitles.institutions ? { institutions: data.foreignTitles.institutions } : {}),
    partnerGroups: data.partnerGroups.groups,
    countryByIso3: (code) => byIso3.get(code),
    countryOfShort: (short) => byShort.get(short),
    organizationByCode: (code) => orgByCode.get(code),
    nameOf(code, lang) {
      const c = byIso3.get(code);
      if (c) return lang === 'ja' ? c.ja[0] : c.en;
      const o = orgByCode.get(code);
      if (o) return lang === 'ja' ? o.ja[0] : o.code;
      return code;
    },
    isPartnerCode(code) {
      if (orgByCode.has(code)) return true;
      const c = byIso3.get(code);
      return !!c && c.iso3 !== 'JPN' && !c.territoryOf;
    },
    numericToIso3(n) {
      const key = String(n).trim();
      if (!/^\d{1,3}$/.test(key)) return undefined;
      return byNumeric.get(key.padStart(3, '0'));
    },
    forumByName: (name) => forumIndex.get(nameKey(name)),
    exerciseByName: (name) => exerciseIndex.get(nameKey(name)),
    partnerGroupOf(code) {
      const direct = groupOf.get(code);
      if (direct) return direct;
      const region = byIso3.get(code)?.region;
      return (region && groupOfRegion.get(region)) || data.partnerGroups.fallback;
    },
    regionOf: (code) => byIso3.get(code)?.region,
  };
}
