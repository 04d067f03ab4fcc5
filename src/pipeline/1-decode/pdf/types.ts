/** What the PDF library gives for a page, in page units (points), top-down. */
export interface TextRun {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Type size. */
  size: number;
  /** Set at an angle (a sideways running head, a stamp). */
  rotated: boolean;
  /** Written top to bottom. */
  vertical: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
}
