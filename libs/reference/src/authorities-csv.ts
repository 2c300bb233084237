import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface AuthorityRow {
  gssCode: string;
  name: string;
  shortCode: string;
  icsArea: string;
  subRegion: string | null;
  tileRow: number;
  tileCol: number;
}

export const AUTHORITIES_CSV = join(__dirname, '..', 'data', 'london-authorities.csv');

/** Reads and checks london-authorities.csv; a malformed file stops start-up with the line at fault. */
export function readAuthorities(path = AUTHORITIES_CSV): AuthorityRow[] {
  const records = parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  return records.map((r, i) => {
    const row: AuthorityRow = {
      gssCode: r.gss_code,
      name: r.name,
      shortCode: r.short_code,
      icsArea: r.ics_area,
      subRegion: r.sub_regional_partnership || null,
      tileRow: Number(r.tile_row),
      tileCol: Number(r.tile_col),
    };
    if (!/^E09\d{6}$/.test(row.gssCode) || !/^[a-z]{3}$/.test(row.shortCode) || !row.name || !Number.isInteger(row.tileRow) || !Number.isInteger(row.tileCol)) {
      throw new Error(`${path} line ${i + 2} is malformed: ${JSON.stringify(r)}`);
    }
    return row;
  });
}
