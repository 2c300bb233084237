import { AnswerValue } from './consultation-answer.entity';
import { QuestionKind } from './consultation-question.entity';
import { TallyVisibility } from './consultation.entity';
import { ConsultationErrorCode, ConsultationInputError } from './consultations.errors';

/** Pure rules of consultations: state, question shapes, answer shapes, tally visibility. */

export enum ConsultationState {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export const PROMPT_MAX = 500;
export const OPTION_MAX = 200;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;
export const MAX_SCALE_STEPS = 10;
export const FREE_TEXT_MAX = 5000;

export function consultationState(c: { opensAt: Date; closesAt: Date; closedAt: Date | null }, now: Date = new Date()): ConsultationState {
  if (c.closedAt || c.closesAt.getTime() <= now.getTime()) return ConsultationState.CLOSED;
  if (c.opensAt.getTime() > now.getTime()) return ConsultationState.SCHEDULED;
  return ConsultationState.OPEN;
}

/**
 * consultationState as a SQL expression over a consultation row aliased `alias`, at the timestamptz
 * `now` (a placeholder or expression): 'CLOSED', 'SCHEDULED' or 'OPEN', decided in the same order.
 * Reports and reminders count with it, so the database and the services never disagree on "open".
 */
export function consultationStateSql(alias: string, now: string): string {
  return `(CASE WHEN ${alias}.closed_at IS NOT NULL OR ${alias}.closes_at <= ${now} THEN '${ConsultationState.CLOSED}'
                WHEN ${alias}.opens_at > ${now} THEN '${ConsultationState.SCHEDULED}'
                ELSE '${ConsultationState.OPEN}' END)`;
}

/**
 * The SQL condition "consultation `alias` is open at `now`": the same rule as consultationState's
 * OPEN, written so an index on the dates can serve it.
 */
export function consultationOpenSql(alias: string, now: string): string {
  return `(${alias}.closed_at IS NULL AND ${alias}.opens_at <= ${now} AND ${alias}.closes_at > ${now})`;
}

/** When a consultation stopped (or will stop) taking responses. */
export function effectiveClose(c: { closesAt: Date; closedAt: Date | null }): Date {
  return c.closedAt && c.closedAt.getTime() < c.closesAt.getTime() ? c.closedAt : c.closesAt;
}

/** A question asked only when an earlier one got a given answer. */
export interface QuestionCondition {
  /** The earlier question, by its place in the list (0 for the first). */
  question: number;
  /** "Yes" or "No" for a yes/no question; one of the options of a single-choice question. */
  answer: string;
}

export interface QuestionDefinition {
  kind: QuestionKind;
  prompt: string;
  options?: string[] | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
  required?: boolean | null;
  askIf?: QuestionCondition | null;
}

export interface NormalisedQuestion {
  kind: QuestionKind;
  prompt: string;
  options: string[];
  scaleMin: number | null;
  scaleMax: number | null;
  required: boolean;
  askIfPosition: number | null;
  askIfAnswer: string | null;
}

/** The answers a yes/no question's condition names. */
export const YES_NO_ANSWERS = { yes: 'Yes', no: 'No' } as const;

/**
 * Checks the conditions of a list of questions (each already normalised) and returns them with
 * their conditions: a question may depend only on an earlier yes/no or single-choice question,
 * and on one of its answers.
 */
export function withConditions(questions: NormalisedQuestion[], definitions: QuestionDefinition[]): NormalisedQuestion[] {
  return questions.map((q, i) => {
    const condition = definitions[i]?.askIf;
    if (!condition) return q;
    const path = `questions.${i}.askIf`;
    const earlier = Number.isInteger(condition.question) && condition.question >= 0 && condition.question < i ? questions[condition.question] : null;
    if (!earlier) throw bad(`${path}.question`, `Question ${i + 1} can depend only on a question before it (1 to ${i}).`);
    const answers = earlier.kind === QuestionKind.YES_NO ? [YES_NO_ANSWERS.yes, YES_NO_ANSWERS.no] : earlier.kind === QuestionKind.SINGLE_CHOICE ? earlier.options : null;
    if (!answers) throw bad(`${path}.question`, `Question ${i + 1} can depend only on a yes/no or single-choice question; "${earlier.prompt}" is neither.`);
    const answer = (condition.answer ?? '').trim();
    if (!answers.includes(answer)) throw bad(`${path}.answer`, `Ask question ${i + 1} when "${earlier.prompt}" is answered one of: ${answers.join(', ')}.`);
    return { ...q, askIfPosition: condition.question, askIfAnswer: answer };
  });
}

/** Whether a question is asked, given the answers to the questions before it (by position). */
export function isAsked(question: { askIfPosition: number | null; askIfAnswer: string | null }, answerAt: (position: number) => AnswerValue | undefined): boolean {
  if (question.askIfPosition === null) return true;
  const earlier = answerAt(question.askIfPosition);
  if (earlier === undefined) return false;
  const said = typeof earlier === 'boolean' ? (earlier ? YES_NO_ANSWERS.yes : YES_NO_ANSWERS.no) : String(earlier);
  return said === question.askIfAnswer;
}

const bad = (field: string, message: string, code = ConsultationErrorCode.BAD_QUESTION) => new ConsultationInputError(code, message, field);

/**
 * Checks a question against its kind and returns it tidied (trimmed prompt and options).
 * `path` is the input path of the question, e.g. `questions.2`.
 */
export function normaliseQuestion(q: QuestionDefinition, path: string): NormalisedQuestion {
  const prompt = (q.prompt ?? '').trim();
  if (prompt.length < 1 || prompt.length > PROMPT_MAX) {
    throw bad(`${path}.prompt`, `Question ${path} needs a prompt of 1 to ${PROMPT_MAX} characters (it has ${prompt.length}).`);
  }
  const options = q.options ?? [];
  const isChoice = q.kind === QuestionKind.SINGLE_CHOICE || q.kind === QuestionKind.MULTIPLE_CHOICE;
  const isScale = q.kind === QuestionKind.SCALE;
  let tidied: string[] = [];
  if (isChoice) {
    tidied = options.map((o) => (o ?? '').trim());
    if (tidied.length < MIN_OPTIONS || tidied.length > MAX_OPTIONS) {
      throw bad(`${path}.options`, `A ${q.kind} question needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options (it has ${tidied.length}).`);
    }
    const empty = tidied.findIndex((o) => o.length === 0 || o.length > OPTION_MAX);
    if (empty >= 0) throw bad(`${path}.options.${empty}`, `Each option needs 1 to ${OPTION_MAX} characters; option ${empty + 1} does not.`);
    const seen = new Set<string>();
    for (const [i, o] of tidied.entries()) {
      const key = o.toLowerCase();
      if (seen.has(key)) throw bad(`${path}.options.${i}`, `The option "${o}" appears twice; options must be distinct.`);
      seen.add(key);
    }
  } else if (options.length > 0) {
    throw bad(`${path}.options`, `Only choice questions have options; remove them from this ${q.kind} question.`);
  }
  let scaleMin: number | null = null;
  let scaleMax: number | null = null;
  if (isScale) {
    if (!Number.isInteger(q.scaleMin) || !Number.isInteger(q.scaleMax)) {
      throw bad(`${path}.scaleMin`, 'A SCALE question needs whole numbers scaleMin and scaleMax.');
    }
    scaleMin = q.scaleMin as number;
    scaleMax = q.scaleMax as number;
    if (scaleMin >= scaleMax) throw bad(`${path}.scaleMax`, `scaleMax (${scaleMax}) must be greater than scaleMin (${scaleMin}).`);
    if (scaleMax - scaleMin > MAX_SCALE_STEPS) {
      throw bad(`${path}.scaleMax`, `A scale may have at most ${MAX_SCALE_STEPS} steps; ${scaleMin} to ${scaleMax} has ${scaleMax - scaleMin}.`);
    }
  } else if ((q.scaleMin ?? null) !== null || (q.scaleMax ?? null) !== null) {
    throw bad(`${path}.scaleMin`, `Only SCALE questions have scaleMin and scaleMax; remove them from this ${q.kind} question.`);
  }
  return { kind: q.kind, prompt, options: tidied, scaleMin, scaleMax, required: q.required ?? true, askIfPosition: null, askIfAnswer: null };
}

/** An answer as given: one value field, matching the question's kind. */
export interface AnswerInput {
  yesNo?: boolean | null;
  choice?: string | null;
  choices?: string[] | null;
  scale?: number | null;
  text?: string | null;
}

const VALUE_FIELD: Record<QuestionKind, keyof AnswerInput> = {
  [QuestionKind.YES_NO]: 'yesNo',
  [QuestionKind.SINGLE_CHOICE]: 'choice',
  [QuestionKind.MULTIPLE_CHOICE]: 'choices',
  [QuestionKind.SCALE]: 'scale',
  [QuestionKind.FREE_TEXT]: 'text',
};

/** The input field that carries the answer to a question of this kind. */
export function valueFieldFor(kind: QuestionKind): keyof AnswerInput {
  return VALUE_FIELD[kind];
}

/**
 * Checks an answer against its question and returns the stored value. `path` is the answer's
 * input path, e.g. `answers.1`. Exactly the value field for the question's kind must be given.
 */
export function answerValue(question: NormalisedQuestion, answer: AnswerInput, path: string): AnswerValue {
  const field = VALUE_FIELD[question.kind];
  const given = (Object.keys(VALUE_FIELD) as QuestionKind[])
    .map((k) => VALUE_FIELD[k])
    .filter((f) => answer[f] !== undefined && answer[f] !== null);
  const wrong = given.find((f) => f !== field);
  const fail = (message: string, at: string = field) => new ConsultationInputError(ConsultationErrorCode.BAD_ANSWER, message, `${path}.${at}`);
  if (wrong) throw fail(`"${question.prompt}" is a ${question.kind} question: answer it with ${field}, not ${wrong}.`, wrong);
  const value = answer[field];
  if (value === undefined || value === null) throw fail(`Answer "${question.prompt}" with ${field}.`);

  switch (question.kind) {
    case QuestionKind.YES_NO:
      if (typeof value !== 'boolean') throw fail(`Answer "${question.prompt}" with true or false.`);
      return value;
    case QuestionKind.SINGLE_CHOICE: {
      if (typeof value !== 'string' || !question.options.includes(value.trim())) {
        throw fail(`"${String(value)}" is not an option of "${question.prompt}"; choose one of: ${question.options.join(', ')}.`);
      }
      return value.trim();
    }
    case QuestionKind.MULTIPLE_CHOICE: {
      if (!Array.isArray(value) || value.length === 0) throw fail(`Choose at least one option of "${question.prompt}".`);
      const chosen = value.map((v) => String(v).trim());
      const unknown = chosen.find((c) => !question.options.includes(c));
      if (unknown !== undefined) throw fail(`"${unknown}" is not an option of "${question.prompt}"; choose from: ${question.options.join(', ')}.`);
      if (new Set(chosen).size !== chosen.length) throw fail(`Choose each option of "${question.prompt}" at most once.`);
      return question.options.filter((o) => chosen.includes(o));
    }
    case QuestionKind.SCALE: {
      const min = question.scaleMin as number;
      const max = question.scaleMax as number;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw fail(`Answer "${question.prompt}" with a whole number from ${min} to ${max}.`);
      }
      return value;
    }
    case QuestionKind.FREE_TEXT: {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text.length < 1 || text.length > FREE_TEXT_MAX) throw fail(`Answer "${question.prompt}" with 1 to ${FREE_TEXT_MAX} characters.`);
      return text;
    }
    default: {
      const unreachable: never = question.kind;
      throw new Error(`Unknown question kind ${String(unreachable)}`);
    }
  }
}

