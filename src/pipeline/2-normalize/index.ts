/**
 * Stage 2: inline cleaning of a slice of running text, with a map back into the original.
 *
 * PDF extraction breaks running text at the column width, letter-spaces justified lines,
 * inserts furigana as lines of their own in the middle of a name, and splices the spelled-out
 * form of an abbreviation between its first letter and the rest. This stage undoes that, line
 * by line, and keeps what it removed as annotations. It never looks outside the slice it is
 * given, so that normalizing any sub-slice cut after a 。 gives the same text as slicing the
 * normalized whole (the offset contract of docs/architecture.md rests on this).
 */
import type { Annotation } from '../../model/document.js';
import { allocateOrigins, MappedText } from '../../model/mapped-text.js';
import { isAsciiDigit, isKana, isKanji, isLatinLetter, isNarrowCode, isSpaceCode } from './chars.js';

export interface NormalizeResult {
  clean: MappedText;
  /** Readings and expansions removed from the running text, with their original spans. */
  annotations: Annotation[];
  /** Abbreviation → expansion, from the spliced expansions found in the slice. */
  glossary: Record<string, string>;
}

/** The inline cleaning of `raw`, as text. Same result as `normalizeMapped(raw, 0).clean.text`. */
export function normalizeInline(raw: string): string {
  return normalizeMapped(raw, 0).clean.text;
}

interface Line {
  /** Content start and end (whitespace trimmed), indices into the slice. */
  cs: number;
  ce: number;
  /** Index of the line feed that ends the line, -1 for the last line. */
  nl: number;
}

const enum Role {
  Blank,
  Keep,
  Reading,
  Expansion,
}

/** Furigana lines are short: a reading of a name, rarely more than a dozen kana. */
const MAX_READING_LENGTH = 12;
const EXPANSION_CHARS = /^[A-Za-z0-9 \t’'\-.,&:/()]+$/;
const UPPER_WORD = /(?:^|[\s\-])[A-Z]/g;

/**
 * `text` is a slice of the original whose first character is at original index `base`.
 * The result maps every clean character to the original index it came from.
 */
export function normalizeMapped(text: string, base: number): NormalizeResult {
  return normalizeRange(text, 0, text.length, base);
}

/**
 * The same cleaning of `text[from, to)` where text[i] is at original index `base + i`, without
 * slicing it out first (segmentation normalizes every part of the document this way). Nothing
 * outside [from, to) is read.
 */
export function normalizeRange(text: string, from: number, to: number, base: number): NormalizeResult {
  const lines = splitLines(text, from, to);
  const roles = assignRoles(text, lines);
  const annotations: Annotation[] = [];
  const glossary: Record<string, string> = {};
  const out = new CleanBuilder(text, base, to - from);

  let prevKept = -1;
  let expansionSincePrev = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const role = roles[k];
    if (role === Role.Blank) continue;
    if (role === Role.Reading) {
      annotations.push(readingAnnotation(text, base, lines, k, prevKept, roles));
      continue;
    }
    if (role === Role.Expansion) {
      const next = nextNonBlank(roles, k);
      const ann = expansionAnnotation(text, base, line, lines[prevKept], lines[next]);
      annotations.push(ann);
      if (ann.base) glossary[ann.base] = ann.value;
      expansionSincePrev = true;
      continue;
    }
    if (prevKept >= 0 && !expansionSincePrev) {
      const prev = lines[prevKept];
      if (joinNeedsSpace(text.charCodeAt(prev.ce - 1), text.charCodeAt(line.cs))) out.pushSpace(prev.nl);
    }
    out.pushLine(line.cs, line.ce);
    prevKept = k;
    expansionSincePrev = false;
  }
  return { clean: out.build(), annotations, glossary };
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  for (;;) {
    let nl = text.indexOf('\n', pos);
    if (nl >= to) nl = -1;
    const end = nl < 0 ? to : nl;
    let cs = pos;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    lines.push({ cs, ce, nl });
    if (nl < 0) break;
    pos = nl + 1;
  }
  return lines;
}

