import { describe, expect, it } from 'vitest';
import { readSample, sampleAvailable } from '../../../test/corpus.js';
import { findMentions } from './find.js';
import type { Mention } from './types.js';

/** One line per mention: type:text[codes] plus the fields that matter for the family. */
function show(m: Mention): string {
  const extra = [
    m.compound && 'compound',
    m.destination && 'destination',
    m.jpRole,
    m.foreignLevel,
    m.personName && `name=${m.personName}`,
    m.instrument,
    m.milestone,
    m.field,
    m.region,
  ].filter(Boolean);
  return `${m.type}:${m.text}[${m.codes.join(',')}]${extra.length ? ' ' + extra.join(' ') : ''}`;
}
const found = (s: string): string[] => findMentions(s).map(show);

describe('findMentions: countries and compounds', () => {
  it.each([
    ['日米豪印の防衛相が会談した。', ['country:日米豪印[AUS,IND,USA] compound', 'jp-principal:防衛相[] minister']],
    ['日豪共同訓練を行った。', ['country:日豪[AUS] compound']],
    // a visit's destination in its short form (訪露, 訪韓), while 対米 stays a word
    ['護衛艦が訪露し、その後訪韓した。', ['jp-principal:護衛艦[] unit', 'country:露[RUS] destination', 'country:韓[KOR] destination']],
    ['日・米・豪の連携', ['country:日・米・豪[AUS,USA] compound']],
    ['日インドネシア協力', ['country:日インドネシア[IDN] compound']],
    ['日EU間の協議', ['organization:日EU[EU] compound']],
    ['日NATO協力', ['organization:日NATO[NATO] compound']],
    ['日ASEAN協力', ['organization:日ASEAN[ASEAN] compound']],
    ['日西及び日葡の協議', ['country:日西[ESP] compound', 'country:日葡[PRT] compound']],
    ['米豪の艦艇と', ['country:米豪[AUS,USA]', 'jp-principal:艦艇[] unit']],
    ['豪海軍と訓練', ['country:豪海軍[AUS]']],
    // A short form joined by ・ to a full name: both are the party (「米・カナダ海軍」), not the name alone.
    ['米・カナダ海軍と訓練', ['country:米・カナダ海軍[CAN,USA]']],
    ['米・インドネシア陸軍の主催', ['country:米・インドネシア陸軍[IDN,USA]']],
    ['英空母打撃群が寄港', ['country:英空母打撃群[GBR]']],
    ['、米軍と調整', ['country:米軍[USA]']],
    ['在日米軍との協力', ['country:米軍[USA]']],
    ['インド海軍フリゲートと', ['country:インド海軍フリゲート[IND]']],
    ['韓国、大韓民国、北朝鮮', ['country:韓国[KOR]', 'country:大韓民国[KOR]', 'country:北朝鮮[PRK]']],
    ['英国とイギリス、米国とアメリカ', ['country:英国[GBR]', 'country:イギリス[GBR]', 'country:米国[USA]', 'country:アメリカ[USA]']],
    ['豪州、UAE、PNG、NZ、東ティモール', ['country:豪州[AUS]', 'country:UAE[ARE]', 'country:PNG[PNG]', 'country:NZ[NZL]', 'country:東ティモール[TLS]']],
    ['ＡＳＥＡＮとＵＡＥ', ['organization:ＡＳＥＡＮ[ASEAN]', 'country:ＵＡＥ[ARE]']],
    ['米中の対立', ['country:米中[CHN,USA]']],
  ])('%s', (s, expected) => {
    expect(found(s)).toEqual(expected);
  });
});

describe('findMentions: what must not fire', () => {
  it.each([
    ['中東の情勢', ['region:中東[] middle-east']],
    ['英語で講義した', []],
    ['インドネシアを訪問', ['country:インドネシア[IDN]']],
    ['自由で開かれたインド太平洋', []],
    ['インド洋で訓練', []],
    ['朝鮮半島の情勢と北朝鮮', ['country:北朝鮮[PRK]']],
    ['南シナ海と東シナ海', []],
    ['マリーンとタイプ', []],
    ['対米関係、中西氏', []],
    // 訪米 names the United States as a destination (a port call's host), flagged so that talks never
    // take a venue for a counterpart
    ['対米関係、訪米、中西氏', ['country:米[USA] destination']],
    ['同日中に、15日米国と', ['country:米国[USA]']],
    ['日比谷で', []],
    ['中米と中南米', ['region:中米[] latin-america', 'region:中南米[] latin-america']],
    ['グアム周辺で', []],
    ['日本の防衛', []],
    ['UNMISSへの派遣', []],
    ['豪のみ、印は', []],
  ])('%s', (s, expected) => {
    expect(found(s)).toEqual(expected);
  });
});

