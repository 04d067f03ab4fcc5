/**
 * Fora and conferences on unseen text (codebook 380–399): the participants of a forum told after it, a venue
 * written with its city in brackets, and a forum named in a transcript's head before 「…後臨時会見」. Passages written for this test in the style of the ministry's releases and
 * activity pages; beside each passage that must change stand neighbours that must not.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

/** A page as the ministry lays it out (its lines apart), with its date. */
function page(lines: string[], published: string): KoryuEvent[] {
  return extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(lines.join('\n\n') + '\n'), 'page.txt'), { published })).events;
}
const fora = (evs: KoryuEvent[]) => evs.filter((e) => e.kind === 'conference').map((e) => `${e.date} ${e.partners.join(',')}`).sort();

describe('the participants of a forum referred to as 「同会議には、」 (codebook 380, 381)', () => {
  const held = '11月5日及び6日、防衛省は、アジア太平洋の国々を招き、都内にて「第25回東京ディフェンス・フォーラム」を開催しました。';
  const listed =
    '同会議には、招かれた国々のうち、タイからはソムチャイ国防次官、ベトナムからはグエン・ヴァン・ミン国防副大臣、フィリピンからサントス国防次官補が代表として参加したほか、域外の国々から局長級が参加し、我が国を含め合計10か国が参加しました。';
  const release = (...body: string[]) => page(['東京ディフェンス・フォーラムの開催について', '令和6年11月7日', '防衛省', held, ...body], '2024-11-07');

  it('gives the forum the states listed as 「Xからは…が参加」 in the sentence that refers to it', () => {
    expect(fora(release(listed))).toEqual(['2024-11-05 PHL,THA,VNM']);
  });

  it('adds the states the next sentence says took part another way (「なお、一部の国(…)はオンラインで参加」)', () => {
    expect(fora(release(listed, 'なお、一部の国(ラオス、カンボジア)はオンラインで参加しました。'))).toEqual(['2024-11-05 KHM,LAO,PHL,THA,VNM']);
    expect(fora(release(listed, 'また、ラオス及びカンボジアもオンラインで出席しました。'))).toEqual(['2024-11-05 KHM,LAO,PHL,THA,VNM']);
  });

  it('adds nothing from a sentence of another engagement, one not right after the list, or one still to come', () => {
    expect(fora(release(listed, 'なお、ラオス及びカンボジアは同時期の共同訓練に参加しました。'))).toEqual(['2024-11-05 PHL,THA,VNM']);
    expect(fora(release(listed, '各国からは活発な意見が示されました。', 'なお、ラオス及びカンボジアはオンラインで参加しました。'))).toEqual(['2024-11-05 PHL,THA,VNM']);
    expect(fora(release(listed, 'なお、ラオス及びカンボジアは次回会合に参加する予定です。'))).toEqual(['2024-11-05 PHL,THA,VNM']);
    // Without the list, the forum keeps no partners: 「なお、…」 adds only to participants already listed.
    expect(fora(release('なお、ラオス及びカンボジアはオンラインで参加しました。'))).toEqual(['2024-11-05 ']);
  });

  it('leaves the forum alone when the referring sentence lists no states', () => {
    expect(fora(release('同会議では、海洋における課題について幅広く意見交換を行いました。'))).toEqual(['2024-11-05 ']);
  });
});

describe('a venue written with its city in brackets (codebook 382)', () => {
  const activity = (body: string) => page(['研究所の活動', '2024年5月', body], '2024-05');
  it('leaves the country of 「ラトビア(リガ)で開催された」 out of the forum’s partners', () => {
    expect(fora(activity('5月10日、防衛研究所長は、ラトビア(リガ)で開催された国防大学長会議に参加しました。'))).toEqual(['2024-05-10 ']);
    expect(fora(activity('5月10日、防衛研究所長は、ラトビア（リガ）において開かれた国防大学長会議に参加しました。'))).toEqual(['2024-05-10 ']);
  });

  it('keeps a country met there, and a country in brackets that is no venue', () => {
    const talks = page(['防衛大臣の出張について', '令和6年5月12日', '防衛省', '5月10日、防衛大臣はラトビア(リガ)を訪問し、ラトビア国防大臣と会談を行った。'], '2024-05-12');
    expect(talks.filter((e) => e.kind === 'talks').map((e) => e.partners.join(','))).toEqual(['LVA']);
    expect(fora(activity('5月10日、防衛研究所長は、エストニア(国防大学)主催の国防大学長会議に参加しました。'))).toEqual(['2024-05-10 EST']);
  });
});

describe('a forum named in a transcript’s head before 「…後臨時会見」 (codebook 383)', () => {
  // The head's fields one a line, as the ministry's transcripts give them.
  const head = (place: string, note: string) =>
    page(['防衛大臣臨時記者会見', ['日時', '令和5年11月18日(土)20:10~20:18(日本時間)', '場所', place, '備考', note].join('\n'), '1 発表事項', ' なし。'], '2023-11-18');
  it('reads the forum first in the list of what was held before the press conference, the country visited as its venue', () => {
    const ev = head('ホテル会見室', '木原大臣カナダ訪問(ハリファックス国際安全保障フォーラム、日加防衛相会談等後臨時会見)');
    expect(fora(ev)).toEqual(['2023-11-18 ']);
    expect(ev.filter((e) => e.kind === 'talks').map((e) => `${e.date} ${e.partners.join(',')}`)).toEqual(['2023-11-18 CAN']);
    expect(fora(head('ホテル会見室', '木原大臣ハリファックス国際安全保障フォーラム出席後臨時会見'))).toEqual(['2023-11-18 ']);
  });

  it('reads no forum from a hall’s name in the place line, nor from a press conference after talks alone', () => {
    expect(fora(head('ハリファックス・カンファレンス・センター及び記者会見室', '日加防衛相会談後臨時会見'))).toEqual([]);
    expect(fora(head('ホテル会見室', '日加防衛相会談後臨時会見'))).toEqual([]);
  });
});
