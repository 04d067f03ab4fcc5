/**
 * Fora, agreements and other acts on unseen text (codebook 384–399, 443–459). Passages written for this test in
 * the style of the white paper and the ministry's releases; beside each passage that must change stand neighbours
 * that must not.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

/** A text laid out as paragraphs, with its date and kind. */
function page(lines: string[], published: string, kind?: string): KoryuEvent[] {
  return extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(lines.join('\n\n') + '\n'), 'page.txt'), { published, ...(kind ? { kind } : {}) })).events;
}
const fora = (evs: KoryuEvent[]) => evs.filter((e) => e.kind === 'conference').map((e) => `${e.date} ${e.partners.join(',')} ${e.name ?? ''}`).sort();

describe('a forum the section named, referred to as 「第N回のフォーラム」 and hosted by Japan (codebook 384)', () => {
  const about = '中でも、東京ディフェンス・フォーラムは、防衛省が毎年開いている多国間の会議であり、参加国の国防当局者が安全保障政策を紹介し合う場となっている。';
  it('records the session dated in the next sentence, with the parties it names but not the quoted topic', () => {
    const session = '昨年11月の第14回のフォーラムには、25か国およびEUのほか、国連の人道機関の参加を得て、「フィリピン中部の台風被害における各国軍の救援活動」について議論した。';
    expect(fora(page([about, session], '2010-07', 'whitepaper'))).toEqual(['2009-11 EU,UN 東京ディフェンス・フォーラム']);
  });
  it('leaves a session with no sign of Japan taking part, and one still to come', () => {
    const foreignOnly = '昨年11月の第14回のフォーラムには、25か国が参加した。';
    expect(fora(page(['東京ディフェンス・フォーラムは、地域の国防当局者が集う会議である。', foreignOnly], '2010-07', 'whitepaper'))).toEqual([]);
    const planned = '本年11月の第15回のフォーラムには、各国の参加を得て開催する予定である。';
    expect(fora(page([about, planned], '2010-07', 'whitepaper'))).toEqual([]);
  });
});

const agreements = (evs: KoryuEvent[]) => evs.filter((e) => e.kind === 'agreement').map((e) => `${e.date} ${e.partners.join(',')} ${e.instrument} ${e.milestone}`);

describe('the defense-cooperation guidelines named with their year (codebook 443)', () => {
  const release = (line: string) => page(['日米防衛相会談の概要', '平成25年10月3日', '防衛省', line], '2013-10-03', 'press-release');
  it('records the guidelines of a year as made then, even as the topic of the sentence (「…指針について」)', () => {
    expect(agreements(release('両大臣は、1978年の日米防衛協力のための指針について、見直しの作業を進めていくことで一致した。'))).toEqual(['1978 USA other signed']);
    expect(agreements(release('両大臣は、共同計画及び1978年の日米防衛協力のための指針に関する議論の重要性を確認した。'))).toEqual(['1978 USA other signed']);
  });
  it('records nothing for the guidelines named without a year, or for a milestone told as a topic', () => {
    expect(agreements(release('両大臣は、日米防衛協力のための指針に基づき、協力を進めることで一致した。'))).toEqual([]);
    expect(agreements(release('両大臣は、日米ACSAの署名について意見交換を行った。'))).toEqual([]);
  });
});

describe('an act dated before the page, in a sentence closing on what is to come (codebook 444)', () => {
  const activity = (line: string) => page(['大臣の動静(令和6年2月)', '2月9日、山田防衛大臣は、駐日マレーシア大使の表敬を受けました。', line], '2024-02', 'activity');
  it('records a milestone its own clause dates to last year (「昨年、…協定が締結されるなど、…推進してまいります」)', () => {
    expect(agreements(activity('昨年、日・マレーシア防衛装備品・技術移転協定が締結されるなど、両国の協力は着実に進んでおり、今後も防衛協力を推進してまいります。'))).toEqual([
      '2023 MYS ETA signed',
    ]);
  });
  it('leaves the act of this year, or one with no date of its own, as announced', () => {
    expect(agreements(activity('本年、日・マレーシア防衛装備品・技術移転協定を締結するなど、今後も防衛協力を推進してまいります。'))).toEqual([]);
    expect(agreements(activity('日・マレーシア防衛装備品・技術移転協定を締結するなど、今後も防衛協力を推進してまいります。'))).toEqual([]);
  });
});

describe('a milestone the other side dates in its remark (codebook 445)', () => {
  const release = (line: string) => page(['日西防衛相会談の概要', '令和2年3月4日', '防衛省', line], '2020-03-04', 'press-release');
  it('records the signature the counterpart dates in the instrument’s relative clause (「昨年署名した「…覚書」」)', () => {
    expect(agreements(release('ロブレス大臣から、昨年署名した「日西防衛協力・交流に関する覚書」に基づき、交流を広げたい旨発言があった。'))).toEqual([
      '2019 ESP MOU signed',
    ]);
    expect(agreements(release('ロブレス大臣から、2018年10月に締結された日西ACSAの意義について述べた。'))).toEqual(['2018-10 ESP ACSA signed']);
  });
  it('leaves a milestone the remark names without a date of its own, or one it hopes for', () => {
    expect(agreements(release('ロブレス大臣から、覚書に署名したことを歓迎する旨発言があった。'))).toEqual([]);
    expect(agreements(release('ロブレス大臣から、来年署名する覚書に期待する旨発言があった。'))).toEqual([]);
  });
});