describe('findMentions: principals and titles', () => {
  it.each([
    ['岸防衛大臣は電話会談を行った。', ['jp-principal:防衛大臣[] minister name=岸']],
    ['同年、河野防衛大臣が訪問', ['jp-principal:防衛大臣[] minister name=河野']],
    ['山本防衛副大臣', ['jp-principal:防衛副大臣[] senior-vice-minister name=山本']],
    ['大野防衛大臣政務官', ['jp-principal:防衛大臣政務官[] parliamentary-vice-minister name=大野']],
    ['防衛審議官と審議官', ['jp-principal:防衛審議官[] vice-minister-international', 'jp-principal:審議官[] official']],
    ['事務次官、防衛事務次官', ['jp-principal:事務次官[] administrative-vice-minister', 'jp-principal:防衛事務次官[] administrative-vice-minister']],
    ['統幕長、陸幕長、海幕長、空幕長', ['jp-principal:統幕長[] chief-joint-staff', 'jp-principal:陸幕長[] chief-gsdf', 'jp-principal:海幕長[] chief-msdf', 'jp-principal:空幕長[] chief-asdf']],
    ['安倍内閣総理大臣', ['jp-principal:内閣総理大臣[] prime-minister name=安倍']],
    ['菅首相とモディ首相', ['jp-principal:首相[] prime-minister name=菅', 'foreign-title:首相[] leaders name=モディ']],
    // Other countries' principals (「各国首相及び国防大臣等との会談」) are not Japan's.
    ['各国首相及び国防大臣等との会談', ['foreign-title:国防大臣[] ministerial']],
    ['関係国の首相と', []],
    // Titles that name their country: the PLA's deputy chief of the general staff, a US Marine expeditionary force.
    ['王副総参謀長の訪日', ['foreign-title:副総参謀長[CHN] vice-ministerial name=王']],
    ['スミス第3海兵機動展開部隊司令官が', ['foreign-title:海兵機動展開部隊司令官[USA] chiefs']],
    ['山本副大臣と川口長官', ['jp-principal:副大臣[] senior-vice-minister name=山本', 'jp-principal:長官[] minister name=川口']],
    ['防衛政策局長と局長', ['jp-principal:防衛政策局長[] official', 'jp-principal:局長[] official']],
    ['海自護衛艦と派遣訓練部隊', ['jp-principal:海自[] unit', 'jp-principal:護衛艦[] unit', 'jp-principal:派遣訓練部隊[] unit']],
    ['エスパー米国防長官と', ['foreign-title:米国防長官[USA] ministerial name=エスパー']],
    // codebook 196: a bare 大臣/長官 after a katakana name is the counterpart's title; not after a word that is no name
    ['ウォレス大臣とは', ['foreign-title:大臣[GBR] ministerial name=ウォレス']],
    ['オンライン大臣会合に参加', []],
    ['ベイカー長官補佐官と', []],
    // two titles held together (兼) are one counterpart: the country of the first, the higher level
    ['トンガ国軍副司令官兼海軍司令官の来訪', ['foreign-title:トンガ国軍副司令官兼海軍司令官[TON] chiefs']],
    ['パプアニューギニア国防軍参謀次長兼海軍司令官が訪日', ['foreign-title:パプアニューギニア国防軍参謀次長兼海軍司令官[PNG] chiefs']],
    // the ministry's style 「name・country・title」 with a title of several words
    ['ベケ・ソロモン諸島・警察・国家安全大臣と会談', ['foreign-title:ソロモン諸島・警察・国家安全大臣[SLB] ministerial name=ベケ']],
    // a ・ between two countries is a list, not a title
    ['日本・オーストラリア・インドの', ['country:オーストラリア[AUS]', 'country:インド[IND]']],
    // without 兼 two titles stay two people
    ['ケニア国防次官、海軍司令官と懇談', ['foreign-title:ケニア国防次官[KEN] vice-ministerial', 'foreign-title:海軍司令官[] chiefs']],
    ['印国防大臣', ['foreign-title:印国防大臣[IND] ministerial']],
    ['レイノルズ豪国防大臣', ['foreign-title:豪国防大臣[AUS] ministerial name=レイノルズ']],
    ['韓国国防部長官', ['foreign-title:韓国国防部長官[KOR] ministerial']],
    ['中国国防部長', ['foreign-title:中国国防部長[CHN] ministerial']],
    ['フランス海軍参謀長による表敬', ['foreign-title:フランス海軍参謀長[FRA] chiefs']],
    ['プラボウォ・インドネシア国防大臣', ['foreign-title:インドネシア国防大臣[IDN] ministerial name=プラボウォ']],
    ['インドネシア防衛大臣', ['foreign-title:インドネシア防衛大臣[IDN] ministerial']],
    ['ソムチャイ防衛大臣', ['foreign-title:防衛大臣[] ministerial name=ソムチャイ']],
    // A counterpart known by name (foreign-titles.json persons) is of their country.
    ['ウォレス防衛大臣', ['foreign-title:防衛大臣[GBR] ministerial name=ウォレス']],
    ['NATO事務総長', ['foreign-title:NATO事務総長[NATO] ministerial']],
    ['米インド太平洋軍司令官', ['foreign-title:米インド太平洋軍司令官[USA] chiefs']],
    ['国軍司令官と陸軍参謀長', ['foreign-title:国軍司令官[] chiefs', 'foreign-title:陸軍参謀長[] chiefs']],
    ['シンガポール国防次官', ['foreign-title:シンガポール国防次官[SGP] vice-ministerial']],
    ['日豪防衛相会談', ['country:日豪[AUS] compound', 'jp-principal:防衛相[] minister']],
    ['駐日フィリピン大使', ['foreign-title:フィリピン大使[PHL] working']],
    // codebook 211: titles of other services' styles, after their country or alone
    ['豪海軍艦隊司令官と', ['foreign-title:豪海軍艦隊司令官[AUS] chiefs']],
    ['フィリピン沿岸警備隊長官', ['foreign-title:フィリピン沿岸警備隊長官[PHL] chiefs']],
    ['ドイツ連邦軍総監', ['foreign-title:ドイツ連邦軍総監[DEU] chiefs']],
    ['中国海軍司令員', ['foreign-title:中国海軍司令員[CHN] chiefs']],
    ['スミス太平洋軍司令官', ['foreign-title:太平洋軍司令官[USA] chiefs name=スミス']],
    // ... but the academy's head is no foreign title, and a district commander is Japan's (codebook 215)
    ['防衛大学校長と横須賀地方総監', ['jp-principal:地方総監[] official name=横須賀']],
    // codebook 212: a bare 長官/部長 after a surname of another country is that country's counterpart
    ['鄭長官と', ['foreign-title:長官[KOR] ministerial name=鄭']],
    ['李俊植長官', ['foreign-title:長官[KOR] ministerial name=李俊植']],
    ['魏部長と', ['foreign-title:部長[CHN] ministerial name=魏']],
    ['額賀長官と金子長官', ['jp-principal:長官[] minister name=額賀', 'jp-principal:長官[] minister name=金子']],
    ['林部長と両長官', []],
  ])('%s', (s, expected) => {
    expect(found(s)).toEqual(expected);
  });
});

