/**
 * A trip report's items (codebook 320–): a release that tells a dated trip in its lead (「…を訪問したところ、概要以下の
 * とおり。」) and then lists what was done on it — numbered or headed items that name neither the principal nor a date
 * (「…国防大臣を表敬し、…で一致。」「(1)X国防次官 …に関する意見交換を実施。」). Passages written for the test in the
 * manner of such releases; the neighbours beside them must keep (or must not give) their events.
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

const lead = (countries: string, principal: string) =>
  `${principal}の出張について(結果概要)\n\n令和6年2月20日\n防衛省\n\n 2月14日から17日までの間、${principal}は、${countries}を訪問し、国防省幹部との意見交換等を実施したところ、概要以下のとおり。\n\n`;

describe('trip items: the trip of the lead gives its items their principal and dates (codebook 320)', () => {
  it('dates a call told with a noun stop under a numbered country item (…を表敬し、…で一致。)', () => {
    const text = lead('インドネシア及びマレーシア', '山本防衛副大臣') +
      '1.インドネシア訪問\n\nスギアント国防大臣を表敬し、両国の防衛協力を一層進めることで一致。\n\n2.マレーシア訪問\n\nハリド国防大臣との会談を実施し、海洋安全保障に関する認識を共有。\n';
    const rows = talksOf(text, '2024-02-20');
    expect(rows).toContain('2024-02-14..2024-02-17 IDN senior-vice-minister');
    expect(rows).toContain('2024-02-14..2024-02-17 MYS senior-vice-minister');
    expect(rows.every((r) => r.startsWith('2024-02-14..2024-02-17'))).toBe(true);
  });
  it('reads an exchange of views with no principal under a counterpart heading (意見交換を実施)', () => {
    const text = lead('ベルギー', '田中防衛大臣政務官') +
      '1 NATO関係者\n\n(1)マルティネスNATO事務次長\n  海洋安全保障、サイバー分野等に関する意見交換を実施。\n(2)ベルナールEU軍事委員長\n  地域情勢に関する意見交換を実施。\n';
    const rows = talksOf(text, '2024-02-20');
    expect(rows).toContain('2024-02-14..2024-02-17 NATO parliamentary-vice-minister');
    expect(rows).toContain('2024-02-14..2024-02-17 EU parliamentary-vice-minister');
  });
  it('reads a western-year lead and a past predicate the same way (を表敬した / と懇談した)', () => {
    const text = '佐藤海上幕僚長のインド訪問について\n\n2019年8月30日\n\n2019年8月26日から29日まで、佐藤海上幕僚長はインドを訪問したところ、概要以下のとおり。\n\n1.ラオ国防次官を表敬し、海洋協力について意見を交わした。\n2.シン海軍参謀長と懇談した。\n';
    const rows = talksOf(text, '2019-08-30');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r === '2019-08-26..2019-08-29 IND chief-msdf')).toBe(true);
  });
  it('reads a bulleted item whose counterpart is named in the sentence (と協議を行いました)', () => {
    const text = lead('フィリピン', '田中防衛審議官') + '・ガルシア・フィリピン国防次官と協議を行い、協力の具体化について議論しました。\n';
    expect(talksOf(text, '2024-02-20')).toContain('2024-02-14..2024-02-17 PHL vice-minister-international');
  });
  const official = (countries: string) =>
    `防衛政策局長の出張について(結果概要)\n\n令和5年11月10日\n防衛省\n\n 令和5年11月6日から8日までの間、鈴木防衛政策局長が${countries}を訪問したところ、概要は以下のとおり。\n\n`;
  it("gives an official's item under its title line the trip's one country (防衛政策全般について意見交換を行った)", () => {
    const text = official('オーストラリア') + '1.ジョーンズ国防次官との意見交換\n\n防衛政策全般について意見交換を行った。\n';
    expect(talksOf(text, '2023-11-10')).toEqual(['2023-11-06..2023-11-08 AUS official']);
  });
  it('reads a bulleted exchange that names its counterpart and no principal (・…と意見交換を実施し、…を確認。)', () => {
    const text = official('韓国及びフィリピン') + '・キム・韓国国防次官と意見交換を実施し、協力の方向性を確認。\n・ロペス・フィリピン国防次官補と意見交換を実施。\n';
    expect(talksOf(text, '2023-11-10')).toEqual(['2023-11-06..2023-11-08 KOR official', '2023-11-06..2023-11-08 PHL official']);
  });
  it('gives each counterpart heading of a two-country trip its own country (各国の国防省幹部)', () => {
    const text = official('インド及びスリランカ') + '(1)シャルマ・インド国防次官\n  海洋安全保障に関する意見交換を実施。\n(2)ペレラ・スリランカ国防次官\n  能力構築支援に関する意見交換を実施。\n';
    expect(talksOf(text, '2023-11-10')).toEqual(['2023-11-06..2023-11-08 IND official', '2023-11-06..2023-11-08 LKA official']);
    // 「能力構築支援に関する意見交換」 is what they talked about, no capacity building of its own.
    const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'), { published: '2023-11-10', kind: 'press-release' });
    expect(extractEvents(doc).events.filter((e) => e.kind === 'capacity-building')).toEqual([]);
  });
  // Neighbours that must not fire.
  it("gives no meeting to an item's title line, nor to the story of the meeting it tells (両者は…意見交換を行い)", () => {
    const text = official('オーストラリア及びニュージーランド') + '1. オーストラリアにおける会談、視察等\n\n両者は地域情勢について意見交換を行い、連携の強化で一致しました。\n';
    expect(talksOf(text, '2023-11-10')).toEqual([]);
  });
  it('carries no trip into the items of a release that reports one meeting (…を訪問中の…は、…と会談を行ったところ)', () => {
    const text = '日豪防衛相会談(概要)\n\n 11月7日、オーストラリアを訪問中の田中防衛大臣は、スミス国防大臣と会談を行ったところ、概要以下のとおり。\n\n(1)双方は、地域情勢について意見交換を実施。\n(2)田中大臣から、インドとの防衛協力に関する意見交換の強化を提案。\n';
    expect(talksOf(text, '2023-11-10')).toEqual(['2023-11-07 AUS minister']);
  });
  it('gives no meeting to an item that plans one (…と会談する予定)', () => {
    const text = lead('ベルギー', '田中防衛大臣政務官') + '(1)マルティネスNATO事務次長\n  来月、改めて意見交換を行う予定。\n';
    expect(talksOf(text, '2024-02-20').filter((r) => r.includes('NATO'))).toEqual([]);
  });
  it('gives no trip date to an item with a date of its own', () => {
    const text = lead('インドネシア', '山本防衛副大臣') + '1.インドネシア訪問\n\n2月15日、スギアント・インドネシア国防大臣を表敬し、協力の推進で一致。\n';
    expect(talksOf(text, '2024-02-20')).toContain('2024-02-15 IDN senior-vice-minister');
  });
  it('carries nothing from a trip that is still to come (訪問する予定)', () => {
    const text = '令和6年2月10日\n防衛省\n\n 2月14日から17日までの間、山本防衛副大臣は、インドネシアを訪問する予定。\n\n(1)スギアント国防大臣\n  防衛協力に関する意見交換を実施。\n';
    expect(talksOf(text, '2024-02-10')).toEqual([]);
  });
});

describe('trip items: counterparts of one country met one by one on the trip are one meeting each (codebook 321)', () => {
  const lead = '令和5年9月12日\n防衛省\n令和5年9月4日(月)から7日(木)までの間、田中防衛事務次官が英国(ロンドン)を訪問したところ、概要は以下のとおり。\n';
  it('keeps two named counterparts of one country in two sentences apart (…と会談を実施しました ×2)', () => {
    const text = lead + '田中事務次官は、英国防省において、ホワイト国防担当閣外大臣と会談を実施しました。\n田中事務次官は、英国防省において、ブラック国防次官と会談を実施しました。\n';
    expect(talksOf(text, '2023-09-12')).toEqual(['2023-09-04..2023-09-07 GBR administrative-vice-minister', '2023-09-04..2023-09-07 GBR administrative-vice-minister']);
  });
  it('reads the items of a report the same way (表敬し、…で一致。 / との会談を実施し)', () => {
    const text = '令和6年2月20日\n防衛省\n\n 2月14日から17日までの間、山本防衛副大臣は、インドネシアを訪問し、国防省幹部との意見交換等を実施したところ、概要以下のとおり。\n\nスギアント・インドネシア国防大臣を表敬し、協力の推進で一致。\nアンディカ・インドネシア国軍司令官との会談を実施し、共同訓練について意見交換。\n';
    expect(talksOf(text, '2024-02-20')).toEqual(['2024-02-14..2024-02-17 IDN senior-vice-minister', '2024-02-14..2024-02-17 IDN senior-vice-minister']);
  });
  it('keeps one meeting per counterpart heading of one organization (EU軍事委員長 / EU軍事参謀本部長)', () => {
    const text = '令和6年2月20日\n防衛省\n\n 2月14日から17日までの間、田中防衛大臣政務官は、ベルギーを訪問し、国防省幹部との意見交換等を実施したところ、概要以下のとおり。\n\n(1)ベルナールEU軍事委員長\n  地域情勢に関する意見交換を実施。\n(2)ルロワEU軍事参謀本部長\n  海洋安全保障に関する意見交換を実施。\n';
    expect(talksOf(text, '2024-02-20').filter((r) => r.includes(' EU '))).toHaveLength(2);
  });
  it('tells apart persons named with a bare title under a numbered country item (アイデ国防大臣 / ハンセン国防副大臣)', () => {
    const text = '山田防衛大臣政務官のデンマーク・ノルウェー訪問(結果概要)\n\n平成24年5月9日\n防衛省\n\n 4月30日から5月4日までの間、山田防衛大臣政務官は、デンマーク及びノルウェーを訪問し、国防省関係者との意見交換等を実施したところ、概要以下の通り。\n\n1.ノルウェー訪問\n\nアイデ国防大臣を表敬し、協力の深化で一致。ハンセン国防副大臣との会談を実施し、地域情勢について意見交換を実施。\n';
    expect(talksOf(text, '2012-05-09').filter((r) => r.includes(' NOR '))).toHaveLength(2);
  });
  // Neighbours: the same counterpart told twice is one meeting; a meeting with its own date keeps codebook 199.
  it('keeps one meeting when the same counterpart is named in the lead and again in the item', () => {
    const text = lead + '田中事務次官は、ホワイト国防担当閣外大臣と会談を実施しました。\n会談においては、ホワイト閣外大臣と協力の推進を確認しました。\n田中事務次官は、英国国防担当閣外大臣と会談を実施しました。\n';
    expect(talksOf(text, '2023-09-12')).toEqual(['2023-09-04..2023-09-07 GBR administrative-vice-minister']);
  });
  it('keeps a minister\'s meeting and a call on the prime minister of the same dated day as one (codebook 199)', () => {
    const text = '2018年6月2日、山田防衛大臣は、シンガポールのン国防大臣と会談を行った。また同日、リー・シンガポール首相を表敬した。\n';
    expect(talksOf(text, '2018-06-10', 'whitepaper')).toEqual(['2018-06-02 SGP minister']);
  });
});