function assignRoles(text: string, lines: Line[]): Role[] {
  const roles: Role[] = lines.map((l) => (l.cs === l.ce ? Role.Blank : Role.Keep));
  let prevKept = -1;
  for (let k = 0; k < lines.length; k++) {
    if (roles[k] === Role.Blank) continue;
    const next = nextNonBlank(roles, k);
    if (prevKept >= 0 && next >= 0) {
      const prevLast = text.charCodeAt(lines[prevKept].ce - 1);
      const nextFirst = text.charCodeAt(lines[next].cs);
      if (isKanji(prevLast) && isKanji(nextFirst) && isReadingLine(text, lines[k])) {
        roles[k] = Role.Reading;
        continue;
      }
      if (isAsciiLetter(prevLast) && isAsciiAlnum(nextFirst) && isExpansionLine(text, lines[k])) {
        roles[k] = Role.Expansion;
        continue;
      }
    }
    prevKept = k;
  }
  return roles;
}

function nextNonBlank(roles: Role[], k: number): number {
  for (let j = k + 1; j < roles.length; j++) if (roles[j] !== Role.Blank) return j;
  return -1;
}

/** A furigana line: only kana (with ・ and ー) and spaces, short, no punctuation. */
function isReadingLine(text: string, line: Line): boolean {
  let n = 0;
  for (let i = line.cs; i < line.ce; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (!isKana(c)) return false;
    if (++n > MAX_READING_LENGTH) return false;
  }
  return n > 0;
}

/** A spliced expansion: a line of English words, at least two of them capitalized. */
export function isExpansionText(s: string): boolean {
  if (!EXPANSION_CHARS.test(s) || !/^[A-Z]/.test(s) || !/\s/.test(s)) return false;
  const capitals = s.match(UPPER_WORD);
  return !!capitals && capitals.length >= 2;
}

function isExpansionLine(text: string, line: Line): boolean {
  return isExpansionText(text.slice(line.cs, line.ce));
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
const isAbbrevChar = (c: number): boolean => isAsciiAlnum(c) || c === 0x2d;

/** A line break between two Latin words is a space; anywhere else it is nothing. */
function joinNeedsSpace(prevLast: number, nextFirst: number): boolean {
  const prevOk =
    isLatinLetter(prevLast) ||
    prevLast === 0x2c /* , */ ||
    prevLast === 0x3b /* ; */ ||
    prevLast === 0x3a /* : */ ||
    prevLast === 0x2e /* . */ ||
    prevLast === 0x29 /* ) */ ||
    prevLast === 0x27 /* ' */ ||
    prevLast === 0x2019; /* ’ */
  return prevOk && (isLatinLetter(nextFirst) || nextFirst === 0x28 /* ( */);
}

function readingAnnotation(
  text: string,
  base: number,
  lines: Line[],
  k: number,
  prevKept: number,
  roles: Role[],
): Annotation {
  const line = lines[k];
  let value = '';
  for (let i = line.cs; i < line.ce; i++) if (!isSpaceCode(text.charCodeAt(i))) value += text[i];
  // The name is the kanji before the reading and the first kanji after it (a family name and
  // a given name are one and two characters in the names the white paper glosses).
  let name = prevKept >= 0 ? text[lines[prevKept].ce - 1] : '';
  const next = nextNonBlank(roles, k);
  if (next >= 0) {
    const nl = lines[next];
    let taken = 0;
    for (let i = nl.cs; i < nl.ce && taken < 2; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) continue;
      if (!isKanji(c)) break;
      name += text[i];
      taken++;
    }
  }
  return { kind: 'reading', value, base: name, span: { start: base + line.cs, end: base + line.ce } };
}

