/** A partner's page: totals, counts by kind and year, agreements, exercise partners, mode shift, chronology. */
import { KIND_FILLS, MODE_FILLS } from '../../reports/palette.js';
import { getJson, type EventPage, type PartnerSummary } from '../api.js';
import { nameOf, pagedEvents, partnerLink, type App } from '../app.js';
import { quartersBetween, stackedBars } from '../charts.js';
import { fmt, h } from '../dom.js';
import { label, t } from '../i18n.js';
import { filterParams, type Filters } from '../state.js';
import { filterForm } from './filters.js';

function kindYearTable(app: App, s: PartnerSummary): HTMLElement {
  const { lang } = app;
  // Every year from the first to the last, so that gaps show.
  const seen = s.byKindYear.map((r) => Number(r.key.year));
  const years = Array.from({ length: Math.max(...seen) - Math.min(...seen) + 1 }, (_, i) => String(Math.min(...seen) + i));
  const kinds = app.meta.kinds.filter((k) => s.byKindYear.some((r) => r.key.kind === k));
  const cell = new Map(s.byKindYear.map((r) => [`${r.key.kind}|${r.key.year}`, r.n]));
  const max = Math.max(1, ...s.byKindYear.map((r) => r.n));
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t(lang, 'byKindYear') },
    h(
      'table',
      { class: 'kind-year' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t(lang, 'kind')), years.map((y) => h('th', { scope: 'col' }, y)), h('th', { scope: 'col' }, t(lang, 'total')))),
      h(
        'tbody',
        null,
        kinds.map((k) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, h('span', { class: 'swatch', style: `background:${KIND_FILLS[k as keyof typeof KIND_FILLS]}` }), label(lang, `kind.${k}`)),
            years.map((y) => {
              const n = cell.get(`${k}|${y}`) ?? 0;
              return h('td', { class: n ? 'n' : 'zero', style: n ? `background:rgba(40,121,185,${(0.12 + (0.55 * n) / max).toFixed(2)})` : null }, n ? fmt(n, lang) : '·');
            }),
            h('td', { class: 'n total' }, fmt(years.reduce((a, y) => a + (cell.get(`${k}|${y}`) ?? 0), 0), lang)),
          ),
        ),
      ),
    ),
  );
}

const INSTRUMENT_ORDER = ['ACSA', 'ISA', 'ETA', 'RAA', 'MOU', 'declaration', 'arrangement', 'other'];

function agreementRow(app: App, s: PartnerSummary): HTMLElement {
  const { lang } = app;
  if (!s.agreements.length) return h('p', { class: 'muted' }, t(lang, 'noAgreements'));
  const byInstrument = new Map<string, PartnerSummary['agreements']>();
  for (const a of s.agreements) {
    const k = a.instrument ?? 'other';
    byInstrument.set(k, [...(byInstrument.get(k) ?? []), a]);
  }
  const instruments = [...byInstrument.keys()].sort((a, b) => INSTRUMENT_ORDER.indexOf(a) - INSTRUMENT_ORDER.indexOf(b));
  return h(
    'ul',
    { class: 'agreements' },
    instruments.map((ins) => {
      const list = byInstrument.get(ins)!; // newest first
      const latest = list[0];
      return h(
        'li',
        { class: 'agreement', 'data-instrument': ins },
        h('div', { class: 'instrument' }, label(lang, `instrumentShort.${ins}`)),
        h('div', { class: 'milestone' }, latest.milestone ? label(lang, `milestone.${latest.milestone}`) : '—'),
        h('div', { class: 'when' }, app.link({ ...app.state, route: { view: 'event', id: latest.eventId } }, null, latest.date)),
        list.length > 1
          ? h(
              'details',
              null,
              h('summary', null, lang === 'ja' ? `経緯 ${list.length}件` : `${list.length} milestones`),
              h('ol', null, list.map((a) => h('li', null, app.link({ ...app.state, route: { view: 'event', id: a.eventId } }, null, a.date), ' ', a.milestone ? label(lang, `milestone.${a.milestone}`) : '', a.name ? ` (${a.name})` : ''))),
            )
          : null,
      );
    }),
  );
}

