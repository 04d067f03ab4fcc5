/**
 * A document's kind and publication date, found in its head, its markup or its file name.
 * The heads below are written for this test in the shapes the ministry publishes.
 */
import { describe, expect, it } from 'vitest';
import type { DecodedSource } from '../../model/document.js';
import { decodeBytes } from '../1-decode/index.js';
import { detectContext, parsePublished } from './index.js';

const src = (text: string, file = 'doc.txt', extra: Partial<DecodedSource> = {}): DecodedSource => ({
  path: file, text, encoding: 'utf-8', format: 'text', contentHash: '0', ...extra,
});

describe('detectContext: from the text', () => {
  const rows: { name: string; text: string; kind: string; published?: string; cue?: RegExp }[] = [
    {
      name: 'a press release: title, a date line, the issuer',
      text: '日豪防衛相テレビ会談について\n\n令和3年6月9日\n防衛省\n\n標記について、下記のとおり実施されましたのでお知らせします。\n',
      kind: 'press-release', published: '2021-06-09', cue: /令和3年6月9日/,
    },
    {
      name: 'a press release with a Gregorian date line and a weekday',
      text: '統合幕僚長と豪国防軍司令官の会談について\n2022年11月4日（金）\n統合幕僚監部\n1 概要\n',
      kind: 'press-release', published: '2022-11-04',
    },
    {
      name: 'a press-conference transcript: 日時 heads it',
      text: '防衛大臣記者会見\n\n日時\n令和2年10月7日(水)08:33~08:41\n場所\n防衛省講堂\n\n1 発表事項\n本日、電話会談を行いました。\n',
      kind: 'transcript', published: '2020-10-07', cue: /日時/,
    },
    {
      name: 'a white-paper edition in the Reiwa era',
      text: '令和4年版 防衛白書\n第Ⅲ部 防衛目標を実現するための方策\n第3章 安全保障協力\n',
      kind: 'whitepaper', published: '2022',
    },
    {
      name: 'an older edition titled 日本の防衛',
      text: '日本の防衛 平成19年版\n第4章 安全保障協力\n',
      kind: 'whitepaper', published: '2007',
    },
    {
      name: 'an activity page with its month',
      text: '令和4年5月の大臣の活動\n5月2日 大臣は…と会談しました。\n5月9日 大臣は…を視察しました。\n',
      kind: 'activity', published: '2022-05',
    },
    {
      name: 'an undated list of day entries is an activity page, with no date',
      text: 'トピックス\n4月13日 副大臣は大使の表敬を受けました。\n4月20日 副大臣は部隊を視察しました。\n4月27日 副大臣は会議に出席しました。\n',
      kind: 'activity',
    },
    {
      name: 'day entries with their year, whose text says 防衛省 and について, are an activity page',
      text: '令和5年12月7日、副大臣は防衛省において大使の表敬を受けました。\n令和5年12月1日、副大臣は部隊を視察しました。\n令和5年11月29日、副大臣は大会について挨拶しました。\n',
      kind: 'activity',
    },
    {
      name: 'a release titled 「…について(概要)」 whose text says 日本の防衛 below',
      text: '防衛大臣の国際会議出席について(概要)\n\n平成18年6月5日\n\n○ 大臣は、会議に出席し、日本の防衛について講演した。\n',
      kind: 'press-release', published: '2006-06-05',
    },
    {
      name: 'an essay that nothing dates',
      text: '安全保障協力の意義\n各国との信頼関係は、地域の安定の礎である。\n',
      kind: 'other',
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const c = detectContext(src(r.text));
      expect(c.kind).toBe(r.kind);
      expect(c.published).toBe(r.published);
      if (r.published) expect(c.publishedFrom).toBe('text');
      if (r.cue) expect(c.publishedCue).toMatch(r.cue);
    });
  }

  it('does not take a date of the story, deep in the text, for the publication date', () => {
    const body = '安全保障協力の意義について述べる。\n'.repeat(20);
    expect(detectContext(src(`${body}\n2020年12月22日\n`)).published).toBeUndefined();
  });
});

describe('detectContext: file names, markup and the command line', () => {
  it('reads 8-digit dates, a year folder with a month-day name, and edition years', () => {
    expect(detectContext(src('本文。', 'press/20201222_ind-phone.txt'))).toMatchObject({ published: '2020-12-22', publishedFrom: 'filename', kind: 'press-release', kindFrom: 'filename' });
    expect(detectContext(src('本文。', 'j/press/kisha/2020/1007a.html'))).toMatchObject({ published: '2020-10-07', kind: 'transcript' });
    expect(detectContext(src('本文。', 'corpus/wp2019-australia.txt'))).toMatchObject({ published: '2019', kind: 'whitepaper' });
    expect(detectContext(src('本文。', 'dow2021-iii-3-1.ja.txt')).published).toBe('2021');
  });

  it('prefers the text to the file name', () => {
    const c = detectContext(src('日米防衛相会談について\n令和5年1月12日\n防衛省\n', 'wp2019.txt'));
    expect(c).toMatchObject({ published: '2023-01-12', publishedFrom: 'text', kind: 'press-release' });
  });

  it('reads an HTML page\'s <meta name="date"> first', () => {
    const html = '<html><head><title>日NZ防衛相会談について</title><meta name="date" content="2021-03-30"></head>'
      + '<body><main><h1>日NZ防衛相会談について</h1><p>2019年5月、両大臣は会談を行った。</p></main></body></html>';
    const c = detectContext(decodeBytes(new TextEncoder().encode(html), 'page.html'));
    expect(c).toMatchObject({ published: '2021-03-30', publishedFrom: 'html' });
  });

  it('takes --published and --kind over anything found', () => {
    const c = detectContext(src('令和4年版 防衛白書\n', 'wp2022.txt'), { published: '2022-07', kind: 'other' });
    expect(c).toMatchObject({ published: '2022-07', publishedFrom: 'option', kind: 'other', kindFrom: 'option' });
  });

  it('refuses a malformed --published or --kind with what it expects', () => {
    expect(() => parsePublished('2021/07/01')).toThrow(/expected a date YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => parsePublished('2021-02-30')).toThrow(/--published/);
    expect(parsePublished('2021-02')).toBe('2021-02');
    expect(() => detectContext(src('x'), { kind: 'blog' })).toThrow(/--kind: expected one of whitepaper, press-release/);
  });
});