function expansionAnnotation(text: string, base: number, line: Line, prev: Line, next: Line): Annotation {
  let p = prev.ce;
  while (p > prev.cs && isAbbrevChar(text.charCodeAt(p - 1))) p--;
  let s = next.cs;
  while (s < next.ce && isAbbrevChar(text.charCodeAt(s))) s++;
  const value = text.slice(line.cs, line.ce).replace(/\s+/g, ' ');
  let abbreviation = text.slice(p, prev.ce) + text.slice(next.cs, s);
  // A footnote number glued to the abbreviation (「IPCP11」) is not part of it.
  const footnoted = /^([A-Za-z][A-Za-z-]{2,})\d+$/.exec(abbreviation);
  if (footnoted && !/\d/.test(value)) abbreviation = footnoted[1];
  return { kind: 'expansion', value, base: abbreviation, span: { start: base + line.cs, end: base + line.ce } };
}

/**
 * Origins are written into one scratch buffer shared by all builders (normalization is not
 * reentrant), then copied into an exact-length map from the shared origin chunks.
 */
let scratchOrigin = new Int32Array(4096);

/** Katakana letters (ー included, ・ not) over [from, to). */
function isKatakanaWord(text: string, from: number, to: number): boolean {
  if (from < 0) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc)) return false;
  }
  return true;
}

/** Accumulates clean text as slices of the input plus single spaces, with origins. */
class CleanBuilder {
  private readonly parts: string[] = [];
  private readonly origin: Int32Array;
  private length = 0;

  constructor(
    private readonly text: string,
    private readonly base: number,
    /** Length of the range being cleaned. */
    rangeLength: number,
  ) {
    // Every clean character comes from a distinct input character, so this is enough.
    if (scratchOrigin.length < rangeLength) scratchOrigin = new Int32Array(Math.max(rangeLength, 2 * scratchOrigin.length));
    this.origin = scratchOrigin;
  }

  /** A space standing for the input whitespace (or line feed) at `at`. */
  pushSpace(at: number): void {
    this.pushChar(' ', at);
  }

  /** One character standing for the input whitespace at `at`. */
  pushChar(ch: string, at: number): void {
    this.parts.push(ch);
    this.origin[this.length++] = this.base + at;
  }

  /**
   * One line's content: whitespace runs between two narrow characters become one space
   * (「TICAD Ⅵ」, 「Free and Open」); next to a wide character they are letter spacing and go.
   */
  pushLine(cs: number, ce: number): void {
    const { text } = this;
    let i = cs;
    while (i < ce) {
      let j = i;
      while (j < ce && !isSpaceCode(text.charCodeAt(j))) j++;
      if (j > i) this.pushRun(i, j);
      if (j >= ce) break;
      let r = j;
      while (r < ce && isSpaceCode(text.charCodeAt(r))) r++;
      if (isNarrowCode(text.charCodeAt(j - 1)) && isNarrowCode(text.charCodeAt(r))) this.pushSpace(j);
      // 「デイヴィーズ オーストラリア空軍本部長」: a space between two katakana words (two letters or more on each
      // side, so not letter spacing) parts a name from the next word: it becomes 「・」 (codebook 193).
      else if (isKatakanaWord(text, j - 2, j) && isKatakanaWord(text, r, r + 2) && r + 2 <= ce) this.pushChar('・', j);
      i = r;
    }
  }

  private pushRun(start: number, end: number): void {
    this.parts.push(this.text.slice(start, end));
    const o = this.origin;
    let n = this.length;
    for (let i = start, at = this.base + start; i < end; i++) o[n++] = at++;
    this.length = n;
  }

  build(): MappedText {
    const origin = allocateOrigins(this.length);
    // A plain loop: for maps this short, TypedArray#set and the view it needs cost more.
    for (let i = 0; i < this.length; i++) origin[i] = this.origin[i];
    return new MappedText(this.parts.join(''), origin);
  }
}
