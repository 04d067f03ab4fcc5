/**
 * The catalogue of user-facing errors. Library code throws KoryuError with a code; the CLI
 * maps codes to exit status and prints one line. Anything else that escapes is a bug and is
 * printed with its stack.
 */
export const ERROR_CODES = {
  E_NOT_FOUND: 'input file not found',
  E_NOT_A_FILE: 'input path is not a regular file',
  E_EMPTY: 'input file is empty',
  E_BINARY: 'input looks binary, not text',
  E_ENCODING: 'input cannot be decoded',
  E_TOO_LARGE: 'input file is over the size limit',
  E_NO_TEXT: 'input PDF has no text layer (Koryu does not OCR)',
  E_PDF: 'input PDF cannot be read (encrypted, damaged or not a PDF)',
  E_USAGE: 'invalid command-line usage',
  E_BAD_VALUE: 'invalid option value',
  E_DB: 'database error',
  E_GOLD: 'invalid gold annotation',
  E_PARTIAL: 'some inputs were skipped',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export class KoryuError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Exit status for the CLI: 2 for usage mistakes, 1 for everything else. */
    readonly exitCode: number = code === 'E_USAGE' || code === 'E_BAD_VALUE' ? 2 : 1,
  ) {
    super(message);
    this.name = 'KoryuError';
  }
}

export const isKoryuError = (e: unknown): e is KoryuError => e instanceof KoryuError;
