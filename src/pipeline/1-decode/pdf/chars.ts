/**
 * Characters as PDF producers write them into a text layer, mapped to the characters the
 * document means. Japanese fonts draw a Kangxi radical and the ideograph it looks like with one
 * glyph, and the text layer often names the radical: 「⼤⾂」 for 大臣, 「⽉」 for 月, 「⻑」 for 長,
 * 「鄭景⽃」 for 鄭景斗. Likewise 「‧」 (U+2027) for the katakana middle dot 「・」.
 */

/**
 * CJK Radicals Supplement characters whose glyph is a whole ideograph of Japanese text, and that
 * ideograph (from the Unicode Character Database's EquivalentUnifiedIdeograph data; the Kangxi
 * radicals U+2F00–U+2FD5 are mapped by NFKC instead).
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺟': '母',
  '⺠': '民',
  '⻁': '虎',
  '⻄': '西',
  '⻆': '角',
  '⻑': '長',
  '⻘': '青',
  '⻝': '食',
  '⻣': '骨',
  '⻤': '鬼',
  '⻨': '麦',
  '⻩': '黄',
  '⻫': '斉',
  '⻭': '歯',
  '⻯': '竜',
  '⻲': '亀',
};

/** The character the document means by `ch` (one code point). */
export function meantChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2f00 && c <= 0x2fd5) return ch.normalize('NFKC');
  if (c >= 0x2e80 && c <= 0x2eff) return RADICAL_SUPPLEMENT[ch] ?? ch;
  if (c === 0x2027) return '・';
  return ch;
}

/** Full-width (wide) characters take a whole em; Latin letters, digits and ASCII about half. */
export function isWideChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c >= 0x1100 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0xff61 && c <= 0xffdc);
}

export const isKanaChar = (ch: string): boolean => {
  const c = ch.codePointAt(0)!;
  return (c >= 0x3041 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d);
};

export const isBlankChar = (ch: string): boolean => /^\s$/u.test(ch);

/** A footnote starts with its number or mark, then a space: 「1　日韓…」, 「※　…」, 「注2 …」. */
export const NOTE_MARK = /^(?:[0-9０-９]{1,3}|※[0-9０-９]*|注[0-9０-９]*|[*＊][0-9０-９]*)(?:[\s\u3000]+|$)/u;
