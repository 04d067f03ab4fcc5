/**
 * A corpus of many small documents for the ingest benchmark, written by the project from
 * templates in its own words: press releases on one meeting or call (a dated heading, numbered
 * paragraphs) and the minister's monthly activity pages (one entry per day), over a few years
 * and a dozen partners, a few of them far more often than the others (as in the real corpus).
 * Every activity page tells again, in its own words, some of the meetings that releases of its
 * month told: those records must link across sources, so the store's linking does real work.
 *
 * `manyFiles(n)` gives the same n documents every run (a seeded generator).
 */
import { rng } from './synthetic.js';

interface Partner {
  iso3: string;
  /** How the text names the country before a title. */
  name: string;
  /** The counterpart's title after the country. */
  title: string;
  /** The two-letter abbreviation of 「日X防衛相会談」. */
  abbr: string;
  /** Relative weight: how often the corpus meets this partner. */
  weight: number;
}

const PARTNERS: Partner[] = [
  { iso3: 'USA', name: '米国', title: '国防長官', abbr: '米', weight: 8 },
  { iso3: 'AUS', name: 'オーストラリア', title: '国防大臣', abbr: '豪', weight: 6 },
  { iso3: 'IND', name: 'インド', title: '国防大臣', abbr: '印', weight: 4 },
  { iso3: 'GBR', name: '英国', title: '国防大臣', abbr: '英', weight: 3 },
  { iso3: 'PHL', name: 'フィリピン', title: '国防大臣', abbr: '比', weight: 3 },
  { iso3: 'FRA', name: 'フランス', title: '軍事大臣', abbr: '仏', weight: 2 },
  { iso3: 'DEU', name: 'ドイツ', title: '国防大臣', abbr: '独', weight: 2 },
  { iso3: 'KOR', name: '韓国', title: '国防部長官', abbr: '韓', weight: 2 },
  { iso3: 'VNM', name: 'ベトナム', title: '国防大臣', abbr: '越', weight: 1 },
  { iso3: 'IDN', name: 'インドネシア', title: '国防大臣', abbr: '尼', weight: 1 },
  { iso3: 'CAN', name: 'カナダ', title: '国防大臣', abbr: '加', weight: 1 },
  { iso3: 'NZL', name: 'ニュージーランド', title: '国防大臣', abbr: 'NZ', weight: 1 },
];

const MODES = [
  { noun: '会談', act: '会談を行いました', place: '防衛省において' },
  { noun: '電話会談', act: '電話会談を行いました', place: '' },
  { noun: 'テレビ会談', act: 'テレビ会談を行いました', place: '' },
] as const;

const TOPICS = ['地域情勢', '共同訓練の拡充', '防衛装備・技術協力', '海洋安全保障', '能力構築支援', 'サイバー分野の協力'];

/** Reiwa year of a western year (2019 = 令和元年, written 1 here for simplicity). */
const reiwa = (year: number): number => year - 2018;

export interface GeneratedFile {
  /** A file name (its kind and date). */
  name: string;
  text: string;
}

interface Meeting {
  year: number;
  month: number;
  day: number;
  partner: Partner;
  mode: (typeof MODES)[number];
}

