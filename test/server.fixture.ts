/**
 * A small store for the server tests: two sources with their text (paragraphs apart by blank lines), events of
 * several kinds and partners. The sentences are written for these tests in the white paper's
 * style; one source's text carries a <script> tag, which must reach a browser only as text.
 */
import type { KoryuEvent } from '../src/model/event.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { SourceInput, Store } from '../src/store/types.js';

interface Para {
  text: string;
  /** Sentences of the paragraph that are evidence, with the event fields they give. */
  events?: { sentence: string; event: Omit<KoryuEvent, 'evidence' | 'confidence' | 'format' | 'highLevel'> & Partial<KoryuEvent> }[];
}

function source(path: string, title: string, paras: Para[]): { input: SourceInput; events: KoryuEvent[] } {
  let text = '';
  const events: KoryuEvent[] = [];
  for (const p of paras) {
    const start = text.length;
    text += p.text;
    for (const { sentence, event } of p.events ?? []) {
      const at = start + p.text.indexOf(sentence);
      if (at < start) throw new Error(`fixture: '${sentence}' is not in its paragraph`);
      events.push({
        format: event.partners.length >= 3 ? 'multilateral' : event.partners.length === 2 ? 'trilateral' : 'bilateral',
        highLevel: false,
        confidence: 0.9,
        rule: `${event.kind}.fixture@1`,
        ...event,
        evidence: [{ start: at, end: at + sentence.length, text: sentence }],
      });
    }
    text += '\n\n';
  }
  return { input: { path, title, contentHash: `hash-${path}`, encoding: 'utf-8', format: 'text', text }, events };
}

export const AUS_SENTENCE = '2020年10月、防衛大臣は、来日したオーストラリア国防大臣と会談を行い、円滑化協定の早期署名で一致した。';
export const SCRIPT_SENTENCE = '同年12月、防衛大臣はインド国防大臣と電話会談を行った<script>alert("x")</script>。';

export const SOURCES = [
  source('/corpus/paper-2021.txt', '防衛白書（架空）', [
    { text: '１　オーストラリア' },
    {
      text: `両国の防衛協力は近年大きく進展している。${AUS_SENTENCE}両大臣は今後も緊密に連携していくことを確認した。`,
      events: [
        {
          sentence: AUS_SENTENCE,
          event: { id: 'ev-aus-talks', kind: 'talks', date: '2020-10-19', partners: ['AUS'], level: 'ministerial', jpRole: 'minister', mode: 'in-person', highLevel: true },
        },
      ],
    },
    {
      text: '2020年9月、海自は、米海軍及び豪海軍とともに日米豪共同訓練を実施した。また、同年11月、マラバール2020に参加した。',
      events: [
        {
          sentence: '2020年9月、海自は、米海軍及び豪海軍とともに日米豪共同訓練を実施した。',
          event: { id: 'ev-aus-usa-ex', kind: 'exercise', date: '2020-09', partners: ['AUS', 'USA'], jpRole: 'unit' },
        },
        {
          sentence: 'また、同年11月、マラバール2020に参加した。',
          event: { id: 'ev-malabar', kind: 'exercise', date: '2020-11', partners: ['AUS', 'IND', 'USA'], jpRole: 'unit', name: 'マラバール2020' },
        },
      ],
    },
    { text: '２　インド' },
    {
      text: SCRIPT_SENTENCE,
      events: [
        {
          sentence: SCRIPT_SENTENCE,
          event: { id: 'ev-ind-phone', kind: 'talks', date: '2020-12', partners: ['IND'], level: 'ministerial', jpRole: 'minister', mode: 'phone', highLevel: true },
        },
      ],
    },
    {
      text: '2020年9月、日印物品役務相互提供協定の署名が行われた。',
      events: [
        {
          sentence: '2020年9月、日印物品役務相互提供協定の署名が行われた。',
          event: { id: 'ev-ind-acsa', kind: 'agreement', date: '2020-09', partners: ['IND'], instrument: 'ACSA', milestone: 'signed', name: '日印ACSA' },
        },
      ],
    },
  ]),
  source('/corpus/press-2021.html', '報道資料（架空）', [
    {
      text: '2021年2月、陸自は、シンガポール軍に対し、人道支援・災害救援に関するオンライン講義を実施した。',
      events: [
        {
          sentence: '2021年2月、陸自は、シンガポール軍に対し、人道支援・災害救援に関するオンライン講義を実施した。',
          event: { id: 'ev-sgp-cb', kind: 'capacity-building', date: '2021-02', partners: ['SGP'], method: 'online', field: 'HA/DR', jpRole: 'unit' },
        },
      ],
    },
    {
      text: '2021年3月、統幕長は、NATO軍事委員長とテレビ会談を行った。',
      events: [
        {
          sentence: '2021年3月、統幕長は、NATO軍事委員長とテレビ会談を行った。',
          event: { id: 'ev-nato-vtc', kind: 'talks', date: '2021-03', partners: ['NATO'], level: 'chiefs', jpRole: 'chief-joint-staff', mode: 'video' },
        },
      ],
    },
  ]),
];

export const FIXTURE_IDS = SOURCES.flatMap((s) => s.events.map((e) => e.id));

/** A fresh in-memory store holding the fixture. */
export async function fixtureStore(): Promise<Store> {
  const store = await openSqliteStore(':memory:');
  for (const s of SOURCES) await store.ingest(s.input, s.events);
  return store;
}
