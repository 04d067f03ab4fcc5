/** Full-text search over evidence sentences and names, with the filters of the URL. */
import { getJson, type EventPage } from '../api.js';
import { eventItem, pagedEvents, type App } from '../app.js';
import { flow, fmt, h, highlightTerms } from '../dom.js';
import { t } from '../i18n.js';
import { filterParams } from '../state.js';

export async function searchView(app: App, q: string): Promise<HTMLElement> {
  const { lang } = app;
  const terms = q.split(/[\s\u3000]+/).filter(Boolean);
  const input = h('input', { id: 'search-q', type: 'search', name: 'q', value: q, maxlength: '200', placeholder: t(lang, 'searchPlaceholder'), 'aria-describedby': 'search-hint' });
  const form = h(
    'form',
    {
      role: 'search',
      class: 'search-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        app.go({ ...app.state, route: { view: 'search', q: input.value.trim() } });
      },
    },
    h('label', { for: 'search-q' }, t(lang, 'search')),
    input,
    h('button', { type: 'submit' }, t(lang, 'searchButton')),
  );
  const content = h('div', { class: 'content search-page' }, h('h1', { tabindex: '-1' }, t(lang, 'search')), form, h('p', { id: 'search-hint', class: 'muted small' }, t(lang, 'searchHint')));
  if (!terms.length) return content;
  const page = await getJson<EventPage>(`/api/events?${filterParams(app.state.filters, [['q', q], ['sort', '-date'], ['limit', '30']])}`);
  const item = (e: EventPage['events'][number]) => {
    const hit = e.evidence.find((ev) => terms.some((term) => ev.text.toLowerCase().includes(term.toLowerCase()))) ?? e.evidence[0];
    return eventItem(app, e, highlightTerms(flow(hit?.text ?? ''), terms));
  };
  const pageUrl = (cursor: string) => `/api/events?${filterParams(app.state.filters, [['q', q], ['sort', '-date'], ['limit', '30'], ['cursor', cursor]])}`;
  content.append(
    h('h2', { role: 'status' }, t(lang, 'resultsFor', { q, n: fmt(page.total, lang) })),
    ...(page.events.length ? pagedEvents(app, page, pageUrl, item) : [h('p', { class: 'muted' }, t(lang, 'noEvents'))]),
  );
  content.querySelector('ul.events')?.classList.add('results');
  return content;
}
