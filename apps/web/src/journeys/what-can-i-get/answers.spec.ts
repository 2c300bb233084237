import { ageOn, answerPairs, checkDateOfBirth, OUTSIDE_LONDON, todayIn, readAnswers, withAnswers } from './answers';
import { loadWebConfig } from '../../config/web-config';

const LONDON = loadWebConfig({}).timeZone;

describe('What can I get? answers', () => {
  it('works out the age in whole years: the day before the 26th birthday is still 25', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-12-31', '2026-01-01')).toBe(25);
  });

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('reads today in London, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    expect(todayIn(LONDON, new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIn(LONDON, new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(todayIn('UTC', new Date('2026-06-30T23:30:00Z'))).toBe('2026-06-30');
  });

  it('checks a date of birth with the GOV.UK messages', () => {
    const today = '2026-12-03';
    expect(checkDateOfBirth({ day: '', month: '', year: '' }, today)).toEqual({ problem: { field: 'dob', text: 'Enter your date of birth', parts: ['day', 'month', 'year'] } });
    expect(checkDateOfBirth({ day: '5', month: '', year: '2001' }, today)).toMatchObject({ problem: { text: 'Date of birth must include a month', parts: ['month'] } });
    expect(checkDateOfBirth({ day: '', month: '', year: '2001' }, today)).toMatchObject({ problem: { text: 'Date of birth must include a day and month' } });
    expect(checkDateOfBirth({ day: '31', month: '2', year: '2001' }, today)).toMatchObject({ problem: { text: 'Date of birth must be a real date' } });
    expect(checkDateOfBirth({ day: '1', month: '1', year: '01' }, today)).toMatchObject({ problem: { text: 'Year must include 4 numbers', parts: ['year'] } });
    expect(checkDateOfBirth({ day: '3', month: '12', year: '2026' }, today)).toMatchObject({ problem: { text: 'Date of birth must be in the past' } });
    expect(checkDateOfBirth({ day: '1', month: '1', year: '1890' }, today)).toMatchObject({ problem: { text: 'Date of birth must be after 1900' } });
    expect(checkDateOfBirth({ day: '5', month: 'March', year: '2001' }, today)).toEqual({ dob: '2001-03-05' });
    expect(checkDateOfBirth({ day: ' 09 ', month: '11', year: '2003' }, today)).toEqual({ dob: '2003-11-09' });
  });

  it('keeps only well-formed answers from the query string, in a fixed order', () => {
    const answers = readAnswers({ council: 'lam', living: OUTSIDE_LONDON, dob: '2001-02-30', uasc: 'maybe', extra: 'x' });
    expect(answers).toEqual({ council: 'lam', living: OUTSIDE_LONDON });
    expect(readAnswers({ council: '<script>', dob: '2001-02-28', uasc: 'yes' })).toEqual({ dob: '2001-02-28', uasc: 'yes' });
    expect(answerPairs({ uasc: 'no', council: 'crd', dob: '2002-01-01' }, ['dob'])).toEqual([
      ['council', 'crd'],
      ['uasc', 'no'],
    ]);
    expect(withAnswers('/what-can-i-get/check', { council: 'crd', living: 'lam' })).toBe('/what-can-i-get/check?council=crd&living=lam');
  });
});
