/** The map page: filters, the world map, the organizations, the timeline, partners and latest events. */
import { KIND_FILLS } from '../../reports/palette.js';
import { getJson, getText, type CountRow, type EventPage, type PartnerCounts } from '../api.js';
import { eventItem, failure, nameOf, type App } from '../app.js';
import { monthsBetween, stackedBars } from '../charts.js';
import { fmt, h } from '../dom.js';
import { label, t } from '../i18n.js';
import { filterParams } from '../state.js';
import { filterForm } from './filters.js';

/** Make the server's map usable by keyboard and pointer: each partner is a link to its page. */
export function enhanceMap(app: App, holder: HTMLElement): void {
  const svg = holder.querySelector('svg');
  if (!svg) return;
  for (const el of Array.from(svg.querySelectorAll<SVGElement>('.hit[data-iso3]'))) {
    const code = el.getAttribute('data-iso3')!;
    const tip = el.querySelector('title')?.textContent ?? code;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'link');
    el.setAttribute('aria-label', tip);
    const open = () => app.go({ ...app.state, route: { view: 'partner', code } });
    el.addEventListener('click', open);
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open();
      }
    });
  }
  // Small states stay visible at any width: their circles keep at least ~5 px on screen.
  const resize = () => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width || 1;
    for (const c of Array.from(svg.querySelectorAll<SVGCircleElement>('circle.partner-dot'))) c.setAttribute('r', String(Math.max(4.5, 5 / scale)));
  };
  resize();
  new ResizeObserver(resize).observe(holder);
}

function legend(app: App, counts: PartnerCounts): HTMLElement {
  const { lang } = app;
  return h(
    'ul',
    { class: 'legend', 'aria-label': t(lang, 'legend') },
    counts.bins.map((b) =>
      h('li', null, h('span', { class: 'swatch', style: `background:${b.fill}` }), b.max === null ? `${fmt(b.min, lang)}+` : b.max === b.min ? fmt(b.min, lang) : `${fmt(b.min, lang)}–${fmt(b.max, lang)}`),
    ),
    h('li', null, h('span', { class: 'swatch japan' }), t(lang, 'japan')),
    h('li', null, h('span', { class: 'dot' }), t(lang, 'smallStates')),
  );
}

function timeline(app: App, rows: CountRow[]): HTMLElement {
  const { lang } = app;
  const dated = rows.filter((r) => r.key.month);
  const yearOnly = rows.filter((r) => !r.key.month).reduce((n, r) => n + r.n, 0);
  const section = h('section', { class: 'panel timeline', 'aria-labelledby': 'timeline-h' }, h('h2', { id: 'timeline-h' }, t(lang, 'timeline')));
  if (!dated.length) {
    section.append(h('p', { class: 'muted' }, t(lang, 'noEvents')));
    return section;
  }
  const months = dated.map((r) => r.key.month!).sort();
  const first = app.state.filters.from && app.state.filters.from < months[0] ? app.state.filters.from : months[0];
  const last = app.state.filters.to && app.state.filters.to > months[months.length - 1] ? app.state.filters.to : months[months.length - 1];
  const buckets = monthsBetween(first, last);
  const cell = new Map(dated.map((r) => [`${r.key.month}|${r.key.kind}`, r.n]));
  const kinds = app.meta.kinds.filter((k) => dated.some((r) => r.key.kind === k));
  const years = [...new Set(buckets.map((b) => b.slice(0, 4)))];
  section.append(
    stackedBars({
      buckets,
      series: kinds,
      value: (b, k) => cell.get(`${b}|${k}`) ?? 0,
      fill: (k) => KIND_FILLS[k as keyof typeof KIND_FILLS],
      tip: (b) => `${b}: ${kinds.map((k) => [k, cell.get(`${b}|${k}`) ?? 0] as const).filter(([, n]) => n).map(([k, n]) => `${label(lang, `kind.${k}`)} ${n}`).join(', ')}`,
      ticks: years.map((y) => ({
        bucket: buckets.find((b) => b.startsWith(y))!,
        label: y,
        title: lang === 'ja' ? `${y}年に絞り込む` : `Filter to ${y}`,
        onChoose: () => app.go({ ...app.state, filters: { ...app.state.filters, from: `${y}-01`, to: `${y}-12` } }),
      })),
      ariaLabel: `${t(lang, 'timeline')}: ${buckets[0]} – ${buckets[buckets.length - 1]}`,
    }),
    h('ul', { class: 'legend kinds-legend' }, kinds.map((k) => h('li', null, h('span', { class: 'swatch', style: `background:${KIND_FILLS[k as keyof typeof KIND_FILLS]}` }), label(lang, `kind.${k}`)))),
    h('p', { class: 'muted small' }, t(lang, 'timelineHelp'), yearOnly ? ` ${t(lang, 'yearOnly', { n: fmt(yearOnly, lang) })}` : ''),
  );
  return section;
}

