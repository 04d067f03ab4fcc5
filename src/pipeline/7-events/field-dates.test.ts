/**
 * Field errors on unseen text (codebook 300–319): events found, but with a field taken from the wrong place.
 * Every passage is written for the test in the style of the ministry's releases, transcripts, activity and unit
 * pages; beside the passages that must change stand neighbours that must not.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

/** A page as the ministry lays it out (its lines apart), with its date. */
function page(lines: string[], published: string): KoryuEvent[] {
  return extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(lines.join('\n\n') + '\n'), 'page.txt'), { published })).events;
}
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.jpRole].join(' ');
const briefs = (evs: KoryuEvent[], kind = 'talks') => evs.filter((e) => e.kind === kind).map(brief).sort();

describe('a bare day that opens a later clause dates that clause (codebook 300)', () => {
  it('reads 「…会談を行い、18日には、…」 in a press conference', () => {
    const ev = page(['河野防衛大臣記者会見', '令和元年11月19日', '17日には、フィリピン国防大臣と会談を行い、18日には、米国防長官との間で日米防衛相会談を行いました。'], '2019-11-19');
    expect(briefs(ev)).toEqual(['talks 2019-11-17 PHL minister', 'talks 2019-11-18 USA minister']);
  });
  it('reads 「…と会談し、18日、…」 after a full date in a release', () => {
    const ev = page(['防衛大臣の会談について', '令和元年11月20日', '防衛省', '11月17日、河野防衛大臣はフィリピン国防大臣と会談し、18日、米国防長官と日米防衛相会談を行った。'], '2019-11-20');
    expect(briefs(ev)).toEqual(['talks 2019-11-17 PHL minister', 'talks 2019-11-18 USA minister']);
  });
  it('reads 「…懇談した後、23日には…」 of a chief of staff', () => {
    const ev = page(['陸上幕僚長の出張について', '平成28年3月25日', '陸上幕僚監部', '陸上幕僚長は、3月21日にシンガポール陸軍司令官と懇談した後、23日にはインド陸軍参謀長と会談を行った。'], '2016-03-25');
    expect(briefs(ev)).toEqual(['talks 2016-03-21 SGP chief-gsdf', 'talks 2016-03-23 IND chief-gsdf']);
  });
  it('reads 「…テレビ会談を行い、4日には…の表敬を受けました」 on an activity page dated by its month', () => {
    const ev = page(['大臣の動静(7月)', '3日、木原防衛大臣はカナダ国防大臣とテレビ会談を行い、4日には英国防大臣の表敬を受けました。'], '2023-07');
    expect(briefs(ev)).toEqual(['talks 2023-07-03 CAN minister', 'talks 2023-07-04 GBR minister']);
  });
  it('reads the days of a trip told after its span (「…を訪問し、16日に…と会談、17日には…を表敬」)', () => {
    const ev = page(['防衛副大臣の出張について', '令和6年10月20日', '防衛省', '10月15日から18日まで、副大臣はインドを訪問し、16日にインド国防次官と会談、17日にはインド海軍参謀長を表敬した。'], '2024-10-20');
    expect(briefs(ev)).toEqual(['talks 2024-10-16 IND senior-vice-minister', 'talks 2024-10-17 IND senior-vice-minister']);
  });
  it('leaves a count of days, a plan inside the talk and a deadline alone', () => {
    const days = page(['河野防衛大臣記者会見', '令和元年11月19日', '17日には、フィリピン国防大臣と会談を行い、3日間の日程を終えて帰国しました。'], '2019-11-19');
    expect(briefs(days)).toEqual(['talks 2019-11-17 PHL minister']);
    const plan = page(['防衛大臣の会談について', '令和元年11月20日', '防衛省', '11月17日、河野防衛大臣はフィリピン国防大臣と会談し、25日に予定される共同訓練について意見を交わした。'], '2019-11-20');
    expect(briefs(plan)).toEqual(['talks 2019-11-17 PHL minister']);
    const deadline = page(['防衛大臣の会談について', '令和元年11月20日', '防衛省', '11月17日、河野防衛大臣は、フィリピン国防大臣と会談し、30日以内に共同声明をまとめることで一致した。'], '2019-11-20');
    expect(briefs(deadline)).toEqual(['talks 2019-11-17 PHL minister']);
  });
});

