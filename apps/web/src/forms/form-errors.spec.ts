import { ApiError, ApiInputError, ApiRateLimitedError } from '../api/api-errors';
import { formErrors, formErrorsFromApi } from './form-errors';

describe('form errors', () => {
  it('lists problems in the order of the form’s fields, each linked to its input, one per field', () => {
    const errors = formErrors(
      [
        { field: 'code', text: 'Enter the code' },
        { field: 'email', text: 'Enter your email address' },
        { field: 'email', text: 'A second problem with the email' },
      ],
      { email: 'email', code: 'code' },
    );
    expect(errors.summary).toEqual([
      { text: 'Enter your email address', href: '#email' },
      { text: 'Enter the code', href: '#code' },
    ]);
    expect(errors.byField).toEqual({ email: { text: 'Enter your email address' }, code: { text: 'Enter the code' } });
  });

  it('shows an API refusal against the field it names, or the first field when it names none or another', () => {
    const fields = { email: 'email', code: 'code' };
    expect(formErrorsFromApi(new ApiInputError('That code was not accepted.', 'UNAUTHENTICATED', 'code'), fields).summary).toEqual([{ text: 'That code was not accepted.', href: '#code' }]);
    expect(formErrorsFromApi(new ApiInputError('Bad.', 'BAD_USER_INPUT', 'somethingElse'), fields).byField).toEqual({ email: { text: 'Bad.' } });
    expect(formErrorsFromApi(new ApiRateLimitedError('Too many sign-in attempts. Wait 15 minutes and try again.', 900), fields).summary).toEqual([
      { text: 'Too many sign-in attempts. Wait 15 minutes and try again.', href: '#email' },
    ]);
  });

  it('passes on anything that is not the person’s to put right', () => {
    const failure = new ApiError('Something went wrong on our side.', 'INTERNAL_SERVER_ERROR');
    expect(() => formErrorsFromApi(failure, { email: 'email' })).toThrow(failure);
  });
});
