import type { AnswerInput, AnswerPageQuery } from '../../api/generated/graphql';

type Consultation = NonNullable<AnswerPageQuery['consultation']>;
export type Question = Consultation['questions'][number];
export type RespondingFor = Consultation['viewerRespondsFor'][number];
type KeptAnswer = NonNullable<RespondingFor['response']>['answers'][number];

/** What the form holds for each question, by question id: the values of its inputs, as text. */
export type Entered = ReadonlyMap<string, readonly string[]>;

/** The name (and id) of a question's inputs on the form. */
export function fieldName(question: Pick<Question, 'id'>): string {
  return `q-${question.id}`;
}

/** The party (or "yourself") an entry of viewerRespondsFor is, as the form names it. */
export function partyKey(r: RespondingFor): string {
  return r.onBehalfOfAuthorityId ?? r.onBehalfOfAreaId ?? r.onBehalfOfOrganisationId ?? 'self';
}

/** The values typed or chosen for each question, from a posted form. */
export function enteredOf(body: Record<string, unknown>, questions: readonly Question[]): Entered {
  const entered = new Map<string, string[]>();
  for (const q of questions) {
    const raw = body[fieldName(q)];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    entered.set(q.id, q.kind === 'FREE_TEXT' ? values.slice(0, 1) : values.map((v) => v.trim()).filter((v) => v !== ''));
  }
  return entered;
}

/** The form's values from the response kept earlier, so a later answer starts from it. */
export function enteredFromKept(answers: readonly KeptAnswer[]): Entered {
  const entered = new Map<string, string[]>();
  for (const a of answers) {
    if (a.yesNo !== null) entered.set(a.questionId, [a.yesNo ? 'yes' : 'no']);
    else if (a.choice !== null) entered.set(a.questionId, [a.choice]);
    else if (a.choices !== null) entered.set(a.questionId, [...a.choices]);
    else if (a.scale !== null) entered.set(a.questionId, [String(a.scale)]);
    else if (a.text !== null) entered.set(a.questionId, [a.text]);
  }
  return entered;
}

/**
 * The answers to send: one for each question given a value, in the questions' order. A question
 * left empty is left out, and the API says whether it had to be answered.
 */
export function answersOf(questions: readonly Question[], entered: Entered): AnswerInput[] {
  return questions.flatMap((q): AnswerInput[] => {
    const values = entered.get(q.id) ?? [];
    const first = values[0];
    if (first === undefined) return [];
    switch (q.kind) {
      case 'YES_NO':
        return first === 'yes' || first === 'no' ? [{ questionId: q.id, yesNo: first === 'yes' }] : [];
      case 'SINGLE_CHOICE':
        return [{ questionId: q.id, choice: first }];
      case 'MULTIPLE_CHOICE':
        return [{ questionId: q.id, choices: [...values] }];
      case 'SCALE':
        return /^-?\d+$/.test(first) ? [{ questionId: q.id, scale: Number(first) }] : [];
      case 'FREE_TEXT':
        return first.trim() ? [{ questionId: q.id, text: first.trim() }] : [];
      default:
        return [];
    }
  });
}

/**
 * The question an API error belongs to: "answers.2" (or "answers.2.choice") is the third answer
 * sent; "answers" alone (a required question left out) is the first required question left
 * empty. Null when the error names no question.
 */
export function questionOfApiField(field: string | null, sent: readonly AnswerInput[], questions: readonly Question[]): string | null {
  const index = /^answers\.(\d+)/.exec(field ?? '');
  if (index) {
    const answer = sent[Number(index[1])];
    return answer ? String(answer.questionId) : null;
  }
  if (field === 'answers') {
    const answered = new Set(sent.map((a) => String(a.questionId)));
    return questions.find((q) => q.required && !answered.has(q.id))?.id ?? null;
  }
  return null;
}

/** "Answer this only if you answered “No” to “Do you …?”" for a question asked after a given answer; null otherwise. */
function conditionText(q: Question, all: readonly Question[]): string | null {
  if (!q.askIf) return null;
  const earlier = all.find((other) => other.position === q.askIf?.question);
  return `Answer this only if you answered “${q.askIf.answer}” to “${earlier?.prompt ?? `question ${q.askIf.question + 1}`}”.`;
}

/** Nunjucks-ready view of one question: which GOV.UK component shows it, with the values entered. */
export function questionView(q: Question, entered: Entered, error: { text: string } | undefined, all: readonly Question[] = [q]) {
  const values = entered.get(q.id) ?? [];
  const chosen = (value: string) => values.includes(value);
  const name = fieldName(q);
  const hint = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ') || null;
  const condition = conditionText(q, all);
  const optional = q.required ? null : 'Optional.';
  const base = { id: name, name, prompt: q.prompt, hint: hint(condition, q.required ? null : 'Optional'), error, kind: q.kind };
  switch (q.kind) {
    case 'YES_NO':
      return { ...base, component: 'radios', inline: true, items: [{ value: 'yes', text: 'Yes', checked: chosen('yes') }, { value: 'no', text: 'No', checked: chosen('no') }] };
    case 'SINGLE_CHOICE':
      return { ...base, component: 'radios', inline: false, items: q.options.map((o) => ({ value: o, text: o, checked: chosen(o) })) };
    case 'MULTIPLE_CHOICE':
      return { ...base, component: 'checkboxes', hint: hint(condition, optional, 'Select all that apply'), items: q.options.map((o) => ({ value: o, text: o, checked: chosen(o) })) };
    case 'SCALE': {
      const min = q.scaleMin ?? 1;
      const max = q.scaleMax ?? 5;
      const items = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => String(min + i)).map((v) => ({ value: v, text: v, checked: chosen(v) }));
      return { ...base, component: 'radios', inline: true, hint: hint(condition, optional, `From ${min} (lowest) to ${max} (highest)`), items };
    }
    default:
      return { ...base, component: 'textarea', value: values[0] ?? '' };
  }
}
