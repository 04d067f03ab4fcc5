import { describe, expect, it } from 'vitest';
import { meantChar } from './chars.js';
import { explodeRun, layoutDocument } from './layout.js';
import { lineText, renderLayout } from './render.js';
import type { PdfPage, TextRun } from './types.js';

/** A run of `text` set solid at `size` (wide characters one em, narrow ones half). */
function run(text: string, x: number, y: number, size = 10, extra: Partial<TextRun> = {}): TextRun {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1) * size, 0);
  return { text, x, y, width, size, rotated: false, vertical: false, ...extra };
}

const page = (runs: TextRun[], number = 1): PdfPage => ({ number, width: 420, height: 600, runs });

/** Lines of `n` body characters in a column starting at x, one every 17 points from y. */
function column(x: number, y: number, lines: string[], size = 10): TextRun[] {
  return lines.map((t, k) => run(t, x, y + 17 * k, size));
}

const rendered = (pages: PdfPage[]) => renderLayout(layoutDocument(pages));

describe('explodeRun', () => {
  it('shares the advance among the characters and drops blanks', () => {
    const g = explodeRun({ text: '第3章 安全', x: 100, y: 50, width: 55, size: 10, rotated: false, vertical: false });
    expect(g.map((c) => c.ch).join('')).toBe('第3章安全');
    expect(g[0].x0).toBe(100);
    expect(g[1].x0).toBe(110);
    // The blank took what the characters left: 安 starts after it.
    expect(g[3].x0).toBeCloseTo(100 + 10 + 5 + 10 + 10, 5);
  });

  it('takes a run without an advance at its nominal widths', () => {
    const g = explodeRun({ text: '防衛A', x: 10, y: 50, width: 0, size: 10, rotated: false, vertical: false });
    expect(g.map((c) => [c.x0, c.x1])).toEqual([
      [10, 20],
      [20, 30],
      [30, 35],
    ]);
  });

  it('maps Kangxi radicals and the hyphenation point to the characters meant', () => {
    expect([...'⼤⾂⽉⻑⽃‧'].map(meantChar).join('')).toBe('大臣月長斗・');
    expect(meantChar('防')).toBe('防');
  });
});

