/**
 * Stage 1: bytes → DecodedSource. Tells the encoding, refuses what is not a text (with a
 * message that names the file and says what was expected), and reduces HTML to its main text.
 *
 * Offsets: every later span points into `DecodedSource.text`, which is
 *  - for text input, the decoded text WITHOUT its byte-order mark (a UTF-8 or UTF-16 BOM is
 *    not a character of the document, so offset 0 is the first real character);
 *  - for HTML input, the extracted main text (not the markup): offsets point into that text;
 *  - for PDF input, the text rendering built from the page layout (pdf/README.md): offsets point
 *    into that rendering, which `koryu inspect` prints page by page.
 *
 * PDF reading is asynchronous (the PDF library is), so `decodeFile` and `decodeSource` return
 * promises; `decodeFileSync` and `decodeBytes` read text and HTML only.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DecodedSource } from '../../model/document.js';
import { KoryuError } from '../../model/errors.js';
import {
  canonicalEncoding,
  countReplacements,
  decodeAs,
  decodeStrictUtf8,
  detectEncoding,
  endsCutShort,
  findInvalidByte,
  isKnownEncoding,
  likeliestEncoding,
  replacementTolerance,
  SUGGESTED_ENCODINGS,
  utf8Share,
} from './charset.js';
import { extractHtmlText } from './html.js';
import { controlCharRatio, detectBom, detectMagic, isPdf, looksLikeHtml, utf16ByNulParity } from './sniff.js';

export interface DecodeOptions {
  /** Force an encoding (any iconv-lite name, or shift_jis / euc-jp / iso-2022-jp). */
  encoding?: string;
  /** 'auto' (default): HTML by extension (.html, .htm, .xhtml) or by a leading <!doctype html>/<html>. */
  format?: 'text' | 'html' | 'auto';
  /** Refuse files larger than this many bytes (default DEFAULT_MAX_BYTES) before reading them. */
  maxBytes?: number;
}

/**
 * The size limit on one input file: 64 MiB, well above a white paper's text or PDF, while the
 * decoded text, HTML tree or PDF layout of a file takes several times its size in memory, and a
 * larger file is more likely a mistake (a log, a dump) than a document. `--max-size` raises it.
 */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const EXPECTED = 'expected a white-paper text in UTF-8, UTF-16, Shift_JIS or EUC-JP';
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Read and decode one input file: text, HTML or PDF (told by its bytes, not its name). */
export async function decodeFile(file: string, opts: DecodeOptions = {}): Promise<DecodedSource> {
  return decodeSource(readBytes(file, opts.maxBytes), file, opts);
}

/** Decode bytes of any supported kind: a PDF (by its %PDF- header), else text or HTML. */
export async function decodeSource(bytes: Uint8Array, file: string, opts: DecodeOptions = {}): Promise<DecodedSource> {
  if (isPdf(bytes)) {
    const { decodePdf } = await import('./pdf/index.js');
    return decodePdf(bytes, file);
  }
  return decodeBytes(bytes, file, opts);
}

/** `decodeFile` for text and HTML only, synchronously; a PDF is refused (read it with `decodeFile`). */
export function decodeFileSync(file: string, opts: DecodeOptions = {}): DecodedSource {
  return decodeBytes(readBytes(file, opts.maxBytes), file, opts);
}

function readBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'a directory' : 'not a regular file';
      throw new KoryuError('E_NOT_A_FILE', `${file}: ${what}; give the path of one text, HTML or PDF file`);
    }
    if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof KoryuError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const where = path.isAbsolute(file) ? '' : ` (looked in ${path.resolve(file)})`;
      throw new KoryuError('E_NOT_FOUND', `${file}: no such file${where}`);
    }
    if (code === 'EISDIR') {
      throw new KoryuError('E_NOT_A_FILE', `${file}: a directory; give the path of one text, HTML or PDF file`);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new KoryuError('E_NOT_A_FILE', `${file}: cannot be read (permission denied)`);
    }
    if (code === 'ERR_FS_FILE_TOO_LARGE' || e instanceof RangeError) throw tooLarge(file, undefined, maxBytes);
    if (code !== undefined) throw new KoryuError('E_NOT_A_FILE', `${file}: cannot be read (${code}: ${(e as Error).message})`);
    throw e;
  }
  // A file that grew between stat and read.
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  return bytes;
}

const MIB = 1024 * 1024;
const mib = (n: number): string => `${(n / MIB).toFixed(n < 10 * MIB ? 2 : 0)} MB`;

function tooLarge(file: string, size: number | undefined, maxBytes: number): KoryuError {
  return new KoryuError(
    'E_TOO_LARGE',
    `${file}: ${size === undefined ? 'too large' : mib(size)}, over the ${mib(maxBytes)} limit on one file; ` +
      'split it, or raise the limit with --max-size MB',
  );
}

