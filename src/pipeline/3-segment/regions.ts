/**
 * The hook for sources whose layout is known (PDF input, model/document.ts SourceLayout): the
 * decoder has told furniture, captions, footnotes, headings and readings apart by position and
 * type size, so its regions decide those lines, and the text heuristics that guess the same
 * things from a line's look (floats, footnote numbers, page furniture) are not used on the rest.
 */
import type { LayoutRegion, SourceLayout } from '../../model/document.js';
import { NOTE_MARK } from '../1-decode/pdf/chars.js';
import { LineClass, type SourceLine } from './lines.js';

/** Where a footnote's own text starts on its first line: after its number or mark. */
export function footnoteTextStart(line: SourceLine): number {
  const mark = NOTE_MARK.exec(line.text);
  return mark && mark[0].length < line.text.length ? line.cs + mark[0].length : line.cs;
}

/** Classes the running text of a laid-out source keeps; any other becomes Body. */
const RUNNING_TEXT = new Set([LineClass.Blank, LineClass.Body, LineClass.Expansion, LineClass.Heading, LineClass.SectionTitle]);

/** Give each line inside a region its region; reduce the other lines to running-text classes. */
export function applySourceLayout(lines: SourceLine[], layout: SourceLayout): void {
  const regions = layout.regions;
  let r = 0;
  for (const l of lines) {
    while (r < regions.length && regions[r].span.end <= l.start) r++;
    const region: LayoutRegion | undefined = regions[r];
    if (region && l.cs < l.ce && l.cs >= region.span.start && l.ce <= region.span.end) {
      l.region = region;
    } else if (!RUNNING_TEXT.has(l.cls)) {
      l.cls = LineClass.Body;
    }
  }
}