describe('a photo told in the running text is a caption (codebook 301)', () => {
  it('makes no port call of 「写真は、…入港した…の様子です」', () => {
    const ev = page(['護衛艦の活動', '令和5年11月20日', '第1護衛隊群は、11月8日から16日まで、米海軍と日米共同訓練を実施しました。', '写真は、本訓練のため、13日に横須賀を出港した護衛艦と、10日に呉に入港した豪海軍艦艇の歓迎の様子です。'], '2023-11-20');
    expect(briefs(ev, 'port-call')).toEqual([]);
  });
  it('still reads a port call told in a sentence of its own', () => {
    const ev = page(['護衛艦の活動', '令和5年11月20日', '11月10日、豪海軍艦艇が呉に入港しました。'], '2023-11-20');
    expect(briefs(ev, 'port-call')).toEqual(['port-call 2023-11-10 AUS unit']);
  });
});

describe('「会談では」 opening a later clause is the meeting the sentence just told (codebook 302)', () => {
  const release = (body: string) => page(['防衛大臣の会談について', '令和元年11月20日', '防衛省', body], '2019-11-20');
  it('adds no second meeting dated by the page (「…と会談し、会談では、…」)', () => {
    expect(briefs(release('11月17日、河野防衛大臣はフィリピン国防大臣と会談し、会談では、地域情勢について意見を交わした。'))).toEqual(['talks 2019-11-17 PHL minister']);
  });
  it('reads 「懇談し、懇談において」 of a chief and 「電話会談を行い、会談では」 in a press conference alike', () => {
    const chief = page(['統合幕僚長の会談について', '令和3年3月5日', '統合幕僚監部', '3月3日、統合幕僚長は来日中のインド陸軍参謀長と懇談し、懇談において、今後の防衛協力の推進について意見交換を行った。'], '2021-03-05');
    expect(briefs(chief)).toEqual(['talks 2021-03-03 IND chief-joint-staff']);
    const spoken = page(['防衛大臣記者会見', '令和4年6月15日', '昨日、オーストラリアの国防大臣と電話会談を行い、会談では、地域情勢について意見交換をいたしました。'], '2022-06-15');
    expect(briefs(spoken)).toEqual(['talks 2022-06-14 AUS minister']);
  });
  it('keeps a second counterpart met next, and today’s meeting after an earlier one only counted', () => {
    expect(briefs(release('11月17日、河野防衛大臣はフィリピン国防大臣と会談し、続いてマレーシア国防大臣と会談した。'))).toEqual([
      'talks 2019-11-17 MYS minister',
      'talks 2019-11-17 PHL minister',
    ]);
    const counted = page(['防衛大臣記者会見', '平成28年9月3日', 'インドの国防大臣とは東京で3月に会談しておりまして、今回が2回目の会談となりましたが、会談では、海洋安全保障について意見交換をいたしました。'], '2016-09-03');
    expect(briefs(counted)).toEqual(['talks 2016-03 IND minister', 'talks 2016-09-03 IND minister']);
  });
});

