/** Numbers as dates write them: ASCII digits, 「元」 (first year of an era), or kanji (「十二」「三十一」). */

/** Regex source for a kanji numeral up to 99 (「三」「十二」「二十」「三十一」). */
export const KANJI_NUMBER_SOURCE = '[一二三四五六七八九十]{1,3}';

const KANJI_DIGIT: Record<string, number> = {
  〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** The value of `s`, or NaN when it is not a number written in one of those ways. */
export function readNumber(s: string): number {
  const t = s.trim();
  if (t === '元') return 1;
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[〇一二三四五六七八九十]+$/.test(t)) return NaN;
  const ten = t.indexOf('十');
  if (ten < 0) return [...t].reduce((n, ch) => n * 10 + KANJI_DIGIT[ch], 0);
  if (t.indexOf('十', ten + 1) >= 0) return NaN;
  const tens = ten === 0 ? 1 : t.length > 0 && ten === 1 ? KANJI_DIGIT[t[0]] : NaN;
  const unitPart = t.slice(ten + 1);
  const units = unitPart === '' ? 0 : unitPart.length === 1 ? KANJI_DIGIT[unitPart] : NaN;
  return tens * 10 + units;
}
