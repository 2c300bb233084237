import { Temporal } from '@js-temporal/polyfill';
import { FieldProblem } from '../../forms/form-errors';

/** The "What can I get?" answers, carried from page to page in the query string (nothing is stored). */
export interface Answers {
  /** Short code of the council that looked after the young person. */
  council?: string;
  /** Short code of the council area they live in, or OUTSIDE_LONDON. */
  living?: string;
  /** Date of birth, YYYY-MM-DD. */
  dob?: string;
  /** Came to the UK as an unaccompanied asylum-seeking child: yes, no, or not said. */
  uasc?: 'yes' | 'no' | 'not-said';
}

export const OUTSIDE_LONDON = 'outside-london';

type Query = Record<string, unknown>;

function text(query: Query, key: string): string | undefined {
  const value = query[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The answers in a query string, keeping only well-formed values. */
export function readAnswers(query: Query): Answers {
  const answers: Answers = {};
  const council = text(query, 'council');
  if (council && /^[a-z]{3}$/.test(council)) answers.council = council;
  const living = text(query, 'living');
  if (living && (living === OUTSIDE_LONDON || /^[a-z]{3}$/.test(living))) answers.living = living;
  const dob = text(query, 'dob');
  if (dob && parseIsoDate(dob)) answers.dob = dob;
  const uasc = text(query, 'uasc');
  if (uasc === 'yes' || uasc === 'no' || uasc === 'not-said') answers.uasc = uasc;
  return answers;
}

/** The answers as query-string pairs, in a fixed order (for links and hidden fields). */
export function answerPairs(answers: Answers, without: (keyof Answers)[] = []): [string, string][] {
  return (['council', 'living', 'dob', 'uasc'] as const)
    .filter((key) => answers[key] !== undefined && !without.includes(key))
    .map((key) => [key, answers[key] as string]);
}

export function withAnswers(path: string, answers: Answers, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams([...answerPairs(answers), ...Object.entries(extra)]);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function iso(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Today's date in the programme's time zone (WebConfig.timeZone), YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/**
 * Age in whole years on `on`: a birthday counts from its day, so the day before the 26th
 * birthday is still 25. Someone born on 29 February has their birthday on 1 March in other years.
 */
export function ageOn(dob: string, on: string): number {
  const born = parseIsoDate(dob);
  const day = parseIsoDate(on);
  if (!born || !day) throw new Error(`ageOn needs two dates written YYYY-MM-DD, not ${dob} and ${on}`);
  const hadBirthday = day.month > born.month || (day.month === born.month && day.day >= born.day);
  return day.year - born.year - (hadBirthday ? 0 : 1);
}

/** The date-of-birth boxes as typed, for showing them again. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(value: string): number {
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const name = value.toLowerCase();
  const index = MONTH_NAMES.findIndex((m) => m === name || m.slice(0, 3) === name);
  return index + 1;
}

/**
 * Checks a GOV.UK date input for a date of birth, with the Design System's messages: what is
 * missing, a date that is not real, one in the future or one too long ago.
 */
export function checkDateOfBirth(parts: DateParts, today: string): { dob: string } | { problem: FieldProblem & { parts: (keyof DateParts)[] } } {
  const label = 'Date of birth';
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((k) => ({ day, month, year })[k] === '');
  if (missing.length === 3) return { problem: { field: 'dob', text: 'Enter your date of birth', parts: ['day', 'month', 'year'] } };
  if (missing.length > 0) {
    return { problem: { field: 'dob', text: `${label} must include a ${missing.join(' and ')}`, parts: missing } };
  }
  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = monthNumber(month);
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (Number.isNaN(y)) return { problem: { field: 'dob', text: 'Year must include 4 numbers', parts: ['year'] } };
  if (Number.isNaN(d) || m === 0 || !isRealDate(y, m, d)) return { problem: { field: 'dob', text: `${label} must be a real date`, parts: ['day', 'month', 'year'] } };
  const dob = iso({ year: y, month: m, day: d });
  if (dob >= today) return { problem: { field: 'dob', text: `${label} must be in the past`, parts: ['day', 'month', 'year'] } };
  if (y < 1900) return { problem: { field: 'dob', text: `${label} must be after 1900`, parts: ['year'] } };
  return { dob };
}
