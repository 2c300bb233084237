/** What the API said went wrong, in the web app's own terms. Pages never see GraphQL errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** The API's extensions.code (BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED, TOO_MANY_REQUESTS…). */
    readonly code: string,
    /** The input field at fault, when the API names one. */
    readonly field: string | null = null,
    /** The API's stable domain reason, when it gives one. */
    readonly reason: string | null = null,
  ) {
    super(message);
  }
}

/** BAD_USER_INPUT (and CONFLICT on a named field): something the person can put right on the form. */
export class ApiInputError extends ApiError {}

/** TOO_MANY_REQUESTS: the message says how long to wait. */
export class ApiRateLimitedError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message, 'TOO_MANY_REQUESTS');
  }
}

/** NOT_FOUND: the page answers 404. */
export class ApiNotFoundError extends ApiError {}

/** The signed-in session has ended (signed out elsewhere, revoked or expired): sign in again. */
export class SessionExpiredError extends ApiError {
  constructor(message = 'Your session has ended. Sign in again to carry on.') {
    super(message, 'UNAUTHENTICATED');
  }
}

/** The API cannot be reached or says it is unavailable (SERVICE_UNAVAILABLE, HTTP 502–504). */
export class ServiceUnavailableError extends ApiError {
  constructor(message = 'The service is unavailable.') {
    super(message, 'SERVICE_UNAVAILABLE');
  }
}
