/**
 * Probe of the foreign-title vocabulary (codebook 485–489): every counterpart's title is read with the
 * party written before it, in each way the ministry writes a counterpart — the title alone after its
 * country, with a name and a rank after it (「…参謀総長スミス大将と」), with a name before a one-character
 * country (「スミス米…と」) and with 「・」 between the name and the country (「スミス・カナダ…と」).
 * The phrases are generated here, not copied from any page.
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../model/event.js';
import { findMentions } from './find.js';

/** [party as written, its code, title, level]. */
type Row = [string, string, string, Level];

const rows: Row[] = [
  // heads of government who are also defence ministers: one counterpart, the higher level
  ['ヨルダン', 'JOR', '首相兼国防大臣', 'leaders'],
  // chiefs of defence and joint staffs
  ['フランス', 'FRA', '統合参謀総長', 'chiefs'],
  ['ヨルダン', 'JOR', '統合参謀議長', 'chiefs'],
  ['米', 'USA', '統合参謀本部議長', 'chiefs'],
  ['韓国', 'KOR', '合同参謀本部議長', 'chiefs'],
  ['シンガポール', 'SGP', '国防軍司令官', 'chiefs'],
  ['豪', 'AUS', '統合作戦本部長', 'chiefs'],
  // chiefs of each service
  ['インド', 'IND', '陸軍参謀長', 'chiefs'],
  ['ニュージーランド', 'NZL', '海軍本部長', 'chiefs'],
  ['タイ', 'THA', '空軍司令官', 'chiefs'],
  ['米', 'USA', '海兵隊司令官', 'chiefs'],
  ['米', 'USA', '沿岸警備隊司令官', 'chiefs'],
  ['EU', 'EU', '軍事参謀本部長', 'chiefs'],
  // deputy ministers, state secretaries, permanent secretaries
  ['英', 'GBR', '国防省事務次官', 'vice-ministerial'],
  ['リトアニア', 'LTU', '外務副大臣', 'vice-ministerial'],
  ['エストニア', 'EST', '外務次官', 'vice-ministerial'],
  ['米', 'USA', '国防総省副長官', 'vice-ministerial'],
  // junior ministers and deputies of every style; a deputy assistant secretary is below the vice-ministers
  ['英', 'GBR', '外務政務次官', 'vice-ministerial'],
  ['英国', 'GBR', '外務担当国務大臣', 'ministerial'],
  ['米', 'USA', '国防次官補代理', 'working'],
  // ministers and organizations' officials
  ['米', 'USA', '国務長官', 'ministerial'],
  ['NATO', 'NATO', '事務総長', 'ministerial'],
  ['EU', 'EU', '上級代表', 'ministerial'],
  // the officials of organizations (codebook 488): their bodies are the organization, their deputies and envoys below it
  ['欧州対外行動庁', 'EU', '事務総長', 'ministerial'],
  ['NATO', 'NATO', '事務次長補', 'vice-ministerial'],
  ['NATO', 'NATO', '事務総長特別代表', 'working'],
  ['NATO', 'NATO', '変革連合軍最高司令官', 'chiefs'],
  ['国連', 'UN', '平和活動局長', 'working'],
  ['欧州議会', 'EU', '議員', 'working'],
  // members and officers of a legislature (codebook 485): the committee's name is read through, a country in it too
  ['米', 'USA', '上院議員', 'working'],
  ['米', 'USA', '下院軍事委員会委員長', 'working'],
  ['米', 'USA', '上院軍事委員長', 'working'],
  ['米', 'USA', '下院中国問題特別委員会委員長', 'working'],
  ['ドイツ', 'DEU', '連邦議会国防委員会委員長', 'working'],
  ['独', 'DEU', '国防委員会委員長', 'working'],
  ['韓国', 'KOR', '国会国防委員会副委員長', 'working'],
  // the alliance's military committee stays its chief of defence
  ['NATO', 'NATO', '軍事委員会委員長', 'chiefs'],
  // a numbered formation between the party and the title (codebook 487)
  ['米', 'USA', '第5空軍司令官', 'chiefs'],
  ['米', 'USA', '陸軍第1軍団司令官', 'chiefs'],
  ['米', 'USA', '第3海兵遠征軍司令官', 'chiefs'],
  // envoys and attachés (codebook 486): the embassy's staff are one counterpart, not an ambassador and a second title
  ['米国', 'USA', '臨時代理大使', 'working'],
  ['オーストラリア', 'AUS', '駐日副大使', 'working'],
  ['フランス', 'FRA', '大使館付海軍武官', 'working'],
  ['ベトナム', 'VNM', '大使館付国防武官', 'working'],
  ['英国', 'GBR', '国防担当公使', 'working'],
  ['カナダ', 'CAN', '海軍武官', 'working'],
  // agencies and institutions below the chiefs
  ['米', 'USA', '国防情報局長', 'working'],
  ['米', 'USA', 'ミサイル防衛局長', 'working'],
  ['米', 'USA', '国防安全保障協力庁長官', 'working'],
  ['インドネシア', 'IDN', '国軍士官学校長', 'working'],
  // heads of institutions of defense education and research, the name read through (codebook 489)
  ['豪', 'AUS', '戦略政策研究所(ASPI)所長', 'working'],
  ['米', 'USA', '国防大学国家戦略研究所所長', 'working'],
  ['シンガポール', 'SGP', '南洋理工大学ラジャラトナム国際研究院院長', 'working'],
  ['インド', 'IND', '陸軍戦争大学校長', 'working'],
];

