/**
 * The linking test set: pairs of short documents, written by the project in the style of the white
 * paper, press releases and press-conference summaries, that report engagements which must be one
 * event across the two sources — or must stay apart. Each document goes through the real pipeline
 * and into a store; `focus` names the engagements the case is about (kind and partner).
 */
import type { SourceKind } from '../../src/model/document.js';
import type { EventKind } from '../../src/model/event.js';

export interface LinkDoc {
  file: string;
  kind: SourceKind;
  published: string;
  text: string;
  /** How many records of the focus this document must give (the extraction part of the case). */
  records: number;
}

export interface LinkCase {
  name: string;
  docs: LinkDoc[];
  focus: { kind: EventKind; partner: string };
  /** 'link': the focus records end in one event holding every document; 'separate': one event per record. */
  expect: 'link' | 'separate';
  /** For 'link': the date the event must carry (the most precise). */
  date?: string;
  /** For 'link': a field the sources disagree on, kept and flagged. */
  conflict?: 'mode' | 'jpRole';
  /** For 'separate': events that must name others as possible duplicates. */
  possibleDuplicates?: number;
}

const paper = (file: string, section: string, body: string, records = 1, published = '2021'): LinkDoc => ({
  file,
  kind: 'whitepaper',
  published,
  text: `第3章　防衛協力・交流の推進\n\n第1節　各国との防衛協力・交流\n\n${section}\n\n${body}\n`,
  records,
});

const release = (file: string, title: string, date: string, body: string, records = 1): LinkDoc => ({
  file,
  kind: 'press-release',
  published: date,
  text: `報道資料\n${title}\n${date}\n防衛省\n\n${body}\n`,
  records,
});

const summary = (file: string, date: string, body: string, records = 1): LinkDoc => ({
  file,
  kind: 'transcript',
  published: date,
  text: `防衛大臣記者会見概要\n日時：${date}\n\n1　発表事項\n${body}\n`,
  records,
});

