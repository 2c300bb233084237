import { londonDay } from './london-time';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date, or the date part of a date-time (then followed by T). */
const DAY = /^(\d{4})-(\d{2})-(\d{2})(T)?/;

/**
 * "2024-03-05" → "5 March 2024" (GOV.UK date style); an ISO date-time is written as the programme's
 * calendar day it falls on (see london-time); anything else as it is.
 */
export function longDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const given = DAY.exec(value);
  const match = given?.[4] && !Number.isNaN(Date.parse(value)) ? DAY.exec(londonDay(value)) : given;
  if (!match) return value;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}
