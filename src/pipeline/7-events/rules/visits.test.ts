/**
 * Visits written as a count of places (codebook 86): 「ASEAN全10か国を訪問」, 「その3カ国全てを、…が訪問」, and the
 * bare titles after a surname that name the visitor. Every passage is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { extractEvents } from '../../index.js';

const SEA: SectionSubject = { kind: 'region', codes: [], label: '東南アジア' };

function talks(paragraphs: string[], subject: SectionSubject | undefined = SEA): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '1　交流', subject, paragraphs }])).events.filter((e) => e.kind === 'talks');
}
const brief = (e: KoryuEvent) => [e.date, e.partners.join(','), e.jpRole, e.mode].join(' ');
const briefs = (evs: KoryuEvent[]) => evs.map(brief).sort();

describe('talks: places written as a count, and a surname with a bare title', () => {
  it('visits each member of a group written 「ASEAN全10か国」 (rule 56)', () => {
    const ev = talks(['2013年、山田内閣総理大臣は、ASEAN全10か国を訪問した。'], SEA);
    expect(ev.map((e) => e.partners.join()).sort()).toEqual(['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM']);
    expect(new Set(ev.map((e) => e.jpRole))).toEqual(new Set(['prime-minister']));
  });
  it('does not expand a group when the count is not its own', () => {
    expect(talks(['2013年、山田内閣総理大臣は、ASEANの3か国を訪問した。'], SEA)).toEqual([]);
  });
  it('reads 「その3カ国全てを、…副大臣が訪問」 as a visit to each country just named', () => {
    const ev = talks(['島国のうち軍を持つのはフィジー、トンガ、パプアニューギニアの3カ国で、2020年2月にその3カ国全てを、川村副大臣が訪問した。'], undefined);
    expect(briefs(ev)).toEqual(['2020-02 FJI senior-vice-minister in-person', '2020-02 PNG senior-vice-minister in-person', '2020-02 TON senior-vice-minister in-person']);
  });
  it('needs the count to match the countries named before 「その…か国」', () => {
    expect(talks(['2020年2月、フィジーとトンガに続き、その3カ国全てを、川村副大臣が訪問した。'], undefined)).toEqual([]);
  });
  it('reads a surname and 長官 as the minister of the agency years (額賀長官(当時))', () => {
    expect(briefs(talks(['2006年9月、山川長官(当時)はモンゴルを訪問し、国防大臣と会談を行った。'], undefined))).toEqual(['2006-09 MNG minister in-person']);
  });
});
