/**
 * What `koryu inspect` prints: how a document was decoded, cleaned, segmented and dated, with
 * every span in original offsets [start, end) so that it can be checked against the input.
 * Pure: a document in, a string out.
 */
import type { Block, DecodedSource, KoryuDocument, Section, SectionSubject, Sentence, SourceLayout } from '../model/document.js';
import type { Span } from '../model/span.js';

export const INSPECT_FORMATS = ['text', 'json'] as const;
export type InspectFormat = (typeof INSPECT_FORMATS)[number];

export function formatInspect(doc: KoryuDocument, format: InspectFormat): string {
  return format === 'json' ? JSON.stringify(inspectModel(doc), null, 2) + '\n' : inspectText(doc);
}

/** The JSON view; field order is fixed so that outputs can be compared byte for byte. */
export function inspectModel(doc: KoryuDocument) {
  const { source } = doc;
  return {
    source: {
      path: source.path,
      encoding: source.encoding,
      format: source.format,
      title: source.title ?? null,
      contentHash: source.contentHash,
      characters: source.text.length,
      // A PDF's offsets point into the rendering built from its layout: it is given whole.
      ...(source.layout
        ? {
            pages: source.layout.pages.map((p) => ({ page: p.page, span: span(p.span) })),
            regions: source.layout.regions.map((r) => ({
              type: r.type,
              page: r.page,
              span: span(r.span),
              ...(r.base ? { base: span(r.base) } : {}),
            })),
            text: source.text,
          }
        : {}),
    },
    context: {
      kind: doc.context.kind,
      kindFrom: doc.context.kindFrom,
      kindCue: doc.context.kindCue ?? null,
      published: doc.context.published ?? null,
      publishedFrom: doc.context.publishedFrom ?? null,
      publishedCue: doc.context.publishedCue ?? null,
      unanchored: (doc.context.unanchored ?? []).map(span),
    },
    sections: doc.sections.map((s) => ({
      id: s.id,
      level: s.level,
      marker: s.marker,
      title: s.title,
      path: s.path,
      subject: s.subject ?? null,
      span: span(s.span),
    })),
    blocks: doc.blocks.map((b) => ({
      id: b.id,
      type: b.type,
      sectionId: b.sectionId,
      span: span(b.span),
      ...(source.layout ? { pages: blockPages(source.layout, b) } : {}),
      text: b.clean.text,
    })),
    sentences: doc.sentences.map((s) => ({
      id: s.id,
      blockId: s.blockId,
      blockType: s.blockType,
      sectionId: s.sectionId,
      sectionPath: sectionOf(doc, s.sectionId)?.path ?? [],
      subject: subjectOf(doc, s.sectionId) ?? null,
      span: span(s.span),
      pieces: s.pieces.map(span),
      text: s.text,
      dates: (s.time ?? []).map((t) => ({
        text: t.text,
        span: span(t.span),
        kind: t.kind,
        dates: t.dates,
        relative: t.relative,
        rule: t.rule,
      })),
    })),
    glossary: doc.glossary,
    annotations: doc.annotations.map((a) => ({ kind: a.kind, value: a.value, base: a.base, span: span(a.span) })),
    summary: summarize(doc),
  };
}

export interface InspectSummary {
  /** Count per block type, most frequent first. */
  blocks: Record<string, number>;
  sections: number;
  sentences: number;
  datedSentences: number;
}

export function summarize(doc: KoryuDocument): InspectSummary {
  const counts = new Map<string, number>();
  for (const b of doc.blocks) counts.set(b.type, (counts.get(b.type) ?? 0) + 1);
  const blocks = Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return {
    blocks,
    sections: doc.sections.length,
    sentences: doc.sentences.length,
    datedSentences: doc.sentences.filter((s) => (s.time?.length ?? 0) > 0).length,
  };
}

const span = (s: Span): Span => ({ start: s.start, end: s.end });
const showSpan = (s: Span): string => `[${s.start},${s.end})`;

