/**
 * Residual errors that recur on unseen text (codebook 403–419). Every passage is written for the test, in the manner of
 * the ministry's unit pages, releases and activity pages; none is copied from a page.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

/** `kind` null: found in the document, as `npm run real` reads the pages. */
function eventsOf(text: string, published: string, kind: string | null = 'other'): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), kind === null ? { published } : { published, kind });
  return extractEvents(doc)
    .events.map((e: KoryuEvent) => [e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.kind, e.partners.join(','), e.jpRole ?? ''].join(' '))
    .sort();
}

describe('a send-off is no postponement, a plan document no plan (codebook 403)', () => {
  it('keeps a call whose clause tells the band seeing the ship off', () => {
    const text = '第1護衛隊の活動\n\n6月3日、護衛艦「あさかぜ」はウェリントン港に寄港し地元海軍音楽隊のお見送りを受けて出港しました。\n';
    expect(eventsOf(text, '2024-06-10')).toEqual(['2024-06-03 port-call NZL unit']);
  });
  it('keeps a call whose ship left seen off by the townspeople (「…に見送られ」)', () => {
    const text = '第1護衛隊の活動\n\n6月5日、護衛艦「あさかぜ」はヌクアロファ港に寄港し大勢の住民に見送られて出港しました。\n';
    expect(eventsOf(text, '2024-06-10')).toEqual(['2024-06-05 port-call TON unit']);
  });
  it('keeps a training that closed to the partner band’s send-off music', () => {
    const text = '第1護衛隊の活動\n\n6月7日、日加共同訓練は、カナダ海軍軍楽隊の見送り演奏の中で終了しました。\n';
    expect(eventsOf(text, '2024-06-10')).toEqual(['2024-06-07 exercise CAN unit']);
  });
  it('still reads a training or a call called off (見送られた, 見送りとなった, を見送りました) as none', () => {
    const text = [
      '第1護衛隊の活動',
      '',
      '6月9日に予定されていた日加共同訓練は、荒天のため見送られた。',
      '6月11日、日英共同訓練は、機材の不具合のため実施が見送りとなった。',
      '6月13日、護衛艦「あさかぜ」はスバ港への寄港を見送りました。',
      '',
    ].join('\n');
    expect(eventsOf(text, '2024-06-20')).toEqual([]);
  });
  it('keeps a meeting whose clause names the defence build-up plan or the defence guidelines', () => {
    const text = [
      '防衛大臣の動静',
      '',
      '6月3日、防衛大臣は、来日中のニュージーランド国防大臣と会談を行い新たな防衛力整備計画について説明しました。',
      '6月6日、防衛大臣は、カナダ国防大臣と電話会談を行い防衛計画の大綱の見直しについて説明しました。',
      '',
    ].join('\n');
    expect(eventsOf(text, '2024-06-10', 'activity')).toEqual(['2024-06-03 talks NZL minister', '2024-06-06 talks CAN minister']);
  });
  it('still reads a meeting planned in its own clause as none', () => {
    const text = '防衛大臣の動静\n\n6月3日、防衛大臣は、カナダ国防大臣と会談を行う計画について説明しました。\n';
    expect(eventsOf(text, '2024-06-10', 'activity')).toEqual([]);
  });
});

describe('a visitor’s courtesy calls on several Japanese principals (codebook 404)', () => {
  it('reads calls on the minister and the chief of joint staff listed together as one meeting each', () => {
    const text = [
      'カナダ陸軍司令官の来日について',
      '',
      '令和6年6月3日、来日中のカナダ陸軍司令官は、防衛省において栄誉礼を受けた後、陸上幕僚長と会談を行いました。',
      'また、同日、同司令官は防衛大臣及び統合幕僚長を表敬しました。',
      '',
    ].join('\n');
    expect(eventsOf(text, '2024-06-05', 'press-release')).toEqual([
      '2024-06-03 talks CAN chief-gsdf',
      '2024-06-03 talks CAN chief-joint-staff',
      '2024-06-03 talks CAN minister',
    ]);
  });
  it('reads 「…への表敬」 on two officials of one level as two calls', () => {
    const text = 'ドイツ海軍総監の来日\n\n6月4日、ドイツ海軍総監は、防衛副大臣、防衛審議官への表敬を行いました。\n';
    expect(eventsOf(text, '2024-06-05', 'press-release')).toEqual([
      '2024-06-04 talks DEU senior-vice-minister',
      '2024-06-04 talks DEU vice-minister-international',
    ]);
  });
  it('keeps a meeting held with two Japanese principals together as one, at the senior level', () => {
    const text = 'ドイツ海軍総監の来日\n\n6月4日、ドイツ海軍総監は、統合幕僚長及び海上幕僚長と懇談しました。\n';
    expect(eventsOf(text, '2024-06-05', 'press-release')).toEqual(['2024-06-04 talks DEU chief-joint-staff']);
  });
});

