import { Temporal } from '@js-temporal/polyfill';

/** The programme's time zone: its days and clock times are London's, whatever the server's zone. */
export const PROGRAMME_TIME_ZONE = 'Europe/London';

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAMME_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
// hourCycle h12, not hour12: en-GB's 12-hour clock otherwise starts the day at "0:33 am".
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: PROGRAMME_TIME_ZONE, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' });

/** The London calendar day ("2027-03-05") a moment falls on. */
export function londonDay(at: Date | string | number): string {
  return LONDON_DAY.format(at instanceof Date ? at : new Date(at));
}

/** "5pm", "9:30am", "12:33am" or "midday", London time (GOV.UK time style); empty for no real time. */
export function londonTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const time = LONDON_TIME.format(date).replace(':00', '').replace(/\s/g, '').toLowerCase();
  return time === '12am' ? 'midnight' : time === '12pm' ? 'midday' : time;
}

/**
 * The moment a London calendar day ("2027-03-05") and clock time stand for, summer time and the
 * hour the clocks change included (a time the clocks skip is read as the hour after).
 */
export function londonMoment(day: string, hours = 0, minutes = 0): Date {
  const zoned = Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: PROGRAMME_TIME_ZONE, plainTime: new Temporal.PlainTime(hours, minutes) });
  return new Date(zoned.epochMilliseconds);
}
