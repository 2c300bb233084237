/**
 * What kind of failure an error is, independent of transport. The API maps each kind to a
 * GraphQL `extensions.code`; the worker maps it to retry or fail-for-good.
 */
export enum ErrorKind {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
}

/**
 * Base class for every error a domain raises on purpose. `reason` is the domain's own stable
 * code (e.g. ILLEGAL_TRANSITION); `field` names the input field at fault when there is one.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly reason: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = ErrorKind.INVALID;
}

export class NotFoundError extends DomainError {
  readonly kind = ErrorKind.NOT_FOUND;
}

export class ConflictError extends DomainError {
  readonly kind = ErrorKind.CONFLICT;
}

export class ForbiddenError extends DomainError {
  readonly kind = ErrorKind.FORBIDDEN;
}

export class UnauthenticatedError extends DomainError {
  readonly kind = ErrorKind.UNAUTHENTICATED;
}

/** Raised when a row was changed by someone else since the caller read it. */
export class StaleVersionError extends ConflictError {
  constructor(entity: string, expected: number, actual: number) {
    super(
      'STALE_VERSION',
      `This ${entity} was changed by someone else (you had version ${expected}, it is now ${actual}). Reload it and apply your change again.`,
      'version',
      { expected, actual },
    );
  }
}

export function notFound(entity: string, id: string, field = 'id'): NotFoundError {
  return new NotFoundError(`${entity.toUpperCase().replace(/ /g, '_')}_NOT_FOUND`, `No ${entity} has id ${id}.`, field);
}