describe('the place of a forum or a counterpart is no partner (codebook 303)', () => {
  const release = (date: string, body: string) => page(['防衛大臣政務官の出張について', date.replace(/-/g, '.'), '防衛省', body], date);
  it('leaves the country of the city a forum met in out of its partners (「バーレーンの首都マナーマで開催された」「カタールのドーハで行われた」)', () => {
    const manama = release('2017-12-12', '12月9日、山本防衛大臣政務官はバーレーンの首都マナーマで開催された地域安全保障会議に出席した。');
    expect(briefs(manama, 'conference')).toEqual(['conference 2017-12-09  parliamentary-vice-minister']);
    const doha = release('2017-12-12', '12月9日、山本防衛大臣政務官はカタールのドーハで行われた国際安全保障フォーラムに参加し、講演を行った。');
    expect(briefs(doha, 'conference')).toEqual(['conference 2017-12-09  parliamentary-vice-minister']);
  });
  it('makes no meeting with the country a counterpart is visiting (「シンガポールを訪問中の中国国防部長と」)', () => {
    const chn = release('2019-06-03', '6月1日、岩屋防衛大臣は、シンガポールを訪問中の中国国防部長と会談を行った。');
    expect(briefs(chn)).toEqual(['talks 2019-06-01 CHN minister']);
    const ind = release('2022-06-12', '6月10日、岸防衛大臣は、インドネシアを訪問中のインド国防大臣とテレビ会談を行った。');
    expect(briefs(ind)).toEqual(['talks 2022-06-10 IND minister']);
  });
  it('keeps the country visited by the Japanese principal, and a host met in its own capital', () => {
    expect(briefs(release('2019-06-03', '6月1日、シンガポールを訪問中の岩屋防衛大臣は、中国国防部長と会談を行った。'))).toEqual(['talks 2019-06-01 CHN minister']);
    expect(briefs(release('2019-06-03', '6月1日、岩屋防衛大臣はシンガポールを訪問し、シンガポール国防大臣と会談を行った。'))).toEqual(['talks 2019-06-01 SGP minister']);
    expect(briefs(release('2016-11-20', '11月16日、稲田防衛大臣は、ラオスのビエンチャンにおいて、ラオス国防大臣と会談を行った。'))).toEqual(['talks 2016-11-16 LAO minister']);
  });
});

describe('counterparts each with a date of their own (codebook 304)', () => {
  const unit = (title: string, date: string, body: string) => page([title, date.replace(/-/g, '.'), body], date);
  it('dates each counterpart written after its own date before one verb (「5月2日には…と、3日には…と会談した」)', () => {
    const nor = page(['防衛大臣政務官の欧州訪問について', '平成24年5月10日', '防衛省', '大野防衛大臣政務官は、5月2日にはノルウェー国防副大臣と、3日にはスウェーデン国防副大臣と会談した。'], '2012-05-10');
    expect(briefs(nor)).toEqual(['talks 2012-05-02 NOR parliamentary-vice-minister', 'talks 2012-05-03 SWE parliamentary-vice-minister']);
    const chiefs = unit('航空幕僚長の活動', '2019-07-10', '航空幕僚長は、7月2日に英空軍参謀長と、7月4日には米空軍参謀総長及び豪空軍本部長との三者で会談を行った。');
    expect(briefs(chiefs)).toEqual(['talks 2019-07-02 GBR chief-asdf', 'talks 2019-07-04 AUS,USA chief-asdf']);
    const navy = unit('海上幕僚長の活動', '2024-09-20', '海上幕僚長は、9月9日にインド海軍参謀長と、同月11日にはスリランカ海軍司令官と懇談いたしました。');
    expect(briefs(navy)).toEqual(['talks 2024-09-09 IND chief-msdf', 'talks 2024-09-11 LKA chief-msdf']);
    const era = unit('防衛大臣の活動', '2009-06-01', '浜田防衛大臣は、平成21年5月29日に韓国国防部長官と、翌30日に米国防長官と、それぞれ会談を行った。');
    expect(briefs(era)).toEqual(['talks 2009-05-29 KOR minister', 'talks 2009-05-30 USA minister']);
  });
  it('gives a meeting in a dated list no counterpart of the next item (「5月12日にテレビ会談、…8月20日に日米NZの…」)', () => {
    const ev = unit('陸上幕僚長の挨拶', '2021-11-11', '本年度、陸上自衛隊とニュージーランド陸軍は、5月12日に二国間のテレビ会談、6月2日にニュージーランド陸軍主催の参謀長会議、8月20日に日米NZの三か国幕僚協議を行いました。');
    expect(briefs(ev)).toEqual(['talks 2021-05-12 NZL chief-gsdf', 'talks 2021-08-20 NZL,USA chief-gsdf']);
    const air = unit('航空幕僚長の挨拶', '2022-12-01', '本年、航空自衛隊とインド空軍の間において、3月2日に電話会談、9月9日に日米印の三か国幕僚協議を行いました。');
    expect(briefs(air)).toEqual(['talks 2022-03-02 IND chief-asdf', 'talks 2022-09-09 IND,USA chief-asdf']);
  });
  it('keeps one date for counterparts listed together, and the last time apart from the meeting', () => {
    const two = page(['防衛大臣の会談について', '令和3年2月15日', '防衛省', '2月10日、岸防衛大臣は、米国防長官と、オーストラリア国防大臣と、それぞれ電話会談を行った。'], '2021-02-15');
    expect(briefs(two)).toEqual(['talks 2021-02-10 AUS minister', 'talks 2021-02-10 USA minister']);
    const last = page(['防衛大臣の会談について', '令和3年2月15日', '防衛省', '2月10日、岸防衛大臣は、オーストラリア国防大臣と、昨年5月以来となる電話会談を行った。'], '2021-02-15');
    expect(briefs(last)).toEqual(['talks 2021-02-10 AUS minister']);
  });
});

