import { parse } from 'csv-parse/sync';
import type { InvitationRowInput } from '../../api/generated/graphql';

/** The columns of a list of people to invite, in the template's order, and the row value each gives. */
export const CSV_COLUMNS: { heading: string; field: keyof InvitationRowInput; example: string }[] = [
  { heading: 'name', field: 'displayName', example: 'Sam Example' },
  { heading: 'email', field: 'email', example: 'sam.example@example.org' },
  { heading: 'birth_month', field: 'birthMonth', example: '2005-04' },
  { heading: 'home_council', field: 'homeCouncil', example: 'Hackney' },
  { heading: 'care_experienced', field: 'careExperienced', example: 'yes' },
];

/** The template offered for download: the headings and one example row. */
export function templateCsv(): string {
  return `${CSV_COLUMNS.map((c) => c.heading).join(',')}\r\n${CSV_COLUMNS.map((c) => c.example).join(',')}\r\n`;
}

/** A file read into rows, or why it could not be read as a list at all. */
export type ReadCsv = { rows: InvitationRowInput[]; problem: null } | { rows: null; problem: string };

function heading(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Reads an uploaded CSV file into rows as written: which values are right is the API's to say.
 * Only the file's shape is checked here: that it is CSV text with the template's headings.
 */
export function readInvitationCsv(content: Buffer): ReadCsv {
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch {
    return { rows: null, problem: 'The file could not be read as CSV. Save it as “CSV (comma delimited)” and upload it again.' };
  }
  const [headings, ...data] = records;
  const index = new Map((headings ?? []).map((h, i) => [heading(h), i]));
  const missing = CSV_COLUMNS.filter((c) => !index.has(c.heading) && (c.heading === 'name' || c.heading === 'email'));
  if (!headings || missing.length) {
    return { rows: null, problem: `The first row of the file must name the columns: ${CSV_COLUMNS.map((c) => c.heading).join(', ')}. Start from the template.` };
  }
  const rows = data
    .filter((record) => record.some((value) => value !== ''))
    .map((record) => Object.fromEntries(CSV_COLUMNS.map((c) => [c.field, index.has(c.heading) ? (record[index.get(c.heading)!] ?? '') : ''])) as InvitationRowInput);
  if (!rows.length) return { rows: null, problem: 'The file has no one in it: add one person per row under the headings.' };
  return { rows, problem: null };
}
