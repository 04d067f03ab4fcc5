import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInline, normalizeMapped } from './index.js';

/** One row per rule; each input fails its expectation without the rule. */
const ROWS: Array<[rule: string, raw: string, clean: string]> = [
  ['a line break between Japanese characters is nothing', '日豪防衛協力の深化を背景に、日豪両\n国は', '日豪防衛協力の深化を背景に、日豪両国は'],
  ['a line break between two Latin words is a space', 'Japan Pacific Islands\nDefense Dialogue', 'Japan Pacific Islands Defense Dialogue'],
  ['a line break after a slash or inside a number is nothing', 'HA/\nDR分野（2020.4～20 \n21.3）', 'HA/DR分野（2020.4～2021.3）'],
  ['a tab between Latin words is a space', 'ケニアで開催されたTICAD\tⅥの基調演説', 'ケニアで開催されたTICAD Ⅵの基調演説'],
  ['a tab next to Japanese is nothing', '自衛隊と\t豪州国防軍', '自衛隊と豪州国防軍'],
  ['letter spacing between kanji and kana goes', 'こ と を 確 認 し た。', 'ことを確認した。'],
  ['letter spacing around CJK brackets goes', 'ル ギ ー 大 臣（ い ず れ も 当 時 ）と 会 談', 'ルギー大臣（いずれも当時）と会談'],
  ['letter spacing after Latin goes', 'ASEAN地 域 フ ォ ー ラ ム', 'ASEAN地域フォーラム'],
  ['ideographic spaces go', '第1護衛隊司令\u30001等海佐', '第1護衛隊司令1等海佐'],
  ['leading spaces of a resumed line go', '引き続き韓国\n 側の適切な対応', '引き続き韓国側の適切な対応'],
  ['blank lines inside a slice go', 'の安全保障観も多様で\n\nある。', 'の安全保障観も多様である。'],
  ['a furigana line inside a name goes', '第6回会合に際して鄭\nチョン・ギョンドゥ\n\n景 斗国防部長官と', '第6回会合に際して鄭景斗国防部長官と'],
  ['a furigana line with spaces goes', '（当時）と魏\nぎ・ほ う わ\n\n鳳和国防部長', '（当時）と魏鳳和国防部長'],
  ['a kana line that does not sit inside a name stays', '会談した。\nそのうえで\n両国は', '会談した。そのうえで両国は'],
  ['a spliced expansion goes and the abbreviation closes up', '（A\nASEAN Defence Ministers’ Meeting\n\nDMMプラス）', '（ADMMプラス）'],
  ['a spliced expansion across blank lines goes', '（F\n\nFree and Open Indo-Pacific\nOIP）', '（FOIP）'],
  ['an abbreviation spliced without brackets closes up', 'ているA\n\nAssociation of Southeast Asian Nations\nSEAN諸国', 'ているASEAN諸国'],
  // codebook 193: a name parted from the next katakana word by a space keeps a boundary; letter-spaced katakana closes up.
  ['a space between two katakana words becomes 「・」', 'ジョーンズ オーストラリア海軍本部長と', 'ジョーンズ・オーストラリア海軍本部長と'],
  ['letter-spaced katakana still closes up', 'オ ー ス ト ラ リ ア', 'オーストラリア'],
  ['an English line between Japanese lines stays', '（ADMMプラス）\nASEAN Defence Ministers’ Meeting\nの会議', '（ADMMプラス）ASEAN Defence Ministers’ Meetingの会議'],
];

describe('normalizeInline', () => {
  it.each(ROWS)('%s', (_rule, raw, clean) => {
    expect(normalizeInline(raw)).toBe(clean);
  });
});

describe('normalizeMapped', () => {
  it('keeps readings and expansions as annotations with their original spans', () => {
    const raw = '会議（A\nASEAN Defence Ministers’ Meeting\n\nDMMプラス）に際して鄭\nチョン・ギョンドゥ\n\n景 斗国防部長官と';
    const base = 1000;
    const r = normalizeMapped(raw, base);
    expect(r.clean.text).toBe('会議（ADMMプラス）に際して鄭景斗国防部長官と');
    expect(r.glossary).toEqual({ ADMM: 'ASEAN Defence Ministers’ Meeting' });
    expect(r.annotations.map((a) => [a.kind, a.base, a.value])).toEqual([
      ['expansion', 'ADMM', 'ASEAN Defence Ministers’ Meeting'],
      ['reading', '鄭景斗', 'チョン・ギョンドゥ'],
    ]);
    for (const a of r.annotations) expect(raw.slice(a.span.start - base, a.span.end - base)).toBe(a.value);
  });

  it('drops a footnote number glued to an abbreviation from the glossary key', () => {
    const r = normalizeMapped('計画」（I\n\nIndividual Partnership and Cooperation Programme\nPCP11）に署名', 0);
    expect(r.clean.text).toBe('計画」（IPCP11）に署名');
    expect(r.glossary).toEqual({ IPCP: 'Individual Partnership and Cooperation Programme' });
  });

  it('maps each clean character to its origin, offset by base', () => {
    const raw = 'ル ギ ー 大 臣\nTICAD\tⅥ\n（F\n\nFree and Open Indo-Pacific\nOIP）';
    const { clean } = normalizeMapped(raw, 7);
    expect(clean.text).toBe('ルギー大臣TICAD Ⅵ（FOIP）');
    for (let i = 0; i < clean.text.length; i++) {
      const at = raw[clean.origin[i] - 7];
      if (clean.text[i] === ' ') expect(at).toMatch(/\s/);
      else expect(at).toBe(clean.text[i]);
      if (i > 0) expect(clean.origin[i]).toBeGreaterThan(clean.origin[i - 1]);
    }
  });

  // Fragments of white-paper noise, combined at random.
  const fragment = fc.constantFrom(
    '防衛大臣は', '、', '。', '会談を行った', 'ASEAN', 'Free and Open', 'Indo-Pacific', '2020年', '5 回',
    ' ', '\u3000', '\t', '\n', '\n\n', '\n 側の', '（', '）', '「', '」', '鄭', '\nチョン・ギョンドゥ\n', '景 斗',
    '（A', '\nASEAN Regional Forum\n', 'RF）', 'ひら', 'TICAD', 'Ⅵ', 'こ と を',
  );
  const noisyText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

  it('property: normalizeInline(raw) is the text of normalizeMapped(raw, 0)', () => {
    fc.assert(
      fc.property(noisyText, (raw) => {
        const { clean } = normalizeMapped(raw, 0);
        expect(normalizeInline(raw)).toBe(clean.text);
        for (let i = 0; i < clean.text.length; i++) {
          const at = raw[clean.origin[i]];
          if (clean.text[i] === ' ') expect(at).toMatch(/\s/);
          else expect(at).toBe(clean.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: normalizing the original of a sentence cut after 。 gives the slice of the clean text', () => {
    fc.assert(
      fc.property(noisyText, (raw) => {
        const { clean } = normalizeMapped(raw, 0);
        let start = 0;
        for (let i = 0; i <= clean.text.length; i++) {
          if (i < clean.text.length && clean.text[i] !== '。') continue;
          const end = i < clean.text.length ? i + 1 : i;
          let a = start;
          while (a < end && clean.text[a] === ' ') a++;
          if (end > a) {
            const original = raw.slice(clean.origin[a], clean.origin[end - 1] + 1);
            expect(normalizeInline(original)).toBe(clean.text.slice(a, end).trimEnd());
          }
          start = end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
