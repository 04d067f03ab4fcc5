/** What every view gets: the state, the language, navigation, names, and a few shared pieces. */
import { KIND_FILLS } from '../reports/palette.js';
import { getJson, type Event, type EventPage, type Meta, type Names } from './api.js';
import { flow, h, type Child } from './dom.js';
import { label, levelLabel, t, type Lang } from './i18n.js';
import { hrefOf, type State } from './state.js';

export interface App {
  state: State;
  lang: Lang;
  meta: Meta;
  /** Names of every partner with events (and any added by a view's answer). */
  names: Names;
  /** Go to a state: a new history entry (or replace the current one). */
  go(next: State, opts?: { replace?: boolean }): void;
  /** A link to a state, followed without a page load. */
  link(next: State, attrs: Record<string, string> | null, ...children: Child[]): HTMLAnchorElement;
}

export const nameOf = (app: App, code: string): string => app.names[code]?.[app.lang] ?? code;

export function partnerLink(app: App, code: string, text?: string): HTMLAnchorElement {
  return app.link({ ...app.state, route: { view: 'partner', code } }, { class: 'partner-link' }, text ?? nameOf(app, code));
}

export function kindChip(lang: Lang, kind: string): HTMLElement {
  return h('span', { class: 'kind-chip', 'data-kind': kind }, h('span', { class: 'swatch', style: `background:${KIND_FILLS[kind as keyof typeof KIND_FILLS] ?? '#999'}`, 'aria-hidden': 'true' }), label(lang, `kind.${kind}`));
}

const dateRange = (e: Event, lang: Lang) => (e.dateEnd ? `${e.date}${lang === 'ja' ? '〜' : '–'}${e.dateEnd}` : e.date);

/** A one-line title of an event: its kind, partners and what it was. */
export function eventTitle(app: App, e: Event): string {
  const partners = e.partners.map((p) => nameOf(app, p)).join(app.lang === 'ja' ? '・' : ', ');
  const what = [e.name, e.instrument && label(app.lang, `instrumentShort.${e.instrument}`), e.milestone && label(app.lang, `milestone.${e.milestone}`), e.mode && e.kind === 'talks' ? label(app.lang, `mode.${e.mode}`) : undefined, e.level && e.kind === 'talks' ? levelLabel(app.lang, e.level) : undefined]
    .filter(Boolean)
    .join(app.lang === 'ja' ? '・' : ', ');
  return `${partners || '—'}${what ? (app.lang === 'ja' ? `（${what}）` : ` (${what})`) : ''}`;
}

/** An event in a list: date, kind, partners, and its first evidence sentence (terms marked). */
export function eventItem(app: App, e: Event, evidence: Child = flow(e.evidence[0]?.text ?? '')): HTMLElement {
  return h(
    'li',
    { class: 'event-item', 'data-event': e.id },
    h('div', { class: 'event-head' }, h('time', null, dateRange(e, app.lang)), kindChip(app.lang, e.kind), app.link({ ...app.state, route: { view: 'event', id: e.id } }, { class: 'event-link' }, eventTitle(app, e)), e.highLevel ? h('span', { class: 'badge' }, app.lang === 'ja' ? 'ハイレベル' : 'high-level') : null),
    h('p', { class: 'evidence-line' }, evidence),
  );
}

/**
 * A list of events a page at a time: the first page, then a "more" button that fetches the next
 * page with the cursor (`pageUrl(cursor)`) and appends it, until there is none.
 */
export function pagedEvents(app: App, first: EventPage, pageUrl: (cursor: string) => string, item: (e: Event) => HTMLElement = (e) => eventItem(app, e)): HTMLElement[] {
  const list = h('ul', { class: 'events' }, first.events.map(item));
  let cursor = first.nextCursor;
  if (!cursor) return [list];
  const more: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'more',
      onclick: async () => {
        more.disabled = true;
        const page = await getJson<EventPage>(pageUrl(cursor!));
        list.append(...page.events.map(item));
        cursor = page.nextCursor;
        more.disabled = false;
        if (!cursor) more.remove();
      },
    },
    t(app.lang, 'more'),
  );
  return [list, more];
}

export function loading(lang: Lang): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t(lang, 'loading'));
}

export function failure(lang: Lang, e: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, `${t(lang, 'error')}: ${(e as Error)?.message ?? String(e)}`);
}

export { hrefOf };
