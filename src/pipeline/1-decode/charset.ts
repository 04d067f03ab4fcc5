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
 * How many undecodable sequences a text read with a FORCED encoding may hold and still be
 * accepted (the user asked for that reading, knowing the file is damaged): more than about one
 * in a thousand means the wrong encoding. Detected encodings tolerate none (`findInvalidBytes`).
 */
export function replacementTolerance(textLength: number): number {
  return Math.max(2, Math.floor(textLength / 1000));
}

/** The WHATWG decoder label for a Koryu encoding name, when the platform decodes it strictly. */
const STRICT_LABELS: Record<string, string> = {
  'utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  // The WHATWG Shift_JIS decoder is Windows-31J, as our cp932 is.
  shift_jis: 'shift_jis',
  'euc-jp': 'euc-jp',
  [ISO_2022_JP]: 'iso-2022-jp',
};

function strictLabel(encoding: string): string | undefined {
  const label = STRICT_LABELS[canonicalEncoding(encoding)];
  if (!label) return undefined;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined; // a Node built without full ICU: only the UTF decoders
  }
}

/** A fresh decoder each time: one that threw in the middle of a stream keeps a broken state. */
function decodesStrictly(label: string, bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where bytes stop being valid in an encoding: the offset of the first byte that breaks it (a
 * byte that cannot follow the ones before it, or the start of a character cut short at the end),
 * or undefined when the bytes are valid. Found by bisection with the platform's strict decoder,
 * which reports only that something is wrong, not where; undefined when it lacks the encoding.
 */
export function findInvalidByte(bytes: Uint8Array, encoding: string): number | undefined {
  const label = strictLabel(encoding);
  if (!label || decodesStrictly(label, bytes, false)) return undefined;
  let failsAt = bytes.length; // every prefix decodes when streamed: the end is a character cut short
  if (!decodesStrictly(label, bytes, true)) {
    // The shortest prefix that fails (streaming, so a character cut by the prefix is no failure)
    // ends with the byte where the decoder gave up.
    let lo = 0; // decodes
    let hi = bytes.length; // fails
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (decodesStrictly(label, bytes.subarray(0, mid), true)) lo = mid;
      else hi = mid;
    }
    failsAt = hi - 1;
  }
  // The broken sequence starts after the last whole character before that byte.
  for (let k = failsAt; k >= Math.max(0, failsAt - 8); k--) {
    if (decodesStrictly(label, bytes.subarray(0, k), false)) return k;
  }
  return failsAt;
}

/** Bytes that are valid in an encoding but for their last character, cut short. */
export function endsCutShort(bytes: Uint8Array, encoding: string): boolean {
  const label = strictLabel(encoding);
  return !!label && !decodesStrictly(label, bytes, false) && decodesStrictly(label, bytes, true);
}

/**
 * Share of the non-ASCII bytes that form well-formed UTF-8 sequences (1 when there are none).
 * UTF-8 text stays near 1 where it is damaged; Shift_JIS and EUC-JP Japanese are near 0.3–0.45
 * (their bytes line up as UTF-8 only by chance), so a high share marks damaged UTF-8, not
 * another encoding that happens to be valid.
 */
export function utf8Share(bytes: Uint8Array): number {
  let valid = 0;
  let nonAscii = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // A sequence cut short by the end of the bytes counts as well-formed: that is how a cut file ends.
    let ok = len > 0;
    for (let k = 1; ok && k < len && i + k < bytes.length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      const n = Math.min(len, bytes.length - i);
      valid += n;
      nonAscii += n;
      i += n;
    } else {
      nonAscii++;
      i++;
    }
  }
  return nonAscii === 0 ? 1 : valid / nonAscii;
}

/** For damaged bytes: the candidate encoding whose valid part runs longest (where to point the user). */
export function likeliestEncoding(bytes: Uint8Array): { encoding: string; offset: number } {
  if (utf8Share(bytes) >= 0.8) return { encoding: 'utf-8', offset: findInvalidByte(bytes, 'utf-8') ?? 0 };
  let best: { encoding: string; offset: number } | undefined;
  for (const encoding of ['utf-8', 'shift_jis', 'euc-jp']) {
    const offset = findInvalidByte(bytes, encoding) ?? bytes.length;
    if (!best || offset > best.offset) best = { encoding, offset };
  }
  return best!;
}
