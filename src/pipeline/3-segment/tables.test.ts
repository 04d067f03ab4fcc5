/**
 * Tables given as CSV (codebook 236, 238): a real .csv with its line breaks, the same table with its line
 * breaks flattened to spaces, and texts with commas that are no table. Rows written for this test.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../1-decode/index.js';
import { segmentDocument } from './index.js';
import { flattenedRowBreaks, readCsvTable } from './tables.js';

const ROWS = [
  '資料99 北欧諸国との交流の例(過去3年間),,,',
  ',(2016.4.1〜2019.3.31),,',
  '【フィンランド】,,,',
  '"防衛首脳 などの 交流",16.10,陸幕長フィンランド訪問(ヘルシンキ),',
  ',18.2,日フィンランド防衛相テレビ会談,',
  '部隊間の交流など,17.6,日フィンランド部隊間交流(陸),',
];

const values = (text: string) => readCsvTable(text)?.map((r) => r.cells.map((c) => c.text));

describe('readCsvTable: a CSV with its line breaks', () => {
  it('reads one row per record, quotes removed, empty rows left out', () => {
    const text = [...ROWS, ',,,', ''].join('\n');
    const rows = readCsvTable(text)!;
    expect(rows.map((r) => r.cells.length)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(rows[3].cells.map((c) => c.text)).toEqual(['防衛首脳 などの 交流', '16.10', '陸幕長フィンランド訪問(ヘルシンキ)', '']);
  });

  it('keeps each cell\'s original offsets (inside its quotes) and each row\'s', () => {
    const text = ROWS.join('\r\n');
    for (const row of readCsvTable(text)!) {
      for (const c of row.cells) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      expect(text.slice(row.span.start, row.span.end)).not.toMatch(/[\r\n]/);
    }
  });

  it('keeps a line break inside a quoted cell in its cell', () => {
    const text = ['名称,期間,参加国', '"北の\n盾21",21.9.6〜21.9.9,"ノルウェー、\nスウェーデン"', '湖の星,20.3.1,フィンランド', '森の灯,19.11,デンマーク'].join('\n');
    expect(values(text)?.[1]).toEqual(['北の\n盾21', '21.9.6〜21.9.9', 'ノルウェー、\nスウェーデン']);
  });
});

describe('readCsvTable: the same table with its line breaks flattened to spaces', () => {
  it('recovers the rows from the table\'s width, offsets unchanged', () => {
    const lined = [...ROWS, ',,,'].join('\n');
    const flat = lined.replace(/\n/g, ' ');
    expect(values(flat)).toEqual(values(lined));
    expect(readCsvTable(flat)!.map((r) => r.span)).toEqual(readCsvTable(lined)!.map((r) => r.span));
  });

  it('splits where the first cell of the next row is empty, or the last cell of the row is', () => {
    const flat = 'a,b,c ,x,y ,z, q,r,'; // rows: a|b|c, ''|x|y, ''|z|'', q|r|''
    expect(values(flat)).toEqual([['a', 'b', 'c'], ['', 'x', 'y'], ['', 'z', ''], ['q', 'r', '']]);
  });

  it('drops the last cell of a row the text ends inside (an excerpt cut short)', () => {
    const flat = [...ROWS, ',18.1'].join(' ');
    const last = readCsvTable(flat)!.pop()!;
    expect(last.cells.map((c) => c.text)).toEqual(['']);
  });

  it('finds no breaks in a line that is no table', () => {
    expect(flattenedRowBreaks('Japan, Australia, India, and the United States held talks, exercises, and calls, again and again.')).toEqual([]);
    expect(flattenedRowBreaks('a,b,c')).toEqual([]);
  });
});

describe('readCsvTable: texts with commas that are no table', () => {
  it('leaves prose, English lists and a few comma lines alone', () => {
    expect(readCsvTable('2019年5月、防衛大臣は、フィンランド国防大臣と会談した。\n両大臣は、協力の強化で一致した。')).toBeUndefined();
    expect(readCsvTable('Ministers met in Oslo, Stockholm, Helsinki, and Copenhagen, and agreed on plans, dates, and venues.')).toBeUndefined();
    const mixed = ['防衛大臣は、2019年5月、フィンランドを訪問した。', 'a,b,c', '両大臣は、協力の強化で一致し、共同声明を発出した。さらに、今後の交流について、意見を交換した。'].join('\n');
    expect(readCsvTable(mixed)).toBeUndefined();
  });
});

describe('segmentDocument: a CSV text becomes table-row blocks', () => {
  it('gives one table-row block per row, with its cells, and no sentences to read', () => {
    const source = decodeBytes(new TextEncoder().encode(ROWS.join('\n')), 'table.csv');
    const { blocks, sections } = segmentDocument(source);
    expect(sections).toEqual([]);
    expect(blocks.map((b) => b.type)).toEqual(Array(6).fill('table-row'));
    expect(blocks[4].cells?.map((c) => c.text)).toEqual(['', '18.2', '日フィンランド防衛相テレビ会談', '']);
  });

  it('segments a text without a table as before (no table-row block)', () => {
    const source = decodeBytes(new TextEncoder().encode('1　概要\n2019年5月、防衛大臣は、フィンランド国防大臣と会談した。\n'), 'p.txt');
    expect(segmentDocument(source).blocks.some((b) => b.type === 'table-row')).toBe(false);
  });
});
