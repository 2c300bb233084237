import { Temporal } from '@js-temporal/polyfill';

/** The programme's time zone unless TIME_ZONE says otherwise: its days, weeks and deadlines are London's. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** A date without a time, as the API reads and writes it: YYYY-MM-DD. */
export const DATE_ONLY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What a date-only value must be, said the same way wherever one is refused. */
export const DATE_ONLY_EXPECTED = 'a real date written YYYY-MM-DD, like 2026-03-02';

/** Whether `value` is a real calendar date written YYYY-MM-DD: "2026-02-30" and "2026-3-2" are not. */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_ONLY_PATTERN.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Whether `value` names a time zone this machine knows, such as DEFAULT_TIME_ZONE. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    Temporal.Now.instant().toZonedDateTimeISO(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Days and times as the programme reads them, in one time zone: which calendar day an instant
 * falls on, how many calendar days lie between two instants (across clock changes too), and
 * dates and times in words. Zone arithmetic goes through Temporal.
 */
export class ProgrammeCalendar {
  constructor(readonly timeZone: string = DEFAULT_TIME_ZONE) {}

  /** The zone as people name it: "London" for the default zone, "New York" for America/New_York, "UTC" for UTC. */
  get placeName(): string {
    return this.timeZone.split('/').pop()!.replace(/_/g, ' ');
  }

  private zoned(at: Date): Temporal.ZonedDateTime {
    return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(this.timeZone);
  }

  /** The calendar day of an instant here (YYYY-MM-DD). */
  dateOf(at: Date): string {
    return this.zoned(at).toPlainDate().toString();
  }

  /** The year and month of an instant here (a month starts at midnight here). */
  yearMonthOf(at: Date): { year: number; month: number } {
    const { year, month } = this.zoned(at);
    return { year, month };
  }

  /** Whole calendar days from one instant to another: Thursday 09:00 to Saturday 17:00 is 2. */
  daysBetween(from: Date, to: Date): number {
    return this.zoned(from).toPlainDate().until(this.zoned(to).toPlainDate(), { largestUnit: 'days' }).days;
  }

  /** The day of an instant in words: "26 November 2026". */
  dayInWords(at: Date): string {
    return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: this.timeZone });
  }

  /** The clock time of an instant: "17:00". */
  timeInWords(at: Date): string {
    return at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: this.timeZone });
  }

  /** An instant's day and time in words: "3 December 2026 at 16:40". */
  dayAndTimeInWords(at: Date): string {
    return `${this.dayInWords(at)} at ${this.timeInWords(at)}`;
  }

  /** An instant's day and time in words, naming the zone: "14 March 2026 at 10:00 (London time)". */
  dayAndTimeInWordsWithZone(at: Date): string {
    return `${this.dayAndTimeInWords(at)} (${this.placeName} time)`;
  }

  /** An instant in words with its weekday and time: "Thursday, 26 November 2026 at 17:00". */
  momentInWords(at: Date): string {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: this.timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
  }
}

/** A calendar date (YYYY-MM-DD) with its weekday, as people read it: "Thursday, 26 November 2026". */
export function dateInWords(date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}
