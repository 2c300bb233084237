import { ApiInputError, ApiRateLimitedError } from '../api/api-errors';

/** One problem with a form, named by the field it belongs to. */
export interface FieldProblem {
  /** The field's key in `fields` (an API input field or the form's own name for it). */
  field: string;
  text: string;
}

/** What a GOV.UK form needs to show errors: the summary's list and each field's message. */
export interface FormErrors {
  /** For govukErrorSummary: errorList. Each entry links to its field. */
  summary: { text: string; href: string }[];
  /** For each field's errorMessage, by field key. */
  byField: Record<string, { text: string }>;
}

/**
 * The form's fields: key → the id of the input an error should link to (for a date input, the
 * id of its first box). The first entry is where an error that names no field links.
 */
export type FormFields = Record<string, string>;

/** Builds the error summary and field messages from problems, in the order the fields appear. */
export function formErrors(problems: FieldProblem[], fields: FormFields): FormErrors {
  const keys = Object.keys(fields);
  const ordered = [...problems].sort((a, b) => rank(keys, a.field) - rank(keys, b.field));
  const byField: FormErrors['byField'] = {};
  const summary: FormErrors['summary'] = [];
  for (const problem of ordered) {
    const key = problem.field in fields ? problem.field : keys[0];
    if (byField[key]) continue;
    byField[key] = { text: problem.text };
    summary.push({ text: problem.text, href: `#${fields[key]}` });
  }
  return { summary, byField };
}

function rank(keys: string[], field: string): number {
  const index = keys.indexOf(field);
  return index === -1 ? keys.length : index;
}

/**
 * The one place an API refusal becomes errors on a form: a BAD_USER_INPUT (or CONFLICT) naming a
 * field is shown against that field, one naming none against the form's first field; going over
 * a rate limit (TOO_MANY_REQUESTS) shows the API's message saying how long to wait. Anything else
 * is not the person's to put right and is thrown on to the error pages.
 */
export function formErrorsFromApi(error: unknown, fields: FormFields): FormErrors {
  if (error instanceof ApiInputError) return formErrors([{ field: error.field ?? '', text: error.message }], fields);
  if (error instanceof ApiRateLimitedError) return formErrors([{ field: '', text: error.message }], fields);
  throw error;
}
