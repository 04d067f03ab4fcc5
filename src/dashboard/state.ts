/**
 * The dashboard's state lives in the URL: the path names the view (/, /partner/AUS, /event/ID,
 * /search) and the query holds the filters and the language. A link can be shared; the back
 * button walks through earlier states.
 */
import type { Lang } from './i18n.js';

export interface Filters {
  from?: string;
  to?: string;
  kinds: string[];
  level?: string;
  mode?: string;
  highLevel: boolean;
}

export type Route =
  | { view: 'home' }
  | { view: 'partner'; code: string }
  | { view: 'event'; id: string }
  | { view: 'search'; q: string }
  | { view: 'not-found' };

export interface State {
  route: Route;
  filters: Filters;
  lang: Lang;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseLocation(loc: { pathname: string; search: string }): State {
  const q = new URLSearchParams(loc.search);
  const month = (v: string | null) => (v && MONTH.test(v) ? v : undefined);
  const filters: Filters = {
    from: month(q.get('from')),
    to: month(q.get('to')),
    kinds: q.getAll('kind').filter(Boolean),
    level: q.get('level') || undefined,
    mode: q.get('mode') || undefined,
    highLevel: q.get('highLevel') === 'true',
  };
  const lang: Lang = q.get('lang') === 'en' ? 'en' : 'ja';
  const path = loc.pathname.replace(/\/+$/, '') || '/';
  let route: Route = { view: 'not-found' };
  let m: RegExpExecArray | null;
  if (path === '/') route = { view: 'home' };
  else if ((m = /^\/partner\/([A-Za-z]{2,5})$/.exec(path))) route = { view: 'partner', code: m[1].toUpperCase() };
  else if ((m = /^\/event\/([^/]+)$/.exec(path))) route = { view: 'event', id: decodeURIComponent(m[1]) };
  else if (path === '/search') route = { view: 'search', q: q.get('q') ?? '' };
  return { route, filters, lang };
}

/** The query string of filters (API parameters and URL alike), plus extra pairs. */
export function filterParams(f: Filters, extra: [string, string][] = []): URLSearchParams {
  const p = new URLSearchParams();
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const k of f.kinds) p.append('kind', k);
  if (f.level) p.set('level', f.level);
  if (f.mode) p.set('mode', f.mode);
  if (f.highLevel) p.set('highLevel', 'true');
  for (const [k, v] of extra) p.append(k, v);
  return p;
}

export function hrefOf(s: State): string {
  const extra: [string, string][] = [];
  let path = '/';
  switch (s.route.view) {
    case 'partner':
      path = `/partner/${s.route.code}`;
      break;
    case 'event':
      path = `/event/${encodeURIComponent(s.route.id)}`;
      break;
    case 'search':
      path = '/search';
      if (s.route.q) extra.push(['q', s.route.q]);
      break;
  }
  // An event page does not depend on filters, but carries them so that "back to the map" keeps them.
  const p = filterParams(s.filters, extra);
  if (s.lang === 'en') p.set('lang', 'en');
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}

export const noFilters = (): Filters => ({ kinds: [], highLevel: false });