/** Text or HTML bytes → DecodedSource, synchronously. PDF bytes are refused: use `decodeSource`. */
export function decodeBytes(bytes: Uint8Array, file: string, opts: DecodeOptions = {}): DecodedSource {
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding)) {
    throw new KoryuError(
      'E_BAD_VALUE',
      `--encoding: unknown encoding '${opts.encoding}'; expected a name such as ${SUGGESTED_ENCODINGS.join(', ')}`,
    );
  }
  if (bytes.length === 0) throw new KoryuError('E_EMPTY', `${file}: empty file (0 bytes); ${EXPECTED}`);

  const magic = detectMagic(bytes);
  if (magic) {
    const advice = magic.advice ? `; ${magic.advice}` : '';
    throw new KoryuError('E_BINARY', `${file}: ${magic.name}, not text${advice}; ${EXPECTED}`);
  }

  const { encoding, text: decoded } = decodeText(bytes, file, opts.encoding);

  if (!/\S/.test(decoded)) {
    throw new KoryuError('E_EMPTY', `${file}: no text (${bytes.length} bytes of whitespace only); ${EXPECTED}`);
  }
  if (opts.encoding !== undefined) {
    // A forced reading may replace a few broken bytes (the user chose it), not a wrong encoding's worth.
    const bad = countReplacements(decoded);
    if (bad > replacementTolerance(decoded.length)) {
      throw new KoryuError(
        'E_ENCODING',
        `${file}: does not decode with --encoding ${opts.encoding} (${bad} undecodable sequences in ${decoded.length} characters); ` +
          `pass the right one with --encoding NAME (e.g. ${SUGGESTED_ENCODINGS.slice(0, 6).join(', ')})`,
      );
    }
  }

  const contentHash = createHash('sha256').update(bytes).digest('hex');
  if (isHtml(file, decoded, opts.format ?? 'auto')) {
    const { text, title, metaDate } = extractHtmlText(decoded);
    if (!/\S/.test(text)) {
      throw new KoryuError('E_EMPTY', `${file}: an HTML page without visible text in its body; ${EXPECTED}`);
    }
    return { path: file, text, encoding, format: 'html', ...(title ? { title } : {}), ...(metaDate ? { metaDate } : {}), contentHash };
  }
  // Plain text carries no title markup; the segmenter finds the headings.
  return { path: file, text: decoded, encoding, format: 'text', contentHash };
}

function decodeText(bytes: Uint8Array, file: string, forced: string | undefined): { encoding: string; text: string } {
  if (forced !== undefined) {
    const encoding = canonicalEncoding(forced);
    // In UTF-16/32 a NUL byte is part of a character; anywhere else it means binary data.
    if (!/^(?:utf-?16|utf-?32|ucs-?2|ucs-?4)/.test(encoding) && bytes.includes(0)) {
      throw binaryError(file, bytes);
    }
    return { encoding, text: stripBom(decodeAs(bytes, encoding)) };
  }

  const bom = detectBom(bytes);
  if (bom) return strictly(bytes.subarray(bom.length), bom.encoding, file, bom.length);

  if (bytes.includes(0)) {
    const utf16 = utf16ByNulParity(bytes);
    if (utf16) {
      const text = decodeAs(bytes, utf16);
      if (controlCharRatio(text) < 0.01) return strictly(bytes, utf16, file);
    }
    throw binaryError(file, bytes);
  }

  // The common case, well-formed UTF-8, in one native pass.
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== undefined) return { encoding: 'utf-8', text: utf8 };
  // UTF-8 that is damaged (a character cut short, a stray byte) may still pass for Shift_JIS
  // or EUC-JP, as mojibake: mostly well-formed UTF-8 is taken as UTF-8, and refused.
  const detected = detectEncoding(bytes);
  const mojibake = (detected === 'shift_jis' || detected === 'euc-jp') && utf8Share(bytes) >= 0.8;
  if (detected && !mojibake) return strictly(bytes, detected, file);
  const { encoding, offset } = likeliestEncoding(bytes);
  throw encodingError(file, bytes, encoding, offset);
}

/**
 * Decode in an encoding that was detected, not forced: any byte it cannot decode is an error
 * naming its offset (in the file: `skipped` counts a byte-order mark), never a replacement
 * character in the text.
 */
function strictly(bytes: Uint8Array, encoding: string, file: string, skipped = 0): { encoding: string; text: string } {
  const text = stripBom(decodeAs(bytes, encoding));
  const offset = findInvalidByte(bytes, encoding);
  if (offset !== undefined) throw encodingError(file, bytes, encoding, offset, skipped);
  // A decoder the platform lacks strictly, or a code iconv-lite does not map: its first U+FFFD.
  if (encoding !== 'utf-8' && !encoding.startsWith('utf-16') && text.includes('\ufffd')) {
    throw encodingError(file, bytes, encoding, undefined, skipped);
  }
  return { encoding, text };
}

function encodingError(file: string, bytes: Uint8Array, encoding: string, offset: number | undefined, skipped = 0): KoryuError {
  const where =
    offset === undefined
      ? 'bytes that do not decode'
      : `invalid bytes at offset ${offset + skipped} (${hex(bytes.subarray(offset, offset + 4))}` +
        `${endsCutShort(bytes, encoding) ? ': a character cut short at the end?' : ''})`;
  return new KoryuError(
    'E_ENCODING',
    `${file}: not valid ${encoding}: ${where}; pass the file's encoding with --encoding NAME ` +
      `(${SUGGESTED_ENCODINGS.slice(0, 6).join(', ')}), or --encoding ${encoding} to read a damaged file ` +
      'with its few broken bytes replaced',
  );
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

function binaryError(file: string, bytes: Uint8Array): KoryuError {
  return new KoryuError(
    'E_BINARY',
    `${file}: binary data (NUL byte at offset ${bytes.indexOf(0)}), not text; ${EXPECTED}`,
  );
}

const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

function isHtml(file: string, text: string, format: 'text' | 'html' | 'auto'): boolean {
  if (format !== 'auto') return format === 'html';
  return HTML_EXTENSIONS.has(path.extname(file).toLowerCase()) || looksLikeHtml(text);
}
