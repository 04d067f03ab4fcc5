import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GazetteerDataError, loadGazetteer, loadGazetteerFrom } from './index.js';

const dataDir = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));

describe('loadGazetteer', () => {
  const gaz = loadGazetteer();

  it('is memoized', () => {
    expect(loadGazetteer()).toBe(gaz);
  });

  it('holds every country of the world with codes, names and a region', () => {
    expect(gaz.countries.length).toBeGreaterThan(240);
    expect(gaz.countryByIso3('KOR')).toMatchObject({ iso2: 'KR', numeric: '410', cow: 732, region: 'east-asia', short: ['韓'] });
    expect(gaz.countryByIso3('KOR')!.ja).toEqual(expect.arrayContaining(['韓国', '大韓民国']));
    expect(gaz.countryByIso3('XXX')).toBeUndefined();
  });

  it.each([
    ['KOR', '韓国', 'South Korea'],
    ['GBR', '英国', 'United Kingdom'],
    ['USA', '米国', 'United States'],
    ['AUS', 'オーストラリア', 'Australia'],
    ['CHN', '中国', 'China'],
    ['PRK', '北朝鮮', 'North Korea'],
    ['RUS', 'ロシア', 'Russia'],
    ['NATO', 'NATO', 'NATO'],
    ['UN', '国連', 'UN'],
  ])('names %s as %s / %s', (code, ja, en) => {
    expect(gaz.nameOf(code, 'ja')).toBe(ja);
    expect(gaz.nameOf(code, 'en')).toBe(en);
  });

  it('maps ISO numeric codes, padded or not', () => {
    expect(gaz.numericToIso3('036')).toBe('AUS');
    expect(gaz.numericToIso3(36)).toBe('AUS');
    expect(gaz.numericToIso3('840')).toBe('USA');
    expect(gaz.numericToIso3('abc')).toBeUndefined();
  });

  it('knows partners: foreign sovereign states and the organizations, not Japan or territories', () => {
    expect(gaz.isPartnerCode('AUS')).toBe(true);
    expect(gaz.isPartnerCode('ASEAN')).toBe(true);
    expect(gaz.isPartnerCode('JPN')).toBe(false);
    expect(gaz.isPartnerCode('GUM')).toBe(false);
    expect(gaz.isPartnerCode('ZZZ')).toBe(false);
  });

  it('finds fora and exercises by any name, ignoring a year suffix', () => {
    expect(gaz.forumByName('拡大ASEAN国防相会議')?.id).toBe('ADMM-Plus');
    expect(gaz.forumByName('ADMMプラス')?.membership).toHaveLength(17);
    expect(gaz.forumByName('シャングリラ会合')?.membership).toBeUndefined();
    expect(gaz.exerciseByName('マラバール2020')?.participants).toEqual(['IND', 'USA', 'AUS']);
    expect(gaz.forumByName('存在しない会議')).toBeUndefined();
  });

  it.each([
    ['USA', 'collaborate'],
    ['FRA', 'collaborate'],
    ['POL', 'collaborate'],
    ['NATO', 'collaborate'],
    ['VNM', 'strengthen'],
    ['KEN', 'strengthen'],
    ['BRA', 'strengthen'],
    ['FJI', 'strengthen'],
    ['CHN', 'trust'],
    ['RUS', 'trust'],
    ['KOR', 'other'],
  ])('puts %s in partner group %s', (code, group) => {
    expect(gaz.partnerGroupOf(code)).toBe(group);
  });
});

/** Codes named anywhere in the data files, with where they were found. */
function referencedCodes(): { code: string; where: string }[] {
  const out: { code: string; where: string }[] = [];
  const add = (codes: unknown, where: string) => {
    if (Array.isArray(codes)) codes.forEach((c, i) => out.push({ code: String(c), where: `${where}[${i}]` }));
    else if (typeof codes === 'string') out.push({ code: codes, where });
  };
  const overlay = readJson('countries.overlay.json') as Record<string, Record<string, unknown>>;
  for (const [region, codes] of Object.entries(overlay.regions)) add(codes, `countries.overlay.json regions.${region}`);
  for (const key of ['cow', 'countries', 'territoryOf']) add(Object.keys(overlay[key]), `countries.overlay.json ${key}`);
  add(Object.values(overlay.territoryOf), 'countries.overlay.json territoryOf values');
  (readJson('organizations.json') as { members?: string[] }[]).forEach((o, i) => add(o.members, `organizations.json [${i}].members`));
  (readJson('exercises.json') as { participants?: string[] }[]).forEach((e, i) => add(e.participants, `exercises.json [${i}].participants`));
  (readJson('fora.json') as { membership?: string[] }[]).forEach((f, i) => add(f.membership, `fora.json [${i}].membership`));
  (readJson('foreign-titles.json') as { titles: { country?: string }[] }).titles.forEach((t, i) => add(t.country, `foreign-titles.json titles[${i}].country`));
  (readJson('partner-groups.json') as { groups: { countries: string[] }[] }).groups.forEach((g, i) => add(g.countries, `partner-groups.json groups[${i}].countries`));
  return out;
}

