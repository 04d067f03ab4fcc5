/**
 * The one place that talks to the PDF library (pdfjs-dist, legacy build: it runs on Node 20).
 * Bytes in, the text runs of each page out, with their position and type size; failures become
 * KoryuErrors that name the file and say why.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { KoryuError } from '../../../model/errors.js';
import type { PdfPage, TextRun } from './types.js';

export interface LoadedPdf {
  pages: PdfPage[];
  /** The document's /Title, if it states one. */
  title?: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Where pdfjs-dist keeps the predefined CJK CMaps and the standard font data. */
function assetUrl(dir: 'cmaps' | 'standard_fonts'): string {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // pdfjs reads these with fs in Node: a path with a trailing separator.
  return path.join(root, dir) + path.sep;
}

export async function loadPdf(bytes: Uint8Array, file: string): Promise<LoadedPdf> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    try {
      const pages: PdfPage[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        // The page as it is shown (its /Rotate and crop applied), top-down, in points.
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs: TextRun[] = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue;
          const [a, b, c, d, e, f] = lib.Util.transform(viewport.transform, item.transform) as number[];
          const size = Math.hypot(c, d) || Math.hypot(a, b);
          runs.push({
            text: item.str,
            x: e,
            y: f,
            width: item.width,
            size,
            // Upright text has the matrix [s 0 0 -s] once the page is turned top-down.
            rotated: Math.abs(b) > 1e-3 * size || Math.abs(c) > 1e-3 * size || a < 0,
            vertical: (item as { dir?: string }).dir === 'ttb',
          });
        }
        pages.push({ number: n, width: viewport.width, height: viewport.height, runs });
        page.cleanup();
      }
      const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
      const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
      return { pages, ...(title ? { title } : {}) };
    } finally {
      await doc.destroy();
    }
  } catch (e) {
    throw pdfError(e, file);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** The library's failures, as one line that names the file. */
function pdfError(e: unknown, file: string): KoryuError {
  if (e instanceof KoryuError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const detail = String((e as Error)?.message ?? e).split('\n')[0];
  if (name === 'PasswordException') {
    return new KoryuError('E_PDF', `${file}: an encrypted PDF that needs a password; save an unprotected copy first`);
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return new KoryuError('E_PDF', `${file}: a damaged or invalid PDF (${detail}); save or export it again`);
  }
  return new KoryuError('E_PDF', `${file}: the PDF cannot be read (${detail})`);
}
