/**
 * The main text of an HTML page, as lines the later stages can segment: headings and
 * paragraphs on lines of their own, separated by blank lines, page chrome left out.
 * parse5 does the parsing (the WHATWG algorithm, so broken real-world markup parses as a
 * browser would parse it).
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface HtmlText {
  text: string;
  title?: string;
  /** The publication date the markup states, as written (see META_DATE_NAMES). */
  metaDate?: string;
}

/** <meta name|property> names that carry a page's publication date, most specific first. */
const META_DATE_NAMES = [
  'article:published_time', 'dcterms.issued', 'dc.date.issued', 'dcterms.date', 'dc.date',
  'date', 'pubdate', 'publishdate', 'publish_date', 'og:published_time', 'dcterms.created',
];

/** Never text a reader sees as part of the content. */
const ALWAYS_DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'nav', 'aside', 'footer', 'button', 'select',
  // Ruby readings (furigana) and their fallback parentheses are not running text: 鄭景斗 stays whole.
  'rt', 'rp',
]);

/** ARIA landmarks that are page chrome whatever element carries them. */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'blockquote', 'pre', 'figure', 'figcaption', 'address', 'details', 'summary', 'fieldset', 'legend',
  'form', 'hr', 'body', 'center',
]);

const CELLS = new Set(['td', 'th']);

const isElement = (n: T.Node): n is T.Element => 'tagName' in n;
const attr = (el: T.Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export function extractHtmlText(html: string): HtmlText {
  const doc = parse(html);
  const title = collapse(textOf(find(doc, (el) => el.tagName === 'title')[0]));
  const roots = contentRoots(doc);
  let text = render(roots, roots[0]?.tagName !== 'body');
  // An empty <main> (content placed elsewhere by a careless template): fall back to the body.
  if (!text && roots[0]?.tagName !== 'body') text = render(find(doc, (el) => el.tagName === 'body', true), false);
  const h1 = collapse(textOf(find(doc, (el) => el.tagName === 'h1')[0]));
  const metaDate = publicationDate(doc);
  return { text, title: title || h1 || undefined, ...(metaDate ? { metaDate } : {}) };
}

/** The page's own date: a dated <meta>, else the first <time datetime> of the content. */
function publicationDate(doc: T.Document): string | undefined {
  const metas = find(doc, (el) => el.tagName === 'meta');
  for (const name of META_DATE_NAMES) {
    const meta = metas.find((m) => (attr(m, 'name') ?? attr(m, 'property') ?? attr(m, 'itemprop'))?.toLowerCase() === name);
    const content = meta && attr(meta, 'content')?.trim();
    if (content) return content;
  }
  return find(doc, (el) => el.tagName === 'time' && !!attr(el, 'datetime')?.trim())
    .map((el) => attr(el, 'datetime')!.trim())[0];
}

/**
 * Where the content is: <main> or role=main, else the outermost <article>s, else <body>.
 * Inside the chosen root a <header> is the article's own (title, date) and is kept; outside
 * it, header and footer are the site's.
 */
function contentRoots(doc: T.Document): T.Element[] {
  const main = find(doc, (el) => el.tagName === 'main' || attr(el, 'role') === 'main', true);
  if (main.length) return main.slice(0, 1);
  const articles = find(doc, (el) => el.tagName === 'article', true);
  if (articles.length) return articles;
  return find(doc, (el) => el.tagName === 'body', true);
}

/**
 * Elements matching `test` in document order; with `outermost`, not those inside a match.
 * Every walk over the tree here is iterative (an explicit stack): a page nested 200,000 levels
 * deep parses, and a recursive walk would overflow the call stack on it.
 */
function find(node: T.ParentNode, test: (el: T.Element) => boolean, outermost = false): T.Element[] {
  const out: T.Element[] = [];
  const stack: T.Element[] = elementChildren(node).reverse();
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (test(el)) {
      out.push(el);
      if (outermost) continue;
    }
    for (const c of elementChildren(el).reverse()) stack.push(c);
  }
  return out;
}

const elementChildren = (n: T.ParentNode): T.Element[] => n.childNodes.filter(isElement);

