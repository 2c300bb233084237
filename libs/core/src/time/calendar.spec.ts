import { DEFAULT_TIME_ZONE, dateInWords, isDateOnly, isTimeZone, ProgrammeCalendar } from './calendar';

const london = new ProgrammeCalendar(DEFAULT_TIME_ZONE);

describe('ProgrammeCalendar', () => {
  it('counts across midnight in its own time zone, not in UTC', () => {
    // 23:30 BST on Thursday is 22:30 UTC; 00:30 BST on Friday (23:30 UTC on Thursday) is the next day in London.
    expect(london.daysBetween(new Date('2026-07-09T22:30:00Z'), new Date('2026-07-09T23:30:00Z'))).toBe(1);
    // 00:30 BST on Friday (still Thursday in UTC) to 17:00 on Friday: the same day.
    expect(london.daysBetween(new Date('2026-07-09T23:30:00Z'), new Date('2026-07-10T16:00:00Z'))).toBe(0);
    expect(new ProgrammeCalendar('UTC').daysBetween(new Date('2026-07-09T22:30:00Z'), new Date('2026-07-09T23:30:00Z'))).toBe(0);
  });

  it('counts across a change of the clocks', () => {
    // Clocks go forward at 01:00 GMT on Sunday 29 March 2026: Saturday 23:30 GMT to Monday 00:30 BST is two days, 24 hours apart.
    expect(london.daysBetween(new Date('2026-03-28T23:30:00Z'), new Date('2026-03-29T23:30:00Z'))).toBe(2);
    // Clocks go back at 02:00 BST on Sunday 25 October 2026: Saturday 00:30 BST to Monday 00:10 GMT is two days, 48 h 40 min apart.
    expect(london.daysBetween(new Date('2026-10-23T23:30:00Z'), new Date('2026-10-26T00:10:00Z'))).toBe(2);
  });

  it('reads days, months and times in its zone, summer time included', () => {
    expect(london.dateOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(new ProgrammeCalendar('UTC').dateOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-06-30');
    expect(london.yearMonthOf(new Date('2025-06-30T23:30:00Z'))).toEqual({ year: 2025, month: 7 });
    expect(london.yearMonthOf(new Date('2025-01-31T23:30:00Z'))).toEqual({ year: 2025, month: 1 });
    expect(london.momentInWords(new Date('2026-07-10T16:00:00Z'))).toContain('17:00');
    expect(london.momentInWords(new Date('2026-01-10T16:00:00Z'))).toContain('16:00');
    expect(london.timeInWords(new Date('2026-07-10T16:00:00Z'))).toBe('17:00');
    expect(london.dayInWords(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
    expect(london.dayAndTimeInWords(new Date('2026-12-03T16:40:00Z'))).toBe('3 December 2026 at 16:40');
    expect(london.placeName).toBe('London');
    expect(london.dayAndTimeInWordsWithZone(new Date('2026-03-14T10:00:00Z'))).toBe('14 March 2026 at 10:00 (London time)');
    expect(new ProgrammeCalendar('America/New_York').dayAndTimeInWordsWithZone(new Date('2026-03-14T10:00:00Z'))).toBe('14 March 2026 at 06:00 (New York time)');
    expect(new ProgrammeCalendar('America/New_York').placeName).toBe('New York');
  });

  it('writes a calendar date in words with its weekday', () => {
    expect(dateInWords('2026-11-26')).toBe('Thursday, 26 November 2026');
  });
});

describe('isDateOnly', () => {
  it.each(['2026-03-02', '2024-02-29', '1900-01-01'])('takes %s', (value) => {
    expect(isDateOnly(value)).toBe(true);
  });

  it.each(['2023-02-29', '2026-02-30', '2026-13-01', '2026-3-2', '2026-03-02T10:00:00Z', ' 2026-03-02', '', 20260302, null])('refuses %j', (value) => {
    expect(isDateOnly(value)).toBe(false);
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone(DEFAULT_TIME_ZONE)).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Londres')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
