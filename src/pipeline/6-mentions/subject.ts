/**
 * What a section is about, from its title: a country (「（2）中国」), several (「日米豪の協力関係など」),
 * an organization (「（6）NATO」), a region (「中東諸国」), multilateral security cooperation, or
 * capacity building. A title that names none of these inherits its parent's subject.
 */
import { loadGazetteer, type Gazetteer } from '../../gazetteer/index.js';
import type { Section, SectionSubject } from '../../model/document.js';
import { findMentions } from './find.js';

/** Numbering written before a title: 第1節, （1）, 1, ア (a digit or katakana marker needs a space after it). */
const MARKER = /^[\s　]*(?:第[0-9０-９]+[節章部]|[（(][0-9０-９]+[）)]|[0-9０-９]+[\s　]+|[ア-ン][\s　]+)[\s　]*/;
const CAPACITY_BUILDING = /能力構築支援/;
const MULTILATERAL = /多国間|多国籍|地域フォーラム/;

/** The subject of a section from its titles (root first, as in Section.path), deepest first; undefined if none names one. */
export function subjectOfSection(path: string[], gaz: Gazetteer = loadGazetteer()): SectionSubject | undefined {
  for (let k = path.length - 1; k >= 0; k--) {
    const s = subjectOfTitle(path[k], gaz);
    if (s) return s;
  }
  return undefined;
}

/** The subject one title names by itself, if any. */
export function subjectOfTitle(title: string, gaz: Gazetteer = loadGazetteer()): SectionSubject | undefined {
  const label = title.replace(MARKER, '').trim();
  if (!label) return undefined;
  if (CAPACITY_BUILDING.test(label)) return { kind: 'capacity-building', codes: [], label };

  const mentions = findMentions(label, gaz);
  // 「ASEAN地域フォーラム（ARF）」 names one forum twice.
  const fora = new Map(mentions.filter((m) => m.type === 'forum').map((m) => [gaz.forumByName(m.name ?? m.text)?.id ?? m.text, m]));
  if (fora.size || MULTILATERAL.test(label)) {
    const only = fora.size === 1 ? [...fora.values()][0] : undefined;
    return { kind: 'multilateral', codes: only ? [...only.codes] : [], label };
  }
  // A region comes first: 「東南アジア（ASEAN）諸国」 is about the region, not the organization.
  const region = mentions.find((m) => m.type === 'region');
  if (region) return { kind: 'region', codes: [], label, region: region.region };

  const countries = new Set<string>();
  const organizations = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'country' || m.type === 'foreign-title') m.codes.forEach((c) => countries.add(c));
    else if (m.type === 'organization') m.codes.forEach((c) => organizations.add(c));
  }
  countries.delete('JPN');
  if (countries.size) return { kind: 'country', codes: [...countries, ...organizations].sort(), label };
  if (organizations.size) return { kind: 'organization', codes: [...organizations].sort(), label };
  return undefined;
}

/** Fill `subject` on every section: its own title's subject, else its parent's. Sections come parents first. */
export function resolveSectionSubjects(sections: Section[], gaz: Gazetteer = loadGazetteer()): void {
  const byId = new Map<number, Section>();
  for (const s of sections) {
    byId.set(s.id, s);
    const own = subjectOfTitle(s.title, gaz);
    const inherited = s.parentId === null ? undefined : byId.get(s.parentId)?.subject;
    const subject = own ?? (inherited && { ...inherited, codes: [...inherited.codes] });
    if (subject) s.subject = subject;
    else delete s.subject;
  }
}
