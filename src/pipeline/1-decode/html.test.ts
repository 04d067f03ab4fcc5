import { describe, expect, it } from 'vitest';
import { HTML_PAGE } from '../../../test/fixtures/encodings/make.js';
import { extractHtmlText } from './html.js';

describe('extractHtmlText', () => {
  const { text, title } = extractHtmlText(HTML_PAGE);

  it('keeps the main content and drops page chrome, scripts and styles', () => {
    for (const gone of ['サイトのヘッダー', 'ホーム', '報道資料', '人気の記事', 'Copyright', 'analytics', 'trackArticle', 'font-family', 'JavaScript', '関連リンク', '共有する']) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('防衛協力を一層深化させることで一致しました。');
  });

  it('puts headings and paragraphs on lines of their own, separated by blank lines', () => {
    const paragraphs = text.trimEnd().split('\n\n');
    expect(paragraphs[0]).toBe('日豪防衛相会談の概要');
    expect(paragraphs[1]).toBe('令和2年10月19日');
    expect(paragraphs).toContain('1　総論');
    expect(paragraphs).toContain('共同訓練の拡充');
    expect(paragraphs).toContain('日時 10月19日');
  });

  it('joins a source line break between Japanese characters without a space; <br> is a line break', () => {
    expect(text).toContain('国防大臣と会談を行ったところ');
    expect(text).toContain('の下、\n防衛協力');
  });

  it('writes the notes of a list of notes as footnote lines (number, tab, text)', () => {
    const { text } = extractHtmlText(
      '<main><p>本文である。</p><ol class="footnotes"><li>1　ACSAとは、物品役務相互提供協定をいう。</li><li>2　別の注である。</li></ol><ol><li>1　普通の項目</li></ol></main>',
    );
    expect(text).toContain('1\tACSAとは、物品役務相互提供協定をいう。');
    expect(text).toContain('2\t別の注である。');
    expect(text).toContain('1　普通の項目'); // a list that is not of notes is left as written
  });

  it('takes the title from <title>, else the first <h1>', () => {
    expect(title).toBe('日豪防衛相会談の概要 | 防衛省・自衛隊');
    expect(extractHtmlText('<body><h1>見出し\n一</h1><p>本文</p></body>').title).toBe('見出し 一');
    expect(extractHtmlText('<body><p>本文</p></body>').title).toBeUndefined();
  });

  it('prefers <main>/role=main, then <article>s, then <body>', () => {
    expect(extractHtmlText('<body><p>外</p><div role="main"><p>中</p></div></body>').text).toBe('中\n');
    expect(extractHtmlText('<body><p>外</p><article><p>一</p></article><article><p>二</p></article></body>').text).toBe('一\n\n二\n');
    expect(extractHtmlText('<body><header>頭</header><p>本文</p><footer>足</footer></body>').text).toBe('本文\n');
  });

  it('falls back to the body when <main> is empty', () => {
    expect(extractHtmlText('<body><main></main><p>本文</p></body>').text).toBe('本文\n');
  });

  it('collapses whitespace like a browser, keeps Latin word spaces, and keeps <pre> as written', () => {
    expect(extractHtmlText('<p>Japan  and\n  Australia</p>').text).toBe('Japan and Australia\n');
    expect(extractHtmlText('<p>日本<b>と</b> 豪州</p>').text).toBe('日本と 豪州\n');
    expect(extractHtmlText('<pre>一行目\n  二行目</pre>').text).toBe('一行目\n  二行目\n');
  });

  it('drops ruby readings: the name stays whole', () => {
    const r = extractHtmlText('<p>河野防衛大臣は、<ruby>鄭景斗<rp>（</rp><rt>チョン・ギョンドゥ</rt><rp>）</rp></ruby>国防部長官と会談した。</p>');
    expect(r.text).toBe('河野防衛大臣は、鄭景斗国防部長官と会談した。\n');
  });

  it('survives broken markup as a browser would', () => {
    expect(extractHtmlText('<p>一つ目<p>二つ目<div>三つ目').text).toBe('一つ目\n\n二つ目\n\n三つ目\n');
  });

  it('reads a page nested 200,000 levels deep (the walks keep their own stack, not the call stack)', () => {
    const depth = 200_000;
    const html = `<html><head><title>深い</title></head><body>${'<div>'.repeat(depth)}<p>日本と<b>豪州</b>の会談</p>${'</div>'.repeat(depth)}<p>終わり</p></body></html>`;
    const r = extractHtmlText(html);
    expect(r.text).toBe('日本と豪州の会談\n\n終わり\n');
    expect(r.title).toBe('深い');
  });
});
