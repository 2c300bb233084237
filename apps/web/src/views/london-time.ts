import { Temporal } from '@js-temporal/polyfill';
import { DEFAULT_TIME_ZONE } from '../config/web-config';

/** Formats for one time zone: its calendar days and GOV.UK-style clock times. */
class ProgrammeZone {
  readonly day: Intl.DateTimeFormat;
  // hourCycle h12, not hour12: en-GB's 12-hour clock otherwise starts the day at "0:33 am".
  readonly time: Intl.DateTimeFormat;

  constructor(readonly name: string) {
    this.day = new Intl.DateTimeFormat('en-CA', { timeZone: name, year: 'numeric', month: '2-digit', day: '2-digit' });
    this.time = new Intl.DateTimeFormat('en-GB', { timeZone: name, hour: 'numeric', minute: '2-digit', hourCycle: 'h12' });
  }
}

let zone = new ProgrammeZone(DEFAULT_TIME_ZONE);

/**
 * Reads the programme's days and clock times in `timeZone` from now on: the web app sets its
 * configured zone (WebConfig.timeZone, from TIME_ZONE, as the API reads it) once as it starts.
 */
export function setProgrammeTimeZone(timeZone: string): void {
  if (timeZone !== zone.name) zone = new ProgrammeZone(timeZone);
}

/** The zone the helpers below read days and times in. */
export function programmeTimeZone(): string {
  return zone.name;
}

/** The programme's calendar day ("2027-03-05") a moment falls on. */
export function londonDay(at: Date | string | number): string {
  return zone.day.format(at instanceof Date ? at : new Date(at));
}

/** "5pm", "9:30am", "12:33am" or "midday", programme time (GOV.UK time style); empty for no real time. */
export function londonTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const time = zone.time.format(date).replace(':00', '').replace(/\s/g, '').toLowerCase();
  return time === '12am' ? 'midnight' : time === '12pm' ? 'midday' : time;
}

/**
 * The moment a programme calendar day ("2027-03-05") and clock time stand for, summer time and
 * the hour the clocks change included (a time the clocks skip is read as the hour after).
 */
export function londonMoment(day: string, hours = 0, minutes = 0): Date {
  const zoned = Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: zone.name, plainTime: new Temporal.PlainTime(hours, minutes) });
  return new Date(zoned.epochMilliseconds);
}