const sectionOf = (doc: KoryuDocument, id: number): Section | undefined => (id >= 0 ? doc.sections[id] : undefined);

/** A section's subject, or the nearest enclosing section's: 「ア 共同訓練」 under 「（1）オーストラリア」 is about Australia. */
function subjectOf(doc: KoryuDocument, sectionId: number): SectionSubject | undefined {
  for (let s = sectionOf(doc, sectionId); s; s = s.parentId === null ? undefined : sectionOf(doc, s.parentId)) {
    if (s.subject) return s.subject;
  }
  return undefined;
}

const showSubject = (s: SectionSubject): string => `{${s.kind}${s.codes.length ? ' ' + s.codes.join(',') : ''}: ${s.label}}`;

function clip(text: string, max = 60): string {
  const oneLine = text.replace(/\n/g, '⏎');
  return oneLine.length > max ? oneLine.slice(0, max - 1) + '…' : oneLine;
}

function inspectText(doc: KoryuDocument): string {
  const out: string[] = [];
  const { source } = doc;
  out.push(
    `source: ${source.path} (${source.encoding}, ${source.format}, ${source.text.length} characters, sha256 ${source.contentHash.slice(0, 12)}…)`,
  );
  if (source.title) out.push(`title: ${source.title}`);
  if (source.format === 'html') out.push('offsets point into the main text extracted from the HTML page');
  if (source.layout) {
    out.push(
      `offsets point into the text rendering of the PDF's ${source.layout.pages.length} page(s), printed below; ` +
        'running heads, page numbers, captions, footnotes and readings are told apart by position and type size',
    );
  }
  out.push(...contextLines(doc));
  if (source.layout) out.push('', ...renderingLines(source, source.layout));

  out.push('', `sections (${doc.sections.length}):`);
  const topLevel = Math.min(...doc.sections.map((s) => s.level));
  for (const s of doc.sections) {
    const subject = s.subject ? ' ' + showSubject(s.subject) : '';
    out.push(`${'  '.repeat(s.level - topLevel + 1)}${s.marker} ${s.title} ${showSpan(s.span)}${subject}`);
  }

  const sentencesByBlock = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = sentencesByBlock.get(s.blockId) ?? [];
    list.push(s);
    sentencesByBlock.set(s.blockId, list);
  }
  let currentSection: number | undefined;
  for (const b of doc.blocks) {
    if (b.sectionId !== currentSection) {
      currentSection = b.sectionId;
      const s = sectionOf(doc, b.sectionId);
      out.push('', s ? `§ ${sectionHeading(doc, s)}` : '§ (before the first heading)');
    }
    out.push(...blockLines(b, sentencesByBlock.get(b.id) ?? [], source.layout));
  }

  const glossary = Object.entries(doc.glossary);
  if (glossary.length) {
    out.push('', `glossary (${glossary.length}):`);
    for (const [abbr, expansion] of glossary) out.push(`  ${abbr} = ${expansion}`);
  }
  if (doc.annotations.length) {
    const readings = doc.annotations.filter((a) => a.kind === 'reading').length;
    out.push('', `annotations: ${readings} readings, ${doc.annotations.length - readings} expansions removed from the running text`);
  }
  out.push('', summaryLine(summarize(doc)));
  return out.join('\n') + '\n';
}

/** 「第1節 › 2 › （1） オーストラリア」: the numbering from the root, then the section's own title. */
function sectionHeading(doc: KoryuDocument, section: Section): string {
  const markers: string[] = [];
  for (let s: Section | undefined = section; s; s = s.parentId === null ? undefined : sectionOf(doc, s.parentId)) {
    markers.unshift(s.marker);
  }
  return `${markers.join(' › ')} ${section.title}`;
}

