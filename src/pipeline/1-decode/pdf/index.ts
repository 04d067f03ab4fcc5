/** PDF input (to come): refused as before, with the advice to extract its text. */
import type { DecodedSource } from '../../../model/document.js';
import { KoryuError } from '../../../model/errors.js';

export async function decodePdf(_bytes: Uint8Array, file: string): Promise<DecodedSource> {
  throw new KoryuError(
    'E_BINARY',
    `${file}: a PDF document, not text; extract its text first (e.g. \`pdftotext -layout file.pdf file.txt\`)`,
  );
}
