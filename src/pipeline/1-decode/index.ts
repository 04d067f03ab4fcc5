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
  bestEffortDecode,
  canonicalEncoding,
  countReplacements,
  decodeAs,
  decodeStrictUtf8,
  detectEncoding,
  isKnownEncoding,
  replacementTolerance,
  SUGGESTED_ENCODINGS,
} from './charset.js';
import { extractHtmlText } from './html.js';
import { controlCharRatio, detectBom, detectMagic, isPdf, looksLikeHtml, utf16ByNulParity } from './sniff.js';

export interface DecodeOptions {
  /** Force an encoding (any iconv-lite name, or shift_jis / euc-jp / iso-2022-jp). */
  encoding?: string;
  /** 'auto' (default): HTML by extension (.html, .htm, .xhtml) or by a leading <!doctype html>/<html>. */
  format?: 'text' | 'html' | 'auto';
}

const EXPECTED = 'expected a white-paper text in UTF-8, UTF-16, Shift_JIS or EUC-JP';
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Read and decode one input file: text, HTML or PDF (told by its bytes, not its name). */
export async function decodeFile(file: string, opts: DecodeOptions = {}): Promise<DecodedSource> {
  return decodeSource(readBytes(file), file, opts);
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
  return decodeBytes(readBytes(file), file, opts);
}

function readBytes(file: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'a directory' : 'not a regular file';
      throw new KoryuError('E_NOT_A_FILE', `${file}: ${what}; give the path of one text, HTML or PDF file`);
    }
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
    throw e;
  }
  return bytes;
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
  const bad = countReplacements(decoded);
  if (bad > replacementTolerance(decoded.length)) {
    const how = opts.encoding ? `with --encoding ${opts.encoding}` : `as ${encoding}`;
    throw new KoryuError(
      'E_ENCODING',
      `${file}: does not decode ${how} (${bad} undecodable sequences in ${decoded.length} characters); ` +
        `pass the right one with --encoding NAME (e.g. ${SUGGESTED_ENCODINGS.slice(0, 6).join(', ')})`,
    );
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
  if (bom) return { encoding: bom.encoding, text: stripBom(decodeAs(bytes.subarray(bom.length), bom.encoding)) };

  if (bytes.includes(0)) {
    const utf16 = utf16ByNulParity(bytes);
    if (utf16) {
      const text = decodeAs(bytes, utf16);
      if (controlCharRatio(text) < 0.01) return { encoding: utf16, text };
    }
    throw binaryError(file, bytes);
  }

  // The common case, well-formed UTF-8, in one native pass.
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== undefined) return { encoding: 'utf-8', text: utf8 };
  const detected = detectEncoding(bytes);
  if (detected) return { encoding: detected, text: decodeAs(bytes, detected) };
  // No reading is fully valid: take the least damaged one and let the caller judge the damage.
  const { encoding, text } = bestEffortDecode(bytes);
  return { encoding, text };
}

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
