/**
 * The dashboard: a small single-page app over the API. The URL is the state (see state.ts);
 * every view is drawn from it, so reloading, sharing a link and the back button all work.
 */
import './style.css';
import { getJson, type Meta } from './api.js';
import { failure, loading, type App } from './app.js';
import { h } from './dom.js';
import { t, type Lang } from './i18n.js';
import { hrefOf, parseLocation, type State } from './state.js';
import { eventView } from './views/event.js';
import { homeView } from './views/home.js';
import { partnerView } from './views/partner.js';
import { searchView } from './views/search.js';

let meta: Meta | undefined;
const names: App['names'] = {};
let renderCount = 0;

function go(next: State, opts: { replace?: boolean } = {}): void {
  const href = hrefOf(next);
  if (opts.replace) history.replaceState(null, '', href);
  else if (href !== location.pathname + location.search) history.pushState(null, '', href);
  void render();
}

function link(next: State, attrs: Record<string, string> | null, ...children: (Node | string)[]): HTMLAnchorElement {
  return h(
    'a',
    {
      ...attrs,
      href: hrefOf(next),
      onclick: (e: Event) => {
        const me = e as MouseEvent;
        if (me.button !== 0 || me.metaKey || me.ctrlKey || me.shiftKey || me.altKey) return; // new tab, etc.
        e.preventDefault();
        go(next);
      },
    },
    ...children,
  );
}

function header(app: App): HTMLElement {
  const { lang, state } = app;
  const q = h('input', { id: 'top-q', type: 'search', name: 'q', maxlength: '200', placeholder: t(lang, 'searchPlaceholder'), value: state.route.view === 'search' ? state.route.q : '' });
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  return h(
    'header',
    { class: 'top' },
    h('a', { class: 'skip', href: '#main' }, t(lang, 'skip')),
    link({ ...state, route: { view: 'home' } }, { class: 'brand' }, t(lang, 'brand')),
    h('span', { class: 'tagline' }, t(lang, 'tagline')),
    h(
      'nav',
      { 'aria-label': t(lang, 'nav') },
      link({ ...state, route: { view: 'home' } }, state.route.view === 'home' ? { 'aria-current': 'page' } : null, t(lang, 'map')),
      link({ ...state, route: { view: 'search', q: state.route.view === 'search' ? state.route.q : '' } }, state.route.view === 'search' ? { 'aria-current': 'page' } : null, t(lang, 'search')),
    ),
    h(
      'form',
      {
        role: 'search',
        class: 'quick-search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          go({ ...state, route: { view: 'search', q: q.value.trim() } });
        },
      },
      h('label', { for: 'top-q', class: 'visually-hidden' }, t(lang, 'search')),
      q,
      h('button', { type: 'submit' }, t(lang, 'searchButton')),
    ),
    h('button', { type: 'button', class: 'lang-switch', lang: other, 'aria-label': t(lang, 'switchLangLabel'), onclick: () => go({ ...state, lang: other }) }, t(lang, 'switchLang')),
  );
}

async function render(): Promise<void> {
  const mine = ++renderCount;
  // A control that had focus (a filter) gets it back in the redrawn view, found by its id.
  const focusedId = document.activeElement && document.activeElement !== document.body ? document.activeElement.id : '';
  const state = parseLocation(location);
  const { lang } = state;
  document.documentElement.lang = lang;
  const root = document.getElementById('app')!;
  try {
    meta ??= await getJson<Meta>('/api/meta');
    for (const p of meta.partners) names[p.partner] ??= { ja: p.ja, en: p.en };
  } catch (e) {
    root.replaceChildren(failure(lang, e));
    return;
  }
  const app: App = { state, lang, meta, names, go, link };
  const main = h('main', { id: 'main' }, loading(lang));
  const previous = root.querySelector('main');
  if (previous) {
    // Keep the old view on screen (dimmed) until the new one is ready: no flash of "loading".
    previous.classList.add('stale');
    root.querySelector('header')?.replaceWith(header(app));
  } else {
    root.replaceChildren(header(app), main);
  }
  let view: HTMLElement;
  try {
    switch (state.route.view) {
      case 'home':
        view = await homeView(app);
        break;
      case 'partner':
        view = await partnerView(app, state.route.code);
        break;
      case 'event':
        view = await eventView(app, state.route.id);
        break;
      case 'search':
        view = await searchView(app, state.route.q);
        break;
      default:
        view = h('div', { class: 'content' }, h('h1', { tabindex: '-1' }, t(lang, 'notFound')), link({ ...state, route: { view: 'home' } }, null, t(lang, 'back')));
    }
  } catch (e) {
    view = failure(lang, e);
  }
  if (mine !== renderCount) return; // a newer navigation won
  main.replaceChildren(view);
  if (previous) previous.replaceWith(main);
  document.title = `${document.querySelector('main h1')?.textContent ?? ''} — Koryu`;
  // Focus: the same control again (a filter being worked), else the new page's heading.
  const again = focusedId ? document.getElementById(focusedId) : null;
  if (again) again.focus({ preventScroll: true });
  else (main.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
  document.body.dataset.ready = String(mine);
}

window.addEventListener('popstate', () => void render());
void render();
