import { closesIn, londonTime } from './closing';

describe('closesIn', () => {
  const now = new Date('2026-06-10T09:00:00Z'); // 10am in London (summer time)

  it('counts London calendar days, not 24-hour periods', () => {
    expect(closesIn('2026-06-10T23:00:00Z', now)).toBe('closes tomorrow'); // 11pm UTC is 00:00 on the 11th in London
    expect(closesIn('2026-06-10T20:00:00Z', now)).toBe('closes today');
    expect(closesIn('2026-06-13T08:00:00Z', now)).toBe('closes in 3 days');
  });

  it('says when voting has already closed', () => {
    expect(closesIn('2026-06-10T08:59:59Z', now)).toBe('has closed');
  });
});

describe('londonTime', () => {
  it('writes times the GOV.UK way, in London time', () => {
    expect(londonTime('2026-06-10T16:00:00Z')).toBe('5pm');
    expect(londonTime('2026-01-10T09:30:00Z')).toBe('9:30am');
    expect(londonTime('2026-12-05T00:33:00Z')).toBe('12:33am');
    expect(londonTime('2026-12-05T00:00:00Z')).toBe('midnight');
    expect(londonTime('2026-12-05T12:00:00Z')).toBe('midday');
  });
});
