/**
 * Building DOM without markup strings: every text goes in as a text node, so data from the
 * store (evidence sentences, titles, paths) can never become markup.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** An HTML element: h('a', { href: '/x', class: 'y' }, 'text', child…). `on…` attributes take listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, as h(). */
export function s(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Text with every occurrence of the terms marked (case-insensitive for Latin letters). */
export function highlightTerms(text: string, terms: string[]): Child[] {
  const wanted = terms.filter(Boolean).map((t) => t.toLowerCase());
  if (!wanted.length) return [text];
  const lower = text.toLowerCase();
  const out: Child[] = [];
  let i = 0;
  while (i < text.length) {
    let at = -1;
    let len = 0;
    for (const t of wanted) {
      const j = lower.indexOf(t, i);
      if (j >= 0 && (at < 0 || j < at || (j === at && t.length > len))) (at = j), (len = t.length);
    }
    if (at < 0) break;
    if (at > i) out.push(text.slice(i, at));
    out.push(h('mark', null, text.slice(at, at + len)));
    i = at + len;
  }
  if (i < text.length) out.push(text.slice(i));
  return out;
}

export const fmt = (n: number, lang: string): string => n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');

/**
 * Line breaks inside a sentence or paragraph come from the source's layout (PDF-style columns),
 * not from its writer: join the lines (with a space between Latin letters only).
 */
export const flow = (s: string): string =>
  s.replace(/([^\n])\n(?=([^\n]))/g, (_m, a: string, b: string) => (/[\u0021-\u024f]/.test(a) && /[\u0021-\u024f]/.test(b) ? `${a} ` : a));
