/**
 * Regenerates data/gazetteer/countries.json from the i18n-iso-countries package (codes, English
 * and Japanese names) merged with the hand-kept data/gazetteer/countries.overlay.json (white-paper
 * name variants, compound short forms, Correlates-of-War codes, Wikidata ids, regions, territories).
 *
 *   npx tsx scripts/build-countries.ts
 *
 * countries.json is generated: edit the overlay and rerun, never the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
iso.registerLocale(require('i18n-iso-countries/langs/ja.json'));
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));

const dir = new URL('../data/gazetteer/', import.meta.url);

interface OverlayCountry {
  ja?: string[];
  short?: string[];
  shortAlone?: boolean;
  en?: string;
}
interface Overlay {
  regions: Record<string, string[]>;
  excluded: Record<string, string>;
  territoryOf: Record<string, string>;
  cow: Record<string, number>;
  wikidata: Record<string, string>;
  countries: Record<string, OverlayCountry>;
}

const overlay = JSON.parse(readFileSync(new URL('countries.overlay.json', dir), 'utf8')) as Overlay;

const regionOf = new Map<string, string>();
for (const [region, codes] of Object.entries(overlay.regions)) {
  for (const code of codes) {
    if (regionOf.has(code)) throw new Error(`overlay: ${code} is in two regions (${regionOf.get(code)}, ${region})`);
    regionOf.set(code, region);
  }
}

const jaNames = iso.getNames('ja');
const known = new Set<string>();
const countries = [];
for (const iso2 of Object.keys(jaNames).sort()) {
  const iso3 = iso.alpha2ToAlpha3(iso2);
  if (!iso3) throw new Error(`no alpha-3 code for ${iso2}`);
  known.add(iso3);
  if (overlay.excluded[iso3]) continue;
  const extra = overlay.countries[iso3] ?? {};
  const region = regionOf.get(iso3);
  if (!region) throw new Error(`overlay: ${iso3} (${jaNames[iso2]}) has no region`);
  const ja = [...new Set([...(extra.ja ?? []), jaNames[iso2]])];
  countries.push({
    iso2,
    iso3,
    numeric: iso.alpha2ToNumeric(iso2) ?? '',
    ...(overlay.cow[iso3] !== undefined ? { cow: overlay.cow[iso3] } : {}),
    ...(overlay.wikidata[iso3] !== undefined ? { wikidata: overlay.wikidata[iso3] } : {}),
    en: extra.en ?? iso.getName(iso2, 'en') ?? iso3,
    ja,
    ...(extra.short ? { short: extra.short } : {}),
    ...(extra.shortAlone ? { shortAlone: true } : {}),
    region,
    ...(overlay.territoryOf[iso3] ? { territoryOf: overlay.territoryOf[iso3] } : {}),
  });
}

// The overlay must only speak of codes the package knows: a typo would silently do nothing.
const overlayCodes = [...regionOf.keys(), ...Object.keys(overlay.cow), ...Object.keys(overlay.wikidata), ...Object.keys(overlay.countries), ...Object.keys(overlay.territoryOf), ...Object.values(overlay.territoryOf)];
for (const code of overlayCodes) if (!known.has(code)) throw new Error(`overlay: unknown ISO3 code ${code}`);

countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
// One country per line: diffs of a regeneration stay readable.
writeFileSync(new URL('countries.json', dir), `[\n${countries.map((c) => '  ' + JSON.stringify(c)).join(',\n')}\n]\n`);
console.log(`countries.json: ${countries.length} entries`);
