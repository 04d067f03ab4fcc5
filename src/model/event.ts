import type { PartialDate } from './time.js';

/** The codebook's enums (../shared/codebook.md, extended in docs/codebook.md). */
export const EVENT_KINDS = [
  'talks',
  'exercise',
  'port-call',
  'capacity-building',
  'equipment',
  'agreement',
  'conference',
  'personnel',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const FORMATS = ['bilateral', 'trilateral', 'multilateral'] as const;
export type Format = (typeof FORMATS)[number];

export const LEVELS = ['leaders', 'ministerial', 'vice-ministerial', 'chiefs', 'working'] as const;
export type Level = (typeof LEVELS)[number];

export const JP_ROLES = [
  'prime-minister',
  'minister',
  'senior-vice-minister',
  'parliamentary-vice-minister',
  'administrative-vice-minister',
  'vice-minister-international',
  'chief-joint-staff',
  'chief-gsdf',
  'chief-msdf',
  'chief-asdf',
  'official',
  'unit',
] as const;
export type JpRole = (typeof JP_ROLES)[number];

export const MODES = ['in-person', 'phone', 'video', 'unknown'] as const;
export type Mode = (typeof MODES)[number];

export const INSTRUMENTS = ['ACSA', 'ISA', 'ETA', 'RAA', 'MOU', 'declaration', 'arrangement', 'other'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const MILESTONES = [
  'negotiation-start',
  'agreed-in-principle',
  'signed',
  'approved',
  'in-force',
  'revised',
  'termination-notice',
  'suspended',
  'operational',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export const METHODS = ['dispatch', 'invitation', 'online'] as const;
export type Method = (typeof METHODS)[number];

export const ORGANIZATION_CODES = ['NATO', 'EU', 'ASEAN', 'UN'] as const;

export interface Evidence {
  /** Original-text offsets, [start, end). */
  start: number;
  end: number;
  text: string;
  /** The id of the source whose text the offsets point into (set by the store, where events span sources). */
  source?: string;
}

/** One event as the codebook defines it. This is the shape of gold lines, JSONL output and the store. */
export interface KoryuEvent {
  id: string;
  kind: EventKind;
  date: PartialDate;
  dateEnd?: PartialDate;
  /** ISO 3166-1 alpha-3 codes and organization codes; never JPN; sorted. */
  partners: string[];
  format: Format;
  level?: Level;
  jpRole?: JpRole;
  mode?: Mode;
  name?: string;
  instrument?: Instrument;
  milestone?: Milestone;
  method?: Method;
  field?: string;
  highLevel: boolean;
  evidence: Evidence[];
  confidence: number;
  /** Id of the rule that produced the event (rule-set version prefix, e.g. 'talks.meeting@1'). */
  rule?: string;
  /** Path or label of the source document. */
  source?: string;
}

/** Level follows the Japanese principal (codebook, "Levels"). */
export function levelForRole(role: JpRole | undefined, isTwoPlusTwo = false): Level | undefined {
  if (isTwoPlusTwo) return 'ministerial';
  switch (role) {
    case 'prime-minister':
      return 'leaders';
    case 'minister':
      return 'ministerial';
    case 'senior-vice-minister':
    case 'parliamentary-vice-minister':
    case 'administrative-vice-minister':
    case 'vice-minister-international':
      return 'vice-ministerial';
    case 'chief-joint-staff':
    case 'chief-gsdf':
    case 'chief-msdf':
    case 'chief-asdf':
      return 'chiefs';
    case 'official':
    case 'unit':
      return 'working';
    default:
      return undefined;
  }
}

const HIGH_LEVEL_ROLES: ReadonlySet<JpRole> = new Set<JpRole>([
  'minister',
  'senior-vice-minister',
  'parliamentary-vice-minister',
  'administrative-vice-minister',
  'vice-minister-international',
  'chief-joint-staff',
  'chief-gsdf',
  'chief-msdf',
  'chief-asdf',
]);

/** The white paper's definition of a high-level exchange (codebook, "Levels and the high-level exchange"). */
export function isHighLevel(e: Pick<KoryuEvent, 'kind' | 'format' | 'jpRole'>): boolean {
  return e.kind === 'talks' && e.format === 'bilateral' && !!e.jpRole && HIGH_LEVEL_ROLES.has(e.jpRole);
}

/** Format follows the number of partners; a named forum is multilateral whatever the count. */
export function formatForPartners(partners: readonly string[], isForum = false): Format {
  if (isForum || partners.length >= 3) return 'multilateral';
  return partners.length === 2 ? 'trilateral' : 'bilateral';
}
