/**
 * Telling the character encoding of BOM-less bytes, and decoding them. Detection relies on
 * encoding-japanese's validity checks; decoding on iconv-lite (ISO-2022-JP, which iconv-lite
 * lacks, goes through encoding-japanese).
 */
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

/** Names Koryu reports, and the iconv-lite codec each one is decoded with. */
const CODECS: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  // cp932 (Windows-31J) is what "Shift_JIS" files from Japanese ministries really are: it adds
  // the NEC/IBM extensions (①, Ⅲ, ㈱…) and maps 0x8160 to ～ as Windows does.
  shift_jis: 'cp932',
  'euc-jp': 'euc-jp',
};

/** Encodings listed when the user names one that does not exist. */
export const SUGGESTED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'cp932', 'euc-jp', 'iso-2022-jp'];

const ISO_2022_JP = 'iso-2022-jp';

/** Lower-case a user-given name and fold the common spellings of the Japanese encodings. */
export function canonicalEncoding(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (n === 'utf8') return 'utf-8';
  if (n === 'sjis' || n === 'shift-jis' || n === 'shiftjis' || n === 'ms-kanji') return 'shift_jis';
  if (n === 'eucjp' || n === 'euc-jp') return 'euc-jp';
  if (n === 'jis' || n === 'iso-2022-jp') return ISO_2022_JP;
  return n;
}

export function isKnownEncoding(name: string): boolean {
  const c = canonicalEncoding(name);
  return c === ISO_2022_JP || c in CODECS || iconv.encodingExists(c);
}

/**
 * The encoding of BOM-less, NUL-free bytes when exactly one reading is valid, checked in an
 * order where each is unlikely to pass for the next: Japanese Shift_JIS text is almost never
 * valid EUC-JP (its lead bytes 0x81–0x9F are not EUC lead bytes), while EUC-JP text often
 * passes as Shift_JIS. Undefined when no reading is fully valid (damaged or other encodings).
 */
export function detectEncoding(bytes: Uint8Array): string | undefined {
  const found = Encoding.detect(bytes, ['JIS', 'UTF8', 'EUCJP', 'SJIS']);
  switch (found) {
    case 'JIS':
      return ISO_2022_JP;
    case 'UTF8':
      return 'utf-8';
    case 'EUCJP':
      return 'euc-jp';
    case 'SJIS':
      return 'shift_jis';
    default:
      return undefined;
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ESC = 0x1b;

/**
 * The text of bytes that detectEncoding would call UTF-8 — well-formed UTF-8 holding no ESC byte
 * (with an ESC, ISO-2022-JP is tried first) — decoded in one native pass; undefined otherwise.
 * On such bytes it gives exactly what detection followed by decodeAs gives, without the two
 * JavaScript scans of the whole input.
 */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  if (bytes.includes(ESC)) return undefined;
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // decodeAs drops a leading BOM
}

/** Decode with the named encoding (a Koryu name or any iconv-lite name). A leading BOM is dropped. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  const c = canonicalEncoding(encoding);
  if (c === ISO_2022_JP) {
    return Encoding.convert(bytes, { to: 'UNICODE', from: 'JIS', type: 'string' });
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CODECS[c] ?? c);
}

/** Number of U+FFFD replacement characters: how iconv-lite marks bytes it could not decode. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * How many undecodable sequences a text may hold and still be accepted: PDF extractions and
 * old pages carry a stray broken character now and then; more than about one in a thousand
 * means the wrong encoding.
 */
export function replacementTolerance(textLength: number): number {
  return Math.max(2, Math.floor(textLength / 1000));
}

/** For damaged bytes: the candidate encoding that decodes with the fewest replacements. */
export function bestEffortDecode(bytes: Uint8Array): { encoding: string; text: string; bad: number } {
  let best: { encoding: string; text: string; bad: number } | undefined;
  for (const encoding of ['utf-8', 'shift_jis', 'euc-jp']) {
    const text = decodeAs(bytes, encoding);
    const bad = countReplacements(text);
    if (!best || bad < best.bad) best = { encoding, text, bad };
  }
  return best!;
}