export const LINK_CASES: LinkCase[] = [
  // ------------------------------------------------------------------ must link
  {
    name: "the paper's month and a release's day: one phone call",
    docs: [
      paper('wp.txt', '2　インド', '2020年9月、両国は物品役務相互提供協定に署名した。同年12月には、岸防衛大臣がシン国防大臣と電話会談を行い、協力の継続で一致した。'),
      release('pr.txt', '日印防衛相電話会談について', '2020-12-22', '令和2年12月22日、岸防衛大臣はシン・インド国防大臣と電話会談を行った。'),
    ],
    focus: { kind: 'talks', partner: 'IND' },
    expect: 'link',
    date: '2020-12-22',
  },
  {
    name: 'a video call in the paper and in a press-conference summary',
    docs: [
      paper('wp.txt', '（3）シンガポール', '2020年12月、岸防衛大臣はシンガポールのウン国防大臣とテレビ会談を実施した。'),
      summary('kaiken.txt', '2020-12-15', '本日午前、岸防衛大臣は、シンガポールのウン国防大臣とテレビ会談を行ったと発表した。'),
    ],
    focus: { kind: 'talks', partner: 'SGP' },
    expect: 'link',
    date: '2020-12-15',
  },
  {
    name: "a meeting in Tokyo links to the paper's meeting, not to its phone call of the same month",
    docs: [
      paper(
        'wp.txt',
        '1　オーストラリア',
        '2020年10月、岸防衛大臣はレイノルズ国防大臣と電話会談を行った。同月、岸防衛大臣は来日したレイノルズ国防大臣と東京において会談を行った。',
        2,
      ),
      release('pr.txt', '日豪防衛相会談について', '2020-10-19', '令和2年10月19日、岸防衛大臣は、来日中のレイノルズ豪国防大臣と防衛省において会談を行った。'),
    ],
    focus: { kind: 'talks', partner: 'AUS' },
    expect: 'link',
    date: '2020-10-19',
  },
  {
    name: 'two editions telling one signature: the later one as background',
    docs: [
      paper('wp2021.txt', '2　インド', '2020年9月、日印物品役務相互提供協定（ACSA）の署名が行われた。'),
      paper('wp2022.txt', '2　インド', '2020年9月に署名された日印ACSAは、2021年7月に発効した。', 2, '2022'),
    ],
    focus: { kind: 'agreement', partner: 'IND' },
    expect: 'link',
    date: '2020-09',
  },
  {
    name: 'an exercise named with its year in one source and a span of days in the other',
    docs: [
      paper('wp.txt', '2　インド', '2020年11月、海自は、インド海軍、米海軍及び豪海軍と共同訓練「マラバール2020」を実施した。'),
      release(
        'pr.txt',
        '日米印豪共同訓練について',
        '2020-11-02',
        '海上自衛隊は、令和2年11月3日から6日まで、ベンガル湾において、インド海軍、米海軍及び豪海軍と共同訓練「マラバール 2020」を実施する。',
      ),
    ],
    focus: { kind: 'exercise', partner: 'IND' },
    expect: 'link',
  },
  {
    name: 'the same call on the same day, told as a phone call and as a video call: linked, the conflict kept',
    docs: [
      release('pr.txt', '日英防衛相会談について', '2021-03-02', '令和3年3月2日、岸防衛大臣はウォレス英国防大臣とテレビ会談を行った。'),
      summary('kaiken.txt', '2021-03-02', '本日、岸防衛大臣は、ウォレス英国防大臣と電話会談を行ったと述べた。'),
    ],
    focus: { kind: 'talks', partner: 'GBR' },
    expect: 'link',
    date: '2021-03-02',
    conflict: 'mode',
  },

  // ------------------------------------------------------------- must stay apart
  {
    name: 'two calls on two days of one month, in one source',
    docs: [
      paper('wp.txt', '2　インド', '2020年12月3日及び22日には、岸防衛大臣がシン国防大臣と電話会談を行った。', 2),
      release('pr.txt', '日英防衛相電話会談について', '2020-12-10', '令和2年12月10日、岸防衛大臣はウォレス英国防大臣と電話会談を行った。', 0),
    ],
    focus: { kind: 'talks', partner: 'IND' },
    expect: 'separate',
  },
  {
    name: 'two releases on calls of different days',
    docs: [
      release('pr1.txt', '日印防衛相電話会談について', '2020-12-03', '令和2年12月3日、岸防衛大臣はシン・インド国防大臣と電話会談を行った。'),
      release('pr2.txt', '日印防衛相電話会談について', '2020-12-22', '令和2年12月22日、岸防衛大臣はシン・インド国防大臣と電話会談を行った。'),
    ],
    focus: { kind: 'talks', partner: 'IND' },
    expect: 'separate',
  },
  {
    name: "a month's call in the paper beside two releases' calls: linked to neither, flagged",
    docs: [
      release('pr1.txt', '日印防衛相電話会談について', '2020-12-03', '令和2年12月3日、岸防衛大臣はシン・インド国防大臣と電話会談を行った。'),
      release('pr2.txt', '日印防衛相電話会談について', '2020-12-22', '令和2年12月22日、岸防衛大臣はシン・インド国防大臣と電話会談を行った。'),
      paper('wp.txt', '2　インド', '2020年12月、岸防衛大臣はシン国防大臣と電話会談を行った。'),
    ],
    focus: { kind: 'talks', partner: 'IND' },
    expect: 'separate',
    possibleDuplicates: 3,
  },
  {
    name: "the paper's meeting in person and a release's call of the same month",
    docs: [
      paper('wp.txt', '（2）フィリピン', '2020年10月、岸防衛大臣はロレンザーナ国防大臣とマニラにおいて会談を行った。'),
      release('pr.txt', '日比防衛相電話会談について', '2020-10-21', '令和2年10月21日、岸防衛大臣はロレンザーナ・フィリピン国防大臣と電話会談を行った。'),
    ],
    focus: { kind: 'talks', partner: 'PHL' },
    expect: 'separate',
  },
  {
    name: "the minister's and the chief of staff's talks with one partner on one day",
    docs: [
      release('pr1.txt', '日豪防衛相会談について', '2021-03-16', '令和3年3月16日、岸防衛大臣はレイノルズ豪国防大臣と会談を行った。'),
      release('pr2.txt', '統合幕僚長と豪国防軍司令官の会談について', '2021-03-16', '令和3年3月16日、統合幕僚長は豪国防軍司令官と会談を行った。'),
    ],
    focus: { kind: 'talks', partner: 'AUS' },
    expect: 'separate',
  },
  {
    name: 'two named exercises with one partner in one month',
    docs: [
      paper('wp.txt', '第2節　日米同盟', '2020年10月、自衛隊は米軍と日米共同統合演習「キーン・ソード21」を実施した。'),
      release('pr.txt', '日米共同訓練について', '2020-10-05', '航空自衛隊は、令和2年10月5日、米空軍と共同訓練「コープ・ノース21」を実施した。'),
    ],
    focus: { kind: 'exercise', partner: 'USA' },
    expect: 'separate',
  },
  {
    name: 'the signature and the entry into force of one agreement',
    docs: [
      paper('wp2021.txt', '2　インド', '2020年9月、日印物品役務相互提供協定（ACSA）の署名が行われた。'),
      release('pr.txt', '日印物品役務相互提供協定の発効について', '2021-07-11', '令和3年7月11日、日印物品役務相互提供協定が発効した。'),
    ],
    focus: { kind: 'agreement', partner: 'IND' },
    expect: 'separate',
  },
];
