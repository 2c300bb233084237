import { longDate } from '../../views/dates';
import { londonDay, londonTime } from '../../views/london-time';

export { londonDay, londonMoment } from '../../views/london-time';

/** "5 March 2027 at 2:30pm", London time. */
export function meetingWhen(startsAt: string): string {
  return `${longDate(londonDay(startsAt))} at ${londonTime(startsAt)}`;
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
