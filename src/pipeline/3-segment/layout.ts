/**
 * The layout vocabulary (data/layout/*.json): line patterns for references, media, captions,
 * sidebars, figures, furniture and headings. Compiled once; a malformed file names itself.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const dataDir = new URL('../../../data/layout/', import.meta.url);

const Patterns = z.array(z.string().min(1));

const BlocksSchema = z.object({
  referenceMarker: Patterns,
  reference: Patterns,
  pageReference: Patterns,
  figureTitle: Patterns,
  media: Patterns,
  captionEnd: Patterns,
  photoPlace: z.string().min(1),
  captionDateInside: Patterns,
  sidebarEnd: Patterns,
  sidebarWriterUnit: Patterns,
});

const FurnitureSchema = z.object({
  furniture: Patterns,
  sectionRunningTitle: z.string().min(1),
  verticalHeadMinRun: z.number().int().min(2),
});

const HeadingsSchema = z.object({
  levels: z.array(z.object({ level: z.number().int().min(2).max(9), pattern: z.string().min(1) })),
  footnote: z.string().min(1),
  wrapParticles: z.string(),
});

/** One compiled pattern list: `test` is true when any of them matches. */
export interface PatternSet {
  test(s: string): boolean;
}

export interface Layout {
  referenceMarker: PatternSet;
  reference: PatternSet;
  pageReference: PatternSet;
  figureTitle: PatternSet;
  media: PatternSet;
  captionEnd: PatternSet;
  /**
   * Where a person stands in a photo, in brackets (「(左端)」「(右から2人目)」). A line of its own ending so is a
   * web page's photo caption (`webCaptionEnd`), only in text not wrapped to a column: in a printed column
   * such a line closes a caption the column already frames (a VOICE sidebar's photo). Stage 7 reads the same
   * words after a name glued into running text.
   */
  photoPlace: RegExp;
  webCaptionEnd: PatternSet;
  captionDateInside: PatternSet;
  sidebarEnd: PatternSet;
  sidebarWriterUnit: PatternSet;
  furniture: PatternSet;
  /** Matches 「第N節」 at the end of a line; what precedes it is the running title. */
  sectionRunningTitle: RegExp;
  verticalHeadMinRun: number;
  /** Heading patterns by level (group 1 marker, group 2 title), in order of precedence. */
  headings: Array<{ level: number; pattern: RegExp }>;
  /** Group 1: the footnote number, group 2: its text. */
  footnote: RegExp;
  /** Characters that cannot begin a heading or a paragraph, so a line starting with one continues a wrapped heading. */
  wrapParticles: Set<string>;
}

function readJson(name: string): unknown {
  try {
    return JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
  } catch (e) {
    throw new Error(`data/layout/${name}: cannot be read as JSON: ${(e as Error).message}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, name: string): T {
  const r = schema.safeParse(readJson(name));
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`data/layout/${name}: invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

function compile(source: string, file: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (e) {
    throw new Error(`data/layout/${file}: bad pattern ${JSON.stringify(source)}: ${(e as Error).message}`);
  }
}

function patternSet(sources: string[], file: string): PatternSet {
  // One alternation instead of a loop over patterns: one regex run per line.
  const combined = compile(sources.map((s) => `(?:${s})`).join('|'), file);
  return { test: (s) => combined.test(s) };
}

let cached: Layout | undefined;

export function loadLayout(): Layout {
  if (cached) return cached;
  const blocks = parseWith(BlocksSchema, 'blocks.json');
  const furniture = parseWith(FurnitureSchema, 'furniture.json');
  const headings = parseWith(HeadingsSchema, 'headings.json');
  const B = 'blocks.json';
  cached = {
    referenceMarker: patternSet(blocks.referenceMarker, B),
    reference: patternSet(blocks.reference, B),
    pageReference: patternSet(blocks.pageReference, B),
    figureTitle: patternSet(blocks.figureTitle, B),
    media: patternSet(blocks.media, B),
    captionEnd: patternSet(blocks.captionEnd, B),
    photoPlace: compile(blocks.photoPlace, B),
    webCaptionEnd: patternSet([`${blocks.photoPlace}$`], B),
    captionDateInside: patternSet(blocks.captionDateInside, B),
    sidebarEnd: patternSet(blocks.sidebarEnd, B),
    sidebarWriterUnit: patternSet(blocks.sidebarWriterUnit, B),
    furniture: patternSet(furniture.furniture, 'furniture.json'),
    sectionRunningTitle: compile(furniture.sectionRunningTitle, 'furniture.json'),
    verticalHeadMinRun: furniture.verticalHeadMinRun,
    headings: headings.levels.map((h) => ({ level: h.level, pattern: compile(h.pattern, 'headings.json') })),
    footnote: compile(headings.footnote, 'headings.json'),
    wrapParticles: new Set([...headings.wrapParticles]),
  };
  return cached;
}
