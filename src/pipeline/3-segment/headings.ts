/**
 * Headings: how far a heading runs (titles wrap onto a second line, sometimes past a blank
 * line or a spliced expansion), and the section tree they make.
 */
import type { Section } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { LineClass, type SourceLine } from './lines.js';

/** Net count of opening brackets left open in `s`. */
export function bracketBalance(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    switch (s.charCodeAt(i)) {
      case 0xff08: // （
      case 0x28: // (
      case 0x300c: // 「
      case 0x300e: // 『
      case 0x3010: // 【
        depth++;
        break;
      case 0xff09:
      case 0x29:
      case 0x300d:
      case 0x300f:
      case 0x3011:
        depth--;
        break;
    }
  }
  return depth;
}

const endsWithAsciiLetter = (s: string): boolean => /[A-Za-z]$/.test(s);

/**
 * Index of the last line of the heading that starts at `start`. A wrapped title goes on while
 * a bracket is open, while the next line starts with a particle (「の取組」), and, for headings
 * set in large type (marker followed by a tab) or filling the column, onto one short line.
 */
export function headingEnd(
  lines: SourceLine[],
  start: number,
  columnWidth: number,
  particles: Set<string>,
): number {
  const head = lines[start];
  if (head.level === undefined || head.level <= 2) return start;
  const shortLine = Math.min(columnWidth * 0.8, 24);
  const largeType = head.level === 3 && (/^\d+\u3000?\s*\t/.test(head.text) || head.tabEnd);
  const fillsColumn = head.level >= 4 && head.width >= columnWidth - 2;
  let title = head.text;
  let end = start;
  for (;;) {
    let next = end + 1;
    let blanks = 0;
    while (next < lines.length && lines[next].cls === LineClass.Blank) {
      next++;
      blanks++;
    }
    if (next >= lines.length) break;
    const line = lines[next];
    if (line.cls !== LineClass.Body && line.cls !== LineClass.Expansion) break;
    if (line.cls === LineClass.Body && line.width > shortLine) break;
    const open = bracketBalance(title) > 0 || endsWithAsciiLetter(title);
    const particle = particles.has(line.text[0]);
    let ok = open || particle;
    if (!ok && blanks === 0 && end === start) {
      ok = largeType || (fillsColumn && line.width <= columnWidth - 4 && isBlankOrEnd(lines, next + 1));
    }
    if (!ok) break;
    end = next;
    title += line.text;
  }
  return end;
}

const isBlankOrEnd = (lines: SourceLine[], k: number): boolean => k >= lines.length || lines[k].cls === LineClass.Blank;

/** Builds the section tree as headings come, deepest open section last. */
export class SectionTree {
  readonly sections: Section[] = [];
  private readonly open: number[] = [];

  /** The section new blocks belong to: the deepest open one, -1 before the first heading. */
  get current(): number {
    return this.open.length ? this.open[this.open.length - 1] : -1;
  }

  /** The open section at `level`, if any. */
  openAt(level: number): Section | undefined {
    for (const id of this.open) if (this.sections[id].level === level) return this.sections[id];
    return undefined;
  }

  add(level: number, marker: string, title: string, span: Span): Section {
    while (this.open.length && this.sections[this.open[this.open.length - 1]].level >= level) this.open.pop();
    const parentId = this.open.length ? this.open[this.open.length - 1] : null;
    const path = parentId === null ? [title] : [...this.sections[parentId].path, title];
    const section: Section = { id: this.sections.length, level, marker, title, parentId, path, span };
    this.sections.push(section);
    this.open.push(section.id);
    return section;
  }
}
