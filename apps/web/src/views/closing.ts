import { londonDay } from './london-time';

export { londonTime } from './london-time';

/** Days from one London calendar day to another. */
function londonDaysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.parse(`${londonDay(d)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** "closes today", "closes tomorrow", "closes in 3 days", or "has closed", counted in London days. */
export function closesIn(closesAt: string, now: Date = new Date()): string {
  const closes = new Date(closesAt);
  if (Number.isNaN(closes.getTime())) return '';
  if (closes.getTime() <= now.getTime()) return 'has closed';
  const days = londonDaysBetween(now, closes);
  if (days <= 0) return 'closes today';
  if (days === 1) return 'closes tomorrow';
  return `closes in ${days} days`;
}
