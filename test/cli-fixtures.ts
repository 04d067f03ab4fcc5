/** Hand-made events and a stub pipeline for the CLI tests (no extractor needed). */
import { KoryuError } from '../src/model/errors.js';
import type { SourceKind } from '../src/model/document.js';
import type { KoryuEvent } from '../src/model/event.js';
import type { ExtractFile } from '../src/cli/commands/extract.js';

export function ev(id: string, over: Partial<KoryuEvent> = {}): KoryuEvent {
  return {
    id,
    kind: 'talks',
    date: '2020-09-10',
    partners: ['AUS'],
    format: 'bilateral',
    level: 'ministerial',
    jpRole: 'minister',
    mode: 'video',
    highLevel: true,
    evidence: [{ start: 12, end: 48, text: '９月、防衛大臣は豪国防大臣とテレビ会談を行い、\n協力の推進で一致した。' }],
    confidence: 0.9,
    rule: 'talks.meeting@1',
    ...over,
  };
}

export const EVENTS_BY_FILE: Record<string, KoryuEvent[]> = {
  'a.txt': [
    ev('ev-aaaa00000001'),
    ev('ev-aaaa00000002', { date: '2020-05', partners: ['IND'], mode: 'phone' }),
    ev('ev-aaaa00000003', {
      kind: 'exercise',
      date: '2021-01',
      dateEnd: '2021-02',
      partners: ['AUS', 'USA'],
      format: 'trilateral',
      level: undefined,
      jpRole: 'unit',
      mode: undefined,
      highLevel: false,
      name: 'コープ・ノース21',
    }),
  ],
  'b.txt': [ev('ev-bbbb00000001', { kind: 'port-call', date: '2020-07', partners: ['LKA'], level: undefined, highLevel: false, mode: undefined })],
  'empty.txt': [],
};

/** Extraction by file base name from EVENTS_BY_FILE; 'bad…' files fail like an undecodable input. */
export function stubExtract(byFile: Record<string, KoryuEvent[]> = EVENTS_BY_FILE, calls: string[] = []): ExtractFile {
  return async (file, options) => {
    calls.push(file);
    const base = file.split('/').pop()!;
    if (base.startsWith('bad')) throw new KoryuError('E_ENCODING', `${file}: cannot be decoded as text`);
    const events = byFile[base] ?? [];
    return {
      source: { path: file, text: 'x', encoding: options.encoding ?? 'utf-8', format: 'text', contentHash: `hash-of-${base}` },
      context: {
        kind: (options.kind as SourceKind | undefined) ?? 'other',
        kindFrom: options.kind ? 'option' : 'default',
        ...(options.published ? { published: options.published, publishedFrom: 'option' as const } : {}),
      },
      events: events.map((e) => ({ ...e, source: file })),
      ...(options.explain
        ? {
            trace: [
              {
                sentenceId: 3,
                text: '９月、防衛大臣は豪国防大臣とテレビ会談を行った。',
                span: { start: 12, end: 48 },
                sectionPath: ['第1節 多角的・多層的な安全保障協力', '2 豪州'],
                blockType: 'paragraph',
                fired: [{ rule: 'talks.meeting@1', reason: 'a principal, a partner and 会談 in one clause', eventId: events[0]?.id }],
              },
              {
                sentenceId: 4,
                text: '写真　会談の様子',
                span: { start: 49, end: 57 },
                sectionPath: ['第1節 多角的・多層的な安全保障協力', '2 豪州'],
                blockType: 'caption',
                fired: [],
                skipped: 'caption: only running text creates events',
              },
              {
                sentenceId: 5,
                text: '両国は協力を深めていく。',
                span: { start: 58, end: 70 },
                sectionPath: [],
                blockType: 'paragraph',
                fired: [],
              },
            ],
          }
        : {}),
    };
  };
}
