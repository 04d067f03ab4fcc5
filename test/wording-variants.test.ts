/**
 * The metamorphic grid of test/wording-variants.grid.ts (issue 7): the same engagement written many ways must give the
 * same event (kind, date, partners, and for talks level, mode and jpRole); a plan, a question, a background mention
 * and a meeting of third parties must give none. A failure names the family and the wording at fault.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../src/pipeline/index.js';
import { documentText, negativeGrid, otherKindsGrid, talksGrid, type Variant } from './wording-variants.grid.js';

function extract(v: Variant): KoryuEvent[] {
  const doc = buildDocument(decodeBytes(Buffer.from(documentText(v)), 'variant.txt'), { kind: v.kind, published: v.published });
  return extractEvents(doc).events;
}

/** The fields the variant's `want` gives: kind, date, partners, then (talks) level, mode, jpRole. */
function briefs(v: Variant, events: KoryuEvent[]): string[] {
  const fields = v.want ? v.want.split(' ').length : 6;
  return events.map((e) => [e.kind, e.date, e.partners.join(','), e.level, e.mode, e.jpRole].slice(0, fields).join(' '));
}

function failures(variants: Variant[]): string[] {
  const out: string[] = [];
  for (const v of variants) {
    const got = briefs(v, extract(v));
    const ok = v.want === null ? got.length === 0 : got.length === 1 && got[0] === v.want;
    if (!ok) out.push(`${v.id}: want ${v.want ?? 'no event'}, got ${JSON.stringify(got)} — ${v.body}`);
  }
  return out;
}

describe('one engagement written many ways', () => {
  it('gives the same meeting for every counterpart × predicate and date × principal', () => {
    expect(failures(talksGrid())).toEqual([]);
  });

  it('gives the same exercise, port call, agreement or conference for each family’s wordings', () => {
    expect(failures(otherKindsGrid())).toEqual([]);
  });

  it('gives nothing for a plan, a question, a background mention or a meeting of third parties', () => {
    expect(failures(negativeGrid())).toEqual([]);
  });
});