describe('layoutDocument + renderLayout', () => {
  const left = ['左の段の一行目である文章が', '左の段の二行目に続いて', '左の段の三行目でおわる。', '左の段の四行目である文章', '左の段の五行目に続いて', '左の段の六行目である。'];
  const right = ['右の段の一行目である文章が', '右の段の二行目に続いて', '右の段の三行目でおわる。', '右の段の四行目である文章', '右の段の五行目に続いて', '右の段の六行目である。'];

  it('reads two columns set on the same baselines one after the other', () => {
    const r = rendered([page([...column(40, 100, left), ...column(220, 100, right)])]);
    const text = r.text.replace(/\n/g, '');
    expect(text.indexOf('左の段の六行目')).toBeLessThan(text.indexOf('右の段の一行目'));
    expect(r.text.split('\n').filter((l) => l)).toEqual([...left, ...right]);
  });

  it('a row across the columns cuts the page into bands', () => {
    const runs = [
      ...column(40, 100, left.slice(0, 3)),
      ...column(220, 100, right.slice(0, 3)),
      run('段をまたいで組まれた見出しではない長い行である。', 40, 160),
      ...column(40, 180, left.slice(3)),
      ...column(220, 180, right.slice(3)),
    ];
    const lines = rendered([page(runs)]).text.split('\n').filter((l) => l);
    expect(lines).toEqual([...left.slice(0, 3), ...right.slice(0, 3), '段をまたいで組まれた見出しではない長い行である。', ...left.slice(3), ...right.slice(3)]);
  });

  it('keeps a superscript note number on its line and makes a reading of furigana', () => {
    const runs = [
      ...column(40, 100, ['河野防衛大臣は、国防部長官の', 'と会談し、協議', '意見を交換した。と続く文章', '四行目の文章がここにある', '五行目の文章がここにある', '六行目の文章がここにある']),
      // Furigana over 「国防部」 (x 120–150), half size, an em above the first line.
      run('こくぼうぶ', 121, 90, 5),
      // A note number raised a little after 「協議」 on the second line.
      run('1', 110, 113.5, 7),
    ];
    const r = rendered([page(runs)]);
    expect(r.text).toContain('と会談し、協議1');
    expect(r.text).not.toContain('こくぼうぶ国');
    const reading = r.regions.find((g) => g.type === 'reading')!;
    expect(r.text.slice(reading.span.start, reading.span.end)).toBe('こくぼうぶ');
    expect(r.text.slice(reading.base!.start, reading.base!.end)).toBe('国防部');
    // The reading has a line of its own, right after the line it is printed over.
    expect(r.text.split('\n')[1]).toBe('こくぼうぶ');
  });

  it('takes furigana set larger than half size for readings too, but not a caption line above the text', () => {
    const runs = [
      ...column(40, 100, ['河野防衛大臣は、国防部長官の', 'と会談し、協議を行った。と', '三行目の文章がここにある', '四行目の文章がここにある', '五行目の文章がここにある', '六行目の文章がここにある']),
      run('こくぼう', 120, 90, 7),
      run('写真の説明文（2021年3月）', 40, 76, 7.5),
    ];
    const r = rendered([page(runs)]);
    expect(r.regions.map((g) => [g.type, r.text.slice(g.span.start, g.span.end)])).toEqual([
      ['caption', '写真の説明文（2021年3月）'],
      ['reading', 'こくぼう'],
    ]);
  });

  it('joins the reading of a name broken at the end of a line', () => {
    const runs = [
      ...column(40, 100, ['河野防衛大臣は、会合に際して鄭', '景斗国防部長官と会談した。と', '三行目の文章がここにある', '四行目の文章がここにある', '五行目の文章がここにある', '六行目の文章がここにある']),
      run('チョン・', 180, 90, 5),
      run('ギョンドゥ', 41, 107, 4),
    ];
    const r = rendered([page(runs)]);
    const readings = r.regions.filter((g) => g.type === 'reading');
    expect(readings).toHaveLength(1);
    expect(r.text.slice(readings[0].span.start, readings[0].span.end)).toBe('チョン・ギョンドゥ');
    expect(r.text.slice(readings[0].base!.start, readings[0].base!.end)).toBe('鄭\n景斗');
    expect(r.text.split('\n').slice(0, 3)).toEqual(['河野防衛大臣は、会合に際して鄭', '景斗国防部長官と会談した。と', 'チョン・ギョンドゥ']);
  });

  it('drops page numbers and running heads as furniture, and sets captions and footnotes apart', () => {
    const pages = [1, 2].map((n) =>
      page(
        [
          run('第3章　安全保障協力', 40, 30, 7),
          ...column(40, 100, left),
          run('会談する防衛大臣（2021年3月）', 40, 210, 7),
          run('1　協議とは、局長級の意見交換の枠組みである。', 40, 500, 7),
          run(String(n), 200, 580, 8),
        ],
        n,
      ),
    );
    const r = rendered(pages);
    const typed = (type: string) => r.regions.filter((g) => g.type === type).map((g) => r.text.slice(g.span.start, g.span.end));
    expect(typed('furniture')).toEqual(['第3章　安全保障協力', '1', '第3章　安全保障協力', '2']);
    expect(typed('caption')).toEqual(['会談する防衛大臣（2021年3月）', '会談する防衛大臣（2021年3月）']);
    expect(typed('footnote')).toHaveLength(2);
    expect(r.pages.map((p) => p.page)).toEqual([1, 2]);
    for (const p of r.pages) expect(r.text.slice(p.span.start, p.span.end)).toContain('左の段の一行目');
  });

  it('puts a blank line before an indented first line and before a heading, not at a column break', () => {
    const runs = [
      run('（１）見出しの行', 40, 80, 11),
      ...column(40, 100, ['左の段の一行目である文章が', '左の段の二行目でおわる。', '次の段落の一行目である文章', '左の段の四行目である文章', '左の段の五行目に続いて', '左の段の六行目である']).map((r, k) => (k === 2 ? { ...r, x: 50 } : r)),
      ...column(220, 100, right),
    ];
    const text = rendered([page(runs)]).text;
    expect(text).toContain('（１）見出しの行\n\n左の段の一行目');
    expect(text).toContain('おわる。\n\n次の段落');
    expect(text).toContain('左の段の六行目である\n右の段の一行目');
  });

  it('the last lines of a full page, deep in the bottom band, stay running text', () => {
    // Lines every 17 points down to 10 points above the page number.
    const lines = Array.from({ length: 31 }, (_, k) => `本文の${k + 1}行目である。`);
    const runs = [...column(40, 60, lines), run('12', 200, 590, 8)];
    const r = rendered([page(runs)]);
    const furniture = r.regions.filter((g) => g.type === 'furniture').map((g) => r.text.slice(g.span.start, g.span.end));
    expect(furniture).toEqual(['12']);
    expect(r.text).toContain('本文の31行目である。');
  });

  it('a hanging indent (a list item running onto set-in lines) is not a new paragraph', () => {
    const lines = ['①一つ目の項目の文章が長く続いて行', '末まで達して次の行へと続いて', 'おわる。', '②二つ目の項目である文章が長く続', 'いて二行目でおわる。', '六行目の文章がここにある。'];
    const runs = column(40, 100, lines).map((r, k) => (k === 1 || k === 2 || k === 4 ? { ...r, x: 50 } : r));
    // The full lines reach the column's right edge.
    for (const k of [0, 1, 3]) runs[k] = { ...runs[k], width: 170 - (runs[k].x - 40) };
    const text = rendered([page([...runs, ...column(220, 100, right)])]).text;
    expect(text).toContain('①一つ目の項目の文章が長く続いて行\n末まで達して次の行へと続いて\nおわる。\n②二つ目');
    expect(text).toContain('②二つ目の項目である文章が長く続\nいて二行目でおわる。');
  });

  it('a margin tab set down the page is furniture', () => {
    const tab = ['第', '3', '章'].map((c, k) => run(c, 395, 200 + 12 * k, 8));
    const r = rendered([page([...column(40, 100, left), ...column(220, 100, right), ...tab])]);
    const furniture = r.regions.filter((g) => g.type === 'furniture').map((g) => r.text.slice(g.span.start, g.span.end));
    expect(furniture.join('\n')).toBe('第\n3\n章');
  });
});

describe('lineText', () => {
  it('writes an ideographic space for a wide gap, a space between Latin words, nothing for letter spacing', () => {
    const glyphs = [
      ...explodeRun(run('２', 0, 0)),
      ...explodeRun(run('韓国', 20, 0)),
      ...explodeRun(run('T', 40, 0)),
      ...explodeRun(run('ICAD', 47, 0)),
    ];
    expect(lineText({ glyphs, size: 10 }).text).toBe('２　韓国T ICAD');
  });
});
