import { answersOf, enteredFromKept, enteredOf, questionOfApiField, questionView, type Question } from './answer-form';

const q = (id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  id,
  position: 0,
  kind,
  prompt: `Question ${id}`,
  options: [],
  required: true,
  scaleMin: null,
  scaleMax: null,
  askIf: null,
  ...extra,
});

const QUESTIONS = [q('a', 'YES_NO'), q('b', 'SINGLE_CHOICE', { options: ['X', 'Y'] }), q('c', 'MULTIPLE_CHOICE', { options: ['X', 'Y'], required: false }), q('d', 'SCALE', { scaleMin: 1, scaleMax: 5 }), q('e', 'FREE_TEXT', { required: false })];

describe('answering form', () => {
  it('sends one answer per question given a value, in the questions’ order, leaving empty ones out', () => {
    const entered = enteredOf({ 'q-a': 'no', 'q-c': ['X', 'Y'], 'q-d': '4', 'q-e': '  Soon.  ' }, QUESTIONS);
    expect(answersOf(QUESTIONS, entered)).toEqual([
      { questionId: 'a', yesNo: false },
      { questionId: 'c', choices: ['X', 'Y'] },
      { questionId: 'd', scale: 4 },
      { questionId: 'e', text: 'Soon.' },
    ]);
    expect(answersOf(QUESTIONS, enteredOf({ 'q-d': 'four', 'q-e': '   ' }, QUESTIONS))).toEqual([]);
  });

  it('fills the form from the answers kept', () => {
    const kept = enteredFromKept([
      { questionId: 'a', yesNo: true, choice: null, choices: null, scale: null, text: null },
      { questionId: 'c', yesNo: null, choice: null, choices: ['Y'], scale: null, text: null },
      { questionId: 'd', yesNo: null, choice: null, choices: null, scale: 2, text: null },
    ]);
    expect(answersOf(QUESTIONS, kept)).toEqual([
      { questionId: 'a', yesNo: true },
      { questionId: 'c', choices: ['Y'] },
      { questionId: 'd', scale: 2 },
    ]);
  });

  it('puts an API error against the question it names, or the first required question left empty', () => {
    const sent = [{ questionId: 'a', yesNo: true }, { questionId: 'd', scale: 9 }];
    expect(questionOfApiField('answers.1.scale', sent, QUESTIONS)).toBe('d');
    expect(questionOfApiField('answers', sent, QUESTIONS)).toBe('b');
    expect(questionOfApiField('consultationId', sent, QUESTIONS)).toBeNull();
  });
});

describe('a question asked only after a given answer', () => {
  it('says when to answer it, beside whether it is optional', () => {
    const first = q('a', 'YES_NO', { prompt: 'Do you exempt care leavers?' });
    const follow = q('b', 'FREE_TEXT', { position: 1, required: false, askIf: { question: 0, answer: 'No' } });
    expect(questionView(follow, new Map(), undefined, [first, follow]).hint).toBe('Answer this only if you answered “No” to “Do you exempt care leavers?”. Optional');
    expect(questionView(first, new Map(), undefined, [first, follow]).hint).toBeNull();
  });
});
