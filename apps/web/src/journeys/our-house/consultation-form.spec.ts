import { consultationFieldOfApi, consultationInput, emptyConsultation, londonDay, londonMidnight } from './consultation-form';

describe('the consultation form', () => {
  it('finds when a London day begins, in winter and in summer time', () => {
    expect(new Date(londonMidnight('2027-01-15')).toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(new Date(londonMidnight('2027-07-15')).toISOString()).toBe('2027-07-14T23:00:00.000Z');
    expect(new Date(londonMidnight('2027-03-28')).toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(londonDay('2027-07-14T23:30:00Z')).toBe('2027-07-15');
  });

  it('opens now when the opening day is today or empty, and closes at the end of the closing day, London time', () => {
    const entered = { ...emptyConsultation(), audience: 'CICC', closes: { day: '15', month: '7', year: '2027' } };
    const { input, problems } = consultationInput(entered, 'p1', '2027-07-01');
    expect(problems).toEqual([]);
    expect(input).toMatchObject({ proposalId: 'p1', audience: 'CICC', tallyVisibility: 'AFTER_VOTING', opensAt: null, closesAt: '2027-07-15T22:59:00.000Z', questions: [] });
    const later = consultationInput({ ...entered, opens: { day: '3', month: '7', year: '2027' } }, 'p1', '2027-07-01');
    expect(later.input?.opensAt).toBe('2027-07-02T23:00:00.000Z');
    const today = consultationInput({ ...entered, opens: { day: '1', month: '7', year: '2027' } }, 'p1', '2027-07-01');
    expect(today.input?.opensAt).toBeNull();
  });

  it('sends only the questions written, with their options and scales, and names the slot an API error is about', () => {
    const entered = emptyConsultation();
    entered.audience = 'LOCAL_AUTHORITIES';
    entered.closes = { day: '1', month: '2', year: '2027' };
    entered.questions[1] = { prompt: 'Which?', kind: 'SINGLE_CHOICE', options: 'A\n\n B \n', scaleMin: '', scaleMax: '', optional: true, askIfQuestion: '', askIfAnswer: '' };
    entered.questions[2] = { prompt: 'How much?', kind: 'SCALE', options: '', scaleMin: '1', scaleMax: '5', optional: false, askIfQuestion: '1', askIfAnswer: 'B' };
    const { input, slots } = consultationInput(entered, 'p1', '2027-01-01');
    expect(input?.questions).toEqual([
      { prompt: 'Which?', kind: 'SINGLE_CHOICE', required: false, options: ['A', 'B'] },
      { prompt: 'How much?', kind: 'SCALE', required: true, scaleMin: 1, scaleMax: 5, askIf: { question: 0, answer: 'B' } },
    ]);
    expect(slots).toEqual([1, 2]);
    expect(consultationFieldOfApi('questions.1.scaleMax', slots)).toBe('q2.scaleMax');
    expect(consultationFieldOfApi('questions.1.askIf.answer', slots)).toBe('q2.askIfAnswer');
    expect(consultationFieldOfApi('closesAt', slots)).toBe('closesAt');
  });

  it('says what cannot be sent: no audience, no closing date, a date that does not exist, a scale point that is not a number', () => {
    const entered = emptyConsultation();
    entered.opens = { day: '31', month: '2', year: '2027' };
    entered.questions[0] = { prompt: 'How much?', kind: 'SCALE', options: '', scaleMin: 'one', scaleMax: '5', optional: false, askIfQuestion: '', askIfAnswer: '' };
    entered.questions[2] = { prompt: 'Why?', kind: 'FREE_TEXT', options: '', scaleMin: '', scaleMax: '', optional: false, askIfQuestion: '1', askIfAnswer: 'No' };
    const { input, problems } = consultationInput(entered, 'p1', '2027-01-01');
    expect(input).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(['audience', 'opensAt', 'closesAt', 'q0.scaleMin', 'q2.askIfQuestion']);
  });
});