function partnerTable(app: App, counts: PartnerCounts): HTMLElement {
  const { lang } = app;
  const rows = counts.rows.slice(0, 25);
  const max = Math.max(1, ...rows.map((r) => r.n));
  return h(
    'section',
    { class: 'panel partners', 'aria-labelledby': 'partners-h' },
    h('h2', { id: 'partners-h' }, t(lang, 'topPartners')),
    rows.length
      ? h(
          'ol',
          { class: 'bars' },
          rows.map((r) =>
            h(
              'li',
              null,
              app.link({ ...app.state, route: { view: 'partner', code: r.partner } }, { class: 'partner-link' }, r[lang]),
              h('span', { class: 'bar', style: `width:${(100 * r.n) / max}%;background:${counts.bins[r.bin - 1]?.fill ?? '#ccc'}`, 'aria-hidden': 'true' }),
              h('span', { class: 'num' }, fmt(r.n, lang)),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t(lang, 'noEvents')),
  );
}

export async function homeView(app: App): Promise<HTMLElement> {
  const { lang } = app;
  const params = filterParams(app.state.filters);
  const [counts, svg, tl, latest] = await Promise.all([
    getJson<PartnerCounts>(`/api/partners?${params}`),
    getText(`/api/map.svg?${filterParams(app.state.filters, [['lang', lang]])}`),
    getJson<{ rows: CountRow[] }>(`/api/counts?${filterParams(app.state.filters, [['by', 'month'], ['by', 'kind']])}`),
    getJson<EventPage>(`/api/events?${filterParams(app.state.filters, [['sort', '-date'], ['limit', '8']])}`),
  ]).catch((e: unknown) => {
    throw e;
  });
  for (const r of counts.rows) app.names[r.partner] ??= { ja: r.ja, en: r.en };
  const mapHolder = h('div', { class: 'map', 'data-testid': 'map' });
  mapHolder.innerHTML = svg; // the server's own SVG (escaped by the report renderer)
  enhanceMap(app, mapHolder);
  const orgs = counts.rows.filter((r) => r.type === 'organization');
  const countries = counts.rows.filter((r) => r.type === 'country');

  const content = h(
    'div',
    { class: 'content' },
    h('h1', { tabindex: '-1', class: 'summary' }, t(lang, 'summary', { events: fmt(latest.total, lang), partners: fmt(counts.rows.length, lang) })),
    h(
      'section',
      { class: 'panel map-panel', 'aria-labelledby': 'map-h' },
      h('h2', { id: 'map-h' }, t(lang, 'mapTitle'), h('span', { class: 'muted small' }, ` ${t(lang, 'nCountries', { n: fmt(countries.length, lang) })}`)),
      mapHolder,
      h('div', { class: 'map-foot' }, legend(app, counts), orgs.length ? h('div', { class: 'orgs' }, h('h3', null, t(lang, 'organizations')), h('ul', null, orgs.map((o) => h('li', null, app.link({ ...app.state, route: { view: 'partner', code: o.partner } }, { class: 'partner-link' }, nameOf(app, o.partner)), ` ${fmt(o.n, lang)}`)))) : null),
      h('p', { class: 'muted small' }, t(lang, 'mapHelp')),
    ),
    timeline(app, tl.rows),
    h(
      'div',
      { class: 'columns' },
      partnerTable(app, counts),
      h(
        'section',
        { class: 'panel latest', 'aria-labelledby': 'latest-h' },
        h('h2', { id: 'latest-h' }, t(lang, 'latest')),
        latest.events.length ? h('ul', { class: 'events' }, latest.events.map((e) => eventItem(app, e))) : h('p', { class: 'muted' }, t(lang, 'noEvents')),
      ),
    ),
  );
  return h('div', { class: 'with-filters' }, filterForm(app), content);
}

export { failure };
