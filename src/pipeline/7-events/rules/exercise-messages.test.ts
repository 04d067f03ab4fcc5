/**
 * Exercises missed and the service chiefs' and commanders' messages (codebook 530–539). Passages written for this test;
 * each first row fails without its rule, the others are neighbours that must not change.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const run = (paragraphs: string[]): KoryuEvent[] => extractEvents(docFromSections([{ title: '共同訓練', paragraphs }])).events;
const page = (text: string, published: string, kind: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published, kind } as never)).events;
const brief = (e: KoryuEvent) => [e.kind, e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.partners.join(',')].join(' ');
const exercises = (events: KoryuEvent[]) => events.filter((e) => e.kind === 'exercise').map(brief);

describe('an exercise told ended as done (codebook 530)', () => {
  it('reads a named exercise or a training 「完遂しました」「終了しました」 as held, on the page\'s date', () => {
    expect(exercises(page('司令官挨拶\n\n当集団は、北マリアナ諸島で行ったコープ・ノース25を無事に完遂しました。\n\n令和7年3月2日\n司令官\n', '2025-03-02', 'other'))).toEqual([
      'exercise 2025-03-02 AUS,USA',
    ]);
    expect(exercises(page('NEWS\n\n第5航空団は、米空軍との共同訓練を終了しました。\n', '2025-03-02', 'other'))).toEqual(['exercise 2025-03-02 USA']);
  });

  it('does not for an end still to come, or an end told before another clause\'s date', () => {
    expect(exercises(page('NEWS\n\n第5航空団は、米空軍との共同訓練を終了する予定です。\n', '2025-03-02', 'other'))).toEqual([]);
    expect(exercises(page('NEWS\n\n第5航空団は、米空軍との共同訓練を終え、2月27日に帰投しました。\n', '2025-03-02', 'other'))).toEqual([]);
  });
});

describe('an exercise continued year on year (codebook 531)', () => {
  it('gives each date continued by the next an occurrence of its own', () => {
    expect(exercises(run(['海上自衛隊は、2019年に引き続き2020年も、英海軍と共同訓練を実施した。']))).toEqual(['exercise 2019 GBR', 'exercise 2020 GBR']);
    expect(exercises(run(['陸自は、2016年に続いて2017年も、インド陸軍との共同訓練を国内で行った。']))).toEqual(['exercise 2016 IND', 'exercise 2017 IND']);
  });

  it('leaves two dates not continued one by the other as before', () => {
    expect(exercises(run(['海上自衛隊は、2019年の経験を踏まえ、2020年に英海軍と共同訓練を実施した。']))).toEqual(['exercise 2020 GBR']);
  });
});

describe('an exercise Japan held together with a partner, in a forum\'s framework (codebook 532)', () => {
  it('takes the party that held it with Japan as a partner', () => {
    expect(exercises(run(['2019年9月、多国間の災害救援演習を日本及びフィリピンが共催した。']))).toEqual(['exercise 2019-09 PHL']);
    expect(exercises(run(['2019年9月、災害救援実動演習(仮称)をわが国とマレーシアが共同で開催した。']))).toEqual(['exercise 2019-09 MYS']);
  });

  it('reads the date before a forum named as the framework of the act', () => {
    expect(exercises(run(['2019年9月には、ARFの枠組みで初めてとなる災害救援実動演習をわが国とフィリピンが共同で開催した。']))).toEqual(['exercise 2019-09 PHL']);
  });

  it('does not for a plan, nor make a partner of a party that is not Japan\'s co-host', () => {
    expect(exercises(run(['2019年9月、災害救援演習をわが国とフィリピンが共同で開催する予定である。']))).toEqual([]);
    expect(exercises(run(['2019年9月、災害救援演習を米国と中国が共同で開催したとの報道がある。']))).toEqual([]);
  });
});

describe('a bare training word listed with its own period before another exercise (codebook 533)', () => {
  it('is an exercise of its own, dated by its period, told by the one predicate after both', () => {
    expect(exercises(run(['日米共同統合演習として毎年演習を行っており、2018年については、2月から3月にかけて横須賀などにおいて指揮所演習、10月から11月にかけて、沖縄周辺において日米共同統合演習(実動演習)を実施した。']))).toEqual([
      'exercise 2018-02..2018-03 USA',
      'exercise 2018-10..2018-11 USA',
    ]);
    expect(exercises(run(['2020年5月に横田において米空軍との指揮所演習、同年9月に三沢において米空軍と共同訓練を行った。']))).toEqual(['exercise 2020-05 USA', 'exercise 2020-09 USA']);
  });

  it('does not for a list of trainings with no date of their own, nor an item closed by its own predicate', () => {
    expect(exercises(run(['2018年1月、市ヶ谷において指揮所演習、射撃訓練など国内の訓練を重ねた。']))).toEqual([]);
    expect(exercises(run(['2018年1月に指揮所演習を行い、同年10月には米軍と共同訓練を実施した。']))).toEqual(['exercise 2018-10 USA']);
  });
});

describe('a meeting named as the topic after a dated relative clause telling it held (codebook 534)', () => {
  const talks = (text: string, published: string) =>
    page(text, published, 'other').filter((e) => e.kind === 'talks').map((e) => `${brief(e)} ${e.jpRole}`);
  const head = 'ご挨拶\n\n令和5年6月1日\n陸上幕僚長より皆さまへ\n\n';
  it('reads the meeting as held on the clause\'s date', () => {
    expect(talks(`${head}1点目は、先週5月24日から25日にかけて実施した日豪陸軍種間のテレビ会談についてです。\n`, '2023-06-01')).toEqual([
      'talks 2023-05-24..2023-05-25 AUS chief-gsdf',
    ]);
    expect(talks(`${head}まず、5月18日に行われた日英陸軍種による会談についてお知らせします。\n`, '2023-06-01')).toEqual(['talks 2023-05-18 GBR chief-gsdf']);
  });

  it('does not for a meeting to come, or a topic with no date of its own', () => {
    expect(talks(`${head}1点目は、6月8日から実施する日豪陸軍種間のテレビ会談についてです。\n`, '2023-06-01')).toEqual([]);
    expect(talks(`${head}1点目は、これまで実施した日豪陸軍種間のテレビ会談についてです。\n`, '2023-06-01')).toEqual([]);
  });
});

describe('a named exercise a principal inspected, on a chief\'s message page (codebook 535)', () => {
  const head = 'ご挨拶\n\n令和6年2月1日\n陸上幕僚長より皆さまへ\n\n';
  it('is under way on the page\'s date', () => {
    expect(exercises(page(`${head}先日、日米共同の実動訓練であるこのレゾリュート・ドラゴン23を、陸上幕僚長として視察できたことを心強く思います。\n`, '2024-02-01', 'other'))).toEqual([
      'exercise 2024-02-01 USA',
    ]);
    expect(exercises(page(`${head}今回、北海道で行われているダルマ・ガーディアン24を視察しました。\n`, '2024-02-01', 'other'))).toEqual(['exercise 2024-02-01 IND']);
  });

  it('does not for an inspection to come, or a white-paper page', () => {
    expect(exercises(page(`${head}来週、北海道で行われるダルマ・ガーディアン24を視察する予定です。\n`, '2024-02-01', 'other'))).toEqual([]);
    expect(exercises(page('第3章\n\n陸上幕僚長は、北海道で行われたダルマ・ガーディアン24を視察した。\n', '2024', 'whitepaper'))).toEqual([]);
  });
});

describe('a training told as a mutual deployment (codebook 536)', () => {
  it('is an exercise with the partner the sentence names, of the year of the date before it', () => {
    expect(exercises(run(['2024年3月に日英円滑化協定が発効し、両国の戦闘機が相互に展開した訓練に初めて適用された。']))).toEqual(['exercise 2024 GBR']);
    expect(exercises(run(['2022年には、日豪の輸送機が相互に展開して行った訓練が行われ、連携が深まった。']))).toEqual(['exercise 2022 AUS']);
  });

  it('does not for a deployment to come, nor a bare training with no mutual deployment', () => {
    expect(exercises(run(['2024年3月、日英の戦闘機が相互に展開する訓練を行う予定である。']))).toEqual([]);
    expect(exercises(run(['2024年3月に日英円滑化協定が発効し、各種の訓練に適用された。']))).toEqual([]);
  });
});

describe('a meeting told to follow an earlier one held on a date of its own (codebook 537)', () => {
  const head = 'ご挨拶\n\n令和6年3月7日\n陸上幕僚長より皆さまへ\n\n3月4日、イタリア陸軍参謀長とテレビ会談を行いました。\n';
  const talks = (text: string) => page(head + text, '2024-03-07', 'other').filter((e) => e.kind === 'talks').map(brief);
  it('gives the earlier meeting with the same parties on that date', () => {
    expect(talks('本会談は、昨年10月、イタリア海軍の艦艇が来日した機会に実施したテレビ会談に引き続くものです。\n')).toEqual(['talks 2024-03-04 ITA', 'talks 2023-10 ITA']);
    expect(talks('本会談は、昨年6月にローマで開催された会談に続くものであります。\n')).toEqual(['talks 2024-03-04 ITA', 'talks 2023-06 ITA']);
  });

  it('does not for a meeting to be followed by another, nor one with no date of its own', () => {
    expect(talks('本会談は、これまで実施した会談に引き続くものです。\n')).toEqual(['talks 2024-03-04 ITA']);
    expect(talks('本会談には、来月実施する会談が続く予定です。\n')).toEqual(['talks 2024-03-04 ITA']);
  });
});

describe('Japan among hosts listed with their years (codebook 538)', () => {
  it('gives the edition Japan hosted, of the year in its brackets, with no partner', () => {
    expect(exercises(run(['例として、タイ(99(同11)年)、わが国(03(同15)年)及びインド(06(同18)年)が主催した多国間の捜索救難訓練がある。']))).toEqual(['exercise 2003 ']);
    expect(exercises(run(['インドネシア(2010年)、わが国(2012年)が主催した多国間の潜水艦救難訓練などがある。']))).toEqual(['exercise 2012 ']);
  });

  it('does not for hosts listed without Japan, nor a hosting to come', () => {
    expect(exercises(run(['タイ(1999年)及びインド(2006年)が主催した多国間の捜索救難訓練がある。']))).toEqual([]);
    expect(exercises(run(['わが国(2026年)が主催する予定の多国間の捜索救難訓練がある。']))).toEqual([]);
  });
});
