/**
 * Source kinds in their real shapes (issue 7, deliverable 4), on fixtures written by the project in
 * the ministry's style (test/fixtures/real-shapes/): a press conference (a dated head, first person,
 * 「先ほど」「その後」, journalists' questions), an activity page (one entry per day, no year), a chief
 * of staff's message (「私は」, 「先月10日から14日までの間」).
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
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.jpRole, e.mode].join(' ');

describe('a press conference', () => {
  const { doc, events } = run('transcript.txt');

  it('is a transcript dated by its 日時 line', () => {
    expect(doc.context).toMatchObject({ kind: 'transcript', published: '2022-03-08' });
  });

  it("reports the minister's meetings told in the first person, and nothing from the questions", () => {
    expect(events.map(brief)).toEqual([
      // 「昨日、7日の夜、…と電話会談を行いました」: the speaker is the principal.
      'talks 2022-03-07 FIN minister phone',
      // 「先ほど、…と防衛省において会談を行いました」: earlier today.
      'talks 2022-03-08 BEL minister in-person',
      // 「その後、…の表敬を受けました」: the day of the meeting just told.
      'talks 2022-03-08 POL minister in-person',
      // The answer (A:) reports a meeting; the question before it (a summit, a planned meeting) does not.
      'talks 2022-02-02 GBR minister video',
    ]);
  });
});

describe('an activity page', () => {
  const { doc, events } = run('activity.txt');

  it('is an activity page of its month', () => {
    expect(doc.context).toMatchObject({ kind: 'activity', published: '2022-03' });
  });

  it("dates each entry by its own day, in the page's year even after an entry says 昨年", () => {
    expect(events.map(brief)).toEqual([
      'talks 2022-03-24 ESP minister in-person',
      'talks 2022-03-18 AUS minister video',
      'talks 2022-03-10 MEX minister in-person',
    ]);
  });
});

describe("a chief of staff's message", () => {
  const { events } = run('chief-message.txt', '2022-06-05');

  it('takes the author for 「私は」 and for sentences that leave the subject out', () => {
    expect(events.map(brief)).toEqual(['talks 2022-05-10 GBR chief-asdf in-person', 'talks 2022-05-20 IND chief-asdf in-person']);
    expect(events[0].dateEnd).toBe('2022-05-14');
  });
});

describe('a white-paper web page with its title in the first lines', () => {
  it('is about the partner its title names, not the book part above it', () => {
    const text = '第III部 わが国の防衛と日米同盟\n\n3 日中防衛交流\n\n 交流の意義は大きい。\n 2007年8月には、中国国防部長(当時)が訪日し、山田防衛大臣と会談を行った。\n';
    const doc = buildDocument(decodeBytes(Buffer.from(text), 'page.txt'));
    expect(doc.subject?.codes).toEqual(['CHN']);
    expect(extractEvents(doc).events.map(brief)).toEqual(['talks 2007-08 CHN minister in-person']);
  });
});

describe('a day without its year outside a white paper', () => {
  it('is of the document’s time, not of a year a profile line wrote long before', () => {
    const text = '航空幕僚長より\n\n第30代航空幕僚長\n平成27年12月 航空幕僚長に就任\n\n さて、私は7月11日から16日までの間、英国を訪問し、英空軍参謀長と会談を行いました。\n';
    const doc = buildDocument(decodeBytes(Buffer.from(text), 'message.txt'), { published: '2017-07' });
    expect(extractEvents(doc).events.map(brief)).toEqual(['talks 2017-07-11 GBR chief-asdf in-person']);
  });
});

describe('a press release with numbered items', () => {
  const { events } = run('release.txt');

  it('dates the meetings its items tell without a day by the preamble’s occasion, one per counterpart met 個別に', () => {
    expect(events.map(brief)).toEqual([
      'talks 2022-06-10 IDN minister in-person',
      'talks 2022-06-10 CAN minister in-person',
      'talks 2022-06-10 GBR minister in-person',
      'talks 2022-06-10 VNM minister in-person',
      'talks 2022-06-10 AUS,USA minister in-person',
    ]);
    // The preamble's two days are the occasion: a meeting told without its day spans them, once.
    expect(events.every((e) => e.dateEnd === '2022-06-11')).toBe(true);
  });
});
