import { ApiError, ApiInputError, ApiRateLimitedError } from '../../api/api-errors';
import { formErrors, formErrorsFromApi, type FormErrors, type FormFields } from '../../forms/form-errors';

/**
 * A refusal to show on the form: the API's input errors, a change someone else made first, a
 * step the API does not allow this person or not now, or going over a limit.
 */
export function isFormRefusal(error: unknown): error is ApiError {
  return error instanceof ApiInputError || error instanceof ApiRateLimitedError || (error instanceof ApiError && (error.code === 'CONFLICT' || error.code === 'FORBIDDEN'));
}

/** The refusal as form errors, against `field` (the form's name for the API's field). */
export function refusalErrors(error: ApiError, fields: FormFields, field: string): FormErrors {
  if (error instanceof ApiInputError) return formErrors([{ field, text: error.message }], fields);
  if (error.code === 'CONFLICT' || error.code === 'FORBIDDEN') return formErrors([{ field: '', text: error.message }], fields);
  return formErrorsFromApi(error, fields);
}
