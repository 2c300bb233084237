import { GovernanceErrorCode, GovernanceInputError } from './governance.errors';

/** A birth month as given: YYYY-MM. */
export const BIRTH_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month: this month is the clock's (ProgrammeCalendar.yearMonthOf). */
export interface YearMonth {
  year: number;
  month: number;
}

/**
 * Turns a birth month given as "YYYY-MM" into the stored first-of-month date ("YYYY-MM-01").
 * Refuses malformed values, months in the future and years before 1900.
 */
export function parseBirthMonth(value: string, thisMonth: YearMonth, field = 'birthMonth'): string {
  const match = BIRTH_MONTH_PATTERN.exec(value.trim());
  if (!match) {
    throw new GovernanceInputError(GovernanceErrorCode.BAD_BIRTH_MONTH, `Give the birth month as YYYY-MM, for example 2006-09 (got "${value}").`, field);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const now = thisMonth;
  if (year < 1900 || year * 12 + month > now.year * 12 + now.month) {
    throw new GovernanceInputError(GovernanceErrorCode.BAD_BIRTH_MONTH, `A birth month must be between 1900-01 and this month (got "${value}").`, field);
  }
  return `${match[1]}-${match[2]}-01`;
}

/** "YYYY-MM" from a stored first-of-month date. */
export function formatBirthMonth(stored: string | null): string | null {
  return stored ? stored.slice(0, 7) : null;
}

/**
 * Whether someone is under 18 in `thisMonth`, known only from their birth month. We cannot tell on
 * which day of that month they turn 18, so a person born in this month 18 years ago counts as 18.
 * Unknown birth month → null.
 */
/**
 * isUnder18 as a SQL expression over a first-of-month birth date column, in the month given by the
 * integer expressions `year` and `month` (placeholders): true, false or NULL when unknown.
 */
export function under18Sql(birthMonthColumn: string, year: string, month: string): string {
  return `(${birthMonthColumn} > (make_date(${year}, ${month}, 1) - interval '18 years'))`;
}

export function isUnder18(birthMonth: string | null, thisMonth: YearMonth): boolean | null {
  if (!birthMonth) return null;
  const year = Number(birthMonth.slice(0, 4));
  const month = Number(birthMonth.slice(5, 7));
  const now = thisMonth;
  return year * 12 + month > (now.year - 18) * 12 + now.month;
}
