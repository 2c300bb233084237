import { QuestionKind } from './consultation-question.entity';
import {
  answerValue,
  ConsultationState,
  consultationState,
  NormalisedQuestion,
  normaliseQuestion,
  TallyHiddenReason,
  tallyAccess,
} from './consultation-rules';
import { TallyVisibility } from './consultation.entity';
import { ConsultationInputError } from './consultations.errors';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ConsultationInputError) return error.field;
    throw error;
  }
  throw new Error('expected a ConsultationInputError');
}

const q = (kind: QuestionKind, extra: Partial<NormalisedQuestion> = {}): NormalisedQuestion => ({
  kind,
  prompt: 'Do you agree?',
  options: [],
  scaleMin: null,
  scaleMax: null,
  required: true,
  askIfPosition: null,
  askIfAnswer: null,
  ...extra,
});

describe('question definitions', () => {
  it('accepts each kind with its own settings and tidies prompts and options', () => {
    expect(normaliseQuestion({ kind: QuestionKind.YES_NO, prompt: '  Agree?  ' }, 'questions.0')).toEqual(q(QuestionKind.YES_NO, { prompt: 'Agree?' }));
    expect(normaliseQuestion({ kind: QuestionKind.SINGLE_CHOICE, prompt: 'Which?', options: [' A ', 'B'] }, 'questions.0').options).toEqual(['A', 'B']);
    expect(normaliseQuestion({ kind: QuestionKind.SCALE, prompt: 'How much?', scaleMin: 1, scaleMax: 5 }, 'questions.0')).toMatchObject({ scaleMin: 1, scaleMax: 5 });
    expect(normaliseQuestion({ kind: QuestionKind.FREE_TEXT, prompt: 'Why?', required: false }, 'questions.0').required).toBe(false);
  });

  it.each([
    ['an empty prompt', { kind: QuestionKind.YES_NO, prompt: '   ' }, 'questions.3.prompt'],
    ['a 501-character prompt', { kind: QuestionKind.YES_NO, prompt: 'x'.repeat(501) }, 'questions.3.prompt'],
    ['one option', { kind: QuestionKind.SINGLE_CHOICE, prompt: 'p', options: ['A'] }, 'questions.3.options'],
    ['21 options', { kind: QuestionKind.MULTIPLE_CHOICE, prompt: 'p', options: Array.from({ length: 21 }, (_, i) => `o${i}`) }, 'questions.3.options'],
    ['an empty option', { kind: QuestionKind.SINGLE_CHOICE, prompt: 'p', options: ['A', ' '] }, 'questions.3.options.1'],
    ['options repeated in another case', { kind: QuestionKind.SINGLE_CHOICE, prompt: 'p', options: ['Yes', 'yes'] }, 'questions.3.options.1'],
    ['options on a yes/no question', { kind: QuestionKind.YES_NO, prompt: 'p', options: ['A', 'B'] }, 'questions.3.options'],
    ['a scale without bounds', { kind: QuestionKind.SCALE, prompt: 'p' }, 'questions.3.scaleMin'],
    ['a scale with min = max', { kind: QuestionKind.SCALE, prompt: 'p', scaleMin: 3, scaleMax: 3 }, 'questions.3.scaleMax'],
    ['a scale of 11 steps', { kind: QuestionKind.SCALE, prompt: 'p', scaleMin: 0, scaleMax: 11 }, 'questions.3.scaleMax'],
    ['a fractional scale', { kind: QuestionKind.SCALE, prompt: 'p', scaleMin: 0.5, scaleMax: 5 }, 'questions.3.scaleMin'],
    ['scale bounds on a free-text question', { kind: QuestionKind.FREE_TEXT, prompt: 'p', scaleMin: 1, scaleMax: 5 }, 'questions.3.scaleMin'],
  ])('refuses %s, naming the field', (_, definition, field) => {
    expect(fieldOf(() => normaliseQuestion(definition, 'questions.3'))).toBe(field);
  });

  it('allows a scale of exactly ten steps', () => {
    expect(normaliseQuestion({ kind: QuestionKind.SCALE, prompt: 'p', scaleMin: 0, scaleMax: 10 }, 'q').scaleMax).toBe(10);
  });
});

