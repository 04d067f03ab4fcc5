/**
 * The fourth held-out set (test/heldout4/), written without reading the rules first:
 * - middle-east-africa.ja.txt: a PDF-extracted region page (column-width line breaks, a page number 「346」
 *   in the middle of a sentence), 「９　中東諸国」 and 「１１　アフリカ諸国」; every paragraph opens with
 *   「Xとの間では、」 and names its counterparts without their country (「ハリド国防相」「ルワイリー参謀総長」
 *   「ハッサン国防相」「ルト大統領」); talks at every level and mode, a port call and an exercise in one
 *   sentence, a capacity-building act, a planned visit (予定) and an ongoing program (「2016年以降…実施している」);
 * - capacity-building.ja.txt: a clean capacity-building section: a period statement 「2022年4月から2023年3月
 *   までの間に実施した派遣は…」, activities per country and field with and without dates of their own, one
 *   online seminar, two invitations (招へい), an ASEAN-wide seminar held in Bangkok, a seminar co-hosted with
 *   Australia (日豪共催) for Fiji, an ongoing program (「2012年以降…実施している」) and a plan (検討).
 * All sentences are the project's own; the gold files follow the codebook and docs/codebook.md.
 *
 * Decision for 日豪共催 (docs/codebook.md is silent): Australia, the co-host, takes part in the engagement,
 * so the gold lists ["AUS","FJI"] (trilateral). The extractor deliberately drops a 日X compound as a
 * "co-provider, not a recipient"; docs/codebook.md should say which reading holds (see the it.fails below).
 *
 * The floors are the scores when the set was written, rounded down to 0.05: regression guards, to be
 * raised as the rules improve. Known gaps are `it.fails`, each with its diagnosis: when a fix makes one
 * pass, vitest reports it — turn it into a plain `it`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createdIn,
  describeEvent,
  describeScores,
  heldoutRunner,
  sameIdentity,
  sentenceSpan,
  spanOf,
  touching,
  type HeldoutDocument,
} from './heldout-harness.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'heldout4');

const DOCUMENTS: HeldoutDocument[] = [
  // When written: 11 gold, 12 predicted, 11 matched — P 0.917, R 1.000, F1 0.957.
  // After the fixes (instructors sent to teach are capacity building; a start with 以降 is a program):
  // 11/11/11.
  { file: 'middle-east-africa.ja.txt', gold: 'middle-east-africa.gold.jsonl', floor: { precision: 0.95, recall: 0.95, f1: 0.95 } },
  // When written: 10 gold, 7 predicted, 6 matched — P 0.857, R 0.600, F1 0.706.
  // After the fixes (指導 as a teaching act, premises and branches are not fields, 重機 is engineering,
  // co-hosts are partners): 10/10/10.
  { file: 'capacity-building.ja.txt', gold: 'capacity-building.gold.jsonl', floor: { precision: 0.9, recall: 0.9, f1: 0.9 } },
];

const run = heldoutRunner(DIR, DOCUMENTS);
const mea = () => run('middle-east-africa.ja.txt');
const cb = () => run('capacity-building.ja.txt');

describeScores('held-out 4', DOCUMENTS, run);

describe('held-out 4: what must not be an event', () => {
  it('Middle East: the planned visit to Jordan (訪問する予定) creates no event, and nothing is dated 2024', () => {
    const { text, events } = mea();
    expect(createdIn(events, sentenceSpan(text, 'また、2024年1月には、防衛')).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2024')).map(describeEvent)).toEqual([]);
  });

  it('Middle East: the page number creates no event, and the sentence it cuts is one meeting of 2023-02', () => {
    const { text, events } = mea();
    expect(createdIn(events, spanOf(text, '\n346\n')).map(describeEvent)).toEqual([]);
    const jor = events.filter((e) => e.partners.includes('JOR'));
    expect(jor.map(describeEvent)).toEqual(['talks 2023-02 JOR (talks.anchor-clause@1)']);
    expect(jor[0].jpRole).toBe('chief-gsdf');
  });

  it('Middle East / Africa: the regions’ significance sentences create no event', () => {
    const { text, events } = mea();
    for (const s of [sentenceSpan(text, '中東地域は、'), sentenceSpan(text, 'アフリカ諸国との協力は、')]) {
      expect(createdIn(events, s).map(describeEvent)).toEqual([]);
    }
  });

  it('Middle East: counterparts written without their country take the paragraph’s topic (docs/codebook.md 17)', () => {
    const { events } = mea();
    expect(events.some((e) => sameIdentity(e, 'talks', '2023-01', ['SAU']) && e.mode === 'phone' && e.highLevel)).toBe(true);
    expect(events.some((e) => sameIdentity(e, 'talks', '2023-07', ['SAU']) && e.jpRole === 'chief-joint-staff')).toBe(true);
    expect(events.some((e) => sameIdentity(e, 'talks', '2022-08', ['DJI']) && e.jpRole === 'senior-vice-minister')).toBe(true);
    expect(events.some((e) => sameIdentity(e, 'talks', '2023-05', ['KEN']) && e.level === 'leaders' && !e.highLevel)).toBe(true);
  });

  it('capacity building: the ongoing program (2012年以降), the plan (検討), the outlook and the period statement create no event', () => {
    const { text, events } = cb();
    for (const s of [
      sentenceSpan(text, '防衛省・自衛隊は、2012年以降'),
      sentenceSpan(text, 'なお、2023年度には、ラオス'),
      sentenceSpan(text, '防衛省・自衛隊は、引き続き'),
      sentenceSpan(text, '2022年4月から2023年3月までの間に実施した派遣は'),
    ]) {
      expect(createdIn(events, s).map(describeEvent)).toEqual([]);
    }
    expect(events.filter((e) => e.partners.includes('LAO') || e.date.startsWith('2012')).map(describeEvent)).toEqual([]);
  });

  it('capacity building: the ASEAN-wide seminar is for ASEAN, not Thailand (Bangkok is its venue)', () => {
    const { events } = cb();
    const a = events.filter((e) => sameIdentity(e, 'capacity-building', '2022-10', ['ASEAN']));
    expect(a.map((e) => [e.method, e.field])).toEqual([['dispatch', 'international aviation law']]);
    expect(events.filter((e) => e.partners.includes('THA')).map(describeEvent)).toEqual([]);
  });

  it('capacity building: online seminar and invitations carry their method; an undated activity takes the period', () => {
    const { events } = cb();
    expect(events.find((e) => sameIdentity(e, 'capacity-building', '2022-11', ['IDN']))?.method).toBe('online');
    expect(events.find((e) => sameIdentity(e, 'capacity-building', '2022-11', ['IDN']))?.mode).toBe('video');
    expect(events.find((e) => sameIdentity(e, 'capacity-building', '2023-01', ['LKA']))?.method).toBe('invitation');
    const tls = events.find((e) => sameIdentity(e, 'capacity-building', '2022-04', ['TLS']));
    expect([tls?.method, tls?.dateEnd, tls?.field]).toEqual(['invitation', '2023-03', 'vehicle maintenance']);
  });
});

describe('held-out 4: known gaps (it.fails until the rule or data is fixed)', () => {
  // personnel.trigger (src/pipeline/7-events/rules/simple.ts, startDates: docs/codebook.md 22) reads
  // 「2016年以降、…教官を派遣し、施設分野の教育を実施している」 as a posting dated by its start; only a strong
  // capacity-building trigger (能力構築支援) vetoes the instructors' dispatch, not the weak 教育, and the clause
  // chain's ongoing predicate 「…を実施している」 (an ongoing program, docs/codebook.md 9/13) is not checked.
  it('Africa: the ongoing instructor program in Kenya (2016年以降…実施している) creates no event', () => {
    const { text, events } = mea();
    // The sentence is wrapped at the column: find it by a piece on one line.
    expect(touching(events, sentenceSpan(text, 'なお、陸自は、2016年以')).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2016')).map(describeEvent)).toEqual([]);
  });

  // data/gazetteer/cb-fields.json has no key for 重機 (heavy machinery operation and maintenance, the GSDF's
  // standing project in Djibouti): the event is found but without a field.
  it('Africa: the Djibouti project has a field (heavy machinery)', () => {
    const { events } = mea();
    expect(events.find((e) => sameIdentity(e, 'capacity-building', '2023-02', ['DJI']))?.field).toBeDefined();
  });

  // data/events/triggers.json capacity-building: the teaching acts are セミナー/教育/研修/実技教育/招へい, not 指導
  // (技術指導, 実技指導, 演奏技術の指導), although the rule's ACTIVITY_AFTER already counts 指導 as an activity noun;
  // 「…に対し、航空救難に関する実技指導を行った」 in a capacity-building section gives "no event trigger".
  it('capacity building: the aviation-rescue coaching in Vietnam (実技指導, 2022-12) is an event', () => {
    const { events } = cb();
    expect(events.some((e) => sameIdentity(e, 'capacity-building', '2022-12', ['VNM']) && e.field === 'aviation rescue')).toBe(true);
  });

  // Same gap: 「…陸自隊員を派遣し、…施設分野の技術指導を行った」 has no trigger (派遣 is not one in this section,
  // 技術指導 is no teaching act), so the span 2022-06..08 of Mongolia is lost.
  it('capacity building: the engineering project in Mongolia (2022-06 to 2022-08) is an event', () => {
    const { events } = cb();
    const m = events.find((e) => sameIdentity(e, 'capacity-building', '2022-06', ['MNG']));
    expect([m?.dateEnd, m?.field]).toEqual(['2022-08', 'engineering']);
  });

  // Same gap: 「…軍楽隊に対して演奏技術の指導を行った」 has no trigger ("no trigger and no date"); had it one,
  // the section's period would date it 2022-04..2023-03.
  it('capacity building: the military band project in Papua New Guinea is an event dated by the period', () => {
    const { events } = cb();
    const p = events.find((e) => sameIdentity(e, 'capacity-building', '2022-04', ['PNG']));
    expect([p?.dateEnd, p?.field]).toEqual(['2023-03', 'military band']);
  });

  // Judgment call (see the header): capacity-building.ts recipientMentions() drops every 日X compound
  // (「日米の連携による…」 names a co-provider), so 日豪共催 gives FJI alone; the gold counts Australia as a
  // partner of the engagement. One miss + one false alarm until docs/codebook.md decides.
  it('capacity building: the seminar co-hosted with Australia for Fiji has partners AUS and FJI', () => {
    const { events } = cb();
    expect(events.some((e) => sameIdentity(e, 'capacity-building', '2023-02', ['AUS', 'FJI']))).toBe(true);
  });

  // data/gazetteer/cb-fields.json maps the bare 「施設」 to engineering, and activitiesIn() keeps the first field
  // of a partner's segment: in 「海自の施設において潜水医学に関する研修」 the facility (施設 = premises) becomes the
  // field and 潜水医学 is dropped (its ACTIVITY_AFTER check applies only to later fields).
  it('capacity building: the Sri Lanka invitation is on diving medicine, not engineering', () => {
    const { events } = cb();
    expect(events.find((e) => sameIdentity(e, 'capacity-building', '2023-01', ['LKA']))?.field).toBe('diving medicine');
  });

  // Same lexicon entry: 「陸自の施設科隊員を派遣し」 names the Japanese instructors' branch (施設科), read as the
  // field before 「国連PKOの施設分野に関する教育」 (gold PKO, as in gold/ for カンボジア's 「国連PKOにおける施設活動」);
  // PKO is then dropped because 「の施設分野に関する教育」 is longer than ACTIVITY_AFTER's 8 characters.
  it('capacity building: the Vietnam project in the period is on PKO', () => {
    const { events } = cb();
    expect(events.find((e) => sameIdentity(e, 'capacity-building', '2022-04', ['VNM']))?.field).toBe('PKO');
  });
});
