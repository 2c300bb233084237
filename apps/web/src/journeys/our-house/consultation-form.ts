import type { ConsultationAudience, QuestionInput, QuestionKind, TallyVisibility } from '../../api/generated/graphql';
import { londonDay, londonMoment } from '../../views/london-time';
import type { FieldProblem, FormFields } from '../../forms/form-errors';
import { dateOf } from '../our-authority/agreement-form';

/** How many questions the form offers; empty ones are left out. */
export const QUESTION_SLOTS = 3;

export const AUDIENCE_OPTIONS: { value: ConsultationAudience; text: string; hint: string }[] = [
  { value: 'CICC', text: 'Children in Care Council', hint: 'Young people answer for themselves and vote on the proposal' },
  { value: 'LOCAL_AUTHORITIES', text: 'Local authorities', hint: 'One answer from each council’s officers' },
  { value: 'ALDCS', text: 'Directors of children’s services', hint: 'One answer for each council' },
  { value: 'HOUSING_DIRECTORS', text: 'Housing directors', hint: 'One answer for each council' },
  { value: 'PARTNERS', text: 'Partners', hint: 'One answer from each NHS area or partner organisation' },
];

export const TALLY_OPTIONS: { value: TallyVisibility; text: string }[] = [
  { value: 'AFTER_VOTING', text: 'Once they have voted, and to everyone when voting closes' },
  { value: 'AFTER_CLOSE', text: 'Only when voting closes' },
  { value: 'ALWAYS', text: 'All the time, while voting is open too' },
];

export const KIND_OPTIONS: { value: QuestionKind; text: string }[] = [
  { value: 'YES_NO', text: 'Yes or no' },
  { value: 'SINGLE_CHOICE', text: 'Choose one option' },
  { value: 'MULTIPLE_CHOICE', text: 'Choose any options' },
  { value: 'SCALE', text: 'A number on a scale' },
  { value: 'FREE_TEXT', text: 'An answer in words' },
];

export interface EnteredQuestion {
  prompt: string;
  kind: string;
  options: string;
  scaleMin: string;
  scaleMax: string;
  optional: boolean;
  /** The earlier question (its slot number, as text) after whose answer this one is asked; '' for always. */
  askIfQuestion: string;
  askIfAnswer: string;
}

export interface EnteredConsultation {
  audience: string;
  tallyVisibility: string;
  description: string;
  opens: { day: string; month: string; year: string };
  closes: { day: string; month: string; year: string };
  questions: EnteredQuestion[];
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value.trim() : '';
}

export function emptyConsultation(): EnteredConsultation {
  const question: EnteredQuestion = { prompt: '', kind: 'YES_NO', options: '', scaleMin: '', scaleMax: '', optional: false, askIfQuestion: '', askIfAnswer: '' };
  return {
    audience: '',
    tallyVisibility: 'AFTER_VOTING',
    description: '',
    opens: { day: '', month: '', year: '' },
    closes: { day: '', month: '', year: '' },
    questions: Array.from({ length: QUESTION_SLOTS }, () => ({ ...question })),
  };
}

export function enteredConsultation(body: Record<string, unknown>): EnteredConsultation {
  const date = (prefix: string) => ({ day: text(body, `${prefix}-day`), month: text(body, `${prefix}-month`), year: text(body, `${prefix}-year`) });
  return {
    audience: text(body, 'audience'),
    tallyVisibility: text(body, 'tallyVisibility'),
    description: text(body, 'description'),
    opens: date('opens'),
    closes: date('closes'),
    questions: Array.from({ length: QUESTION_SLOTS }, (_, n) => ({
      prompt: text(body, `q${n}-prompt`),
      kind: text(body, `q${n}-kind`),
      options: typeof body[`q${n}-options`] === 'string' ? (body[`q${n}-options`] as string) : '',
      scaleMin: text(body, `q${n}-scaleMin`),
      scaleMax: text(body, `q${n}-scaleMax`),
      optional: text(body, `q${n}-optional`) === 'yes',
      askIfQuestion: text(body, `q${n}-askIfQuestion`),
      askIfAnswer: text(body, `q${n}-askIfAnswer`),
    })),
  };
}

/** The form's fields in page order: the API's input field → the id an error links to. */
/** The parts of a question slot that can carry an error, each an input named `q<n>-<part>`. */
export const QUESTION_PARTS = ['prompt', 'kind', 'options', 'scaleMin', 'scaleMax', 'askIfQuestion', 'askIfAnswer'] as const;

export function consultationFields(): FormFields {
  const fields: FormFields = { audience: 'audience', tallyVisibility: 'tallyVisibility', description: 'description', opensAt: 'opens-day', closesAt: 'closes-day', questions: 'q0-prompt' };
  for (let n = 0; n < QUESTION_SLOTS; n++) {
    for (const part of QUESTION_PARTS) fields[`q${n}.${part}`] = `q${n}-${part}`;
  }
  return fields;
}

