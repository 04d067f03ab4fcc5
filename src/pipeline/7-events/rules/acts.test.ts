/**
 * Exercises, port calls, capacity building, people and other acts as releases, unit pages and
 * white papers tell them, and the false alarms around them. Passages written for this test; each
 * row fails without the rule (or data) it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

function run(paragraphs: string[], subject?: SectionSubject): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: subject?.label ?? '概要', subject, paragraphs }])).events;
}
/** A plain text with a publication date, through the whole pipeline. */
const page = (text: string, published: string, kind?: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published, ...(kind ? { kind } : {}) } as never)).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(',')].join(' ');

describe('dated after the document (codebook rule 82)', () => {
  it('drops an engagement dated after the month the document was published', () => {
    const text = '日米豪防衛相会談について\n\n2023年10月20日、防衛大臣は豪国防大臣と会談した。両大臣は、来年2月に行う日米共同統合演習「キーン・エッジ」に豪軍が参加したことを歓迎した。\n';
    const ev = page(text, '2023-10-20', 'press-release');
    expect(ev.filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(ev.map(brief)).toContain('talks 2023-10-20  AUS');
  });

  it('keeps an engagement later in the month of the document (an activity page dated by its first entry)', () => {
    const ev = page('大臣の動静\n\n11月16日、大臣は米空母「ジョージ・ワシントン」に乗艦し、視察しました。\n', '2022-11-01', 'activity');
    expect(ev.map(brief)).toEqual(['other 2022-11-16  USA']);
  });
});

describe('dates of plans are not the story\'s dates', () => {
  it('does not date an activity by the date of a plan in its sentence (「同年11月に開催予定の…」)', () => {
    const ev = run(['2022年8月、陸自は楽器を寄贈した。', '陸自はトンガ軍楽隊に対し、同年11月に開催予定の演奏会に向けて、楽器整備の能力構築支援を行った。']);
    expect(ev.filter((e) => e.date === '2022-11')).toEqual([]);
  });
});

describe('capacity-building.partner-field: the activity just told', () => {
  it('reads 「本事業においては、…」 without a date of its own as the activity just told, not another one', () => {
    const ev = run([
      '陸自は、2022年8月15日から9月2日までの間、フィジーにおいて能力構築支援を実施した。',
      '本事業においては、隊員5名を派遣し、フィジー軍の隊員に対し、軍楽隊育成の能力構築支援として技術指導を行った。',
    ]);
    expect(ev.filter((e) => e.kind === 'capacity-building').map(brief)).toEqual(['capacity-building 2022-08-15 2022-09-02 FJI']);
  });
});