describe('a date inside a relative clause on the subject is that clause’s (codebook 305)', () => {
  const unit = (date: string, body: string) => page(['護衛艦の活動', date.replace(/-/g, '.'), body], date);
  it('dates the training by the sentence’s own date, not the ship’s departure (「11月5日、7月20日に…を出港した護衛艦は」)', () => {
    const aus = unit('2023-11-07', '11月5日、7月20日に佐世保を出港した護衛艦「さみだれ」は、豪州北方海域において、豪海軍と日豪共同訓練を実施しました。');
    expect(briefs(aus, 'exercise')).toEqual(['exercise 2023-11-05 AUS unit']);
    const fra = unit('2019-10-20', '10月18日、9月30日に横須賀を出国した護衛艦「きりさめ」は、フランス海軍と日仏共同訓練を実施しました。');
    expect(briefs(fra, 'exercise')).toEqual(['exercise 2019-10-18 FRA unit']);
  });
  it('dates a foreign ship’s call by its arrival, not its departure (「3月2日、2月25日にハワイを出港した米海軍艦艇が…入港」)', () => {
    const ev = page(['艦艇の来日について', '令和6年3月5日', '3月2日、2月25日にハワイを出港した米海軍艦艇が横須賀に入港しました。'], '2024-03-05');
    expect(briefs(ev, 'port-call')).toEqual(['port-call 2024-03-02 USA unit']);
  });
  it('keeps the departure’s date when it is the only one, and dates written in order as a list', () => {
    const only = unit('2019-10-20', '9月30日に横須賀を出国した護衛艦「きりさめ」は、フランス海軍と日仏共同訓練を実施しました。');
    expect(briefs(only, 'exercise')).toEqual(['exercise 2019-09-30 FRA unit']);
    const after = unit('2023-11-07', '7月20日に佐世保を出港した護衛艦「さみだれ」は、11月5日、豪州北方海域において、豪海軍と日豪共同訓練を実施しました。');
    expect(briefs(after, 'exercise')).toEqual(['exercise 2023-11-05 AUS unit']);
  });
});

