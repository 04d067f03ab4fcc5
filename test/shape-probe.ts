/**
 * The metamorphic probes' common frame (document shapes, context carried across sentences, partners in their settings):
 * one engagement written by the project in its own words in many shapes, each shape with the events it must give as
 * short strings, compared in any order.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../src/pipeline/index.js';

export interface Shape {
  name: string;
  text: string;
  /** What a user would give with --published. */
  published?: string;
  /** One brief per event (compared in any order). */
  expect: string[];
  /** A shape Koryu still misreads (listed so the fix flips it). */
  fails?: boolean;
}

/** The briefs of the events a shape gives, sorted. */
export function extractShape(shape: Shape, brief: (e: KoryuEvent) => string): string[] {
  const doc = buildDocument(decodeBytes(Buffer.from(shape.text), `${shape.name}.txt`), shape.published ? { published: shape.published } : {});
  return extractEvents(doc).events.map(brief).sort();
}

/** One test per shape: it gives exactly the events it expects. */
export function describeShapes(title: string, shapes: readonly Shape[], brief: (e: KoryuEvent) => string): void {
  describe(title, () => {
    for (const shape of shapes) {
      (shape.fails ? it.fails : it)(shape.name, () => {
        expect(extractShape(shape, brief)).toEqual([...shape.expect].sort());
      });
    }
  });
}
