import { DEFAULT_TIME_ZONE } from '../config/web-config';
import { closesIn } from './closing';
import { longDate } from './dates';
import { londonDay, londonMoment, londonTime, programmeTimeZone, setProgrammeTimeZone } from './london-time';

describe('the programme time zone the view helpers read', () => {
  afterEach(() => setProgrammeTimeZone(DEFAULT_TIME_ZONE));

  it('is London unless the web app is configured with another', () => {
    expect(programmeTimeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(londonDay('2027-07-01T02:00:00Z')).toBe('2027-07-01');
    expect(londonTime('2027-07-01T02:00:00Z')).toBe('3am');
    expect(londonMoment('2027-07-01', 9, 0).toISOString()).toBe('2027-07-01T08:00:00.000Z');
    expect(longDate('2027-06-30T23:30:00Z')).toBe('1 July 2027');
  });

  it('reads days, clock times and moments in the configured zone instead', () => {
    setProgrammeTimeZone('America/New_York');
    expect(londonDay('2027-07-01T02:00:00Z')).toBe('2027-06-30');
    expect(londonTime('2027-07-01T02:00:00Z')).toBe('10pm');
    expect(londonMoment('2027-07-01', 9, 0).toISOString()).toBe('2027-07-01T13:00:00.000Z');
    expect(longDate('2027-06-30T23:30:00Z')).toBe('30 June 2027');
    expect(closesIn('2027-07-01T03:30:00Z', new Date('2027-06-30T14:00:00Z'))).toBe('closes today');
  });

  it('leaves a date without a time as the day it names, whatever the zone', () => {
    setProgrammeTimeZone('Pacific/Kiritimati');
    expect(longDate('2027-03-05')).toBe('5 March 2027');
  });
});