describe('a party referred back to (「同国海軍と」「同空軍と」) is the counterpart (codebook 306)', () => {
  const unit = (title: string, date: string, body: string) => page([title, date.replace(/-/g, '.'), body], date);
  it('reads 「…に寄港し、5日には同国海軍と親善訓練を実施」 as training with the country of the call', () => {
    const ev = unit('護衛艦の活動', '2023-07-10', '護衛艦「いずも」は、7月3日にシンガポールに寄港し、5日には同国海軍と親善訓練を実施しました。');
    expect(briefs(ev, 'exercise')).toEqual(['exercise 2023-07-05 SGP unit']);
    const next = unit('護衛艦の活動', '2023-07-10', '護衛艦「いずも」は、7月3日にシンガポールに寄港し、翌日、同国海軍と親善訓練を実施しました。');
    expect(briefs(next, 'exercise')).toEqual(['exercise 2023-07-04 SGP unit']);
  });
  it('reads 「同空軍と」 after the force named before', () => {
    const ev = unit('第1航空団の活動', '2023-07-20', '第1航空団は、7月12日に豪空軍の輸送機を受け入れ、14日には同空軍と共同訓練を実施しました。');
    expect(briefs(ev, 'exercise')).toEqual(['exercise 2023-07-14 AUS unit']);
  });
  it('makes no act of a visit to the force’s base, and keeps a counterpart named with 同国 in talks', () => {
    const visit = unit('護衛艦の活動', '2023-07-10', '7月3日、護衛艦「いずも」はシンガポールに寄港し、5日には同国海軍の基地を見学しました。');
    expect(briefs(visit, 'exercise')).toEqual([]);
    const talks = page(['防衛大臣の会談について', '令和5年7月10日', '防衛省', '7月3日、浜田防衛大臣はインドを訪問し、同国国防大臣と会談を行った。'], '2023-07-10');
    expect(briefs(talks)).toEqual(['talks 2023-07-03 IND minister']);
  });
});

describe('an act takes no partner from a clause with a date of its own (codebook 307)', () => {
  const ship = (body: string) => page(['護衛艦の活動', '令和4年11月10日', body], '2022-11-10');
  const acts = (evs: KoryuEvent[]) => evs.filter((e) => e.kind === 'other').map((e) => [e.date, e.partners.join(',')].join(' '));
  it('gives the fleet review none of the training told after it with its own day', () => {
    expect(acts(ship('護衛艦「いずも」は、11月6日に国際観艦式に参加し、8日には豪海軍と共同訓練を実施しました。'))).toEqual(['2022-11-06 ']);
    expect(acts(ship('護衛艦「いずも」は、11月6日に米海軍と共同訓練を実施し、8日には国際観艦式に参加しました。'))).toEqual(['2022-11-08 ']);
  });
  it('keeps the host written in its own clause, and a partner of the same date', () => {
    expect(acts(ship('護衛艦「いずも」は、11月6日に豪海軍主催の国際観艦式に参加し、8日には米海軍と共同訓練を実施しました。'))).toEqual(['2022-11-06 AUS']);
    expect(acts(ship('11月6日、護衛艦「いずも」は、国際観艦式に参加し、インド海軍と交流を深めました。'))).toEqual(['2022-11-06 IND']);
  });
});

describe('a meeting told as what was announced (「…と会談することを伝えた」) is a plan (codebook 308)', () => {
  const release = (body: string) => page(['防衛大臣の会談について', '令和元年11月20日', '防衛省', body], '2019-11-20');
  it('makes no meeting of 「翌18日に…と会談することを伝えた」 nor of 「…と会談することとなっております」', () => {
    expect(briefs(release('11月17日、河野防衛大臣はフィリピン国防大臣と会談し、翌18日にマレーシア国防大臣と会談することを伝えた。'))).toEqual(['talks 2019-11-17 PHL minister']);
    const spoken = page(['防衛大臣記者会見', '令和4年6月15日', '今月末に、インドネシアの国防大臣と会談することとなっております。'], '2022-06-15');
    expect(briefs(spoken)).toEqual([]);
  });
  it('keeps a meeting told as done before (「…と会談したことを紹介した」)', () => {
    expect(briefs(release('11月17日、河野防衛大臣はフィリピン国防大臣と会談し、前日にマレーシア国防大臣と会談したことを紹介した。'))).toEqual([
      'talks 2019-11-16 MYS minister',
      'talks 2019-11-17 PHL minister',
    ]);
  });
});