describe('a sentence that goes on from one set on a trip (codebook 446)', () => {
  const trip = '3月3日から9日の間、カタール国及びフランス共和国に出張してまいりました。';
  const scene = 'フランスにおいては、同国海軍参謀総長と懇談し、協力の方向性について意見を交わしました。';
  const forum = '加えて、パリにおいて開催されたパリ海洋安全保障フォーラムに参加し、各国の参加者と議論しました。';
  const message = (...lines: string[]) => page(['航空幕僚長ご挨拶', ...lines], '2025-04', 'activity');
  it('dates the forum of 「加えて、…に参加し」 by the trip the sentence before was set on, with no partner', () => {
    expect(fora(message(trip, scene, forum))).toEqual(['2025-03-03  パリ海洋安全保障フォーラム']);
  });
  it('leaves it undated after a sentence not set on the trip', () => {
    expect(fora(message(trip, scene, '桜の季節を迎え、新たな隊員を迎えました。', forum))).toEqual([]);
  });
});

describe('a forum held, described in apposition, and its participants listed in the sentences after it (codebook 447)', () => {
  const held = '1. 11月15日、防衛省が主催する2回目の多国間防衛相会合である、日・太平洋島嶼国国防大臣会合(JPIDD)が東京で開催されました。';
  const chaired = '2. 木原防衛大臣が議長を務め、島嶼国のうち2か国(フィジー、トンガ)から、国防大臣が出席しました。';
  const others = '3. また、豪州、ニュージーランド及びフランスの代表者がオンラインで参加しました。';
  const adopted = '4. 本会合では、海洋安全保障について議論し、その成果として「日・太平洋島嶼国国防大臣会合共同声明」を採択しました。';
  const release = (...lines: string[]) => page(['日・太平洋島嶼国国防大臣会合について', '令和5年11月15日', '防衛省', ...lines], '2023-11-15', 'press-release');
  it('dates the forum past the meeting noun it is described by (「…防衛相会合である、」)', () => {
    expect(fora(release(held))).toEqual(['2023-11-15  日・太平洋島嶼国国防大臣会合']);
  });
  it('gives the forum, and the statement adopted there, every state the next sentences list as attending', () => {
    const evs = release(held, chaired, others, adopted);
    expect(fora(evs)).toEqual(['2023-11-15 AUS,FJI,FRA,NZL,TON 日・太平洋島嶼国国防大臣会合']);
    expect(agreements(evs)).toEqual(['2023-11-15 AUS,FJI,FRA,NZL,TON declaration signed']);
  });
  it('adds no state from a sentence with a date or an engagement of its own, or one after another sentence', () => {
    expect(fora(release(held, '2. 11月16日には、フィジー及びトンガの国防大臣が自衛隊の部隊視察に参加しました。'))).toEqual(['2023-11-15  日・太平洋島嶼国国防大臣会合']);
    expect(fora(release(held, '2. 各国から活発な意見が出されました。', others))).toEqual(['2023-11-15  日・太平洋島嶼国国防大臣会合']);
  });
});

describe('「同時期に」 dates a sentence like the engagement just told (codebook 448)', () => {
  const told = '先月、陸上幕僚長は、ハワイで開催された太平洋地域陸軍参謀総長等会議に参加しました。';
  const same = 'また、同時期に、陸上総隊司令官が米国・カナダ陸軍の司令官を招き、ランド・フォーシーズ・コマンダーズ・ミーティングを開催しました。';
  const message = (...lines: string[]) => page(['陸上幕僚長より皆さまへ', '令和5年10月5日', ...lines], '2023-10-05', 'other');
  it('gives the meeting of 「また、同時期に、…」 the date of the forum told just before', () => {
    expect(fora(message(told, same)).filter((r) => r.includes('ミーティング'))).toEqual(['2023-09 CAN,USA ランド・フォーシーズ・コマンダーズ・ミーティング']);
  });
  it('leaves it undated in a white paper with nothing told before', () => {
    expect(fora(page(['陸上自衛隊の多国間協力', same], '2024', 'whitepaper'))).toEqual([]);
  });
});

describe('a forum last met at, dated by its other mention in the sentence (codebook 449)', () => {
  const release = (line: string) => page(['日豪防衛相会談の概要', '令和元年6月20日', '防衛省', '6月20日、岩屋防衛大臣は、レイノルズ豪国防大臣と会談を行った。', line], '2019-06-20', 'press-release');
  it('dates 「…会合以来の再会」 by 「昨年の…会合」 written later in the sentence', () => {
    expect(fora(release('冒頭、岩屋大臣から、シャングリラ会合以来の再会を喜ぶとともに、昨年のシャングリラ会合での議論を振り返る旨述べた。'))).toEqual([
      '2018  シャングリラ会合',
    ]);
  });
  it('leaves it undated when the other mention carries no date of its own', () => {
    expect(fora(release('冒頭、岩屋大臣から、シャングリラ会合以来の再会を喜ぶとともに、シャングリラ会合での議論を振り返る旨述べた。'))).toEqual([]);
  });
});