describe('a civilian academic visitor is no official counterpart (codebook 405)', () => {
  const page = (lines: string[]) => ['防衛大学校の活動', '', ...lines, ''].join('\n');
  it('reads no call from a university’s dean, professor or president, received or calling', () => {
    const text = page([
      '6月3日、防衛大学校長は、英国のある大学の学部長の訪問を受けました。',
      '6月5日、防衛研究所長は、カナダの大学教授一行の表敬を受けました。',
      '6月7日、ニュージーランドのオークランド大学学長一行が防衛大学校を訪問しました。',
      '6月9日、マレーシア国立大学の教授が防衛大学校に来訪されました。',
    ]);
    expect(eventsOf(text, '2024-06-20', 'activity')).toEqual([]);
  });
  it('still reads the heads of defence universities and war colleges', () => {
    const text = page([
      '6月4日、防衛大学校長は、カナダ国防大学学長の表敬を受けました。',
      '6月6日、防衛大学校長は、フランス海軍大学校長一行の来訪を受けました。',
      '6月8日、防衛大学校長は、米空軍大学学長の訪問を受けました。',
    ]);
    expect(eventsOf(text, '2024-06-20', 'activity')).toEqual([
      '2024-06-04 talks CAN official',
      '2024-06-06 talks FRA official',
      '2024-06-08 talks USA official',
    ]);
  });
});

describe('an earlier meeting followed up takes no date of another clause (codebook 406)', () => {
  const conference = (answer: string) => ['大臣会見概要', '令和6年6月7日', '', `A:${answer}`, ''].join('\n');
  it('reads no meeting from 「先だっての会談に続いて」 when the sentence’s month dates another body’s meeting', () => {
    const text = conference(
      '哨戒機については、先月の閣議で、ニュージーランドとの協力の在り方について検討を深めることで一致をして、このため、先だっての会談に続いて、事務レベルで議論を進めていきます。',
    );
    expect(eventsOf(text, '2024-06-07', 'transcript')).toEqual([]);
  });
  it('reads none from 「先般の電話会談を受けて」 or 「過日の会談以来」 either', () => {
    const text = conference(
      '先週の国会審議で、カナダの艦艇整備の話題が出まして、先般の電話会談を受けて、引き続き協力していきます。昨年の委員会で、カナダとの装備協力が取り上げられまして、過日の会談以来、検討が進んでおります。',
    );
    expect(eventsOf(text, '2024-06-07', 'transcript')).toEqual([]);
  });
  it('keeps the meeting told after the earlier one it follows up', () => {
    const text = conference('先般の会談に続きまして、本日、カナダ国防大臣と会談を行いました。');
    expect(eventsOf(text, '2024-06-07', 'transcript')).toEqual(['2024-06-07 talks CAN minister']);
  });
});

describe('a visit told again is the dated trip that went there (codebook 407)', () => {
  it('dates a retold visit by the earlier trip to its country, not by the later trip told last', () => {
    const text = [
      '海上自衛隊について',
      '',
      '海上幕僚長より',
      '',
      '第40代海上幕僚長',
      '山 田 太 郎',
      '',
      '私は、令和6年5月7日から10日までの間、ニュージーランド海軍本部長からの招待を受け、ニュージーランドを訪問しました。',
      'また、令和6年5月11日から14日までの間、フィジーを訪問しました。',
      'ニュージーランド海軍との交流では、会談等を通じて、意見交換等を重ねることにより、相互理解を深め、同海軍との協力を一層進めるためニュージーランドを訪問しました。',
      '',
    ].join('\n');
    expect(eventsOf(text, '2024-06', null)).toEqual(['2024-05-07..2024-05-10 talks NZL chief-msdf', '2024-05-11..2024-05-14 talks FJI chief-msdf']);
  });
});

