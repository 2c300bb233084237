import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text a spreadsheet will not run: text starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe, so it is shown as typed instead of evaluated as a formula.
 */
export function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte order mark (so spreadsheets
 * read accents and non-Latin names correctly); every cell passes through safeCell.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))], { bom: true, record_delimiter: '\r\n', quoted_string: false });
}

/** A filename-safe slug: lower case letters, digits and hyphens, at most 60 characters. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'export'
  );
}