export enum TallyHiddenReason {
  VOTE_TO_SEE = 'VOTE_TO_SEE',
  UNTIL_CLOSE = 'UNTIL_CLOSE',
  NO_VOTE = 'NO_VOTE',
  /** Fewer members have voted than TALLY_MIN_VOTERS: the count would give votes away. */
  TOO_FEW_VOTERS = 'TOO_FEW_VOTERS',
}

export type TallyAccess = { visible: true } | { visible: false; reason: TallyHiddenReason; message: string };

export interface TallyView {
  takesVotes: boolean;
  closed: boolean;
  /** Whether the caller has voted in it. */
  hasVoted: boolean;
  /** How many members have voted (in the final tally, once kept). */
  voters: number;
  /** The fewest voters whose tally may be shown (TALLY_MIN_VOTERS). */
  minVoters: number;
}

/**
 * Whether a caller may see a consultation's vote tally: the one place tallies are shown or hidden.
 * First the consultation's rule — ALWAYS: yes; AFTER_VOTING: a member who has voted, or anyone
 * once closed; AFTER_CLOSE: anyone, once closed. Then, for everyone, open or closed: only once
 * at least `minVoters` have voted. With two voters, the first would otherwise see the tally move
 * from 1/0/0 to 1/1/0 and know how the second voted.
 */