/** One mention, the counterpart: its text, codes and level. */
function only(sentence: string): string[] {
  return findMentions(sentence)
    .filter((m) => m.type !== 'jp-principal')
    .map((m) => `${m.type}:[${m.codes.join(',')}] ${m.foreignLevel ?? ''}`);
}

describe('foreign titles: the party written before the title, in every form', () => {
  it.each(rows)('%s (%s) %s', (party, code, title, level) => {
    const expected = [`foreign-title:[${code}] ${level}`];
    expect(only(`${party}${title}と会談した。`)).toEqual(expected);
    expect(only(`${party}${title}スミス大将と会談した。`)).toEqual(expected);
    expect(only(`スミス・${party}${title}の表敬を受けた。`)).toEqual(expected);
    // A name glued to a one-character party (「スミス米…」); a katakana name glued to a katakana country is no style.
    if (party.length === 1) expect(only(`スミス${party}${title}が来日した。`)).toEqual(expected);
  });

  it('reads a numbered formation as its party, not a number alone (codebook 487)', () => {
    expect(only('米第7艦隊と共同訓練を実施した。')).toEqual(['country:[USA] ']);
    expect(only('豪陸軍第1師団の部隊と訓練した。')).toEqual(['country:[AUS] ']);
    expect(only('米第7回会合に参加した。')).toEqual([]);
  });

  it('reads a bare title after the name of a US service chief or commander as American (codebook 486, 89)', () => {
    expect(only('ギルデイ海軍作戦部長と懇談した。')).toEqual(['foreign-title:[USA] chiefs']);
    expect(only('ウィルズバック司令官を表敬した。')).toEqual(['foreign-title:[USA] chiefs']);
    // a name known at the chiefs' level gives no country to a minister's title
    expect(only('ラップ国防大臣と会談した。')).toEqual(['foreign-title:[] ministerial']);
  });

  it("reads the head of an organization's body as the organization's, never as a Japanese principal (codebook 488)", () => {
    expect(only('欧州委員会委員長と会談した。')).toEqual(['foreign-title:[EU] leaders']);
    expect(findMentions('国連PKO局長と会談した。').some((m) => m.type === 'jp-principal')).toBe(false);
  });

  it("reads no institution's head without a head's title: an organiser stays its country alone (codebook 489)", () => {
    expect(only('英国国際戦略研究所(IISS)主催の会議に出席した。')).toEqual(['country:[GBR] ']);
  });

  it('reads an embassy as its country, never as its ambassador (codebook 486)', () => {
    expect(only('在京フランス大使館において懇談した。')).toEqual(['country:[FRA] ']);
    expect(only('マレーシア日本国特命全権大使と懇談した。')).toEqual(['country:[MYS] ']);
  });

  it('reads no legislator without a chamber or a committee', () => {
    // 「ASEAN議長国」: the chair of a forum is no legislator; 「米議会で」 names a place, no person.
    expect(only('ASEAN議長国であるタイと会談した。')).toEqual(['organization:[ASEAN] ', 'country:[THA] ']);
    expect(only('米議会で審議された。')).toEqual([]);
  });
});
