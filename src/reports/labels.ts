import { readReportData } from './data.js';
import type { Lang } from './types.js';

type LabelTable = Record<Lang, Record<string, string>>;

/** A label from data/reports/labels.json; `{name}` placeholders are filled from vars. Missing keys show the key. */
export function label(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const table = readReportData<LabelTable>('labels.json');
  let s = table[lang]?.[key] ?? table.en[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  return s;
}

export function hasLabel(lang: Lang, key: string): boolean {
  return key in (readReportData<LabelTable>('labels.json')[lang] ?? {});
}