/** n documents: about four press releases for each activity page. */
export function manyFiles(n: number, seed = 20201222): GeneratedFile[] {
  const rand = rng(seed);
  const total = PARTNERS.reduce((s, p) => s + p.weight, 0);
  const partner = (): Partner => {
    let r = rand() * total;
    for (const p of PARTNERS) if ((r -= p.weight) < 0) return p;
    return PARTNERS[0];
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: GeneratedFile[] = [];
  // Months from April 2020 on; each month has its releases, then its activity page.
  let monthIndex = 0;
  while (out.length < n) {
    const year = 2020 + Math.floor((3 + monthIndex) / 12);
    const month = ((3 + monthIndex) % 12) + 1;
    monthIndex++;
    const meetings: Meeting[] = [];
    const used = new Set<string>();
    for (let k = 0; k < 4 && out.length < n; k++) {
      const m: Meeting = { year, month, day: 1 + Math.floor(rand() * 28), partner: partner(), mode: pick(MODES) };
      // One meeting per partner and day: two would be one engagement.
      if (used.has(`${m.partner.iso3}|${m.day}`)) continue;
      used.add(`${m.partner.iso3}|${m.day}`);
      meetings.push(m);
      out.push({ name: `press-${year}-${pad(month)}-${pad(m.day)}-${m.partner.iso3.toLowerCase()}.txt`, text: pressRelease(m, pick(TOPICS)) });
    }
    if (out.length < n && meetings.length) {
      out.push({ name: `activity-${year}-${pad(month)}.txt`, text: activityPage(year, month, meetings) });
    }
  }
  return out;
}

const pad = (x: number): string => String(x).padStart(2, '0');

function pressRelease(m: Meeting, topic: string): string {
  const date = `令和${reiwa(m.year)}年${m.month}月${m.day}日`;
  const where = m.mode.place ? `${m.mode.place}、` : '';
  return [
    '報道資料',
    date,
    '防衛省',
    '',
    `日${m.partner.abbr}防衛相${m.mode.noun}について`,
    '',
    `1　${date}、防衛大臣は、${where}${m.partner.name}${m.partner.title}と${m.mode.act}。`,
    `2　両者は、${topic}について意見を交換し、二国間の防衛協力を一層進めていくことで一致しました。`,
    '3　また、両者は、今後も緊密に連携していくことを確認しました。',
    '',
  ].join('\n');
}

function activityPage(year: number, month: number, meetings: Meeting[]): string {
  const lines = [`令和${reiwa(year)}年${month}月の大臣の活動`, ''];
  // Newest first, as such pages are laid out; a visit to a unit between them gives no event.
  for (const m of [...meetings].sort((a, b) => b.day - a.day)) {
    lines.push(`${month}月${m.day}日、防衛大臣は、${m.partner.name}${m.partner.title}と${m.mode.act}。`);
  }
  lines.push(`${month}月1日、防衛大臣は、陸上自衛隊の部隊を視察しました。`, '');
  return lines.join('\n');
}

export interface ManyFilesFigures {
  files: number;
  records: number;
  events: number;
  /** Whole seconds of the run (extraction and store). */
  seconds: number;
  /** Milliseconds per file (extraction + store.ingest), mean over the first and the last `window` files. */
  firstMs: number;
  lastMs: number;
  /** The store's share only (store.ingest: writing and linking), same windows. */
  firstStoreMs: number;
  lastStoreMs: number;
  window: number;
}

/**
 * Ingest `n` generated files one by one into a fresh database file, as `koryu ingest DIR` does
 * (extract, then one transaction per file), timing each file. Cost per file must not grow with the
 * files already ingested.
 */
export async function timeManyFiles(n: number, dir: string): Promise<ManyFilesFigures> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { extractFile } = await import('../src/cli/commands/extract.js');
  const { sourceInput } = await import('../src/cli/commands/ingest.js');
  const { openStore } = await import('../src/store/index.js');
  const files = manyFiles(n);
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(path.join(dir, f.name), f.text);
  const store = await openStore(path.join(dir, 'many.db'));
  const total: number[] = [];
  const storeMs: number[] = [];
  let records = 0;
  const t0 = performance.now();
  try {
    for (const f of files) {
      const a = performance.now();
      const extracted = await extractFile(path.join(dir, f.name), {});
      const b = performance.now();
      await store.ingest(sourceInput(extracted), extracted.events);
      const c = performance.now();
      records += extracted.events.length;
      total.push(c - a);
      storeMs.push(c - b);
    }
    const events = (await store.listEvents({ limit: 0 })).total;
    const window = Math.max(1, Math.min(20, Math.floor(n / 5)));
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    // The first files warm the JIT: the first window starts after a few of them.
    const warm = Math.min(5, Math.floor(n / 10));
    return {
      files: n,
      records,
      events,
      seconds: (performance.now() - t0) / 1000,
      firstMs: mean(total.slice(warm, warm + window)),
      lastMs: mean(total.slice(-window)),
      firstStoreMs: mean(storeMs.slice(warm, warm + window)),
      lastStoreMs: mean(storeMs.slice(-window)),
      window,
    };
  } finally {
    await store.close();
  }
}
