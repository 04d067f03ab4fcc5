/**
 * A half-open range [start, end) of JavaScript string indices (UTF-16 code units).
 * Unless a name says otherwise, spans point into the ORIGINAL decoded input text:
 * that is the contract every stage keeps (see docs/architecture.md).
 */
export interface Span {
  start: number;
  end: number;
}

export const spanLength = (s: Span): number => s.end - s.start;