/** The text of an element's descendants, in document order. */
function textOf(el: T.Element | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const stack: T.Node[] = [...el.childNodes].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.nodeName === '#text') parts.push((n as T.TextNode).value);
    else if (isElement(n)) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return parts.join('');
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function isDropped(el: T.Element, keepHeader: boolean): boolean {
  if (ALWAYS_DROPPED.has(el.tagName)) return true;
  if (el.tagName === 'header' && !keepHeader) return true;
  if (el.attrs.some((a) => a.name === 'hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  return role !== undefined && CHROME_ROLES.has(role);
}

/** Wide characters (CJK punctuation, kana, kanji, full-width forms) are written without spaces. */
const isWide = (ch: string | undefined): boolean => ch !== undefined && ch.charCodeAt(0) >= 0x2e80;

/** Accumulates paragraphs; whitespace is collapsed as a browser would, except inside <pre>. */
class ParagraphWriter {
  private readonly paragraphs: string[] = [];
  private line = '';
  private pending: 'none' | 'space' | 'newline' = 'none';
  /** The current paragraph holds <pre> text, whose indentation is kept. */
  private preformatted = false;

  text(s: string): void {
    for (const part of s.split(/([ \t\n\r\f]+)/)) {
      if (!part) continue;
      if (/^[ \t\n\r\f]/.test(part)) {
        if (part.includes('\n')) this.pending = 'newline';
        else if (this.pending === 'none') this.pending = 'space';
        continue;
      }
      this.word(part);
    }
  }

  /** Preformatted text keeps its line breaks and spaces. */
  raw(s: string): void {
    this.pending = 'none';
    this.preformatted = true;
    this.line += s.replace(/\r\n?/g, '\n');
  }

  private word(w: string): void {
    const last = this.line[this.line.length - 1];
    if (this.pending !== 'none' && last !== undefined && last !== '\n') {
      // A source line break between two Japanese characters is not a space in the text
      // (CSS "segment break transformation"); anything else becomes one space.
      const joinsWide = this.pending === 'newline' && isWide(last) && isWide(w[0]);
      if (!joinsWide) this.line += ' ';
    }
    this.pending = 'none';
    this.line += w;
  }

  separator(s: string): void {
    if (this.line && !this.line.endsWith('\n')) this.line += s;
    this.pending = 'none';
  }

  lineBreak(): void {
    this.line += '\n';
    this.pending = 'none';
  }

  endParagraph(): void {
    const p = this.line
      .split('\n')
      .map((l) => (this.preformatted ? l.trimEnd() : l.replace(/^[ \t]+|[ \t]+$/g, '')))
      .join('\n')
      .replace(/^\n+|\n+$/g, '')
      .replace(/\n{2,}/g, '\n');
    if (p) this.paragraphs.push(p);
    this.line = '';
    this.pending = 'none';
    this.preformatted = false;
  }

  result(): string {
    this.endParagraph();
    return this.paragraphs.length ? this.paragraphs.join('\n\n') + '\n' : '';
  }
}

/** A list or box of notes: by its class, id or role (footnotes, endnotes, 注). */
function isNoteList(el: T.Element): boolean {
  if (!['ol', 'ul', 'section', 'aside', 'div', 'footer'].includes(el.tagName)) return false;
  const label = [attr(el, 'class'), attr(el, 'id'), attr(el, 'role')].filter(Boolean).join(' ');
  return /foot-?notes?|end-?notes?|\bnotes?\b|注/i.test(label);
}

/** What the render walk does next: enter an element, write a text node, or close a block. */
type Step =
  | { op: 'enter'; el: T.Element; pre: boolean; notes: boolean }
  | { op: 'text'; value: string; pre: boolean }
  | { op: 'endBlock' };

/** `keepHeader`: the roots are <main>/<article>, whose <header> holds their own title and date. */
function render(roots: T.Element[], keepHeader: boolean): string {
  const w = new ParagraphWriter();
  const stack: Step[] = roots.map((el): Step => ({ op: 'enter', el, pre: false, notes: false })).reverse();
  for (let step = stack.pop(); step; step = stack.pop()) {
    if (step.op === 'endBlock') {
      w.endParagraph();
      continue;
    }
    if (step.op === 'text') {
      if (step.pre) w.raw(step.value);
      else w.text(step.value);
      continue;
    }
    const { el } = step;
    if (isDropped(el, keepHeader)) continue;
    const tag = el.tagName;
    if (tag === 'br') {
      w.lineBreak();
      continue;
    }
    const notes = step.notes || isNoteList(el);
    // A note of a list of notes is written as the PDF extraction writes a footnote (「2\t …」), so
    // the segmenter files it as a footnote, not as running text.
    if (tag === 'li' && notes) {
      const note = /^\s*([0-9０-９]{1,3})[\s\u3000]+([\s\S]*)$/.exec(textOf(el));
      if (note) {
        w.endParagraph();
        w.raw(`${note[1]}\t`);
        w.text(note[2]!);
        w.endParagraph();
        continue;
      }
    }
    const block = BLOCKS.has(tag);
    if (block) {
      w.endParagraph();
      stack.push({ op: 'endBlock' });
    }
    if (CELLS.has(tag)) w.separator(' ');
    const pre = step.pre || tag === 'pre' || tag === 'textarea';
    const children = tag === 'template' ? (el as T.Template).content.childNodes : el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i]!;
      if (c.nodeName === '#text') stack.push({ op: 'text', value: (c as T.TextNode).value, pre });
      else if (isElement(c)) stack.push({ op: 'enter', el: c, pre, notes });
    }
  }
  return w.result();
}
