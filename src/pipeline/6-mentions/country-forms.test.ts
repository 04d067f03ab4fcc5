/**
 * Probes of the written forms of countries (codebook 480–484): every name the gazetteer lists, and the
 * forms a text may use that are not a country's display name (国-suffixed short forms, older names,
 * other katakana spellings), each put into generated phrases of the kinds an event is told in. Negative
 * probes keep the one-character forms to their compounds (米 in 米軍 but not in 米作).
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../gazetteer/index.js';
import { findMentions } from './find.js';

/** Phrases an event is told in; {X} is the country's written form. */
const FRAMES = ['{X}国防大臣と会談した。', '{X}海軍との共同訓練を実施した。', '{X}との防衛協力を進める。', '防衛大臣が{X}を訪問した。', '米国、{X}及び英国の艦艇と', '{X}軍との調整'];

/** The codes of the parties (countries, organizations, foreign titles) read in a phrase, in order. */
const parties = (s: string): string[][] => findMentions(s).filter((m) => m.type === 'country' || m.type === 'organization' || m.type === 'foreign-title').map((m) => m.codes);

function expectForm(form: string, code: string): void {
  for (const frame of FRAMES) {
    const s = frame.replace('{X}', form);
    const read = parties(s);
    if (frame.startsWith('米国')) expect(read, s).toEqual([['USA'], [code], ['GBR']]);
    else expect(read[0], s).toEqual([code]);
  }
}

describe('every name of the gazetteer is read as its country', () => {
  const gaz = loadGazetteer();
  const names = gaz.countries.filter((c) => c.iso3 !== 'JPN' && !c.territoryOf).flatMap((c) => c.ja.map((n) => [n, c.iso3] as const));
  it.each(names)('%s → %s', (form, code) => expectForm(form, code));
});

describe('forms other than the display name', () => {
  it.each([
    // codebook 480: a one-character short form + 国, as a list or a letter may write a partner (「仏国、英国、米国」)
    ['仏国', 'FRA'], ['独国', 'DEU'], ['伊国', 'ITA'], ['加国', 'CAN'], ['印国', 'IND'], ['比国', 'PHL'], ['蘭国', 'NLD'],
    ['露国', 'RUS'], ['豪国', 'AUS'], ['墺国', 'AUT'], ['葡国', 'PRT'], ['伯国', 'BRA'], ['墨国', 'MEX'],
    // codebook 481: older names, and other spellings of the katakana names (ヴ, ・, older transcriptions)
    ['ソ連', 'RUS'], ['ソビエト連邦', 'RUS'], ['西独', 'DEU'], ['西ドイツ', 'DEU'], ['ビルマ', 'MMR'], ['ザイール', 'COD'],
    ['東チモール', 'TLS'], ['ティモール=レステ', 'TLS'], ['ティモール＝レステ', 'TLS'], ['パプア・ニューギニア', 'PNG'], ['ニュー・ジーランド', 'NZL'],
    ['ラトヴィア', 'LVA'], ['スロヴァキア', 'SVK'], ['スロヴェニア', 'SVN'], ['モルドヴァ', 'MDA'], ['ボスニア・ヘルツェゴヴィナ', 'BIH'],
    ['コートジヴォワール', 'CIV'], ['ヴァヌアツ', 'VUT'], ['モルディヴ', 'MDV'], ['モルジブ', 'MDV'], ['バングラディシュ', 'BGD'],
    // codebook 484: hiragana べ/ぺ typed for katakana ベ/ペ
    ['べトナム', 'VNM'], ['ぺルー', 'PER'], ['スぺイン', 'ESP'], ['ベルギー', 'BEL'],
    ['キルギスタン', 'KGZ'], ['カンボディア', 'KHM'], ['バハレーン', 'BHR'], ['セントクリストファー・ネービス', 'KNA'], ['セントビンセント', 'VCT'],
  ])('%s → %s', (form, code) => expectForm(form, code));
});

it('reads the United Kingdom\'s long name as the United Kingdom alone, not Ireland', () => {
  expect(parties('グレートブリテン及び北アイルランド連合王国の国防大臣')).toEqual([['GBR'], []]);
});

describe('official long names: the words of the name are read with it (codebook 481)', () => {
  it.each([
    ['スリランカ民主社会主義共和国', 'LKA'], ['ネパール連邦民主共和国', 'NPL'], ['サモア独立国', 'WSM'], ['メキシコ合衆国', 'MEX'],
    ['パキスタン・イスラム共和国', 'PAK'], ['タンザニア連合共和国', 'TZA'], ['ガイアナ協同共和国', 'GUY'], ['バーレーン王国', 'BHR'], ['フィリピン共和国', 'PHL'],
  ])('%s → %s', (form, code) => {
    for (const frame of ['{X}国防大臣と会談した。', '{X}との防衛協力', '{X}海軍との共同訓練']) {
      const s = frame.replace('{X}', form);
      const first = findMentions(s)[0];
      expect(first.codes, s).toEqual([code]);
      expect(first.local.end - first.local.start, s).toBeGreaterThanOrEqual(form.length);
    }
  });

  it('reads a head of government after the long name as a counterpart, not Japan\'s prime minister', () => {
    expect(findMentions('サモア独立国首相と会談').map((m) => `${m.type}:${m.codes}:${m.foreignLevel}`)).toEqual(['foreign-title:WSM:leaders']);
  });

  it.each([
    ['フランス国防省と協議', 'country:フランス国防省'],
    ['ニュージーランド国防軍と訓練', 'country:ニュージーランド国防軍'],
    ['フランス共和国国際法セミナー', 'country:フランス共和国'],
    // a bare 国 is no word of a name: 「米国国防戦略委員会」 keeps its 国防
    ['米国国防戦略委員会', 'country:米国'],
  ])('%s: a service or another word after the name stays whole', (s, first) => {
    const m = findMentions(s)[0];
    expect(`${m.type}:${m.text}`).toBe(first);
  });
});

