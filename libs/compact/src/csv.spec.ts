import { parse } from 'csv-parse/sync';
import { safeCell, slug, toCsv } from './csv';

describe('safeCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 20', "'+44 20"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Lambeth', 'Lambeth'],
    ['a=b', 'a=b'],
    [null, ''],
    [undefined, ''],
    [3, '3'],
  ])('%j → %j', (value, text) => {
    expect(safeCell(value)).toBe(text);
  });
});

describe('toCsv', () => {
  it('round-trips quotes, commas, new lines and accents, with formulas neutralised', () => {
    const csv = toCsv(['Name', 'Note'], [
      ['Hammersmith, and "Fulham"', 'line one\nline two'],
      ['Zoë', '=HYPERLINK("http://x")'],
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parse(csv, { bom: true });
    expect(rows).toEqual([
      ['Name', 'Note'],
      ['Hammersmith, and "Fulham"', 'line one\nline two'],
      ['Zoë', '\'=HYPERLINK("http://x")'],
    ]);
  });
});

describe('slug', () => {
  it('makes a safe file name part', () => {
    expect(slug('Council tax: exemption to 25 — Zoë’s view')).toBe('council-tax-exemption-to-25-zoe-s-view');
    expect(slug('***')).toBe('export');
  });
});