describe('findMentions: instruments, milestones, exercises, fora, fields, regions', () => {
  it.each([
    ['日印物品役務相互提供協定に署名した', ['country:日印[IND] compound', 'instrument:物品役務相互提供協定[] ACSA', 'milestone:署名[] signed']],
    ['日豪ACSAが発効した', ['country:日豪[AUS] compound', 'instrument:ACSA[] ACSA', 'milestone:発効[] in-force']],
    ['GSOMIA、秘密軍事情報保護協定、情報保護協定', ['instrument:GSOMIA[] ISA', 'instrument:秘密軍事情報保護協定[] ISA', 'instrument:情報保護協定[] ISA']],
    ['防衛装備品・技術移転協定の交渉を開始', ['instrument:防衛装備品・技術移転協定[] ETA', 'milestone:交渉を開始[] negotiation-start']],
    ['円滑化協定が大筋合意', ['instrument:円滑化協定[] RAA', 'milestone:大筋合意[] agreed-in-principle']],
    ['防衛協力・交流に関する覚書', ['instrument:防衛協力・交流に関する覚書[] MOU']],
    ['共同声明、技術取決め', ['instrument:共同声明[] declaration', 'instrument:技術取決め[] arrangement']],
    ['国会承認、改定、終了させる旨の通告、効力を停止、運用開始', ['milestone:国会承認[] approved', 'milestone:改定[] revised', 'milestone:終了させる旨の通告[] termination-notice', 'milestone:効力を停止[] suspended', 'milestone:運用開始[] operational']],
    ['日米印豪共同訓練（マラバール2020）', ['country:日米印豪[AUS,IND,USA] compound', 'exercise:マラバール2020[AUS,IND,USA]']],
    ['コープ・ノース21、ラ・ペルーズ21', ['exercise:コープ・ノース21[AUS,USA]', 'exercise:ラ・ペルーズ21[]']],
    ['リムパック2020とRIMPAC', ['exercise:リムパック2020[USA]', 'exercise:RIMPAC[USA]']],
    ['ADMMプラス及びADMM', ['forum:ADMMプラス[AUS,BRN,CHN,IDN,IND,KHM,KOR,LAO,MMR,MYS,NZL,PHL,RUS,SGP,THA,USA,VNM]', 'forum:ADMM[ASEAN]']],
    ['日ASEAN防衛担当大臣会合', ['forum:日ASEAN防衛担当大臣会合[ASEAN]']],
    ['シャングリラ会合', ['forum:シャングリラ会合[]']],
    ['日・太平洋島嶼国国防大臣会合', ['forum:日・太平洋島嶼国国防大臣会合[]']],
    ['人道支援・災害救援、潜水医学、車両整備', ['field:人道支援・災害救援[] HA/DR', 'field:潜水医学[] diving medicine', 'field:車両整備[] vehicle maintenance']],
    ['PKO（施設）、国際航空法、水中不発弾処理', ['field:PKO[] PKO', 'field:施設[] engineering', 'field:国際航空法[] international aviation law', 'field:水中不発弾処理[] underwater UXO disposal']],
    ['東南アジア、南アジア、太平洋島嶼国', ['region:東南アジア[] southeast-asia', 'region:南アジア[] south-asia', 'region:太平洋島嶼国[] pacific-islands']],
  ])('%s', (s, expected) => {
    expect(found(s)).toEqual(expected);
  });

  it('keeps an exercise name with its year suffix', () => {
    const [m] = findMentions('マラバール2020に参加');
    expect(m).toMatchObject({ type: 'exercise', name: 'マラバール2020', local: { start: 0, end: 9 } });
  });

  it('gives spans in the sentence, sorted by start', () => {
    const s = '同年8月、岸防衛大臣はエスパー米国防長官と電話会談を行った。';
    const ms = findMentions(s);
    for (const m of ms) expect(s.slice(m.local.start, m.local.end)).toBe(m.text);
    expect(ms.map((m) => m.local.start)).toEqual([...ms.map((m) => m.local.start)].sort((a, b) => a - b));
  });

  it('names a named instrument', () => {
    expect(findMentions('情報保護協定')[0].name).toBe('情報保護協定');
    expect(findMentions('覚書')[0].name).toBeUndefined();
  });
});

describe.skipIf(!sampleAvailable())('findMentions on the sample', () => {
  const text = readSample();

  it('finds the white paper vocabulary and never India in インド太平洋', () => {
    const ms = findMentions(text);
    expect(ms.length).toBeGreaterThan(1000);
    for (const m of ms) if (m.type === 'country' && m.codes.includes('IND')) expect(text.slice(m.local.start, m.local.end + 3)).not.toMatch(/^インド太平洋/);
    const types = new Set(ms.map((m) => m.type));
    for (const t of ['country', 'organization', 'region', 'jp-principal', 'foreign-title', 'instrument', 'milestone', 'exercise', 'forum', 'field']) expect(types).toContain(t);
  });
});
