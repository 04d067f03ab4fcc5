/**
 * Lists in talks: visits written as a count of places (codebook 90: 「ASEAN全10か国を訪問」, 「その3カ国全てを、…が
 * 訪問」) and the bare titles after a surname that name the visitor; counterparts of one country met one by one by
 * name (codebook 91); visitors received (100); an exchange of
 * visits; coordinated meeting nouns (101); a 日X compound naming the meeting (102). Every passage is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { extractEvents } from '../../index.js';

const SEA: SectionSubject = { kind: 'region', codes: [], label: '東南アジア' };

function talks(paragraphs: string[], subject: SectionSubject | undefined = SEA): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '1　交流', subject, paragraphs }])).events.filter((e) => e.kind === 'talks');
}
const brief = (e: KoryuEvent) => [e.date, e.partners.join(','), e.jpRole, e.mode].join(' ');
const briefs = (evs: KoryuEvent[]) => evs.map(brief).sort();

describe('talks: places written as a count, and a surname with a bare title', () => {
  it('visits each member of a group written 「ASEAN全10か国」 (rule 56)', () => {
    const ev = talks(['2013年、山田内閣総理大臣は、ASEAN全10か国を訪問した。'], SEA);
    expect(ev.map((e) => e.partners.join()).sort()).toEqual(['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM']);
    expect(new Set(ev.map((e) => e.jpRole))).toEqual(new Set(['prime-minister']));
  });
  it('does not expand a group when the count is not its own', () => {
    expect(talks(['2013年、山田内閣総理大臣は、ASEANの3か国を訪問した。'], SEA)).toEqual([]);
  });
  it('reads 「その3カ国全てを、…副大臣が訪問」 as a visit to each country just named', () => {
    const ev = talks(['島国のうち軍を持つのはフィジー、トンガ、パプアニューギニアの3カ国で、2020年2月にその3カ国全てを、川村副大臣が訪問した。'], undefined);
    expect(briefs(ev)).toEqual(['2020-02 FJI senior-vice-minister in-person', '2020-02 PNG senior-vice-minister in-person', '2020-02 TON senior-vice-minister in-person']);
  });
  it('needs the count to match the countries named before 「その…か国」', () => {
    expect(talks(['2020年2月、フィジーとトンガに続き、その3カ国全てを、川村副大臣が訪問した。'], undefined)).toEqual([]);
  });
  it('reads a surname and 長官 as the minister of the agency years (額賀長官(当時))', () => {
    expect(briefs(talks(['2006年9月、山川長官(当時)はモンゴルを訪問し、国防大臣と会談を行った。'], undefined))).toEqual(['2006-09 MNG minister in-person']);
  });
});

describe('talks: named counterparts of one country met one by one (codebook 91)', () => {
  it('makes one meeting per named counterpart, several of one country too', () => {
    const ev = talks(['2021年4月8日から14日の間で、山田陸幕長は、スミス米陸軍参謀総長、ジョーンズ米海兵隊総司令官、ブラウン豪陸軍本部長、ミラー米太平洋陸軍司令官と電話等により懇談を行った。'], undefined);
    expect(ev.map((e) => e.partners.join()).sort()).toEqual(['AUS', 'USA', 'USA', 'USA']);
  });
  it('keeps a delegation that called together as one meeting (「…議員及び…議員による表敬を受け」)', () => {
    const ev = talks(['2022年4月16日、山田防衛大臣は、訪日中のスミス米国上院議員、ジョーンズ米国上院議員及びミラー米国下院議員による表敬を受けた。'], undefined);
    expect(ev.map((e) => e.partners.join())).toEqual(['USA']);
  });
  it('keeps two named counterparts of one country met together as one meeting when nothing says apart', () => {
    const ev = talks(['2022年4月5日、山田陸幕長は、スミス米陸軍参謀総長及びジョーンズ米海兵隊総司令官と対面で懇談を行った。'], undefined);
    expect(ev.map((e) => e.partners.join())).toEqual(['USA']);
  });
});

describe('talks: visitors received (codebook 100)', () => {
  it('reads 「…本部長を…駐屯地にお迎えしました」 as a meeting with the visitor', () => {
    const ev = talks(['2021年11月4日及び5日、陸上自衛隊は、公式招待として、ジョン・スミス豪陸軍本部長を朝霞駐屯地にお迎えしました。'], undefined);
    expect(ev.map((e) => `${e.date}..${e.dateEnd ?? ''} ${e.partners.join()}`)).toEqual(['2021-11-04..2021-11-05 AUS']);
  });
  it('reads 「…が…防衛省へ来省されました」 as a call received from the visitor', () => {
    const ev = talks(['2022年5月18日、スミス国連事務次長が公式訪日に伴い、防衛省へ来省されました。'], undefined);
    expect(ev.map((e) => `${e.date} ${e.partners.join()}`)).toEqual(['2022-05-18 UN']);
  });
  it('gives no meeting with a former holder of the title (「…元米国務長官の来省」)', () => {
    expect(talks(['2022年9月30日、山田防衛大臣はスミス元米国務長官の来省を歓迎した。'], undefined)).toEqual([]);
  });
});

describe('talks: an exchange of visits told with 「…の訪日に続き」', () => {
  it('dates each visit by its own date: the visit received, then the one paid', () => {
    const CHN: SectionSubject = { kind: 'country', codes: ['CHN'], label: '中国' };
    const ev = talks(['次官級の交流では、2004年10月の王副総参謀長の訪日に続き、2005年3月、山田事務次官が訪中した。'], CHN);
    expect(briefs(ev)).toEqual(['2004-10 CHN administrative-vice-minister in-person', '2005-03 CHN administrative-vice-minister in-person']);
  });
});

describe('talks: meeting nouns coordinated before one predicate', () => {
  const RUS: SectionSubject = { kind: 'country', codes: ['RUS'], label: 'ロシア' };
  it('makes 「安保協議および防衛当局間協議が行われた」 two meetings of the same month', () => {
    expect(talks(['2010年7月には、実務者レベルで安保協議および防衛当局間協議が行われた。'], RUS).map((e) => `${e.date} ${e.partners.join()}`)).toEqual(['2010-07 RUS', '2010-07 RUS']);
  });
  it('keeps a bare noun after the first (「…との会談および表敬」) part of the same meeting', () => {
    expect(talks(['2010年7月には、実務者レベルで国防次官との会談および表敬が行われた。'], RUS)).toHaveLength(1);
  });
});

describe('talks: a 日X compound that names the meeting names its parties', () => {
  it('does not make the country visited for a forum a party of 「日中防衛相会談」', () => {
    const ev = talks(['2019年6月1日、国際会議への参加のためシンガポールを訪問中の山田防衛大臣は、魏中国国防部長との間で日中防衛相会談を行った。'], undefined);
    expect(ev.map((e) => e.partners.join())).toEqual(['CHN']);
  });
});

describe('talks: a list opened by 「…をはじめ、」 (codebook 425)', () => {
  it('meets the country before をはじめ with the others listed after it', () => {
    const ev = talks(['2020年2月15日、山田防衛大臣は、開催国スペインをはじめ、ポーランド、チリの国防大臣とそれぞれ会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2020-02-15 CHL minister in-person', '2020-02-15 ESP minister in-person', '2020-02-15 POL minister in-person']);
  });
  it('reads 「…をはじめとする、」 the same way', () => {
    const ev = talks(['2020年2月15日、山田防衛大臣は、スペインをはじめとする、ポーランド、チリの国防大臣と会談を行った。'], undefined);
    expect(briefs(ev)).toEqual(['2020-02-15 CHL minister in-person', '2020-02-15 ESP minister in-person', '2020-02-15 POL minister in-person']);
  });
});
