/**
 * The second held-out set (test/heldout2/), written after the first one had been used to fix rules:
 * - whitepaper-page.ja.html: a white-paper section as the ministry publishes it on the web (<h2>/<h3>,
 *   <p>, a <figure> with a dated photo caption, <sup> footnote marks, an <ol> of footnotes), India 2022;
 * - korea-china.ja.txt: PDF-extraction style (column-width breaks, a letter-spaced heading, a page
 *   number and a vertical running head inside a paragraph), Korea and China with 同年/同月/翌年 chains,
 *   a plan, a postponement, a hotline 運用開始 and an undated restatement;
 * - press-digest.ja.txt: a clean list of dated news items (■令和4年…), with a summit held by video,
 *   an agreement signed at it, a transfer to Ukraine, NATO, Shangri-La with trilateral talks on its
 *   sidelines, a liaison officer posting and a plan announced as news.
 * All sentences are the project's own; the gold files follow the codebook and docs/codebook.md.
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

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'heldout2');

const DOCUMENTS: HeldoutDocument[] = [
  // When written: 15 gold, 4 predicted, 4 matched — P 1.000, R 0.267, F1 0.421 (the figure caption
  // swallows every paragraph after it; see the it.fails below). Without the <figure>: 14/15 matched.
  // After the general fixes its misses called for (a caption in unwrapped text is its own block,
  // meetings named after a generic noun): 15/15/15. No longer unseen for those rules.
  { file: 'whitepaper-page.ja.html', gold: 'whitepaper-page.gold.jsonl', floor: { precision: 0.9, recall: 0.9, f1: 0.9 } },
  // When written: 10 gold, 8 predicted, 6 matched — P 0.750, R 0.600, F1 0.667. After the fixes
  // (plans do not move 同年, mechanisms and hotlines are instruments): 10/9/9.
  { file: 'korea-china.ja.txt', gold: 'korea-china.gold.jsonl', floor: { precision: 0.9, recall: 0.85, f1: 0.85 } },
  // When written: 11 gold, 12 predicted, 8 matched — P 0.667, R 0.727, F1 0.696. After the fixes
  // (「…形式で」 is a manner, a venue is not a partner, participants named after an exercise, topics
  // whose predicate is a plan, more titles): 11/11/11.
  { file: 'press-digest.ja.txt', gold: 'press-digest.gold.jsonl', floor: { precision: 0.9, recall: 0.9, f1: 0.9 } },
];

const run = heldoutRunner(DIR, DOCUMENTS);
const page = () => run('whitepaper-page.ja.html');
const kc = () => run('korea-china.ja.txt');
const digest = () => run('press-digest.ja.txt');

describeScores('held-out 2', DOCUMENTS, run);

describe('held-out 2: what must not be an event', () => {
  it('web page: the photo caption creates no event, and its date (2022年5月) dates none', () => {
    const { text, events } = page();
    const cap = spanOf(text, 'インド陸軍参謀長の表敬を受ける陸上幕僚長（2022年5月）');
    expect(createdIn(events, cap).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2022-05')).map(describeEvent)).toEqual([]);
  });

  it('web page: the footnotes (with their 2019年11月 and 2015年12月) create no event', () => {
    const { text, events } = page();
    // The decoder writes a note of a list of notes as a footnote line (「1\t…」): find it by its text.
    const notes = { start: spanOf(text, '「2+2」：外務・防衛閣僚会合。').start - 2, end: text.length };
    expect(touching(events, notes).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.date.startsWith('2019') || e.date.startsWith('2015')).map(describeEvent)).toEqual([]);
  });

  it('web page: site chrome (header, nav, footer) stays out of the decoded text', () => {
    const { text } = page();
    for (const chrome of ['キーワードを入力', '１　オーストラリア', '市谷本村町', 'Copyright']) expect(text).not.toContain(chrome);
  });

  it('web page: the 2+2 and the next day’s ministers’ meeting stay two talks (same month, same level)', () => {
    const { events } = page();
    const sept = events.filter((e) => sameIdentity(e, 'talks', '2022-09', ['IND']) && e.jpRole === 'minister');
    expect(sept.length).toBe(2);
  });

  it('web page: the exercise the ministers agreed to prepare (調整を進める) is not an event', () => {
    const { text, events } = page();
    const s = sentenceSpan(text, '翌日には、浜田防衛大臣がシン国防大臣と日印防衛相会談を行い');
    expect(createdIn(events, s).filter((e) => e.kind !== 'talks').map(describeEvent)).toEqual([]);
  });

  it('Korea–China: the plan (次回会合…予定), the postponement (延期), the restatement and the planned meeting create no event', () => {
    const { text, events } = kc();
    const spans = [
      sentenceSpan(text, 'なお、同協議の次回会合は、翌年'),
      sentenceSpan(text, '一\n方、同年秋に予定されていた'),
      sentenceSpan(text, 'このように、日中間では'),
      sentenceSpan(text, '今後\nも、次回の日中防衛相会談'),
    ];
    for (const s of spans) expect(createdIn(events, s).map(describeEvent)).toEqual([]);
  });

  it('Korea–China: 「両大臣は、ホットラインの早期運用開始に向けて調整…」 adds evidence, creates no agreement event', () => {
    const { text, events } = kc();
    expect(createdIn(events, sentenceSpan(text, '両大臣は、ホットラインの早期運用')).map(describeEvent)).toEqual([]);
    expect(events.filter((e) => e.kind === 'agreement' && e.date === '2022-11').map(describeEvent)).toEqual([]);
  });

  it('Korea–China: the page number and the vertical running head create nothing and stay out of sentences', () => {
    const { doc } = kc();
    const s = sentenceWith(doc, '対潜戦の手順を確認した');
    expect(s.text).not.toMatch(/318|第3章/);
  });

  it('press digest: the header, the issuing office and the closing note create no event', () => {
    const { text, events } = digest();
    for (const n of ['防衛省　防衛協力・交流ニュース', '防衛省防衛政策局国際政策課', '（注）職名は当時のもの。']) {
      const s = spanOf(text, n);
      expect(createdIn(events, s).map(describeEvent)).toEqual([]);
    }
  });
});

describe('held-out 2: known gaps (it.fails until the rule or data is fixed)', () => {
  // Segmenter: in HTML every <p> is one line and the document has < 20 lines, so
  // estimateColumnWidth() returns Infinity; findFloatEnd() (src/pipeline/3-segment/floats.ts) then finds
  // no "full-width body line" and HTML never has the PDF's leading-space resume mark, so the float
  // begun by the <figcaption> line runs to the footnotes: 9 paragraphs become captions (11 misses).
  it('web page: the paragraphs after the <figure> are running text, not captions', () => {
    const { doc } = page();
    for (const n of ['日印共同訓練「JIMEX22」', '防衛審議官がインド国防省', 'ダルマ・ガーディアン22', '日印情報保護協定']) {
      expect(sentenceWith(doc, n).blockType, n).toBe('paragraph');
    }
  });

  // Same cause: the misclassified paragraph shares the caption's side time context, so 「同月」 reads
  // the caption's 2022年5月 (codebook, Time: never a photo caption).
  it('web page: 「同月」 after the caption is the running text’s September (JIMEX22 is 2022-09)', () => {
    const { events, doc } = page();
    expect(sentenceWith(doc, '日印共同訓練「JIMEX22」').time?.[0]?.dates[0]).toBe('2022-09');
    expect(events.some((e) => sameIdentity(e, 'exercise', '2022-09', ['IND']))).toBe(true);
  });

  // Masked by the caption bug (true even without the <figure>): 「国際会議「ライシナ・ダイアログ」に出席」 —
  // the forum is not in data/gazetteer/fora.json, and the MEETING pattern of
  // src/pipeline/7-events/rules/conference.ts needs a quoted name ending in 会議/会合/対話/フォーラム…
  // (ダイアログ is not a meeting noun) or a meeting noun followed by に/へ/において (here 「国際会議」 is
  // followed by the quoted name).
  it('web page: the chief of staff at the Raisina Dialogue is a conference', () => {
    const { events } = page();
    expect(events.some((e) => e.kind === 'conference' && e.date === '2022-04')).toBe(true);
  });

  // data/layout/headings.json "footnote": a number + ideographic space is a footnote only before a
  // 「term：」; 「2　秘密情報の保護に関する…協定。」 (a footnote giving an instrument's full title) becomes a
  // paragraph of running text, and the decoder does not pass on that it was an <li> of an <ol> of notes.
  // Today no rule fires on it (「署名」 without an instrument), by luck.
  it('web page: the second footnote is a footnote block', () => {
    const { doc } = page();
    expect(sentenceWith(doc, '秘密情報の保護に関する日本国政府とインド共和国政府').blockType).toBe('footnote');
  });

  // src/pipeline/5-time: 「翌年」 inside a plan clause (「次回会合は、翌年にソウルで開催する予定」) moves the
  // running year, so the next 「同年9月」「同年10月」 resolve to 2023 (2 misses + 2 false alarms).
  it('Korea–China: 「同年9月」 after a planned 「翌年」 is still 2022', () => {
    const { events } = kc();
    expect(events.some((e) => sameIdentity(e, 'exercise', '2022-09', ['KOR', 'USA']))).toBe(true);
    expect(events.some((e) => sameIdentity(e, 'talks', '2022-10', ['KOR']))).toBe(true);
  });

  // Headings are matched on the raw line (data/layout/headings.json, level 4 「^([（(][0-9０-９]{1,2}[）)])」)
  // before letter spacing is collapsed; 「（ ２ ） 最 近 の …」 is not a heading and is glued onto the first
  // sentence of the China paragraph, which then sits in section （１）「…意義」.
  it('Korea–China: the letter-spaced 「（２）最近の主要な防衛協力・交流実績など」 is a heading', () => {
    const { doc } = kc();
    expect(doc.sections.filter((s) => s.title.includes('最近の主要な防衛協力・交流実績など')).length).toBe(2);
    expect(sentenceWith(doc, '魏鳳和（ぎ・ほうわ）').text.startsWith('2021年12月')).toBe(true);
  });

  // data/events/triggers.json "other": only 観艦式に参加/へ参加/への参加 (Japan taking part abroad); a
  // foreign navy at Japan's review (「国際観艦式には、韓国海軍の艦艇が参加した」) has no trigger.
  it('Korea–China: the Korean ships at Japan’s fleet review are an `other` event', () => {
    const { events } = kc();
    expect(events.some((e) => sameIdentity(e, 'other', '2022-11', ['KOR']))).toBe(true);
  });

  // data/gazetteer/instruments.json has no entry for 「海空連絡メカニズム」 or its hotline
  // (「ホットライン」), so agreement.milestone reports 「milestone without an instrument」 for 運用を開始.
  it('Korea–China: the hotline’s 運用開始 (翌年3月) is an operational milestone', () => {
    const { events } = kc();
    expect(events.some((e) => sameIdentity(e, 'agreement', '2023-03', ['CHN']) && e.milestone === 'operational')).toBe(true);
  });

  // talks.anchor-clause: 「テレビ会議形式で日豪首脳会談を行い」 — 「テレビ会議」 is taken as an anchor of its own
  // (video) and 「首脳会談」 as another with the default in-person mode (docs/codebook.md 11) instead of
  // reading 「…会議形式で」 as the mode of the meeting it qualifies; the two differ in mode, so merging
  // keeps two summits.
  it('press digest: the summit held by video is one talks event', () => {
    const { events } = digest();
    expect(events.filter((e) => sameIdentity(e, 'talks', '2022-01-06', ['AUS'])).map((e) => e.mode)).toEqual(['video']);
  });

  // data/gazetteer/foreign-titles.json has 事務総長 but not 事務次長 (NATO Deputy Secretary General), so
  // 「NATOのジョアナ事務次長とテレビ会談」 has no counterpart (and the digest has no section to fall back on).
  it('press digest: the senior vice-minister’s video talk with NATO’s deputy secretary general', () => {
    const { events } = digest();
    expect(events.some((e) => sameIdentity(e, 'talks', '2022-05-18', ['NATO']))).toBe(true);
  });

  // conference.ts: for a forum without a fixed membership the partners are every country named in the
  // sentence (namedCodes over the whole text), the venue included — 「シンガポールで開催された」 gives SGP
  // against docs/codebook.md 12 (never a country named as a place).
  it('press digest: Shangri-La’s venue is not a partner', () => {
    const { events } = digest();
    const sld = events.find((e) => e.kind === 'conference' && e.date === '2022-06-10');
    expect(sld?.partners).toEqual([]);
  });

  // exercise.anchor: participants listed in the clause after the anchor (「…に参加し、米国、インド及びドイツの
  // 空軍とも戦術訓練を行いました」) are not gathered; only the exercise's standing participant (AUS) is kept.
  it('press digest: Pitch Black’s participants named after the anchor are partners', () => {
    const { events } = digest();
    const pb = events.find((e) => e.kind === 'exercise' && e.name?.includes('ピッチ・ブラック'));
    expect(pb?.partners).toEqual(['AUS', 'DEU', 'IND', 'USA']);
  });

  // isPlanned reads the trigger's own clause only (docs/codebook.md 15): in 「日仏共同訓練について、令和5年1月に
  // …実施する予定であることを発表しました」 the trigger's clause is 「日仏共同訓練について」, the cue 予定 sits
  // in the predicate the topic governs; the event is also dated to the news item (2022-11-30), not to
  // the planned 令和5年1月.
  it('press digest: the exercise announced as planned (実施する予定であることを発表) is not an event', () => {
    const { text, events } = digest();
    expect(createdIn(events, sentenceSpan(text, '■令和4年11月30日')).map(describeEvent)).toEqual([]);
  });
});