export { londonDay };

/** The instant a London calendar day ("2027-03-05") begins. */
export function londonMidnight(day: string): number {
  return londonMoment(day).getTime();
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function whole(value: string): number | null | undefined {
  if (!value) return null;
  return /^-?\d{1,4}$/.test(value) ? Number(value) : undefined;
}

/**
 * What to send to open the consultation, and which question slot each sent question came from.
 * It opens on the morning of its opening day (now, when that is today or left empty) and closes
 * at the end of its closing day, London time. Only what cannot be sent at all is checked here;
 * the API checks the rest and says what is wrong.
 */
export function consultationInput(
  entered: EnteredConsultation,
  proposalId: string,
  today: string,
): {
  input: { proposalId: string; audience: ConsultationAudience; tallyVisibility: TallyVisibility | null; description: string | null; opensAt: string | null; closesAt: string; questions: QuestionInput[] } | null;
  slots: number[];
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  if (!AUDIENCE_OPTIONS.some((o) => o.value === entered.audience)) problems.push({ field: 'audience', text: 'Choose who you are asking' });
  const opens = dateOf(entered.opens.day, entered.opens.month, entered.opens.year);
  if (opens === undefined) problems.push({ field: 'opensAt', text: 'Enter the opening date as a real date, for example 5 3 2027' });
  const closes = dateOf(entered.closes.day, entered.closes.month, entered.closes.year);
  if (closes === null) problems.push({ field: 'closesAt', text: 'Enter the date it closes' });
  if (closes === undefined) problems.push({ field: 'closesAt', text: 'Enter the closing date as a real date, for example 19 3 2027' });
  const questions: QuestionInput[] = [];
  const slots: number[] = [];
  entered.questions.forEach((q, n) => {
    if (!q.prompt) return;
    const kind = KIND_OPTIONS.find((o) => o.value === q.kind)?.value ?? 'YES_NO';
    const question: QuestionInput = { prompt: q.prompt, kind, required: !q.optional };
    if (kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE') question.options = lines(q.options);
    if (kind === 'SCALE') {
      const min = whole(q.scaleMin);
      const max = whole(q.scaleMax);
      if (min === undefined) problems.push({ field: `q${n}.scaleMin`, text: 'Enter the lowest point as a whole number, for example 1' });
      if (max === undefined) problems.push({ field: `q${n}.scaleMax`, text: 'Enter the highest point as a whole number, for example 5' });
      question.scaleMin = min ?? null;
      question.scaleMax = max ?? null;
    }
    if (q.askIfQuestion !== '') {
      // The slot chosen becomes the position of that question among those sent.
      const earlier = slots.indexOf(Number(q.askIfQuestion));
      if (earlier < 0) problems.push({ field: `q${n}.askIfQuestion`, text: `Question ${Number(q.askIfQuestion) + 1} has no question written, so it cannot decide whether to ask this one` });
      else if (!q.askIfAnswer) problems.push({ field: `q${n}.askIfAnswer`, text: 'Enter the answer that makes you ask this question, for example No' });
      else question.askIf = { question: earlier, answer: q.askIfAnswer };
    }
    questions.push(question);
    slots.push(n);
  });
  if (problems.length || !closes || opens === undefined) return { input: null, slots, problems };
  const next = new Date(Date.parse(`${closes}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    input: {
      proposalId,
      audience: entered.audience as ConsultationAudience,
      tallyVisibility: TALLY_OPTIONS.find((o) => o.value === entered.tallyVisibility)?.value ?? null,
      description: entered.description || null,
      opensAt: opens && opens !== today ? new Date(londonMidnight(opens)).toISOString() : null,
      closesAt: new Date(londonMidnight(next) - 60_000).toISOString(),
      questions,
    },
    slots,
    problems,
  };
}

/** The form field an API input error belongs to: `questions.1.prompt` is the prompt of the slot sent second. */
export function consultationFieldOfApi(field: string | null, slots: readonly number[]): string {
  const condition = /^questions\.(\d+)\.askIf\.(question|answer)$/.exec(field ?? '');
  if (condition && slots[Number(condition[1])] !== undefined) return `q${slots[Number(condition[1])]}.${condition[2] === 'question' ? 'askIfQuestion' : 'askIfAnswer'}`;
  const match = /^questions\.(\d+)\.(\w+)/.exec(field ?? '');
  if (match && slots[Number(match[1])] !== undefined) return `q${slots[Number(match[1])]}.${match[2]}`;
  return (field ?? '').split('.')[0];
}
