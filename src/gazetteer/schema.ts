/**
 * The shape of every data file under data/gazetteer/, as zod schemas. The loader validates each
 * file against its schema so that a malformed edit fails at load time with the file and field,
 * never later as a silent miss in the mention finder.
 */
import { z } from 'zod';
import { INSTRUMENTS, JP_ROLES, LEVELS, MILESTONES } from '../model/event.js';

export const REGION_KEYS = [
  'east-asia',
  'southeast-asia',
  'south-asia',
  'central-asia',
  'oceania',
  'pacific-islands',
  'middle-east',
  'africa',
  'latin-america',
  'europe',
  'north-america',
] as const;
export type RegionKey = (typeof REGION_KEYS)[number];

const names = z.array(z.string().min(1)).min(1);
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code');
/** A partner code: a country's alpha-3 code or an organization code (ASEAN, EU…). */
const partnerCode = z.string().regex(/^[A-Z]{2,6}$/, 'expected an ISO3 or organization code');

export const countrySchema = z.object({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  iso3,
  numeric: z.string().regex(/^\d{3}$/),
  cow: z.number().int().positive().optional(),
  /** Wikidata item of the ISO 3166 entity (NLD → Q55 Netherlands). */
  wikidata: z.string().regex(/^Q\d+$/, 'expected a Wikidata id such as Q17').optional(),
  en: z.string().min(1),
  ja: names,
  /** One-character forms used in compounds: 豪 in 日豪, 米豪, 豪海軍. */
  short: z.array(z.string().length(1)).optional(),
  /** The short form may also stand alone before a military or office noun (豪海軍, 英空母). */
  shortAlone: z.boolean().optional(),
  region: z.enum(REGION_KEYS),
  /** A dependent territory: a place, never a partner. */
  territoryOf: iso3.optional(),
});
export const countriesSchema = z.array(countrySchema);

export const organizationSchema = z.object({
  code: z.string().regex(/^[A-Z]{2,6}$/),
  en: z.string().min(1),
  ja: names,
  members: z.array(iso3).optional(),
  /** Where it sits (NATO and the EU in Brussels): a visit there for it is no meeting with the host (codebook 260). */
  seat: iso3.optional(),
  wikidata: z.string().regex(/^Q\d+$/, 'expected a Wikidata id such as Q1065').optional(),
});
export const organizationsSchema = z.array(organizationSchema);

export const jpPrincipalsSchema = z.array(
  z.object({
    ja: names,
    jpRole: z.enum(JP_ROLES),
    /** A principal only after a surname (「浜田大臣」, a release's second mention), never alone (「両大臣」). */
    afterSurname: z.boolean().optional(),
    /**
     * An institution (防衛大学校, 防衛研究所): a principal only as the one who acts or is called on — the topic or
     * subject (「防衛研究所は、」), the place visited (「防衛大学校を訪問」) — never as a place named in passing
     * (「防衛大学校への留学生」「防衛研究所との学術交流」), codebook 280.
     */
    asActor: z.boolean().optional(),
  }),
);

export const foreignTitlesSchema = z.object({
  titles: z.array(
    z.object({
      ja: names,
      level: z.enum(LEVELS),
      /** Only a foreign title when a country or organization is written right before it. */
      onlyAfterCountry: z.boolean().optional(),
      /** The title itself names its partner (インド太平洋軍司令官 → USA). */
      country: partnerCode.optional(),
    }),
  ),
  /**
   * Foreign counterparts known by name (defense ministers and secretaries, chiefs of defense, their
   * foreign-minister partners of a 2+2): a title written with one of these names and no country before it
   * (「エスパー国防長官」「アントニー国防大臣」) is that country's when the title is of the person's level (a
   * minister's name before a chief's title is another person: 「カーター国防参謀長」 is not the US secretary).
   * Names as the ministry writes them in katakana.
   */
  persons: z.array(z.object({ ja: names, country: partnerCode, level: z.enum(LEVELS) })).optional(),
  /**
   * A bare title that is Japan's after a Japanese surname (「額賀長官」) but a counterpart's after a surname of
   * another country (「鄭長官」 is Korea's minister of national defense, 「魏部長」 China's): the surnames, one kanji
   * each, that make the title that country's. A name of two or three kanji counts when it starts with one of
   * them, unless that kanji also starts common Japanese surnames (`alsoJapanese`: 金子, 千葉).
   */
  surnameTitles: z
    .array(z.object({ title: z.string().min(1), country: partnerCode, level: z.enum(LEVELS), surnames: z.string().min(1), alsoJapanese: z.string().optional() }))
    .optional(),
  /**
   * Members and officers of a foreign legislature (「米上院議員」「独連邦議会国防委員会委員長」「米下院…特別委員会委員長」): after
   * the party, its chambers (`bodies`), then a committee of any name (…委員会) and one of `titles`. A committee's 委員長
   * may follow the party with no chamber written (「独国防委員会委員長」). Codebook 485.
   */
  legislatures: z.object({ bodies: names, titles: names, level: z.enum(LEVELS) }).optional(),
  /**
   * Foreign institutions of defense education and research (「米国防大学国家戦略研究所(INSS)所長」「豪戦略政策研究所」):
   * after the party, a name of any words ending in one of `endings` (its reading in brackets allowed) is that party's,
   * and one of `titles` after it is its head, a counterpart of `level`. Codebook 489.
   */
  institutions: z.object({ endings: names, titles: names, level: z.enum(LEVELS) }).optional(),
});

