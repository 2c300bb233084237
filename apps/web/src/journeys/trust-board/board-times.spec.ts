import { clockTime, londonDay, londonMoment, meetingWhen } from './board-times';

describe('Trust Board times', () => {
  it('reads a London clock time in summer and winter', () => {
    expect(londonMoment('2027-07-01', 14, 30).toISOString()).toBe('2027-07-01T13:30:00.000Z');
    expect(londonMoment('2027-01-15', 9, 0).toISOString()).toBe('2027-01-15T09:00:00.000Z');
  });

  it('says when a meeting is in London time', () => {
    expect(meetingWhen('2027-07-01T13:30:00Z')).toBe('1 July 2027 at 2:30pm');
    expect(londonDay('2027-06-30T23:30:00Z')).toBe('2027-07-01');
  });

  it('understands the 24-hour and 12-hour clocks and refuses anything else', () => {
    expect(clockTime('14:30')).toEqual({ hours: 14, minutes: 30 });
    expect(clockTime('2:30pm')).toEqual({ hours: 14, minutes: 30 });
    expect(clockTime('12am')).toEqual({ hours: 0, minutes: 0 });
    expect(clockTime('9.15')).toEqual({ hours: 9, minutes: 15 });
    expect(clockTime('25:00')).toBeNull();
    expect(clockTime('14')).toBeNull();
    expect(clockTime('soon')).toBeNull();
  });
});
