/**
 * The Japanese era table (data/time/eras.json) and era-year conversion.
 * The table lives in data/ so that a new era is a data change, not a code change.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readNumber } from './numerals.js';
import { alternation } from '../word-alternation.js';

export interface Era {
  name: string;
  /** Gregorian year of the era's first year (元年). */
  firstYear: number;
}

// src/pipeline/5-time/ and dist/pipeline/5-time/ are both three levels below the project root.
const ERA_FILE = fileURLToPath(new URL('../../../data/time/eras.json', import.meta.url));

function loadEras(): Era[] {
  const parsed = JSON.parse(readFileSync(ERA_FILE, 'utf8')) as { eras?: unknown };
  const list = parsed.eras;
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${ERA_FILE}: expected a non-empty "eras" array`);
  const eras = list.map((e: unknown, i: number) => {
    const era = e as Partial<Era>;
    if (typeof era.name !== 'string' || !era.name || typeof era.firstYear !== 'number') {
      throw new Error(`${ERA_FILE}: eras[${i}] needs a name and a numeric firstYear`);
    }
    return { name: era.name, firstYear: era.firstYear };
  });
  return eras.sort((a, b) => a.firstYear - b.firstYear);
}

export const ERAS: readonly Era[] = loadEras();

const byName = new Map(ERAS.map((e) => [e.name, e]));

/** Regex source matching any era name (longest first, so no name shadows a longer one). */
export const ERA_NAME_SOURCE = alternation(ERAS.map((e) => e.name));

/** 「元」 is year 1; otherwise ASCII digits or a kanji numeral. */
export function eraNumber(s: string): number {
  return readNumber(s);
}

/** Gregorian year of year `n` of the named era, or undefined for an unknown era or n < 1. */
export function eraToGregorian(name: string, n: number): number | undefined {
  const era = byName.get(name);
  if (!era || !Number.isInteger(n) || n < 1) return undefined;
  return era.firstYear + n - 1;
}

/**
 * The older editions write 「13(同25)年」: a two-digit Gregorian year and, in parentheses, the era
 * year with 「同」 for "the same era as before". The two digits fix the year modulo 100, which is
 * enough to find the era: the latest era whose year `n` ends in those digits.
 */
export function twoDigitSameEra(yy: number, n: number): number | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const year = ERAS[i].firstYear + n - 1;
    const next = ERAS[i + 1];
    if (year % 100 === yy && (!next || year <= next.firstYear)) return year;
  }
  return undefined;
}
