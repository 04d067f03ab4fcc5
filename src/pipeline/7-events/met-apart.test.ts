/**
 * Titles of one country met apart (codebook 509). The passages are written for the test in the style of a ministry release.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(body: string): string[] {
  const text = `日比防衛相会談等について\n\n令和4年4月9日\n防衛省\n\n${body}\n`;
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'), { published: '2022-04-09' });
  return extractEvents(doc).events.filter((e) => e.kind === 'talks').map((e) => `${e.date} ${e.partners.join(',')}`);
}

describe('titles of one country met apart (codebook 509)', () => {
  it('gives one meeting per title when the text says they were met one by one', () => {
    expect(talksOf('防衛大臣は、本日、フィリピン国軍参謀総長及び国防大臣とそれぞれ会談を行った。')).toEqual(['2022-04-09 PHL', '2022-04-09 PHL']);
    expect(talksOf('防衛大臣は、本日、フィリピン陸軍司令官及び国防大臣と個別に会談を行った。')).toEqual(['2022-04-09 PHL', '2022-04-09 PHL']);
  });

  it('keeps titles met together as one meeting', () => {
    expect(talksOf('防衛大臣は、本日、フィリピン国軍参謀総長及び国防大臣と会談を行った。')).toEqual(['2022-04-09 PHL']);
  });
});