describe('one-character forms in compounds and before a party noun or title', () => {
  it.each([
    ['日米豪印防衛相会談', ['AUS', 'IND', 'USA']],
    ['日仏英米の共同訓練', ['FRA', 'GBR', 'USA']],
    ['日英伊の次期戦闘機', ['GBR', 'ITA']],
    ['日米比防衛相会談', ['PHL', 'USA']],
    ['日加防衛相会談', ['CAN']],
    ['日独、日伊、日仏', ['DEU']],
    ['日越防衛協力', ['VNM']],
    ['米英豪の協力', ['AUS', 'GBR', 'USA']],
    ['米軍との共同訓練', ['USA']],
    ['豪海軍との共同訓練', ['AUS']],
    ['印海軍の艦艇', ['IND']],
    ['英空軍の戦闘機', ['GBR']],
    ['比国軍との協力', ['PHL']],
    ['越海軍を訪問', ['VNM']],
    ['伊国防副大臣と会談', ['ITA']],
    ['独国防大臣と会談', ['DEU']],
    ['仏国防相と会談', ['FRA']],
    ['豪国防軍が参加', ['AUS']],
    // codebook 480: a name ending in 国 does not take the 国 of the counterpart's title in a compound
    ['日英国防相会談', ['GBR']],
    ['日米豪国防相会談', ['AUS', 'USA']],
    // codebook 482: a short form after a word that ends before it (年度, 駐留)
    ['令和6年度米陸軍との実動訓練', ['USA']],
    ['今年度豪海軍と共同訓練', ['AUS']],
    ['ジブチ駐留仏軍との訓練', ['DJI']],
    ['駐留仏軍との訓練', ['FRA']],
    // codebook 483: the navy of a country whose name is also a sea's
    ['フィリピン海軍との訓練', ['PHL']], ['フィリピン海兵隊と', ['PHL']], ['フィリピン海上保安庁と', ['PHL']],
  ])('%s', (s, codes) => {
    expect(parties(s)[0]).toEqual(codes);
  });

  it('leaves the counterpart\'s title after a compound of short forms', () => {
    expect(findMentions('日米豪国防相会談').map((m) => `${m.type}:${m.text}`)).toEqual(['country:日米豪', 'foreign-title:国防相']);
  });

  it.each([
    ['防衛大臣が訪米した', 'USA'], ['統幕長が訪豪した', 'AUS'], ['海幕長が訪印した', 'IND'], ['空幕長が訪仏した', 'FRA'], ['陸幕長が訪比した', 'PHL'],
  ])('%s: a visit\'s destination', (s, code) => {
    expect(findMentions(s).filter((m) => m.destination).map((m) => m.codes)).toEqual([[code]]);
  });
});

describe('one-character forms outside their compounds name no country', () => {
  it.each([
    '米作と新米', '条約に調印した', '印象に残る', '英語で説明', '比較すると', '期間中に', '訓練に参加した', '部隊を追加する',
    '伊勢湾で', '伊丹駐屯地', '独自の取組', '単独で航行', '仏教の寺院', '豪雨による災害', '露出した', '越境して',
    // codebook 480: words holding a 国-suffixed form
    '参加国との調整', 'ADMMプラス参加国', '調印国の代表', '仏国寺を見学',
    // codebook 481: places and former states whose names hold a country's name
    '北アメリカ大陸', '南アメリカ諸国', '中央アメリカの', '北アイルランドの', '東ドイツの', '旧ソ連諸国との', '日比野陸将が',
    // codebook 482: 中 after such a word is 'during' (午前中, 年度中, 駐留中), and other words still hold their short form
    // codebook 483: seas, gulfs and straits named after a country are places, not partners
    'フィリピン海において対潜戦訓練', 'ソロモン海で', 'ギニア湾の海賊対処', 'オマーン湾を航行', '台湾海峡の情勢', 'シンガポール海峡を通過', 'ジョージア州の基地',
    '比べると', 'すべての国', '述べた。',
    '午前中部隊が到着', '駐留中艦艇の整備', '年度中艦艇を', '対米関係', '在韓部隊',
    // a former holder (元米国務長官) is no counterpart of the country: 元 and 前 stay glued
    '元米海軍の退役者', '前米軍司令官',
  ])('%s', (s) => {
    expect(parties(s)).toEqual([]);
  });
});
