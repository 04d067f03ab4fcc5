/**
 * exercise.anchor and the anchored acts (port calls, exchanges): exercises hosted, foreign hosts, exercises
 * referred back to, exchanges listed one by one, undated acts on unit pages, earlier occurrences (codebook
 * rules 36, 202–206). Passages written for this test; each first row fails without the rule, the others are
 * neighbours that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const run = (paragraphs: string[]): KoryuEvent[] => extractEvents(docFromSections([{ title: '多国間共同訓練', paragraphs }])).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(',')].join(' ');

describe('exercises Japan hosted (codebook rule 202)', () => {
  it('reads Japan\'s unit named between the training and 「主催」, and a second hosted training after a named one', () => {
    const ev = run(['2019年6月、第3回西太平洋潜水艦救難訓練を日本として初めて海上自衛隊が主催し、同年11月にも、海自が多国間の潜水艦救難訓練を主催した。']);
    expect(ev.map(brief)).toEqual(['exercise 2019-06 ', 'exercise 2019-11 ']);
  });

  it('does not take a training a foreign force hosted as Japan\'s own, nor a plan to host', () => {
    expect(run(['令和元年6月、多国間の機雷戦訓練を豪海軍が主催した。'])).toEqual([]);
    expect(run(['2019年6月、多国間の機雷戦訓練を来年以降も主催する方針が示された。'])).toEqual([]);
  });

  it('keeps a bare training word after a named exercise as part of it when Japan did not host it', () => {
    expect(run(['2019年6月、「パシフィック・ヴァンガード」に参加し、米海軍とも訓練を行った。']).map(brief)).toEqual(['exercise 2019-06 USA']);
  });
});

describe('a foreign host is a partner (codebook rule 36)', () => {
  it('takes the host written before the training Japan took part in', () => {
    expect(run(['2019年6月、豪海軍主催の多国間共同訓練に参加した。']).map(brief)).toEqual(['exercise 2019-06 AUS']);
    expect(run(['平成30年9月、米軍が主催する多国間訓練に陸自が参加した。']).map(brief)).toEqual(['exercise 2018-09 USA']);
  });

  it('does not read a note naming a foreign-hosted training as Japan\'s exercise', () => {
    expect(run(['2000年、シンガポール海軍が主催した第1回の多国間訓練'])).toEqual([]);
  });
});

const page = (text: string, published: string, kind: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published, kind } as never)).events;

describe('exchanges between units (codebook rule 203)', () => {
  it('gives one exchange per unit listed, as meetings are', () => {
    const ev = run(['2019年7月、派遣部隊は、英空軍及び豪空軍、カナダ空軍の輸送機部隊と部隊間交流を行った。']);
    expect(ev.map(brief).sort()).toEqual(['other 2019-07 AUS', 'other 2019-07 CAN', 'other 2019-07 GBR']);
  });

  it('keeps one act with several partners for a fleet review', () => {
    expect(run(['2019年7月、護衛艦が豪海軍及び米海軍の艦艇とともに国際観艦式に参加した。']).filter((e) => e.kind === 'other').map(brief)).toEqual(['other 2019-07 AUS,USA']);
  });
});

describe('acts on unit pages take the occasion last dated (codebook rule 204)', () => {
  const text = '派遣について\n\n令和元年9月3日から5日まで、空自の輸送機がオーストラリアのアンバリー基地へ寄航しました。\n\nまた、豪空軍の輸送機部隊と部隊間交流を行いました。\n';
  it('dates an exchange told as done with no date of its own by the date the page stated before', () => {
    expect(page(text, '2019-09-10', 'other').filter((e) => e.kind === 'other').map(brief)).toEqual(['other 2019-09-03 AUS']);
  });

  it('does not on a white-paper page, nor for an exchange told in the present', () => {
    expect(page(text, '2020', 'whitepaper').filter((e) => e.kind === 'other')).toEqual([]);
    expect(page(text.replace('行いました', '行っています'), '2019-09-10', 'other').filter((e) => e.kind === 'other')).toEqual([]);
  });
});

describe('a training word governed by 「…とともに、」 (codebook rule 202)', () => {
  it('reads the forces 「とともに、」 names as whom a training word was done with', () => {
    expect(run(['2022年10月6日、海上自衛隊は、米海軍及び豪海軍とともに、関東南方の海域において対潜訓練を実施した。']).map(brief)).toEqual(['exercise 2022-10-06 AUS,USA']);
  });

  it('does not when another predicate closes the clause after it, nor without the forces', () => {
    expect(run(['2022年10月6日、海上自衛隊は、米海軍とともに、地域の安定に寄与していく考えを示し、国内で飛行訓練を実施した。'])).toEqual([]);
    expect(run(['2022年10月6日、海上自衛隊は、関東南方の海域において対潜訓練を実施した。'])).toEqual([]);
  });
});

describe('a training referred back to the exercise named before (codebook rule 205)', () => {
  const intro = '令和5年度の米国における日米共同訓練(ライジング・サンダー)について説明します。';
  it('dates the exercise named before by the start a later sentence gives it', () => {
    const ev = page(`陸上幕僚長会見\n\n${intro}\n\n派遣部隊は、8月21日から、現地で実動訓練を開始しております。\n`, '2023-08-24', 'transcript');
    expect(ev.filter((e) => e.kind === 'exercise').map((e) => [brief(e), e.name])).toEqual([['exercise 2023-08-21 USA', 'ライジング・サンダー']]);
  });

  it('takes a start and an end told in one sentence as the span', () => {
    const ev = page(`陸上幕僚長会見\n\n米海兵隊との共同訓練の状況についてです。\n\n3月2日の訓練開始以降、約3週間にわたり各種訓練を行い、本日をもって同訓練を終了しました。\n`, '2023-03-23', 'transcript');
    expect(ev.filter((e) => e.kind === 'exercise').map((e) => [e.date, e.dateEnd, e.partners.join(',')])).toEqual([['2023-03-02', '2023-03-23', 'USA']]);
  });

  it('makes nothing of 「本訓練を通じ」, of a training with no date of its own, nor far from the exercise named', () => {
    expect(page(`陸上幕僚長会見\n\n${intro}\n\n本訓練を通じ、日米の連携を強化してまいります。\n`, '2023-08-24', 'transcript').filter((e) => e.kind === 'exercise')).toEqual([]);
    expect(page(`陸上幕僚長会見\n\n${intro}\n\n派遣部隊は、現地で訓練を開始しております。\n`, '2023-08-24', 'transcript').filter((e) => e.kind === 'exercise')).toEqual([]);
    const far = `陸上幕僚長会見\n\n${intro}\n\n一つ目です。\n\n二つ目です。\n\n三つ目です。\n\n四つ目です。\n\n五つ目です。\n\n部隊は、8月21日から訓練を開始しました。\n`;
    expect(page(far, '2023-08-24', 'transcript').filter((e) => e.kind === 'exercise')).toEqual([]);
  });
});

describe('a visit as the topic, dated by its last occurrence (codebook rule 206)', () => {
  const head = '米海軍艦艇の入港について\n\n令和3年6月7日、米海軍の駆逐艦が横須賀に入港しました。\n\n';
  it('gives the earlier call 「…の訪日は、…以来…回目」 names', () => {
    const ev = page(`${head}米海軍艦艇の訪日は、令和2年7月以来であり、今回が5回目となります。\n`, '2021-06-07', 'other');
    expect(ev.map(brief).sort()).toEqual(['port-call 2020-07 USA', 'port-call 2021-06-07 USA']);
    const ev2 = page(`${head}米海軍艦艇の訪日は、2019年10月以来、3回目となりました。\n`, '2021-06-07', 'other');
    expect(ev2.map(brief)).toContain('port-call 2019-10 USA');
  });

  it('does not without a date, nor for a start with no count of times', () => {
    expect(page(`${head}米海軍艦艇の訪日は、今回が5回目となります。\n`, '2021-06-07', 'other').map(brief)).toEqual(['port-call 2021-06-07 USA']);
    expect(page(`${head}米海軍艦艇の訪日は、2019年以来、毎年続いています。\n`, '2021-06-07', 'other').map(brief)).toEqual(['port-call 2021-06-07 USA']);
  });
});

describe('seminars for foreign attachés (codebook rule 207)', () => {
  const others = (text: string) => page(`武官団セミナーについて\n\n${text}\n`, '2023-06-20', 'other').filter((e) => e.kind === 'other').map(brief);
  it('makes an `other` act with no partner named, one per day listed', () => {
    expect(others('海上幕僚監部は、5月12日(金)に「武官団セミナー」を開催しました。')).toEqual(['other 2023-05-12 ']);
    expect(others('陸上幕僚監部は、5月9日(火)及び6月6日(火)に駐在武官セミナーを実施しました。').sort()).toEqual(['other 2023-05-09 ', 'other 2023-06-06 ']);
  });

  it('does not for a habit, a plan, or a seminar not for attachés', () => {
    expect(others('陸上幕僚監部は、武官団セミナーを月1回実施しています。')).toEqual([]);
    expect(others('陸上幕僚監部は、7月12日に武官団セミナーを開催する予定です。')).toEqual([]);
    expect(others('陸上幕僚監部は、5月12日(金)に広報セミナーを開催しました。')).toEqual([]);
  });
});

describe('a visit or an inspection made together with a foreign counterpart (codebook rule 208)', () => {
  const kinds = (text: string, kind = 'other') => page(`活動について\n\n${text}\n`, '2023-06-30', 'activity').filter((e) => e.kind === kind).map(brief);
  it('makes an `other` act with the counterpart', () => {
    expect(kinds('6月23日、航空幕僚長は、豪空軍司令官とともに共同訓練の様子を視察しました。')).toEqual(['other 2023-06-23 AUS']);
    const span = page('活動について\n\n6月6日~8日、米海軍第7艦隊司令官とともに、九州の陸海空自衛隊の部隊を共同で研修しました。\n', '2023-06-30', 'activity');
    expect(span.filter((e) => e.kind === 'other').map((e) => [e.date, e.dateEnd, e.partners.join(',')])).toEqual([['2023-06-06', '2023-06-08', 'USA']]);
  });

  it('does not for Japanese officials alone, a plan, or an inspection after the meeting', () => {
    expect(kinds('6月23日、防衛大臣は、防衛副大臣とともに部隊を視察しました。')).toEqual([]);
    expect(kinds('7月3日、航空幕僚長は、豪空軍司令官とともに部隊を視察する予定です。')).toEqual([]);
    expect(kinds('6月23日、航空幕僚長は、豪空軍司令官と会談した後、部隊を視察しました。')).toEqual([]);
  });
});

describe('a bracketed date after another noun (codebook rule 209)', () => {
  it('dates the act by the date of its sentence, not by the departure\'s in brackets', () => {
    expect(run(['2021年6月23日、横須賀を出港(6月20日)した護衛艦は、米海軍と共同訓練を実施した。']).map(brief)).toEqual(['exercise 2021-06-23 USA']);
  });

  it('keeps the bracketed date when the sentence has no other', () => {
    expect(run(['横須賀を出港(2021年6月20日)した護衛艦は、米海軍と共同訓練を実施した。']).map(brief)).toEqual(['exercise 2021-06-20 USA']);
  });
});

describe('an act told as done, then announced as the topic of the talk (codebook rule 210)', () => {
  const cb = (text: string) => page(`陸上幕僚長会見\n\n${text}\n`, '2023-08-20', 'transcript').filter((e) => e.kind === 'capacity-building').map((e) => [e.date, e.dateEnd, e.partners.join(',')]);
  it('reads 「…に行われた、…能力構築支援について紹介します」 as the activity done', () => {
    expect(cb('本日は、8月1日から10日までに行われた、モンゴルに対する衛生分野の能力構築支援について紹介します。')).toEqual([['2023-08-01', '2023-08-10', 'MNG']]);
  });

  it('does not for an activity to come, nor for one with no past predicate', () => {
    expect(cb('本日は、9月に行う予定の、モンゴルに対する衛生分野の能力構築支援について紹介します。')).toEqual([]);
    expect(cb('本日は、モンゴルに対する衛生分野の能力構築支援について紹介します。')).toEqual([]);
  });
});

describe('a named exercise in brackets told under way on a unit page (codebook 460)', () => {
  const ex = (text: string, published = '2025-07-18', kind = 'other') => page(text, published, kind).filter((e) => e.kind === 'exercise').map(brief);
  it('dates an exercise the page says its ships are taking part in, or arrived for, by the page\'s date', () => {
    expect(ex('NEWS\n\n護衛艦「てるづき」は、引き続き、米豪主催の多国間共同訓練(タリスマン・セイバー25)に参加しています。\n')).toEqual(['exercise 2025-07-18 AUS,USA']);
    expect(ex('NEWS\n\n護衛艦「しらぬい」は、豪海軍主催多国間共同訓練(カカドゥ2024)参加のため、ダーウィン港に入港しました。\n', '2024-09-10', 'press-release')).toEqual(['exercise 2024-09-10 AUS']);
  });

  it('does not for a ship leaving for it, a habit, a plan, a name as the topic, or a white-paper page', () => {
    expect(ex('NEWS\n\n護衛艦「しらぬい」は、豪海軍主催多国間共同訓練(カカドゥ2024)参加のため、横須賀を出港しました。\n', '2024-09-01')).toEqual([]);
    expect(ex('NEWS\n\n海上自衛隊は、毎年、米豪主催の多国間共同訓練(タリスマン・セイバー)に参加しています。\n')).toEqual([]);
    expect(ex('NEWS\n\n海上自衛隊は、米豪主催の多国間共同訓練(タリスマン・セイバー25)に参加する予定です。\n')).toEqual([]);
    expect(ex('NEWS\n\n多国間共同訓練(タリスマン・セイバー25)は、豪州北部で行われる大規模な訓練です。\n')).toEqual([]);
    expect(ex('陸上自衛隊は、米豪主催の多国間共同訓練(タリスマン・セイバー25)に参加しています。\n', '2025', 'whitepaper')).toEqual([]);
  });
});

describe('a date written after the act, right before its predicate told done (codebook 464)', () => {
  const ex = (text: string, published: string) => page(text, published, 'press-release').filter((e) => e.kind === 'exercise').map(brief);
  it('dates an exercise by 「本日」 or a day written between its object and 「終了しました」「実施しました」', () => {
    expect(ex('活動情報\n\n令和5年度日米共同統合演習の終了について\n\n自衛隊と米軍は、令和5年度日米共同統合演習(指揮所演習)の全日程を本日終了しました。\n', '2024-02-09')).toEqual([
      'exercise 2024-02-09 USA',
    ]);
    expect(ex('NEWS\n\n第4護衛隊は、米海軍との共同訓練を11月3日に実施しました。\n', '2023-11-10')).toEqual(['exercise 2023-11-03 USA']);
  });
  it('does not for a date in another clause after it, or a plan', () => {
    expect(ex('NEWS\n\n第4護衛隊は、米海軍との共同訓練を終え、11月3日に帰港しました。\n', '2023-11-10')).toEqual([]);
    expect(ex('NEWS\n\n第4護衛隊は、米海軍との共同訓練を11月20日に実施する予定です。\n', '2023-11-10')).toEqual([]);
  });
});

describe('a call at a foreign port the gazetteer knows names its country (codebook 366)', () => {
  const calls = (text: string) => page(text, '2024-09-10', 'press-release').filter((e) => e.kind === 'port-call').map(brief);
  it('takes the country of the port written right before the call', () => {
    expect(calls('NEWS\n\n9月5日、護衛艦「いせ」は、スービック港に入港しました。\n')).toEqual(['port-call 2024-09-05 PHL']);
    expect(calls('NEWS\n\n9月5日、護衛艦「いせ」は、ダーウィンに寄港しました。\n')).toEqual(['port-call 2024-09-05 AUS']);
  });
  it('keeps a country the sentence names, and reads no Japanese port or a port elsewhere in the sentence', () => {
    expect(calls('NEWS\n\n9月5日、護衛艦「いせ」は、マレーシアのペナンに寄港しました。\n')).toEqual(['port-call 2024-09-05 MYS']);
    expect(calls('NEWS\n\n9月5日、護衛艦「いせ」は、横須賀に入港しました。\n')).toEqual([]);
    expect(calls('NEWS\n\n9月5日、スービックでの訓練を終えた護衛艦「いせ」は、横須賀に入港しました。\n')).toEqual([]);
  });
});

describe('an act joined by および to an act of another kind, or done on its occasion, shares its date (codebook 368)', () => {
  it('dates an exercise told after a visit by one predicate with the date before the visit', () => {
    const paper = (sentence: string) =>
      extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(`令和2年版防衛白書\n\n2 インド\n\n${sentence}\n`), 'paper.txt'), { published: '2020', kind: 'whitepaper' }))
        .events.filter((e) => e.kind === 'exercise')
        .map(brief);
    expect(paper('部隊間では、9月に海自艦艇の訪印および第4回日印共同訓練が行われた。')).toEqual(['exercise 2020-09 IND']);
    expect(paper('部隊間では、9月に海自艦艇が訪印し、その後、日印共同訓練の意義が議論された。')).toEqual([]);
  });
  it('dates an exercise done on the occasion of the visit told before it (「…の訪日の際に、」)', () => {
    const spoken = extractEvents(
      buildDocument(
        decodeBytes(new TextEncoder().encode('防衛大臣記者会見\n\n日時\n令和元年6月3日\n\n また、先月のイタリア海軍艦艇の訪日の際に、日本海で日伊米の三か国による共同訓練が実施されたことを歓迎しました。\n'), 'talk.txt'),
        { published: '2019-06-03', kind: 'transcript' },
      ),
    ).events.filter((e) => e.kind === 'exercise');
    expect(spoken.map(brief)).toEqual(['exercise 2019-05 ITA,USA']);
  });
});

describe('exercises known by name alone (codebook 461)', () => {
  it('reads a named exercise told with 参加/実施 and no training word', () => {
    expect(run(['令和6年8月、護衛艦「すずつき」は、米海軍主催のSEACAT2024に参加した。']).map(brief)).toEqual(['exercise 2024-08 USA']);
    expect(run(['令和6年8月、海上自衛隊の艦艇は、LSGEに参加した。']).map(brief)).toEqual(['exercise 2024-08 USA']);
  });

  it('does not for a plan to take part, nor for the name as a topic', () => {
    expect(run(['令和6年8月、海上自衛隊は、SEACAT2024への参加を予定している。'])).toEqual([]);
    expect(run(['SEACATは、東南アジアの海上保安協力を目的とする訓練である。'])).toEqual([]);
  });
});
