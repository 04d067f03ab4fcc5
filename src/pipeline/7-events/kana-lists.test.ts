/**
 * Lists of counterparts joined by 及び/並びに written in kana (「および」「ならびに」, as the white papers of 2008–2012 write
 * them) share the title after them like 及び does (codebook 492). Passages written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function partnersOf(text: string): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'paper.txt'), { published: '2010', kind: 'whitepaper' });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => e.partners.join(','))
    .sort();
}

describe('counterparts listed with 「および」「ならびに」 (codebook 492)', () => {
  it('meets both countries of 「タイおよびベトナムの国防次官」', () => {
    expect(partnersOf('2009年5月、山田防衛事務次官は、タイおよびベトナムの国防次官と個別に会談を行った。\n')).toEqual(['THA', 'VNM']);
  });
  it('meets every country of 「マレーシア、タイならびにベトナムの国防大臣」', () => {
    expect(partnersOf('2009年5月、山田防衛大臣は、マレーシア、タイならびにベトナムの国防大臣とそれぞれ会談を行った。\n')).toEqual(['MYS', 'THA', 'VNM']);
  });
  it('leaves a country named as a topic out of the list (「タイおよびベトナム情勢について」)', () => {
    expect(partnersOf('2009年5月、山田防衛大臣は、豪国防大臣と会談を行い、タイおよびベトナム情勢について意見交換した。\n')).toEqual(['AUS']);
  });
});
