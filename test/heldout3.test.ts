/**
 * The third held-out set (test/heldout3/), written without reading the rules first:
 * - heisei-edition.ja.txt: a 平成27年版 (2015) white-paper page as extracted from PDF — era dates only
 *   (「平成26年11月」「同年12月」「14(平成26)年7月」「15(同27)年1月」), column-width line breaks, no blank lines
 *   between the part/chapter/section titles and the first country heading, the Philippines, Vietnam and
 *   the UK, a photo caption with its own date, a VOICE sidebar (first person, with a date), two footnotes
 *   wrapped at the body's column width (one with a dated signing), a plan;
 * - chronology-table.ja.txt: the table 「最近の主な防衛協力・交流の実績（過去3年間）」 as extracted text,
 *   Singapore as 「年月　概要」 lines, France as a 年月 / 形態 / 概要 column layout;
 * - press-release2.ja.html: a news release on a minister's three-day visit to the Philippines (<h2> per
 *   day's item; 「令和5年1月10日（火）」「翌11日（水）」「同日午後」「1月12日（木）」), a joint statement, a
 *   courtesy call on the President, an exercise observed, a meeting with the armed forces' chief, a plan.
 * All sentences are the project's own; the gold files follow the codebook and docs/codebook.md.
 *
 * Decision for the chronology table: its rows are events (each states a dated engagement between
 * named parties); the codebook's "figure labels never create events" is read as covering labels of
 * charts and maps, not a chronology that is itself a record of engagements. The project may decide to
 * treat such tables as figures — then the gold of chronology-table.ja.txt is the place to change.
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
  sentenceWith,
  spanOf,
  touching,
  type HeldoutDocument,
} from './heldout-harness.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'heldout3');

const DOCUMENTS: HeldoutDocument[] = [
  // When written: 14 gold, 17 predicted, 12 matched — P 0.706, R 0.857, F1 0.774.
  // After the fixes its misses called for (同会談において dates the sentence, a principal paired after
  // a passive meeting, 「同様の覚書」 is not a reference, 「VOICE　title」 opens a column): 14/16/14.
  { file: 'heisei-edition.ja.txt', gold: 'heisei-edition.gold.jsonl', floor: { precision: 0.85, recall: 0.95, f1: 0.9 } },
  // When written: 12 gold, 0 predicted — P 1.000 (nothing predicted), R 0, F1 0: the whole table is one
  // figure block (see the it.fails below).
  { file: 'chronology-table.ja.txt', gold: 'chronology-table.gold.jsonl', floor: { precision: 1, recall: 0, f1: 0 } },
  // When written: 5 gold, 2 predicted, 2 matched — P 1.000, R 0.400, F1 0.571.
  // After the fixes (a section starts from its parent's dates, 「翌11日」, the document's subject from
  // its title): 5/4/4.
  { file: 'press-release2.ja.html', gold: 'press-release2.gold.jsonl', floor: { precision: 0.95, recall: 0.75, f1: 0.85 } },
];

const run = heldoutRunner(DIR, DOCUMENTS);
const heisei = () => run('heisei-edition.ja.txt');
const table = () => run('chronology-table.ja.txt');
const press = () => run('press-release2.ja.html');

describeScores('held-out 3', DOCUMENTS, run);

describe('held-out 3: what must not be an event', () => {
  it('Heisei: the photo caption creates no event, and its date (平成26年9月) dates none', () => {
    const { text, events, doc } = heisei();
    const cap = spanOf(text, '写真　ベトナム海軍兵士に潜水医学を教える自衛隊員（平成26年9月）');
    expect(createdIn(events, cap).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2014-09')).map(describeEvent)).toEqual([]);
    expect(sentenceWith(doc, '潜水医学を教える自衛隊員').blockType).toBe('caption');
  });

  it('Heisei: the plan (寄港…調整していく予定) creates no event', () => {
    const { text, events } = heisei();
    expect(createdIn(events, sentenceSpan(text, '今後、ベトナム海軍艦艇の日本への寄港')).map(describeEvent)).toEqual([]);
  });

  it('Heisei: the first footnote line (a term：definition) is a footnote and creates nothing', () => {
    const { text, events } = heisei();
    expect(createdIn(events, spanOf(text, '防衛協力・交流に関する覚書：')).map(describeEvent)).toEqual([]);
    expect(createdIn(events, spanOf(text, '日英情報保護協定：')).map(describeEvent)).toEqual([]);
  });

  it('Heisei: the footnotes’ dated signings (2013年7月, and 2011年10月 with Vietnam) are not events here', () => {
    const { events } = heisei();
    expect(events.filter((e) => e.date.startsWith('2013-07')).map(describeEvent)).toEqual([]);
  });

  it('chronology table: the title and the note create no event', () => {
    const { text, events } = table();
    for (const n of ['図表Ⅲ-3-1-12　最近の主な防衛協力・交流の実績（過去3年間）', '（注）職名は当時のもの。']) {
      expect(createdIn(events, spanOf(text, n)).map(describeEvent)).toEqual([]);
    }
  });

  it('press release: the plan (次回の防衛相会談…調整していく), the closing line and the note create no event', () => {
    const { text, events } = press();
    for (const s of [
      sentenceSpan(text, 'また、両大臣は、次回の防衛相会談'),
      sentenceSpan(text, '同日、浜田大臣は、全ての日程を終え'),
      sentenceSpan(text, '（注）本資料中の日付'),
      spanOf(text, '問い合わせ先：防衛省防衛政策局国際政策課'),
    ]) {
      expect(createdIn(events, s).map(describeEvent)).toEqual([]);
    }
  });

  it('press release: site chrome (header, nav, breadcrumb, footer) stays out of the decoded text', () => {
    const { text } = press();
    for (const chrome of ['検索語を入力', '白書・刊行物', 'トップ', '市谷本村町', 'Copyright']) expect(text).not.toContain(chrome);
  });

  it('press release: the joint statement is a signed declaration of 2023-01-10', () => {
    const { events } = press();
    const js = events.filter((e) => sameIdentity(e, 'agreement', '2023-01-10', ['PHL']));
    expect(js.map((e) => [e.instrument, e.milestone])).toEqual([['declaration', 'signed']]);
  });
});

describe('held-out 3: known gaps (it.fails until the rule or data is fixed)', () => {
  // src/pipeline/3-segment/lines.ts + index.ts isListItem(): 「第Ⅲ部　…」「第3章　…」「第2節　…」 with the title
  // AFTER the marker are no heading class (furniture.json sectionRunningTitle only knows the running head
  // 「…　第2節」 at a line's end), so they open a paragraph without a sentence end; 「５　フィリピン」 and
  // 「（１）…」 right below are then read as list items inside that open paragraph. The Philippines section
  // is lost (its sentences sit in a subject-less 「（２）」). With a blank line after 「第2節…」 it is found.
  it.fails('Heisei: 「５　フィリピン」 is a section about the Philippines', () => {
    const { doc } = heisei();
    expect(doc.sections.some((s) => s.title === 'フィリピン' && s.subject?.codes.join() === 'PHL')).toBe(true);
  });

  // data/layout/blocks.json "sidebarEnd" knows only the 2021 layout (a lone 「VOICE」 line closing the
  // sidebar, a writer unit with a prefecture and city); a sidebar OPENED by 「VOICE　title」 with the writer
  // on the next line is running text, and its first-person 「平成26年6月、…ハノイを訪れ…」 gives two
  // capacity-building events (fields military medicine and diving medicine) — 2 false alarms.
  it.fails('Heisei: the VOICE sidebar is a sidebar and creates no event', () => {
    const { text, events, doc } = heisei();
    expect(sentenceWith(doc, '減圧症の予防と治療').blockType).toBe('sidebar');
    const voice = { start: spanOf(text, 'VOICE　ベトナムでの潜水医学').start, end: spanOf(text, '大切にしていきたいと思います。').end };
    expect(createdIn(events, voice).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2014-06')).map(describeEvent)).toEqual([]);
  });

  // src/pipeline/3-segment/index.ts footnote(): a footnote continues only on indented lines, or after a
  // line as wide as the footnote column (2.5 body columns), or on lines wider than the body column. These
  // footnotes are wrapped at the body's width, so their second and third lines are running text; 「わが国は、
  // これまでに11(平成23)年10月にベトナムとの間で同様の覚書に署名している。」 then gives an agreement
  // 2011-10 VNM — and names it ACSA: 「同様の覚書」 ("a similar MOU") is resolved as a back-reference to the
  // last instrument of the running text (日英ACSA, docs/codebook.md 24) although 同様の means another
  // instrument and a 覚書 cannot be an ACSA (no type check on the reference).
  it.fails('Heisei: the wrapped footnotes are footnotes and create no event', () => {
    const { text, events, doc } = heisei();
    expect(sentenceWith(doc, 'ベトナムとの間で同様の覚書').blockType).toBe('footnote');
    const notes = { start: spanOf(text, '1　防衛協力・交流に関する覚書：').start, end: text.length };
    expect(touching(events, notes).map(describeEvent)).toEqual([]);
  });

  // src/pipeline/7-events/index.ts + data/events/cues.json anaphoricDate: 「同会談において、両大臣は…覚書1に署名し」
  // has no date of its own and 「同会談において」 is not an anaphoric opener (the list has 同会談の際/同会談後,
  // the pattern 同X(にあわせ|の際|の機会に|に先立ち) lacks において/では/の中で), so agreement.milestone finds no
  // date and the sentence only adds evidence to the meeting (talks.same-meeting). Miss: the MOU's signing.
  it('Heisei: the Japan–Philippines MOU signed at the January 2015 meeting is an agreement event', () => {
    const { events } = heisei();
    expect(events.some((e) => sameIdentity(e, 'agreement', '2015-01', ['PHL']) && e.instrument === 'MOU' && e.milestone === 'signed')).toBe(true);
  });

  // talks.anchor-clause: in 「第5回日越防衛政策対話が開催され、防衛審議官とベトナム国防次官との間で…意見を交換
  // した」 the trigger comes before the principal; the trigger's clause holds no principal, so the trigger's
  // default role (data/events/triggers.json 政策対話 → official) wins over the 防衛審議官 named after it.
  // Level working ≠ gold vice-ministerial: one miss + one false alarm.
  it('Heisei: the policy dialogue led by the 防衛審議官 is vice-ministerial', () => {
    const { events } = heisei();
    const t = events.find((e) => sameIdentity(e, 'talks', '2014-11', ['VNM']));
    expect(t?.jpRole).toBe('vice-minister-international');
  });

  // Judgment call (gold notes, not a clear rule bug): 「日英ACSAの交渉開始で一致する」 at the 2+2 is agreement on
  // a future step (an intention, like 「…推進していくことで一致」), so the gold has no negotiation-start; the
  // extractor reads the noun 交渉開始 as the milestone. docs/codebook.md should say which reading holds.
  it.fails('Heisei: 「交渉開始で一致」 is not a negotiation-start milestone', () => {
    const { events } = heisei();
    expect(events.filter((e) => e.kind === 'agreement' && e.partners.includes('GBR') && e.date === '2015-01').map(describeEvent)).toEqual([]);
  });

  // data/layout/blocks.json figureTitle 「図表Ⅲ-3-1-12　…」 opens a figure block that runs to the end of the
  // file (blank lines and 【…】 group heads included), and figures never create events (docs/codebook.md 16).
  // Even as running text (title removed) 【シンガポール】 matches captionEnd and the rows become captions;
  // with the rows alone, normalize joins them into one 434-character sentence (no 「。」 at row ends) and the
  // talks rule spreads AUS/FRA/SGP/USA across rows; the group head (【シンガポール】, the 概要 column) is never
  // the partner of counterparts written without a country (「ウン国防大臣」). 12 misses.
  it.fails('chronology table: each row is an event of its partner', () => {
    const { events } = table();
    expect(events.some((e) => sameIdentity(e, 'talks', '2021-06', ['SGP']))).toBe(true);
    expect(events.some((e) => sameIdentity(e, 'exercise', '2021-05', ['AUS', 'FRA', 'USA']))).toBe(true);
    expect(events.some((e) => sameIdentity(e, 'port-call', '2023-09', ['FRA']))).toBe(true);
  });

  // src/pipeline/5-time/resolve.ts starts the running context afresh at every section and every heading;
  // each <h2> of the release is a section, so 「翌11日」「同日午後」「1月12日」 under the later <h2>s have no year.
  // And even in one section, 「翌11日」 (the next day, the 11th) is no time form of parse.ts (REL 翌 + a
  // number day), and a bare 「11日」 counts only as the second item after a full date.
  it.fails('press release: 「翌11日」「同日」「1月12日」 resolve to 2023-01-11, 2023-01-11, 2023-01-12', () => {
    const { doc } = press();
    expect(sentenceWith(doc, 'マルコス大統領を表敬').time?.[0]?.dates[0]).toBe('2023-01-11');
    expect(sentenceWith(doc, '同日午後').time?.[0]?.dates[0]).toBe('2023-01-11');
    expect(sentenceWith(doc, 'センティーノ国軍参謀総長').time?.[0]?.dates[0]).toBe('2023-01-12');
  });

  // Behind the dates: 「マルコス大統領を表敬」 names a title with no country and the <h2> sections have no
  // country subject (the visit's country is in the title and the lead sentence only): 「表敬」 has no counterpart.
  it('press release: the courtesy call on the President is a talks event of 2023-01-11', () => {
    const { events } = press();
    expect(events.some((e) => sameIdentity(e, 'talks', '2023-01-11', ['PHL']))).toBe(true);
  });

  // Behind the dates: in 「陸上自衛隊とフィリピン陸軍が実施している…共同訓練を視察」 the foreign force is the
  // subject (が) joined by と to the SDF, not a counterpart written with と/との間 after it: exercise.anchor finds
  // no partner when no section names the country.
  it('press release: the exercise the minister observed is an exercise with the Philippines', () => {
    const { events } = press();
    expect(events.some((e) => sameIdentity(e, 'exercise', '2023-01', ['PHL']))).toBe(true);
  });

  // Fixed: 「浜田大臣」 (surname + 大臣, the release's second mention) is the minister (data/gazetteer/jp-principals.json
  // 大臣 afterSurname).
  it('press release: the meeting with the armed forces’ chief of staff is a talks event of 2023-01-12', () => {
    const { events } = press();
    expect(events.some((e) => sameIdentity(e, 'talks', '2023-01-12', ['PHL']))).toBe(true);
  });

  // Fixed: the lead 「…1月10日（火）から12日（木）までの日程でフィリピン共和国を訪問しました」 is a trip (a visit
  // over several days); it folds into the meeting dated inside it (docs/codebook.md 25), which keeps its day.
  it('press release: the trip’s frame sentence does not widen the meeting of the 10th', () => {
    const { events } = press();
    const t = events.find((e) => sameIdentity(e, 'talks', '2023-01-10', ['PHL']));
    expect(t?.dateEnd).toBeUndefined();
  });
});
