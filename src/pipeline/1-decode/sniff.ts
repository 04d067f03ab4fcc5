/**
 * Byte-level sniffing done before any decoding: byte-order marks, the magic numbers of the
 * binary formats people most often pass by mistake, and NUL bytes.
 */

export interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

interface Magic {
  /** Human name used in the error message. */
  name: string;
  bytes: readonly number[];
  /** Extra advice for this format (what to do instead). */
  advice?: string;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Formats recognised by their first bytes. Order does not matter: no prefix is shared. */
const MAGIC_NUMBERS: readonly Magic[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: ascii('GIF8') },
  {
    name: 'a PDF document',
    bytes: ascii('%PDF-'),
    advice: 'read it with decodeFile() or decodeSource(), which handle PDF',
  },
  {
    name: 'a ZIP archive (or a DOCX/XLSX/EPUB, which are ZIP files)',
    bytes: [0x50, 0x4b, 0x03, 0x04],
    advice: 'save or extract the document as plain text first',
  },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b], advice: 'decompress it first' },
  { name: 'an OLE2 file (legacy .doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

const PDF_HEADER = ascii('%PDF-');

/**
 * A PDF file: the %PDF- header, which readers accept anywhere in the first 1024 bytes (some
 * producers put junk before it).
 */
export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) - PDF_HEADER.length;
  outer: for (let i = 0; i <= n; i++) {
    for (let k = 0; k < PDF_HEADER.length; k++) if (bytes[i + k] !== PDF_HEADER[k]) continue outer;
    return true;
  }
  return false;
}

export interface BinaryType {
  name: string;
  advice?: string;
}

export function detectMagic(bytes: Uint8Array): BinaryType | undefined {
  for (const m of MAGIC_NUMBERS) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) {
      return { name: m.name, advice: m.advice };
    }
  }
  return undefined;
}

/**
 * Whether NUL bytes look like BOM-less UTF-16 (ASCII characters leave a NUL in every second
 * byte, always on the same side) rather than binary data. Returns the byte order, if any.
 */
export function utf16ByNulParity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const total = even + odd;
  // ASCII characters put their NUL on one side; a few common characters (U+3000 ideographic
  // space, U+4E00 一) put it on the other. Binary data has NULs on both sides evenly; the
  // caller also checks the decoded text for control characters.
  if (total === 0) return undefined;
  if (odd >= total * 0.75) return 'utf-16le';
  if (even >= total * 0.75) return 'utf-16be';
  return undefined;
}

/** Share of C0 control characters other than tab, line feed, form feed and carriage return. */
export function controlCharRatio(text: string): number {
  const n = Math.min(text.length, 1 << 16);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  return controls / n;
}

/** `<!doctype html` or `<html` at the start (after whitespace and comments). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}
