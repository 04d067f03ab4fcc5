/**
 * Source kinds in their real shapes (issue 7, deliverable 4), for agreements, conferences and
 * equipment, on fixtures written by the project in the ministry's style (test/fixtures/real-shapes/):
 * a press release on a minister's trip to multilateral meetings (a dated head, a trip span, numbered
 * items, a statement adopted, a side meeting, a plan), and an older white-paper web page dated
 * 「07(平成19)年」「03(同15)年」 with 本年/昨年 read against its edition.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../src/pipeline/index.js';

const dir = new URL('./fixtures/real-shapes/', import.meta.url);

function run(name: string, published?: string) {
  const file = new URL(name, dir);
  const doc = buildDocument(decodeBytes(readFileSync(file), file.pathname), published ? { published } : {});
  return { doc, events: extractEvents(doc).events };
}
const brief = (e: KoryuEvent) =>
  [e.kind, e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.partners.length > 3 ? `${e.partners.length} partners` : e.partners.join(','), e.jpRole ?? '', e.instrument ?? '', e.milestone ?? '']
    .filter((x) => x !== '')
    .join(' ');

describe('a press release on a multilateral meeting', () => {
  const { doc, events } = run('multilateral-release.txt');

  it('is a press release dated by its head', () => {
    expect(doc.context).toMatchObject({ kind: 'press-release', published: '2022-11-24' });
  });

  it('reports each meeting on its own day, the statement adopted there, and the side meeting', () => {
    expect(events.map(brief)).toEqual([
      // 「(1)11月23日、…第9回ADMMプラスが行われた」, the trip's span 22–23 folded into the meeting's day.
      'conference 2022-11-23 17 partners minister',
      // 「会議においては、…。また、…「…」に係る共同声明が採択された」: the meeting's day and membership.
      'agreement 2022-11-23 17 partners declaration signed',
      'conference 2022-11-22 ASEAN minister',
      'talks 2022-11-22 AUS minister',
    ]);
  });

  it('leaves out the host visited, the meetings only reported on, and the next meeting planned', () => {
    expect(events.some((e) => e.partners.join() === 'KHM')).toBe(false);
    expect(events.filter((e) => e.kind === 'conference').map((e) => e.name)).toEqual(['ADMMプラス', '日ASEAN防衛担当大臣会合']);
    expect(events.some((e) => e.date.startsWith('2023'))).toBe(false);
  });

  it('names the statement by its subject', () => {
    expect(events.find((e) => e.kind === 'agreement')?.name).toBe('防衛分野における気候変動への対応');
  });
});

describe('an older white-paper page', () => {
  const { events } = run('older-edition-page.txt', '2008');

  it('reads its two-digit era years, 本年 and 昨年 against the edition, and its section country', () => {
    expect(events.map(brief)).toEqual([
      'agreement 2007-03 AUS declaration signed',
      'talks 2007-06 AUS minister',
      'talks 2008-04 AUS minister',
      // 「シンガポールで開催された…会議に出席」: the venue is no partner.
      'conference 2008-05 minister',
      // 「03(同15)年9月に作成された…覚書(07(同19)年12月改定)」: two milestones, each its own date.
      'agreement 2003-09 AUS MOU signed',
      'agreement 2007-12 AUS MOU revised',
      'agreement 2007-12 AUS ACSA negotiation-start',
      // 「…共同研究を開始し、本共同研究は07(同19)年10月に完了した」: one project from start to end.
      'equipment 2006-04..2007-10 AUS',
    ]);
  });
});