describe('an act whose holding was agreed is a plan (codebook 408)', () => {
  it('reads no act from 「…の本年中の実施につき合意」「…の年内の実施で一致」「…の早期実施について合意」', () => {
    const text = [
      '日ラオス防衛相会談について',
      '',
      '1 令和6年6月3日、防衛大臣は、ラオス国防大臣と会談を行った。',
      '2 両国は、車両整備に係る日本への招へい事業の本年中の実施につき合意。',
      '3 両国は、航空救難に係る日本への招へいの年内の実施で一致。',
      '4 両国は、潜水医学に係る日本への招へい事業の早期実施について合意。',
      '',
    ].join('\n');
    expect(eventsOf(text, '2024-06-04', 'press-release')).toEqual(['2024-06-03 talks LAO minister']);
  });
  it('still reads an act told done before the agreement on the next one', () => {
    const text = '日ラオス防衛相会談について\n\n令和6年6月3日、防衛大臣は、ラオス国防大臣と会談を行い、次回の協議の年内開催で一致した。\n';
    expect(eventsOf(text, '2024-06-04', 'press-release')).toEqual(['2024-06-03 talks LAO minister']);
  });
});

describe('Japan’s ministers consulting each other (codebook 409)', () => {
  it('reads no meeting with the government that asked for relief', () => {
    const text = [
      '国際緊急援助活動',
      '',
      '2023年9月8日、モロッコ中部で大地震が発生した。同月10日、モロッコ政府からの要請により、外務大臣から防衛大臣に対し、国際緊急援助隊法に基づく協力を求める協議があった。',
      '',
    ].join('\n');
    expect(eventsOf(text, '2024-07', 'whitepaper')).toEqual([]);
    const nepal = [
      'ネパールにおける国際緊急援助活動',
      '',
      '2015年4月25日、ネパール中部で大地震が発生した。同月26日、同国政府の要請により、外務大臣と防衛大臣との間で、国際緊急援助隊法に基づく協議が行われた。',
      '',
    ].join('\n');
    expect(eventsOf(nepal, '2016-07', 'whitepaper')).toEqual([]);
  });
  it('still reads a consultation of the foreign minister of another country with Japan’s minister', () => {
    const text = '日豪協力\n\n2023年9月10日、豪外務大臣と防衛大臣との間で協議が行われた。\n';
    expect(eventsOf(text, '2024-07', 'whitepaper')).toEqual(['2023-09-10 talks AUS minister']);
  });
});

describe('a leaders’ summit is no defense forum (codebook 410)', () => {
  it('reads the side meeting, not the summit the prime minister attended', () => {
    const text = '日豪関係\n\n2023年9月、東アジア首脳会議に出席するためインドネシアを訪問中の総理が、豪首相と会談を行い、防衛協力の強化で一致した。\n';
    const got = eventsOf(text, '2024-07', 'whitepaper');
    expect(got.filter((e) => e.includes('conference'))).toEqual([]);
    expect(got.filter((e) => e.includes('talks'))).toEqual(['2023-09 talks AUS prime-minister']);
  });
  it('still reads a summit attended as the act told', () => {
    const text = '欧州・NATO\n\n2022年6月、総理大臣は、NATO首脳会合に出席した。\n';
    expect(eventsOf(text, '2023-07', 'whitepaper').filter((e) => e.includes('conference'))).toHaveLength(1);
  });
  it('still reads a defense ministers’ forum attended on the same trip', () => {
    const text = '日豪関係\n\n2023年11月、防衛大臣は、ADMMプラスに出席するためインドネシアを訪問し、豪国防大臣と会談を行った。\n';
    expect(eventsOf(text, '2024-07', 'whitepaper').filter((e) => e.includes('conference'))).toHaveLength(1);
  });
});

describe('a statement dated by a year alone, named as where something was set (codebook 411)', () => {
  it('reads no signing from 「…年および…年の「2+2」共同発表において定めた」 in a white paper', () => {
    const text = '日米安全保障協議委員会\n\n今回の共同文書においては、12(同24)年および15(同27)年の「2+2」共同発表において定めた共通の目標を再確認した。\n';
    expect(eventsOf(text, '2017', 'whitepaper').filter((e) => e.includes('agreement'))).toEqual([]);
  });
});