function modeShift(app: App, s: PartnerSummary): HTMLElement {
  const { lang } = app;
  const rows = s.talksByQuarterMode.filter((r) => r.key.quarter);
  if (!rows.length) return h('p', { class: 'muted' }, t(lang, 'noTalks'));
  const quarters = rows.map((r) => r.key.quarter!).sort();
  const buckets = quartersBetween(quarters[0], quarters[quarters.length - 1]);
  const cell = new Map(rows.map((r) => [`${r.key.quarter}|${r.key.mode ?? 'unknown'}`, r.n]));
  const modes = ['in-person', 'phone', 'video', 'unknown'].filter((m) => rows.some((r) => (r.key.mode ?? 'unknown') === m));
  const years = [...new Set(buckets.map((b) => b.slice(0, 4)))];
  return h(
    'div',
    null,
    stackedBars({
      buckets,
      series: modes,
      value: (b, m) => cell.get(`${b}|${m}`) ?? 0,
      fill: (m) => MODE_FILLS[m as keyof typeof MODE_FILLS],
      tip: (b) => `${b}: ${modes.map((m) => [m, cell.get(`${b}|${m}`) ?? 0] as const).filter(([, n]) => n).map(([m, n]) => `${label(lang, `mode.${m}`)} ${n}`).join(', ')}`,
      ticks: years.map((y) => ({ bucket: `${y}-Q1`, label: y })).filter((x) => buckets.includes(x.bucket)),
      height: 180,
      ariaLabel: t(lang, 'modeShift'),
    }),
    h('ul', { class: 'legend' }, modes.map((m) => h('li', null, h('span', { class: 'swatch', style: `background:${MODE_FILLS[m as keyof typeof MODE_FILLS]}` }), label(lang, `mode.${m}`)))),
  );
}

/** The chronology: newest first, a page at a time. */
function chronology(app: App, code: string, filters: Filters, first: EventPage): HTMLElement {
  const { lang } = app;
  const pageUrl = (cursor: string) => `/api/events?${filterParams(filters, [['partner', code], ['sort', '-date'], ['limit', '30'], ['cursor', cursor]])}`;
  return h(
    'section',
    { class: 'panel chronology', 'aria-labelledby': 'chrono-h' },
    h('h2', { id: 'chrono-h' }, t(lang, 'chronology'), h('span', { class: 'muted small' }, ` ${t(lang, 'nEvents', { n: fmt(first.total, lang) })}`)),
    first.events.length ? pagedEvents(app, first, pageUrl) : h('p', { class: 'muted' }, t(lang, 'noEvents')),
  );
}

export async function partnerView(app: App, code: string): Promise<HTMLElement> {
  const { lang } = app;
  const f = app.state.filters;
  const [s, events] = await Promise.all([
    getJson<PartnerSummary>(`/api/partners/${encodeURIComponent(code)}?${filterParams(f)}`),
    getJson<EventPage>(`/api/events?${filterParams(f, [['partner', code], ['sort', '-date'], ['limit', '30']])}`),
  ]);
  Object.assign(app.names, s.names);
  const content = h(
    'div',
    { class: 'content partner-page', 'data-partner': code },
    app.link({ ...app.state, route: { view: 'home' } }, { class: 'back' }, t(lang, 'back')),
    h('h1', { tabindex: '-1' }, s[lang], h('span', { class: 'code' }, ` ${code}`)),
    h(
      'p',
      { class: 'facts' },
      s.group ? h('span', null, `${t(lang, 'partnerGroup')}: ${s.group[lang] ?? s.group.id}`) : null,
      h('span', null, t(lang, 'nEvents', { n: fmt(s.total, lang) })),
      s.first && s.last ? h('span', null, t(lang, 'firstLast', { first: s.first, last: s.last })) : null,
    ),
    h('section', { class: 'panel', 'aria-labelledby': 'ky-h' }, h('h2', { id: 'ky-h' }, t(lang, 'byKindYear')), s.byKindYear.length ? kindYearTable(app, s) : h('p', { class: 'muted' }, t(lang, 'noEvents'))),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'panel', 'aria-labelledby': 'ag-h' }, h('h2', { id: 'ag-h' }, t(lang, 'agreements')), agreementRow(app, s)),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'ex-h' },
        h('h2', { id: 'ex-h' }, t(lang, 'exercisePartners')),
        s.exercisePartners.length
          ? h('ul', { class: 'chips' }, s.exercisePartners.map((p) => h('li', null, partnerLink(app, p.partner, nameOf(app, p.partner)), h('span', { class: 'num' }, ` ${fmt(p.n, lang)}`))))
          : h('p', { class: 'muted' }, t(lang, s.byKindYear.some((r) => r.key.kind === 'exercise') ? 'bilateralExercisesOnly' : 'noExercisePartners')),
      ),
    ),
    h('section', { class: 'panel', 'aria-labelledby': 'ms-h' }, h('h2', { id: 'ms-h' }, t(lang, 'modeShift')), modeShift(app, s)),
    chronology(app, code, f, events),
  );
  return h('div', { class: 'with-filters' }, filterForm(app), content);
}
