/** The API the dashboard reads (see /openapi.json), with the few response types it uses. */
export interface SourceRef {
  id: string;
  path: string;
  kind?: string;
  published?: string;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
  source: string;
}

export interface Event {
  id: string;
  kind: string;
  date: string;
  dateEnd?: string;
  partners: string[];
  format: string;
  level?: string;
  jpRole?: string;
  mode?: string;
  name?: string;
  instrument?: string;
  milestone?: string;
  method?: string;
  field?: string;
  highLevel: boolean;
  evidence: Evidence[];
  confidence: number;
  rule?: string;
  sources: SourceRef[];
  conflicts?: { field: string; values: { value: string; sources: string[] }[] }[];
}

export type Names = Record<string, { ja: string; en: string }>;

export interface EventPage {
  total: number;
  limit: number;
  events: Event[];
  nextCursor?: string;
}

export interface EventDetail {
  event: Event;
  evidence: (Evidence & { context?: { start: number; end: number; text: string }; section?: string[] })[];
  names: Names;
}

export interface CountRow {
  key: Record<string, string | null>;
  n: number;
}

export interface PartnerCounts {
  rows: { partner: string; type: 'country' | 'organization'; ja: string; en: string; n: number; bin: number }[];
  bins: { bin: number; min: number; max: number | null; fill: string }[];
}

export interface PartnerSummary {
  partner: string;
  type: 'country' | 'organization';
  ja: string;
  en: string;
  group: { id: string; ja?: string; en?: string } | null;
  total: number;
  first?: string;
  last?: string;
  byKindYear: CountRow[];
  talksByQuarterMode: CountRow[];
  agreements: { eventId: string; date: string; instrument?: string; milestone?: string; name?: string; partners: string[] }[];
  exercisePartners: { partner: string; n: number }[];
  names: Names;
}

export interface Meta {
  events: number;
  first: string | null;
  last: string | null;
  kinds: string[];
  levels: string[];
  modes: string[];
  partners: { partner: string; type: string; ja: string; en: string; n: number }[];
  sources: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`${status}: ${detail}`);
  }
}

async function request(url: string): Promise<Response> {
  const r = await fetch(url, { headers: { accept: 'application/json' } });
  if (!r.ok) {
    let detail = r.statusText;
    try {
      const p = (await r.json()) as { detail?: string };
      if (p.detail) detail = p.detail;
    } catch {
      // not a problem document
    }
    throw new ApiError(r.status, detail);
  }
  return r;
}

export const getJson = async <T>(url: string): Promise<T> => (await request(url)).json() as Promise<T>;
export const getText = async (url: string): Promise<string> => (await request(url)).text();