function blockLines(b: Block, sentences: Sentence[], layout?: SourceLayout): string[] {
  const continues = b.continues !== undefined ? ` (continues #${b.continues})` : '';
  const pages = layout ? blockPages(layout, b) : undefined;
  const page = pages ? (pages[0] === pages[1] ? ` p.${pages[0]}` : ` p.${pages[0]}–${pages[1]}`) : '';
  const head = `  [${b.type}] #${b.id} ${showSpan(b.span)}${page}${continues}`;
  if (!sentences.length) return [`${head} ${clip(b.clean.text)}`];
  const lines = [head];
  for (const s of sentences) {
    const pieces = s.pieces.length > 1 ? ` pieces ${s.pieces.map(showSpan).join(' ')}` : '';
    lines.push(`    s${s.id} ${showSpan(s.span)}${pieces} ${s.text}`);
    for (const t of s.time ?? []) {
      const relative = t.relative ? ', relative' : '';
      lines.push(`      date ${t.text} → ${t.dates.join(', ')} ${showSpan(t.span)} (${t.kind}${relative}; ${t.rule})`);
    }
  }
  return lines;
}

/** The document's kind and date, each with where it was found: the first thing to check when dates look wrong. */
function contextLines({ context: c, source }: KoryuDocument): string[] {
  const how = (from: string, cue?: string): string => (cue ? `from the ${from}: ${cue}` : `from the ${from}`);
  const lines = [
    `kind: ${c.kind} (${c.kindFrom === 'default' ? 'nothing in the document says; --kind sets it' : how(c.kindFrom === 'option' ? 'command line' : c.kindFrom, c.kindCue)})`,
    c.published
      ? `published: ${c.published} (${how(c.publishedFrom === 'option' ? 'command line' : c.publishedFrom === 'html' ? 'HTML markup' : c.publishedFrom ?? 'text', c.publishedCue)}); 本年, 昨年, 本日 and yearless dates are read against it`
      : 'published: unknown (nothing in the document or its file name dates it; --published YYYY-MM-DD sets it)',
  ];
  const undated = c.unanchored ?? [];
  if (undated.length) {
    const words = [...new Set(undated.map((u) => source.text.slice(u.start, u.end)))].slice(0, 6).join(', ');
    lines.push(`  ${undated.length} relative date${undated.length === 1 ? '' : 's'} left undated for want of it: ${words}`);
  }
  return lines;
}

export function summaryLine(s: InspectSummary): string {
  const total = Object.values(s.blocks).reduce((a, b) => a + b, 0);
  const byType = Object.entries(s.blocks)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return `summary: ${total} blocks${byType ? ` (${byType})` : ''}, ${s.sections} sections, ${s.sentences} sentences, ${s.datedSentences} dated`;
}

/** The page an offset of a PDF's rendering lies on (a gap between pages counts to the next). */
export function pageAt(layout: SourceLayout, offset: number): number {
  const { pages } = layout;
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid].span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return pages[lo]?.page ?? 1;
}

/** First and last page of a block. */
function blockPages(layout: SourceLayout, b: Block): [number, number] {
  return [pageAt(layout, b.span.start), pageAt(layout, Math.max(b.span.start, b.span.end - 1))];
}

/**
 * The rendering, page by page and line by line, each line with its start offset and the layout
 * region it belongs to (none: running text).
 */
function renderingLines(source: DecodedSource, layout: SourceLayout): string[] {
  const { text } = source;
  const out = [`text rendering (${text.length} characters; offset, region, line):`];
  const width = String(text.length).length;
  let r = 0;
  for (const p of layout.pages) {
    out.push(`  page ${p.page} ${showSpan(p.span)}`);
    let at = p.span.start;
    while (at < p.span.end) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 || nl > p.span.end ? p.span.end : nl;
      while (r < layout.regions.length && layout.regions[r].span.end <= at) r++;
      const region = layout.regions[r];
      const tag = region && region.span.start <= at && at < region.span.end ? region.type : '';
      const line = text.slice(at, end);
      out.push(line ? `    ${String(at).padStart(width)}  ${tag.padEnd(9)}  ${line}` : '');
      at = end + 1;
    }
  }
  return out;
}
