/**
 * Misses of acts and fora (codebook rules 340–359): passages written for this test, each family in several wordings
 * that fail without its rule, and near neighbours (plans, foreign-only acts, the ministry's own meetings) that must not fire.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { docFromSections } from '../../../../test/hand-built-doc.js';
import { extractEvents } from '../../index.js';

const run = (text: string): KoryuEvent[] => extractEvents(docFromSections([{ title: '防衛交流', paragraphs: [text] }])).events;
const brief = (e: KoryuEvent) => [e.kind, e.dateEnd ? `${e.date}~${e.dateEnd}` : e.date, e.partners.join(',')].join(' ');

describe('a forum hosted or attended by one of Japan\'s defense bodies (codebook rule 340)', () => {
  it('reads the Defense Academy, the ministry or a force convening an international meeting', () => {
    expect(run('令和4年3月2日から4日まで、防衛大学校は、欧州及びアジアの9か国から士官候補生を招き、第25回国際士官候補生会議を開催した。').map(brief)).toEqual(['conference 2022-03-02~2022-03-04 ']);
    expect(run('平成30年2月、防衛大学校において第21回国際士官候補生会議が開催され、14か国から25名が参加した。').map(brief)).toEqual(['conference 2018-02 ']);
    expect(run('2021年9月2日、防衛省が初めて主催する多国間の国防大臣会合である日・太平洋島嶼国国防大臣会合がテレビ会議形式で開催されました。').map(brief)).toEqual(['conference 2021-09-02 ']);
    expect(run('陸上自衛隊は、2023年9月、インド太平洋の陸軍参謀長等を東京に招き、多国間陸軍参謀長等会議を主催しました。').map(brief)).toEqual(['conference 2023-09 ']);
  });

  it('reads the head of a body attending a forum, with the forum\'s members as partners', () => {
    expect(run('2025年1月22日から25日まで、防衛研究所長は、スリランカで開催された第26回ARF国防大学校長会議に参加しました。').map((e) => e.kind + ' ' + e.date + ' ' + e.partners.length)).toEqual(['conference 2025-01-22 26']);
    expect(run('2023年5月8日、防衛研究所の所長はローマを訪問し、NATO国防大学校長会議に参加しました。').map(brief)).toEqual(['conference 2023-05-08 NATO']);
  });

  it('does not take the country visited for a forum as its partner', () => {
    expect(run('令和6年2月16日、海幕長はドイツを訪れ、ミュンヘン安全保障会議に出席した。').map(brief)).toEqual(['conference 2024-02-16 ']);
    expect(run('2023年5月8日から13日まで、防衛研究所長は、エストニア(タリン)を訪問し、NATO国防大学校長会議に出席しました。').map(brief)).toEqual(['conference 2023-05-08~2023-05-13 NATO']);
  });

  it('does not read a plan, a habit, a foreign ministry\'s meeting or the ministry\'s own meetings as a forum', () => {
    expect(run('来年3月、防衛大学校は第30回国際士官候補生会議を開催する予定である。')).toEqual([]);
    expect(run('防衛大学校は、毎年国際士官候補生会議を開催しており、これまでに延べ300名が参加した。')).toEqual([]);
    expect(run('2019年5月、シンガポール国防省は、シャングリラ・ダイアログの準備会合を開催した。')).toEqual([]);
    expect(run('2022年4月19日、防衛大臣は、第7回防衛力強化加速会議を開催し、防衛力のあり方について議論しました。')).toEqual([]);
    expect(run('令和5年12月22日、防衛大臣は、省議及び防衛力抜本的強化実現推進本部会議を開催した。')).toEqual([]);
    expect(run('2023年6月、陸上自衛隊は、部隊長会議を開催し、災害派遣の教訓を確認した。')).toEqual([]);
  });
});

describe('a foreign-hosted training: every host joined before 主催, and the participants its host clause lists (codebook rule 341)', () => {
  it('takes every host of a list joined by ・, 及び or と, a one-character short form included', () => {
    expect(run('陸自は、2023年6月から7月にかけて、モンゴル・米国主催の多国間訓練に参加した。').map(brief)).toEqual(['exercise 2023-06~2023-07 MNG,USA']);
    expect(run('2011年2月、自衛隊は米・タイ共同主催の多国間共同訓練「コブラ・ゴールド」に参加した。').map(brief)).toEqual(['exercise 2011-02 THA,USA']);
    expect(run('平成30年5月、海自は、米国及びインドネシア共催の多国間共同訓練に護衛艦2隻で参加した。').map(brief)).toEqual(['exercise 2018-05 IDN,USA']);
  });

  it('takes the participants listed after the hosts (「…主催、A、B参加による…訓練」)', () => {
    expect(run('陸自は、2023年8月から9月にかけて、米・インドネシア陸軍主催、オーストラリア、英国、シンガポール参加による多国間共同訓練に参加した。').map(brief)).toEqual(['exercise 2023-08~2023-09 AUS,GBR,IDN,SGP,USA']);
  });

  it('does not read a plan to join a foreign-hosted training as done', () => {
    expect(run('米・タイ共同主催の多国間共同訓練に、来年参加する予定である。')).toEqual([]);
  });
});

describe('a port call told as a named ship visiting a place (codebook rule 342)', () => {
  it('reads a ship named in quotes, Japanese or foreign, visiting a port, with or without a comma after its particle', () => {
    expect(run('08(同20)年6月に護衛艦「さざなみ」が中国広東省・湛江を訪問した。').map(brief)).toEqual(['port-call 2008-06 CHN']);
    expect(run('2009年11月、中国練習艦「鄭和」が江田島・呉を訪問した。').map(brief)).toEqual(['port-call 2009-11 CHN']);
    expect(run('2019年5月、補給艦「おうみ」は、スリランカのコロンボを訪問した。').map(brief)).toEqual(['port-call 2019-05 LKA']);
    expect(run('平成29年7月には、英海軍のフリゲート「サザーランド」が東京を訪問した。').map(brief)).toEqual(['port-call 2017-07 GBR']);
  });

  it('does not read a planned visit or a tally of ports as a port call', () => {
    expect(run('護衛艦「いずも」が来年シンガポールを訪問する予定である。')).toEqual([]);
    expect(run('護衛艦「さざなみ」は、これまでに延べ20か国に寄港している。')).toEqual([]);
  });
});

describe('a foreign ship calling at a third country is no port call of Japan\'s (codebook rule 343)', () => {
  it('drops a foreign ship told with が calling at another foreign country', () => {
    expect(run('2023年8月、中国海軍の駆逐艦がロシアのウラジオストクに寄港した。')).toEqual([]);
    expect(run('2022年10月、ロシア海軍の艦艇2隻が中国の青島に入港した。')).toEqual([]);
    expect(run('令和4年6月、中国海軍のフリゲート「ホンホー」がカンボジアのリアムに寄港しました。')).toEqual([]);
  });

  it('keeps a foreign ship calling in Japan, and Japan\'s ship calling abroad', () => {
    expect(run('2023年8月、中国海軍の駆逐艦が舞鶴に寄港した。').map(brief)).toEqual(['port-call 2023-08 CHN']);
    expect(run('2016年1月、カナダ海軍のフリゲート「ウィニペグ」が横須賀に親善寄港した。').map(brief)).toEqual(['port-call 2016-01 CAN']);
    expect(run('2022年9月、護衛艦「きりしま」はパプアニューギニアのポートモレスビーに寄港した。').map(brief)).toEqual(['port-call 2022-09 PNG']);
  });
});
