/**
 * Calls of one day told apart (codebook 490): outside a white paper, a report dated to the day tells each call on a
 * different person of one country as its own meeting — the head of government called on beside the ministers' meeting,
 * in one sentence or in two items. Every passage is written for the test in the manner of the ministry's releases.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(text: string, published: string, kind = 'press-release'): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'), { published, kind });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.partners.join(','), e.jpRole].join(' '))
    .sort();
}

describe('calls of one day told apart (codebook 490)', () => {
  it('reads a call on the prime minister beside the ministers’ meeting of one sentence as two meetings', () => {
    const text = '山田防衛大臣のラオス訪問について\n\n2019年5月3日、山田防衛大臣はラオスを訪問し、ソムサイ首相を表敬するとともに、チャンサモン国防大臣との防衛相会談を実施した。\n';
    expect(talksOf(text, '2019-05-04')).toEqual(['2019-05-03 LAO minister', '2019-05-03 LAO minister']);
  });
  it('reads 「…防衛相会談を行い、また同日、…首相への表敬を実施」 as two meetings', () => {
    const text = '日越防衛相会談について\n\n両大臣は2021年7月5日、ハノイにて、年次日越防衛相会談を行い、また同日、田中大臣はグエン首相への表敬を実施した。\n';
    expect(talksOf(text, '2021-07-06')).toEqual(['2021-07-05 VNM minister', '2021-07-05 VNM minister']);
  });
  it('reads two items of one day that each name whom the principal met as two meetings, the trip folded into them', () => {
    const text = [
      '鈴木防衛副大臣のソロモン諸島訪問について',
      '',
      '令和4年8月6日(土)から8月9日(火)までの間、鈴木防衛副大臣がソロモン諸島を訪問したところ、概要は以下のとおり。',
      '',
      '1. 7日(日)、鈴木副大臣は、ベケ・ソロモン諸島国防大臣と会談を行いました。',
      '2. 同日、鈴木副大臣は、マネレ・ソロモン諸島首相を表敬しました。',
      '',
    ].join('\n');
    expect(talksOf(text, '2022-08-10')).toEqual(['2022-08-07 SLB senior-vice-minister', '2022-08-07 SLB senior-vice-minister']);
  });
  it('keeps a white paper’s summary of the calls of a visit as one meeting', () => {
    const text = '2013年1月10日に防衛事務次官が英国を訪問し、スミス閣外大臣を表敬するとともに、ジョーンズ国防次官との会談を行った。\n';
    expect(talksOf(text, '2014-07-01', 'whitepaper')).toEqual(['2013-01-10 GBR administrative-vice-minister']);
  });
  it('keeps calls dated by their month alone as one meeting (a summary, not a report of the day)', () => {
    const text = '2013年1月に防衛事務次官が英国を訪問し、スミス閣外大臣を表敬するとともに、ジョーンズ国防次官との会談を行った。\n';
    expect(talksOf(text, '2014-07-01', 'other')).toEqual(['2013-01 GBR administrative-vice-minister']);
  });
  it('keeps a meeting named twice (「外務・防衛閣僚協議(「2+2」)」) as one meeting', () => {
    const text = '共同声明(仮訳)\n\n2022年12月9日\n\n山田外務大臣、田中防衛大臣、スミス・オーストラリア国防大臣及びジョーンズ・オーストラリア外務大臣は、2022年12月9日、東京において、第10回日豪外務・防衛閣僚協議(「2+2」)を開催した。\n';
    expect(talksOf(text, '2022-12-10')).toEqual(['2022-12-09 AUS minister']);
  });
  it('keeps a meeting and the exchange of views held in it as one meeting', () => {
    const text = '2019年5月3日、山田防衛大臣はチャンサモン・ラオス国防大臣と会談を行い、地域情勢について意見交換を行った。\n';
    expect(talksOf(text, '2019-05-04')).toEqual(['2019-05-03 LAO minister']);
  });
});

describe('an exchange of views chained after a meeting of the sentence (codebook 496)', () => {
  it('reads 「…と会談を実施するとともに、…委員長との意見交換を実施」 as a second meeting, held by the same principal', () => {
    const text = '山田防衛大臣のシンガポール訪問について\n\n2015年5月30日、山田防衛大臣は、ジョーンズ米国防長官と会談を実施するとともに、スミス米上院軍事委員長との意見交換を実施した。\n';
    expect(talksOf(text, '2015-05-31')).toEqual(['2015-05-30 USA minister', '2015-05-30 USA minister']);
  });
  it('reads no exchange after meetings whose counterpart is written after them (「…を、それぞれX国務大臣との間で実施し、…意見交換した」)', () => {
    const text = '2020年3月には山田防衛大臣が電話会談を、2021年3月には田中防衛大臣がテレビ会談を、それぞれスミス・アラブ首長国連邦国防担当国務大臣との間で実施し、地域情勢などについて意見交換した。\n';
    expect(talksOf(text, '2021-07-01', 'whitepaper').filter((r) => r === '2021-03 ARE minister')).toHaveLength(1);
  });
  it('keeps an exchange of views with no counterpart of its own as part of the meeting', () => {
    const text = '山田防衛大臣のシンガポール訪問について\n\n2015年5月30日、山田防衛大臣は、ジョーンズ米国防長官と会談を実施するとともに、地域情勢について意見交換を実施した。\n';
    expect(talksOf(text, '2015-05-31')).toEqual(['2015-05-30 USA minister']);
  });
});
