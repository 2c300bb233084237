const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true });

/** Days from one London calendar day to another. */
function londonDaysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.parse(`${LONDON_DAY.format(d)}T00:00:00Z`);
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

/** "5pm" or "9:30am", London time (GOV.UK time style). */
export function londonTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return LONDON_TIME.format(date).replace(':00', '').replace(/\s/g, '').toLowerCase();
}
