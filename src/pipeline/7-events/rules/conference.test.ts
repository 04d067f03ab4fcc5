/**
 * conference.forum-participation: multilateral meetings as press releases, older editions and the
 * chiefs' messages report them. Passages written for the purpose; each row fails without the part
 * of the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { SectionSubject } from '../../../model/document.js';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const MULTI: SectionSubject = { kind: 'multilateral', codes: [], label: '多国間' };
const ADMM_PLUS = ['AUS', 'BRN', 'CHN', 'IDN', 'IND', 'KHM', 'KOR', 'LAO', 'MMR', 'MYS', 'NZL', 'PHL', 'RUS', 'SGP', 'THA', 'USA', 'VNM'];

function events(paragraphs: string[], subject: SectionSubject | undefined = MULTI): KoryuEvent[] {
  return extractEvents(docFromSections([{ title: '（1）テスト', subject, paragraphs }])).events;
}
const of = (ev: KoryuEvent[], kind: KoryuEvent['kind']) => ev.filter((e) => e.kind === kind);

/** A release on a minister's trip to a multilateral meeting, in the shape the ministry writes it. */
const RELEASE = [
  '山田防衛大臣による第5回拡大ASEAN国防相会議への出席について(概要)',
  '',
  '平成30年10月20日',
  '防衛省',
  '',
  ' 10月19~20日、山田防衛大臣は、シンガポールを訪問し、第5回拡大ASEAN国防相会議(以下「ADMMプラス」という。)及び第4回日ASEAN防衛担当大臣会合に出席した。',
  '',
  '1.第5回ADMMプラスについて',
  '',
  '  1. (1)10月20日、ASEAN10か国及びプラス国の国防大臣等の参加を得て、第5回ADMMプラスが行われた。会議においては、7月に開催されたADSOMプラスの結果及び前日に開催されたASEAN国防相会議(ADMM)における決定について報告が行われ、「海洋安全保障」及び「災害対処」に係る2つの共同声明が採択された。',
].join('\n');

describe('conference.forum-participation: a multilateral meeting told by a press release', () => {
  const ev = extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(RELEASE), 'release.txt'))).events;

  it('reads forums listed before one verb, past a half-width aside holding 。, and dates them alike', () => {
    const asean = of(ev, 'conference').find((e) => e.partners.join() === 'ASEAN');
    expect(asean).toMatchObject({ date: '2018-10-19', dateEnd: '2018-10-20', jpRole: 'minister', mode: 'in-person' });
  });

  it('records a forum reported as held (「…が行われた」) when the text names Japan’s participant, on its own day', () => {
    const plus = of(ev, 'conference').filter((e) => e.partners.join() === ADMM_PLUS.join());
    // The trip's span (19–20) and the meeting's day (20) are one meeting: the day stands.
    expect(plus.map((e) => [e.date, e.dateEnd, e.evidence.length])).toEqual([['2018-10-20', undefined, 2]]);
  });

  it('leaves out meetings named only in a relative clause or as the source of a report (ADSOM-Plus, ADMM)', () => {
    expect(of(ev, 'conference')).toHaveLength(2);
  });

  it('gives the statements adopted there the meeting’s date and membership, one per quoted subject', () => {
    expect(of(ev, 'agreement').map((e) => [e.date, e.name, e.instrument, e.milestone, e.partners.length]).sort()).toEqual([
      ['2018-10-20', '海洋安全保障', 'declaration', 'signed', ADMM_PLUS.length],
      ['2018-10-20', '災害対処', 'declaration', 'signed', ADMM_PLUS.length],
    ]);
  });

  it('does not read 「参加国の国防大臣等」 as a participation', () => {
    const ev2 = events(['2019年11月18日、河野防衛大臣は、ASEAN国防相会議の決定について報告が行われた後、参加国の国防大臣等と意見交換を行った。']);
    expect(of(ev2, 'conference')).toEqual([]);
  });
});

