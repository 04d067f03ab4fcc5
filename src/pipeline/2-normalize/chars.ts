/**
 * Character classes for the PDF-noise rules. Japanese running text has no spaces between
 * characters, so whether a space or a line break survives depends on what stands on each side.
 */

/** Whitespace that PDF extraction leaves inside and around lines. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d;
}

/** Roman numerals (Ⅰ…ⅿ) behave like Latin letters: 「TICAD Ⅵ」. */
export function isRomanNumeral(c: number): boolean {
  return c >= 0x2160 && c <= 0x217f;
}

/**
 * Narrow (half-width) characters: Latin script, digits, ASCII punctuation, typographic quotes
 * and dashes, Roman numerals. Everything else (kanji, kana, full-width forms, CJK punctuation,
 * circled digits, symbols) is wide.
 */
export function isNarrowCode(c: number): boolean {
  return c < 0x2000 || (c >= 0x2010 && c <= 0x201f) || isRomanNumeral(c);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isRomanNumeral(c);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Hiragana, katakana (with ・ and ー) and their extensions: what furigana is written in. */
export function isKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}

/** Kanji (CJK unified ideographs, extension A, compatibility) and the iteration mark 々. */
export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005;
}

/**
 * Display width of a line in full-width units, spaces not counted (letter-spaced lines keep
 * the width of the text they spell).
 */
export function displayWidth(s: string, start = 0, end = s.length): number {
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    w += isNarrowCode(c) ? 0.5 : 1;
  }
  return w;
}
