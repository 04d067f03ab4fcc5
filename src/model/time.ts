import type { Span } from './span.js';

/** A calendar point at the precision the text supports: '2020', '2020-05', '2020-05-17'. */
export type PartialDate = string;

/**
 * A time expression found in a sentence and resolved to calendar dates.
 * One expression may yield several dates (「同年5月及び10月」 → 2020-05, 2020-10).
 */
export interface TimeMention {
  /** Span in the sentence's CLEAN text. */
  local: Span;
  /** Span in the ORIGINAL text. */
  span: Span;
  /** The expression as written (clean). */
  text: string;
  kind: 'point' | 'list' | 'span' | 'period' | 'fiscal-year';
  /** Resolved dates: one for a point, several for a list, [from, to] for span/period. */
  dates: PartialDate[];
  /** For 'span' and 'period': the end (also the last element of dates). */
  end?: PartialDate;
  /** True when the expression relied on 同年/同月/翌年/前年 context. */
  relative: boolean;
  /** The rule that recognised it (for --explain). */
  rule: string;
}
