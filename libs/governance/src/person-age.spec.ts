import { DEFAULT_TIME_ZONE, InvalidInputError, ProgrammeCalendar } from '@app/core';
import { formatBirthMonth, isUnder18, parseBirthMonth } from './person-age';

const london = new ProgrammeCalendar(DEFAULT_TIME_ZONE);

describe('birth month and age', () => {
  const today = london.yearMonthOf(new Date('2025-06-15T12:00:00Z'));

  it('stores a birth month as the first of the month and shows it as YYYY-MM', () => {
    expect(parseBirthMonth('2007-06', today)).toBe('2007-06-01');
    expect(parseBirthMonth(' 1999-12 ', today)).toBe('1999-12-01');
    expect(formatBirthMonth('2007-06-01')).toBe('2007-06');
    expect(formatBirthMonth(null)).toBeNull();
  });

  it.each(['2007-13', '2007-00', '2007-6', '07-06', '2007-06-01', 'June 2007', ''])('refuses the malformed birth month %p', (value) => {
    expect(() => parseBirthMonth(value, today)).toThrow(InvalidInputError);
  });

  it('refuses a birth month in the future or before 1900', () => {
    expect(() => parseBirthMonth('2025-07', today)).toThrow(/between 1900-01 and this month/);
    expect(() => parseBirthMonth('1899-12', today)).toThrow(InvalidInputError);
    expect(parseBirthMonth('2025-06', today)).toBe('2025-06-01');
  });

  it('counts someone born in this month 18 years ago as 18, and a month later as under 18', () => {
    expect(isUnder18('2007-06-01', today)).toBe(false);
    expect(isUnder18('2007-07-01', today)).toBe(true);
    expect(isUnder18('2007-05-01', today)).toBe(false);
    expect(isUnder18('2010-01-01', today)).toBe(true);
    expect(isUnder18(null, today)).toBeNull();
  });

  it('reads the month in London time, where a month begins at London midnight', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(isUnder18('2007-07-01', london.yearMonthOf(new Date('2025-06-30T23:30:00Z')))).toBe(false);
    expect(isUnder18('2007-07-01', new ProgrammeCalendar('UTC').yearMonthOf(new Date('2025-06-30T23:30:00Z')))).toBe(true);
  });
});
