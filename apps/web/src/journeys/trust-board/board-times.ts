import { longDate } from '../../views/dates';
import { londonTime } from '../../views/closing';

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The London calendar day of a moment, as YYYY-MM-DD. */
export function londonDay(at: Date | string): string {
  return LONDON_DAY.format(typeof at === 'string' ? new Date(at) : at);
}

/** "5 March 2027 at 2:30pm", London time. */
export function meetingWhen(startsAt: string): string {
  return `${longDate(londonDay(startsAt))} at ${londonTime(startsAt)}`;
}

/** How far London's clock is ahead of UTC at a moment, in minutes. */
function londonOffsetMinutes(at: Date): number {
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = LONDON_CLOCK.formatToParts(at);
  const local = Date.UTC(part(parts, 'year'), part(parts, 'month') - 1, part(parts, 'day'), part(parts, 'hour'), part(parts, 'minute'));
  return Math.round((local - at.getTime()) / 60_000);
}

/** The moment a London day (YYYY-MM-DD) and clock time (hours, minutes) stand for. */
export function londonMoment(day: string, hours: number, minutes: number): Date {
  const [year, month, date] = day.split('-').map(Number);
  const asUtc = Date.UTC(year, month - 1, date, hours, minutes);
  return new Date(asUtc - londonOffsetMinutes(new Date(asUtc)) * 60_000);
}

/** "14:30" or "2:30pm" → hours and minutes on the 24-hour clock; null when it is no time of day. */
export function clockTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (match[2] === undefined) {
    return null;
  }
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}