describe('answers by question kind', () => {
  const choice = q(QuestionKind.SINGLE_CHOICE, { options: ['Bus', 'Tram', 'Tube'] });
  const multi = q(QuestionKind.MULTIPLE_CHOICE, { options: ['Bus', 'Tram', 'Tube'] });
  const scale = q(QuestionKind.SCALE, { scaleMin: 1, scaleMax: 5 });

  it('stores each kind in its own shape', () => {
    expect(answerValue(q(QuestionKind.YES_NO), { yesNo: false }, 'answers.0')).toBe(false);
    expect(answerValue(choice, { choice: ' Tram ' }, 'answers.0')).toBe('Tram');
    expect(answerValue(multi, { choices: ['Tube', 'Bus'] }, 'answers.0')).toEqual(['Bus', 'Tube']);
    expect(answerValue(scale, { scale: 5 }, 'answers.0')).toBe(5);
    expect(answerValue(q(QuestionKind.FREE_TEXT), { text: ' It helps. ' }, 'answers.0')).toBe('It helps.');
  });

  it.each([
    ['text for a yes/no question', q(QuestionKind.YES_NO), { text: 'yes' }, 'answers.2.text'],
    ['nothing for a yes/no question', q(QuestionKind.YES_NO), {}, 'answers.2.yesNo'],
    ['an unknown option', choice, { choice: 'Boat' }, 'answers.2.choice'],
    ['several values for a single choice', choice, { choices: ['Bus'] }, 'answers.2.choices'],
    ['no options for a multiple choice', multi, { choices: [] }, 'answers.2.choices'],
    ['an option twice', multi, { choices: ['Bus', 'Bus'] }, 'answers.2.choices'],
    ['an unknown option among several', multi, { choices: ['Bus', 'Boat'] }, 'answers.2.choices'],
    ['a point below the scale', scale, { scale: 0 }, 'answers.2.scale'],
    ['a point above the scale', scale, { scale: 6 }, 'answers.2.scale'],
    ['a fractional point', scale, { scale: 2.5 }, 'answers.2.scale'],
    ['blank text', q(QuestionKind.FREE_TEXT), { text: '  ' }, 'answers.2.text'],
    ['over-long text', q(QuestionKind.FREE_TEXT), { text: 'x'.repeat(5001) }, 'answers.2.text'],
    ['a yes/no value for a free-text question', q(QuestionKind.FREE_TEXT), { yesNo: true }, 'answers.2.yesNo'],
  ])('refuses %s, naming the field', (_, question, answer, field) => {
    expect(fieldOf(() => answerValue(question, answer, 'answers.2'))).toBe(field);
  });
});

describe('tally visibility', () => {
  const V = TallyVisibility;
  // [rule, closed, hasVoted] → visible, or the reason it is hidden
  it.each([
    [V.ALWAYS, false, false, true],
    [V.ALWAYS, true, false, true],
    [V.AFTER_VOTING, false, false, TallyHiddenReason.VOTE_TO_SEE],
    [V.AFTER_VOTING, false, true, true],
    [V.AFTER_VOTING, true, false, true],
    [V.AFTER_CLOSE, false, false, TallyHiddenReason.UNTIL_CLOSE],
    [V.AFTER_CLOSE, false, true, TallyHiddenReason.UNTIL_CLOSE],
    [V.AFTER_CLOSE, true, false, true],
  ] as const)('%s, closed=%s, voted=%s → %s', (rule, closed, hasVoted, expected) => {
    const access = tallyAccess(rule, { takesVotes: true, closed, hasVoted, voters: 5, minVoters: 5 });
    expect(access.visible ? true : access.reason).toBe(expected);
  });

  it('has no tally for a consultation that takes no votes, whatever the rule', () => {
    for (const rule of Object.values(V)) {
      const access = tallyAccess(rule, { takesVotes: false, closed: true, hasVoted: false, voters: 9, minVoters: 5 });
      expect(access.visible ? true : access.reason).toBe(TallyHiddenReason.NO_VOTE);
    }
  });

  it('hides the tally from everyone while fewer than the minimum have voted, open or closed, whatever the rule', () => {
    for (const rule of Object.values(V)) {
      for (const closed of [false, true]) {
        const access = tallyAccess(rule, { takesVotes: true, closed, hasVoted: true, voters: 4, minVoters: 5 });
        expect(access.visible ? true : access.reason).toBe(closed || rule !== V.AFTER_CLOSE ? TallyHiddenReason.TOO_FEW_VOTERS : TallyHiddenReason.UNTIL_CLOSE);
      }
    }
    expect(tallyAccess(V.ALWAYS, { takesVotes: true, closed: false, hasVoted: false, voters: 2, minVoters: 5 })).toEqual({
      visible: false,
      reason: TallyHiddenReason.TOO_FEW_VOTERS,
      message: "Results are shown once at least 5 people have voted, so nobody's vote can be worked out.",
    });
    expect(tallyAccess(V.ALWAYS, { takesVotes: true, closed: false, hasVoted: false, voters: 1, minVoters: 1 }).visible).toBe(true);
  });
});

describe('consultation state', () => {
  const now = new Date('2026-03-05T12:00:00Z');
  const at = (iso: string) => new Date(iso);
  it('is scheduled before opening, open in the window, closed at closesAt or when closed early', () => {
    expect(consultationState({ opensAt: at('2026-03-06T00:00:00Z'), closesAt: at('2026-03-10T00:00:00Z'), closedAt: null }, now)).toBe(ConsultationState.SCHEDULED);
    expect(consultationState({ opensAt: at('2026-03-05T12:00:00Z'), closesAt: at('2026-03-10T00:00:00Z'), closedAt: null }, now)).toBe(ConsultationState.OPEN);
    expect(consultationState({ opensAt: at('2026-03-01T00:00:00Z'), closesAt: at('2026-03-05T12:00:00Z'), closedAt: null }, now)).toBe(ConsultationState.CLOSED);
    expect(consultationState({ opensAt: at('2026-03-01T00:00:00Z'), closesAt: at('2026-03-10T00:00:00Z'), closedAt: at('2026-03-04T00:00:00Z') }, now)).toBe(ConsultationState.CLOSED);
  });
});
