/** The export formats, apart from their writers (Parquet's loads only when an export is made). */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'geojson', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