export const instrumentsSchema = z.array(
  z.object({
    instrument: z.enum(INSTRUMENTS),
    ja: names,
    /** A proper name of an instrument (reported as Mention.name), not a generic word. */
    named: z.boolean(),
  }),
);

export const milestonesSchema = z.array(
  z.object({
    milestone: z.enum(MILESTONES),
    ja: names,
    /**
     * A general verb that is a milestone only written right next to its instrument (「取決めを作成」
     * 「作成された覚書」「行動計画を策定」), never across a clause (「協定に基づき計画を作成」).
     */
    adjacent: z.boolean().optional(),
  }),
);

export const exercisesSchema = z.array(
  z.object({
    en: z.string().min(1),
    ja: names,
    /** Standing participants other than Japan, when the exercise has them. */
    participants: z.array(partnerCode).optional(),
  }),
);

export const foraSchema = z.array(
  z.object({
    id: z.string().min(1),
    en: z.string().min(1),
    ja: names,
    /** Fixed membership other than Japan (country and organization codes), when there is one. */
    membership: z.array(partnerCode).optional(),
  }),
);

export const fieldsSchema = z.array(z.object({ key: z.string().min(1), ja: names }));

export const regionsSchema = z.array(z.object({ key: z.enum(REGION_KEYS), en: z.string().min(1), ja: names }));

export const partnerGroupsSchema = z.object({
  groups: z.array(
    z.object({
      id: z.string().min(1),
      order: z.number(),
      ja: z.string().min(1),
      en: z.string().min(1),
      countries: z.array(partnerCode),
      regions: z.array(z.enum(REGION_KEYS)),
    }),
  ),
  fallback: z.string().min(1),
});

export const compoundsSchema = z.object({
  /** Nouns after which a one-character short form stands alone (豪海軍) and which a country absorbs. */
  partyNouns: names,
  /**
   * Formations written with their number after a party (「米第7艦隊」「米第5空軍」「豪第1師団」): 第N and one of these is
   * read as a party noun, and a title after it is that party's (codebook 487).
   */
  numberedFormations: z.array(z.string().min(1)).default([]),
  /** Words of an official name that may follow a country's name (フランス共和国, タイ王国): read with it. */
  nameSuffixes: z.array(z.string().min(1)),
  /** Characters that, written just before 日, make it a day or a word (15日, 同日, 来日), not Japan. */
  notJapanBefore: z.string(),
  /** Words that contain a name without naming it (インド太平洋, 南シナ海): they hide it. */
  notNames: z.array(z.string().min(1)),
  /**
   * Places named after a country (フィリピン海, ギニア湾, ジョージア州): they hide the name as `notNames` do, but a party
   * noun written after the name (フィリピン海軍, フィリピン海兵隊) still reads the country.
   */
  places: z.array(z.string().min(1)).default([]),
  /**
   * Characters that, written just before a short form, make it a destination (訪露, 訪韓: a visit to
   * Russia, to Korea): the short form then names that country on its own.
   */
  destinationBefore: z.string().default(''),
  /**
   * Characters that end a word of their own before a short form standing alone (年度 in 「令和5年度米陸軍」, 駐留 in
   * 「駐留仏軍」): the short form is not glued to them.
   */
  wordEndBefore: z.string().default(''),
  /** Short forms that after a word are a suffix of it (中 in 午前中, 年度中, 駐留中: during), never a new word there. */
  suffixShorts: z.string().default(''),
});

export type Country = z.infer<typeof countrySchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type JpPrincipalEntry = z.infer<typeof jpPrincipalsSchema>[number];
export type ForeignTitleEntry = z.infer<typeof foreignTitlesSchema>['titles'][number];
export type ForeignPersonEntry = NonNullable<z.infer<typeof foreignTitlesSchema>['persons']>[number];
export type SurnameTitleEntry = NonNullable<z.infer<typeof foreignTitlesSchema>['surnameTitles']>[number];
export type LegislatureEntry = NonNullable<z.infer<typeof foreignTitlesSchema>['legislatures']>;
export type InstitutionEntry = NonNullable<z.infer<typeof foreignTitlesSchema>['institutions']>;
export type InstrumentEntry = z.infer<typeof instrumentsSchema>[number];
export type MilestoneEntry = z.infer<typeof milestonesSchema>[number];
export type Exercise = z.infer<typeof exercisesSchema>[number];
export type Forum = z.infer<typeof foraSchema>[number];
export type FieldEntry = z.infer<typeof fieldsSchema>[number];
export type RegionEntry = z.infer<typeof regionsSchema>[number];
export type PartnerGroupEntry = z.infer<typeof partnerGroupsSchema>['groups'][number];
export type CompoundRules = z.infer<typeof compoundsSchema>;

/** Every data file the loader reads, with its schema. */
export const DATA_FILES = {
  countries: { file: 'countries.json', schema: countriesSchema },
  organizations: { file: 'organizations.json', schema: organizationsSchema },
  jpPrincipals: { file: 'jp-principals.json', schema: jpPrincipalsSchema },
  foreignTitles: { file: 'foreign-titles.json', schema: foreignTitlesSchema },
  instruments: { file: 'instruments.json', schema: instrumentsSchema },
  milestones: { file: 'milestones.json', schema: milestonesSchema },
  exercises: { file: 'exercises.json', schema: exercisesSchema },
  fora: { file: 'fora.json', schema: foraSchema },
  fields: { file: 'cb-fields.json', schema: fieldsSchema },
  regions: { file: 'regions.json', schema: regionsSchema },
  partnerGroups: { file: 'partner-groups.json', schema: partnerGroupsSchema },
  compounds: { file: 'compounds.json', schema: compoundsSchema },
} as const;
