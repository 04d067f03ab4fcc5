/**
 * Floats: what the page layout sets beside or inside the running text (photo captions, media
 * links, the 「参照」 box, figures, VOICE and 解説 columns). In the extraction a float starts
 * with a line that cannot be running text and ends where the running text resumes, which the
 * extraction marks with a leading space (「 側の適切な対応を…」), or at a heading, a footnote,
 * or the first body line after a page break.
 */
import type { BlockType } from '../../model/document.js';
import { LineClass, type SourceLine } from './lines.js';

/** Line classes that start a float when met in running text. */
export function startsFloat(cls: LineClass): boolean {
  switch (cls) {
    case LineClass.ReferenceMarker:
    case LineClass.Media:
    case LineClass.Caption:
    case LineClass.CaptionOpen:
    case LineClass.Wide:
    case LineClass.FigureTitle:
    case LineClass.SidebarEnd:
    case LineClass.WriterUnit:
      return true;
    default:
      return false;
  }
}

const isRunningText = (cls: LineClass): boolean =>
  cls === LineClass.Body || cls === LineClass.Expansion || cls === LineClass.FootnoteIndent;

/** Index of the first line after the float that starts at `start` (the resume line, or lines.length). */
export function findFloatEnd(lines: SourceLine[], start: number, columnWidth: number): number {
  let end = lines.length;
  let afterFurniture = false;
  let hasFigureOrSidebar = isStructured(lines[start].cls);
  for (let j = start + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.cls === LineClass.Blank) continue;
    if (l.cls === LineClass.Heading || l.cls === LineClass.SectionTitle || l.cls === LineClass.Footnote) {
      end = j;
      break;
    }
    if (l.cls === LineClass.Furniture) {
      afterFurniture = true;
      continue;
    }
    if ((l.lead || afterFurniture) && isRunningText(l.cls)) {
      end = j;
      break;
    }
    if (isStructured(l.cls)) hasFigureOrSidebar = true;
  }
  if (!Number.isFinite(columnWidth)) {
    // A web page's links (「動画：…」「URL：…」) are lines of their own: the running text goes on at the first line that is
    // none, with no blank line before it (codebook 370).
    if (lines[start].cls === LineClass.Media) {
      let j = start + 1;
      while (j < end && lines[j].cls === LineClass.Media) j++;
      return j;
    }
    // A web page's figure is a picture: its title (「図表III-3-2-1 …」) is a block of its own up to the blank line after it,
    // as a caption is, and the paragraphs under it are running text again (codebook 370). A sidebar keeps its own end.
    if (hasFigureOrSidebar && !isWebFigure(lines, start, end)) return end;
    // Text not wrapped to a column (HTML, clean text) has no full-width lines and no leading-space
    // marks: there a caption is its own block, ended by the blank line after it.
    for (let j = start + 1; j < end; j++) if (lines[j].cls === LineClass.Blank) return j;
    return end;
  }
  if (hasFigureOrSidebar) return end;
  // Captions and links only: a full-width line of plain text is running text that resumed
  // without the extraction's leading space.
  for (let j = start + 1; j < end; j++) {
    const l = lines[j];
    if (l.cls !== LineClass.Body || l.width < columnWidth - 1) continue;
    const prev = previousNonBlank(lines, j, start);
    if (prev >= 0 && lines[prev].cls === LineClass.CaptionOpen) continue;
    return j;
  }
  return end;
}

/** A float in text not wrapped to a column whose only structure is a figure's title: no sidebar marks in it. */
function isWebFigure(lines: SourceLine[], start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (lines[j].cls === LineClass.SidebarEnd || lines[j].cls === LineClass.WriterUnit) return false;
  return true;
}

const isStructured = (cls: LineClass): boolean =>
  cls === LineClass.FigureTitle || cls === LineClass.SidebarEnd || cls === LineClass.WriterUnit;

function previousNonBlank(lines: SourceLine[], j: number, floor: number): number {
  for (let k = j - 1; k >= floor; k--) if (lines[k].cls !== LineClass.Blank) return k;
  return -1;
}

/**
 * The block type of each line of the float [start, end): a figure from its title to the end,
 * a sidebar from its title (or its writer's unit line) to its VOICE/解説 marker, captions,
 * media and references by their own marks, and captions for the rest.
 */
export function classifyFloat(lines: SourceLine[], start: number, end: number): Array<BlockType | null> {
  const types: Array<BlockType | null> = new Array(end - start).fill(null);
  let figureAt = -1;
  for (let k = start; k < end; k++) {
    if (lines[k].cls === LineClass.FigureTitle) {
      figureAt = k;
      break;
    }
  }
  const limit = figureAt >= 0 ? figureAt : end;
  const [sidebarStart, sidebarEnd] = findSidebar(lines, start, limit);
  let afterOpenCaption = false;
  for (let k = start; k < end; k++) {
    const l = lines[k];
    if (l.cls === LineClass.Blank) {
      afterOpenCaption = false;
      continue;
    }
    const inSidebar = k >= sidebarStart && k <= sidebarEnd;
    let type: BlockType;
    if (l.cls === LineClass.Furniture) type = 'furniture';
    else if (figureAt >= 0 && k >= figureAt) type = 'figure';
    // Inside a sidebar only marked captions are captions; its undated photo notes stay in it.
    else if (isCaptionLine(l.cls) || afterOpenCaption) type = 'caption';
    else if (l.cls === LineClass.Media) type = 'media';
    else if (isReferenceLine(l.cls)) type = 'reference';
    else type = inSidebar ? 'sidebar' : 'caption';
    afterOpenCaption = l.cls === LineClass.CaptionOpen;
    types[k - start] = type;
  }
  return types;
}

const isCaptionLine = (cls: LineClass): boolean => cls === LineClass.Caption || cls === LineClass.CaptionOpen;
const isReferenceLine = (cls: LineClass): boolean =>
  cls === LineClass.ReferenceMarker || cls === LineClass.Reference || cls === LineClass.PageReference;

/** [first, last] line of the sidebar inside [start, limit), or [-1, -2] when there is none. */
function findSidebar(lines: SourceLine[], start: number, limit: number): [number, number] {
  let unitAt = -1;
  let endAt = -1;
  for (let k = start; k < limit; k++) {
    if (unitAt < 0 && lines[k].cls === LineClass.WriterUnit) unitAt = k;
    if (endAt < 0 && lines[k].cls === LineClass.SidebarEnd) endAt = k;
  }
  if (unitAt >= 0) {
    // A VOICE column: its title is the line above the writer's unit.
    const title = previousNonBlank(lines, unitAt, start);
    const first = title >= 0 && !isReferenceLine(lines[title].cls) ? title : unitAt;
    return [first, endAt > unitAt ? endAt : limit - 1];
  }
  if (endAt >= 0) {
    // A 解説 column (or a VOICE without a unit line) ends with its marker: it starts after the
    // reference lines that open the float.
    let first = start;
    while (first < endAt && (lines[first].cls === LineClass.Blank || isReferenceLine(lines[first].cls))) first++;
    return [first, endAt];
  }
  return [-1, -2];
}