describe('conference.forum-participation: forums in older editions and messages', () => {
  it('resolves 「第1回会議」 to the forum named before and reads it as held where Japan is a member', () => {
    const ev = events(['2010年5月、わが国を含む8か国をプラス国とする拡大ASEAN国防相会議(ADMMプラス)の創設が決定され、同年10月、第1回会議が、ハノイで開催された。']);
    expect(of(ev, 'conference').map((e) => [e.date, e.partners.length])).toEqual([['2010-10', ADMM_PLUS.length]]);
  });

  it('reads the writer as the participant and keeps the venue of the trip out of the partners', () => {
    const ev = events(['私は、2021年8月24日から9月3日までの間、宇宙シンポジウム及び宇宙参謀長等会議への参加のため、米国に出張しました。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.name, e.date, e.dateEnd, e.partners]).sort()).toEqual([
      ['宇宙シンポジウム', '2021-08-24', '2021-09-03', []],
      ['宇宙参謀長等会議', '2021-08-24', '2021-09-03', []],
    ]);
  });

  it('reads a forum and its abbreviation joined by ・ as one, and skips the partners inside other meetings’ names', () => {
    const ev = events(['私は2025年5月11日から16日の間、太平洋地上軍シンポジウム・LANPAC25、日米シニア・リーダーズ・セミナー及び日米豪比ランド・フォーシズ・ダイアログに参加してまいりました。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.name, e.partners])).toEqual([['太平洋地上軍シンポジウム', []]]);
  });

  it('takes the host and the participants of the forum’s own clause, not a background clause before its date', () => {
    const ev = events(['陸幕長の活動をお知らせします。', '前回紹介した米・豪陸軍種間の交流に続き、2021年4月19日には、豪陸軍主催により、オンラインで実施された陸軍参謀総長シンポジウムに参加し、インド及びシンガポールの陸軍種トップとの間で意見交換を行いました。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.partners, e.mode])).toEqual([[['AUS', 'IND', 'SGP'], 'video']]);
  });

  it('keeps the country a meeting is about out of its partners (「ウクライナ支援に関する…会議」)', () => {
    const ev = events(['2022年4月26日、山田防衛大臣は、米国防長官が主催するウクライナ支援に関する多国間会議にオンラインで参加した。'], undefined);
    expect(of(ev, 'conference').map((e) => e.partners)).toEqual([['USA']]);
  });

  it('records a participation that was the occasion of another act (「…会合参加の機会を捉え、…会談」)', () => {
    const ev = events(['2023年6月4日、統幕長は、シャングリラ会合参加の機会を捉え、シンガポールにおいて、米インド太平洋軍司令官と会談を行いました。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.name, e.date])).toEqual([['シャングリラ会合', '2023-06-04']]);
  });

  it('counts a seminar as a forum only for a senior principal outside capacity building', () => {
    const chief = events(['2022年9月、陸幕長は、ハワイで開催された太平洋地域の陸軍管理者セミナーに出席した。'], undefined);
    expect(of(chief, 'conference').map((e) => e.jpRole)).toEqual(['chief-gsdf']);
    const unit = events(['2022年9月、陸自の隊員は、ハワイで開催された陸軍管理者セミナーに参加した。'], undefined);
    expect(of(unit, 'conference')).toEqual([]);
  });
});

describe('conference.forum-participation: a forum told again later in the section', () => {
  it('takes the host named the second time (「また、米宇宙軍主催の…会議では」), not a background clause or a region', () => {
    const ev = events(
      [
        '私は、2021年8月24日から9月3日までの間、宇宙シンポジウム及び宇宙参謀長等会議への参加のため、米国に出張しました。',
        'また、カナダ訪問後に引き続き、宇宙シンポジウムに参加しました。',
        'また、米宇宙軍主催の宇宙参謀長等会議では、今後の防衛協力について意見交換を行いました。',
        'さらに、宇宙シンポジウムにおいては、自由で開かれたインド・太平洋の重要性について確認しました。',
      ],
      undefined,
    );
    expect(of(ev, 'conference').map((e) => [e.name, e.date, e.partners, e.evidence.length]).sort()).toEqual([
      ['宇宙シンポジウム', '2021-08-24', [], 3],
      ['宇宙参謀長等会議', '2021-08-24', ['USA'], 2],
    ]);
  });
});

describe('conference.forum-participation: partners, days and the forum’s own events', () => {
  it('leaves the counterparts of side meetings, the country visited and the organiser’s nationality to others', () => {
    const ev = events(
      ['2006年6月2~4日、防衛庁長官は、第5回アジア安全保障会議(IISS:国際戦略研究所(英国の民間シンクタンク)主催)に出席するためにシンガポールを訪問し、スピーチを実施した。', '2019年6月1日、アジア安全保障会議への参加のためシンガポールを訪問中の防衛大臣は、中国国防部長と会談を行った。'],
      undefined,
    );
    expect(of(ev, 'conference').map((e) => [e.date, e.partners])).toEqual([
      ['2006-06-02', []],
      ['2019-06-01', []],
    ]);
  });

  it('reads the days of one meeting listed one after another as its span', () => {
    const ev = events(['2017年12月10日及び11日、バーレーンにおいて開催された英国国際戦略研究所(IISS)主催の第13回地域安全保障サミット(マナーマ対話)に参加した大野防衛大臣政務官は、講演を行った。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.date, e.dateEnd, e.partners])).toEqual([['2017-12-10', '2017-12-11', []]]);
  });

  it('folds 「…日に開催された本会合では」 into the meeting told with its days', () => {
    const ev = events(['2018年9月9日(日)及び10日(月)、名古屋において、防衛省の主催により「第10回日ASEAN防衛当局次官級会合」が開催され、防衛審議官が議長を務めた。', '10日(月)に開催された本会合では、出席者の間で意見交換を行った。']);
    expect(of(ev, 'conference').map((e) => [e.date, e.dateEnd, e.partners, e.evidence.length])).toEqual([['2018-09-09', '2018-09-10', ['ASEAN'], 2]]);
  });

  it('counts a ceremony of a forum as an event of its own beside the meeting', () => {
    // Through the real pipeline: the aside holds a 。 that the sentence splitter keeps inside.
    const text = '令和2年12月10日\n\n 12月10日、防衛大臣は、オンライン形式で開催された、拡大ASEAN国防相会議(以下「ADMMプラス」という。)創設10周年記念式典及び第7回ADMMプラス並びに第6回日ASEAN防衛担当大臣会合に出席した。\n';
    const ev = extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'))).events;
    expect(of(ev, 'conference').map((e) => [e.name, e.partners.length]).sort()).toEqual([
      ['ADMMプラス', 17],
      ['拡大ASEAN国防相会議創設10周年記念式典', 17],
      ['日ASEAN防衛担当大臣会合', 1],
    ]);
  });

  it('reads an act chained by 「ほか」 past an apposition, and the North Atlantic Council as NATO’s', () => {
    const ev = events(['2007年1月、総理は、NATO本部において事務総長と会談を行ったほか、NATOの意思決定機関である、北大西洋理事会に、初めて出席し、演説を行った。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.date, e.partners])).toEqual([['2007-01', ['NATO']]]);
  });

  it('reads a forum where the minister proposed something, and a venue written with 「にて」', () => {
    const ev = events(['会合では、2015年5月シンガポールにて行われたアジア安全保障会議において防衛大臣が提唱した「シャングリラ・ダイアログ・イニシアティブ」について議論した。'], undefined);
    expect(of(ev, 'conference').map((e) => [e.name, e.date, e.partners])).toEqual([['アジア安全保障会議', '2015-05', []]]);
  });

  it('takes a host written as a command of a country (「米インド太平洋軍…が共催する」), and no 2+2 for a forum', () => {
    const chod = events(['2020年8月、統幕長は、米インド太平洋軍及びフィジー共和国軍が共催するインド太平洋参謀長等会議にオンライン形式で参加した。'], undefined);
    expect(of(chod, 'conference').map((e) => e.partners)).toEqual([['FJI', 'USA']]);
    const twoPlusTwo = events(['2019年11月には、日印間で初となる第1回外務・防衛閣僚会合「2＋2」が開催された。'], undefined);
    expect(of(twoPlusTwo, 'conference')).toEqual([]);
  });
});

describe('conference.forum-participation: a forum as the place of what the principal did', () => {
  it('reads a discussion the principal had at a past forum as its attendance, not a meeting held on its occasion', () => {
    const attended = events(['2022年7月、岸大臣から、2021年の日・太平洋島嶼国国防大臣会合(JPIDD)では、地域の共通の課題について率直な意見交換ができた旨伝え、トンガの支援に謝意を述べました。'], undefined);
    expect(of(attended, 'conference').map((e) => [e.date, e.partners])).toEqual([['2021', ['TON']]]);
    const occasion = events(['2013年6月、防衛大臣が、シャングリラ会合においてフランス国防大臣と会談を行った。'], undefined);
    expect(of(occasion, 'conference')).toEqual([]);
  });

  it('dates 「今回、…に出席」 by the month of a dated document', () => {
    const text = '防衛大臣記者会見\n\n日時 令和元年11月19日(火) 9:22~9:40\n\n今回、バンコクで行われたADMMプラス及び日ASEAN防衛担当大臣会合に出席するとともに、各国の国防大臣と個別会談を行いました。\n';
    const ev = extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'kisha.txt'))).events;
    expect(of(ev, 'conference').map((e) => [e.name, e.date]).sort()).toEqual([
      ['ADMMプラス', '2019-11'],
      ['日ASEAN防衛担当大臣会合', '2019-11'],
    ]);
  });
});

describe('conference.forum-participation: who took part for Japan', () => {
  it('reads 「我が国からは、…が参加して議長を務め」 as Japan’s participant in the forum just told, the most senior leading', () => {
    const ev = events([
      '2018年9月9日及び10日、名古屋において、防衛省の主催により「第10回日ASEAN防衛当局次官級会合」が開催された。',
      '我が国からは、山田防衛審議官が参加して議長を務め、ASEAN各国の次官級等が参加した。',
    ]);
    expect(of(ev, 'conference').map((e) => [e.date, e.jpRole, e.level, e.evidence.length])).toEqual([['2018-09-09', 'vice-minister-international', 'vice-ministerial', 2]]);
  });
});

describe('conference.forum-participation: what is not an attendance', () => {
  it('does not date a passing mention of a series or a habit', () => {
    const ev = events(['2020年10月、防衛大臣は、ベトナム国防大臣と会談を行った。', '日ASEAN防衛担当大臣会合は、これまでに6回開催されている。', 'シャングリラ会合には、歴代の防衛大臣が毎年出席してきた。']);
    expect(of(ev, 'conference')).toEqual([]);
  });
});


describe('conference.forum-participation: the forum of the counterpart who attends it (codebook 241)', () => {
  it('reads 「…会合に参加中の（foreign minister）と会談」 as the meeting’s occasion, not Japan attending', () => {
    const ev = events(['2019年6月1日、山田防衛大臣は、シャングリラ会合に参加中のフランスのパルリ軍事大臣と会談を行った。'], undefined);
    expect(of(ev, 'conference')).toEqual([]);
    expect(of(ev, 'talks').map((e) => e.partners.join())).toEqual(['FRA']);
  });
  it('still reads Japan’s own attendance told the same way (「…に出席中の山田防衛大臣は」)', () => {
    const ev = events(['2019年6月1日、シャングリラ会合に出席中の山田防衛大臣は、フランスの軍事大臣と会談を行った。'], undefined);
    expect(of(ev, 'conference').map((e) => e.date)).toEqual(['2019-06-01']);
  });
});
