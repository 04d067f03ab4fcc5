/**
 * Builds a KoryuDocument straight from clean paragraphs, bypassing decode/segment, so that the
 * later stages (time, mentions, events) can be tested on sentences written for the purpose.
 */
import { createHash } from 'node:crypto';
import type { Block, KoryuDocument, Section, SectionSubject, Sentence } from '../src/model/document.js';
import { MappedText } from '../src/model/mapped-text.js';
import { resolveDocumentTime } from '../src/pipeline/5-time/resolve.js';

export interface HandSection {
  title: string;
  subject?: SectionSubject;
  /** Each paragraph is split on 。 into sentences. Prefix a paragraph with 'caption:' to make it a caption. */
  paragraphs: string[];
}

export function docFromSections(sections: HandSection[]): KoryuDocument {
  let text = '';
  const blocks: Block[] = [];
  const secs: Section[] = [];
  const sentences: Sentence[] = [];
  for (const hs of sections) {
    const headStart = text.length;
    text += hs.title + '\n';
    const sectionId = secs.length;
    secs.push({ id: sectionId, level: 3, marker: String(sectionId + 1), title: hs.title, parentId: null, path: [hs.title], span: { start: headStart, end: headStart + hs.title.length }, subject: hs.subject });
    for (const raw of hs.paragraphs) {
      const type = raw.startsWith('caption:') ? 'caption' : 'paragraph';
      const para = raw.replace(/^caption:/, '');
      const start = text.length;
      text += para + '\n';
      const block: Block = { id: blocks.length, type, clean: MappedText.identity(para, start), span: { start, end: start + para.length }, sectionId };
      blocks.push(block);
      let s = 0;
      for (const part of para.match(/[^。]+。?/g) ?? []) {
        const span = { start: start + s, end: start + s + part.length };
        sentences.push({ id: sentences.length, text: part, clean: MappedText.identity(part, span.start), span, pieces: [span], blockId: block.id, blockType: type, sectionId });
        s += part.length;
      }
    }
  }
  const doc: KoryuDocument = {
    source: { path: 'hand-built.txt', text, encoding: 'utf-8', format: 'text', contentHash: createHash('sha256').update(text).digest('hex') },
    blocks,
    sections: secs,
    sentences,
    glossary: {},
    annotations: [],
    context: { kind: 'other', kindFrom: 'default' },
  };
  resolveDocumentTime(doc);
  return doc;
}