describe('data files', () => {
  const countries = readJson('countries.json') as { iso3: string; ja: string[] }[];
  const iso3 = new Set(countries.map((c) => c.iso3));
  const orgs = new Set((readJson('organizations.json') as { code: string }[]).map((o) => o.code));

  it('name only codes that exist in countries.json (or organization codes)', () => {
    const refs = referencedCodes();
    expect(refs.length).toBeGreaterThan(300);
    const unknown = refs.filter((r) => !iso3.has(r.code) && !orgs.has(r.code) && r.code !== 'ATA');
    expect(unknown).toEqual([]);
  });

  it('keep countries.json in step with its overlay (regenerate with scripts/build-countries.ts)', () => {
    const overlay = readJson('countries.overlay.json') as { countries: Record<string, { ja?: string[] }> };
    for (const [code, extra] of Object.entries(overlay.countries)) {
      const c = countries.find((x) => x.iso3 === code);
      expect(c?.ja.slice(0, extra.ja?.length ?? 0), code).toEqual(extra.ja ?? []);
    }
  });

  it('are all read by the loader', () => {
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'countries.overlay.json');
    expect(files.sort()).toEqual(
      ['cb-fields.json', 'compounds.json', 'countries.json', 'exercises.json', 'fora.json', 'foreign-titles.json', 'instruments.json', 'jp-principals.json', 'milestones.json', 'organizations.json', 'partner-groups.json', 'regions.json'].sort(),
    );
  });
});

describe('validation errors name the file and the field', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'koryu-gaz-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const broken = (file: string, edit: (json: any) => unknown): string => {
    const dir = mkdtempSync(path.join(tmp, 'd-'));
    cpSync(dataDir, dir, { recursive: true });
    const p = path.join(dir, file);
    writeFileSync(p, JSON.stringify(edit(JSON.parse(readFileSync(p, 'utf8')))));
    return dir;
  };

  it('loads an intact copy', () => {
    expect(loadGazetteerFrom(broken('regions.json', (j) => j)).regions.length).toBeGreaterThan(5);
  });

  it.each([
    ['jp-principals.json', (j: any) => (j[0].jpRole = 'emperor', j), /jp-principals\.json: field \[0\]\.jpRole/],
    ['countries.json', (j: any) => (j[3].iso3 = 42, j), /countries\.json: field \[3\]\.iso3/],
    ['fora.json', (j: any) => (j[0].membership = ['XYZ'], j), /fora\.json: field \[0\]\.membership\[0\]: unknown code XYZ/],
    ['regions.json', (j: any) => (j[1].key = 'atlantis', j), /regions\.json: field \[1\]\.key/],
    ['foreign-titles.json', (j: any) => (delete j.titles, j), /foreign-titles\.json: field titles/],
  ])('%s', (file, edit, message) => {
    const dir = broken(file, edit);
    expect(() => loadGazetteerFrom(dir)).toThrow(GazetteerDataError);
    expect(() => loadGazetteerFrom(dir)).toThrow(message);
  });

  it('reports a file that is not JSON', () => {
    const dir = broken('milestones.json', (j) => j);
    writeFileSync(path.join(dir, 'milestones.json'), '{ not json');
    expect(() => loadGazetteerFrom(dir)).toThrow(/milestones\.json: is not valid JSON/);
  });
});

describe('Wikidata ids', () => {
  const gaz = loadGazetteer();
  it('every country and organization has one, each its own', () => {
    const ids = [...gaz.countries.map((c) => c.wikidata), ...gaz.organizations.map((o) => o.wikidata)];
    expect(ids.filter((q) => !q)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('spot checks: the items the ISO codes name', () => {
    const q = (code: string) => gaz.countryByIso3(code)?.wikidata ?? gaz.organizationByCode(code)?.wikidata;
    expect([q('JPN'), q('USA'), q('AUS'), q('IND'), q('KOR'), q('GBR'), q('FRA'), q('NLD'), q('PHL'), q('VNM')]).toEqual([
      'Q17', 'Q30', 'Q408', 'Q668', 'Q884', 'Q145', 'Q142', 'Q55', 'Q928', 'Q881',
    ]);
    expect([q('NATO'), q('EU'), q('ASEAN'), q('UN')]).toEqual(['Q7184', 'Q458', 'Q7768', 'Q1065']);
  });
});