export function tallyAccess(rule: TallyVisibility, view: TallyView): TallyAccess {
  if (!view.takesVotes) {
    return { visible: false, reason: TallyHiddenReason.NO_VOTE, message: 'Only a CiCC consultation on a proposal takes votes, so there is no tally.' };
  }
  const byRule = ruleAccess(rule, view);
  if (!byRule.visible) return byRule;
  if (view.voters < view.minVoters) {
    return {
      visible: false,
      reason: TallyHiddenReason.TOO_FEW_VOTERS,
      message: view.closed
        ? `Fewer than ${view.minVoters} people voted, so the results are not shown: with so few, each person's vote could be worked out.`
        : `Results are shown once at least ${view.minVoters} people have voted, so nobody's vote can be worked out.`,
    };
  }
  return { visible: true };
}

function ruleAccess(rule: TallyVisibility, view: TallyView): TallyAccess {
  switch (rule) {
    case TallyVisibility.ALWAYS:
      return { visible: true };
    case TallyVisibility.AFTER_VOTING:
      return view.closed || view.hasVoted
        ? { visible: true }
        : { visible: false, reason: TallyHiddenReason.VOTE_TO_SEE, message: 'The tally is shown to members once they have voted, and to everyone when voting closes.' };
    case TallyVisibility.AFTER_CLOSE:
      return view.closed
        ? { visible: true }
        : { visible: false, reason: TallyHiddenReason.UNTIL_CLOSE, message: 'The tally is shown when voting closes.' };
    default: {
      const unreachable: never = rule;
      throw new Error(`Unknown tally visibility ${String(unreachable)}`);
    }
  }
}

/** A count as a share of those who answered the question, labelled as such. */
export interface ShareOfAnswered {
  /** 0–1; 0 when nobody answered. */
  share: number;
  /** "20 of 28 that answered, 71%". */
  summary: string;
}

/**
 * The share of those who answered (not of everyone asked), with a label that says so, so a reader
 * never divides by the number asked: 20 yes of 28 LAs that answered reads "20 of 28 that answered, 71%".
 */
export function shareOfAnswered(count: number, answered: number): ShareOfAnswered {
  if (answered === 0) return { share: 0, summary: 'nobody has answered yet' };
  const share = count / answered;
  return { share, summary: `${count} of ${answered} that answered, ${Math.round(share * 100)}%` };
}

/** How many of those asked answered: "28 of 33 local authorities answered (85%)". */
export function respondedSummary(responded: number, asked: number, who: string): string {
  return `${responded} of ${asked} ${who} answered${asked === 0 ? '' : ` (${Math.round((responded / asked) * 100)}%)`}`;
}
