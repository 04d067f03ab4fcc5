/**
 * PDF input: the text layer read with pdfjs-dist (load.ts), laid out from the positions and type
 * sizes of its characters (layout.ts), and rendered as text with page spans and typed regions
 * (render.ts). Offsets point into that rendering. See README.md.
 */
import { createHash } from 'node:crypto';
import type { DecodedSource } from '../../../model/document.js';
import { KoryuError } from '../../../model/errors.js';
import { layoutDocument } from './layout.js';
import { loadPdf } from './load.js';
import { renderLayout } from './render.js';

export async function decodePdf(bytes: Uint8Array, file: string): Promise<DecodedSource> {
  const { pages, title } = await loadPdf(bytes, file);
  const pagesWord = `${pages.length} page${pages.length === 1 ? '' : 's'}`;
  if (!pages.some((p) => p.runs.some((r) => /\S/.test(r.text)))) {
    throw new KoryuError(
      'E_NO_TEXT',
      `${file}: a PDF with no text layer (${pagesWord} of images, e.g. a scan); Koryu does not OCR: ` +
        'give it a PDF with text, or the text itself',
    );
  }
  const rendering = renderLayout(layoutDocument(pages));
  if (rendering.contentChars === 0) {
    throw new KoryuError(
      'E_NO_TEXT',
      `${file}: a PDF whose text layer holds only page furniture (running heads, page numbers; ${pagesWord}); ` +
        'Koryu does not OCR: give it a PDF with text, or the text itself',
    );
  }
  const unmapped = unmappedChars(rendering.text);
  if (unmapped > 0.5 * rendering.text.replace(/\s/g, '').length) {
    throw new KoryuError(
      'E_NO_TEXT',
      `${file}: a PDF whose text layer does not say which characters its glyphs are (${unmapped} of ` +
        `${rendering.text.length} characters unknown or private-use); Koryu does not OCR: give it the text itself`,
    );
  }
  return {
    path: file,
    text: rendering.text,
    encoding: 'pdf',
    format: 'pdf',
    ...(title ? { title } : {}),
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    layout: { pages: rendering.pages, regions: rendering.regions },
  };
}

/** Characters a text layer gives for glyphs it cannot name: U+FFFD and the Private Use Area. */
export function unmappedChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) n++;
  }
  return n;
}
