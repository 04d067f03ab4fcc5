/**
 * Which fields must agree for two records of different sources to be one engagement, per kind
 * (docs/codebook.md, "Linking across sources"):
 *
 * - the block key (kind, partners, and the kind's defining fields) must be equal;
 * - distinguishing fields, when both records have them, must agree, or they are two engagements
 *   (two exercises of different names, talks of principals of different levels);
 * - soft fields that differ are a conflict: tolerated (kept and flagged) only between reports of
 *   the same day, one field at most.
 */
import type { FieldConflict } from '../model/atlas.js';
import { levelForRole, type KoryuEvent } from '../model/event.js';

/** Proper names as written vary in spacing, brackets, width and the year suffix: compare their core. */
export function nameCore(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s「」『』（）()・･“”"'’]/g, '')
    .replace(/\d+$/, '')
    .toLowerCase();
}

/** Records of one block may link; records of different blocks never do. */
export function blockKey(e: KoryuEvent): string {
  const partners = e.partners.join(',');
  switch (e.kind) {
    case 'agreement':
      return ['agreement', partners, e.instrument ?? '', e.milestone ?? ''].join('|');
    case 'capacity-building':
      return ['capacity-building', partners, e.method ?? '', e.field ?? ''].join('|');
    case 'conference':
      // A forum is the forum whoever the text lists as present.
      return e.name ? ['conference', 'name', nameCore(e.name)].join('|') : ['conference', partners].join('|');
    default:
      return [e.kind, partners].join('|');
  }
}

type Field = FieldConflict['field'];

const known = <T>(v: T | undefined): v is T => v !== undefined && (v as unknown) !== 'unknown' && v !== '';

/** The fields on which two records of one block disagree, and whether that makes them two engagements. */
export function compareRecords(a: KoryuEvent, b: KoryuEvent): { distinct: boolean; conflicts: Field[] } {
  const conflicts: Field[] = [];
  let distinct = false;
  const soft = (field: Field, x: string | undefined, y: string | undefined) => {
    if (known(x) && known(y) && x !== y) conflicts.push(field);
  };
  switch (a.kind) {
    case 'talks':
      if (a.name && b.name && nameCore(a.name) !== nameCore(b.name)) distinct = true;
      if (known(a.jpRole) && known(b.jpRole) && a.jpRole !== b.jpRole) {
        // A principal of another level is another meeting (the minister's and the chief of staff's
        // talks on one visit); within one level it is a report disagreeing.
        if (levelForRole(a.jpRole) !== levelForRole(b.jpRole)) distinct = true;
        else conflicts.push('jpRole');
      }
      soft('mode', a.mode, b.mode);
      break;
    case 'exercise':
    case 'port-call':
    case 'equipment':
    case 'personnel':
    case 'other':
      // Two named exercises with one partner in one month are two exercises.
      if (a.name && b.name && nameCore(a.name) !== nameCore(b.name)) distinct = true;
      break;
    case 'capacity-building':
      soft('mode', a.mode, b.mode);
      break;
    case 'conference':
      // The same forum on compatible dates; each source may name other participants (their union stands).
      break;
    case 'agreement':
      break;
  }
  return { distinct, conflicts };
}
