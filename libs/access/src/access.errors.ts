import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';

export enum AccessErrorCode {
  NOT_ALLOWED = 'NOT_ALLOWED',
  NOT_PROGRAMME_ADMIN = 'NOT_PROGRAMME_ADMIN',
  NOT_SAFEGUARDING_LEAD = 'NOT_SAFEGUARDING_LEAD',
  BAD_SCOPE = 'BAD_SCOPE',
  SCOPE_NOT_FOUND = 'SCOPE_NOT_FOUND',
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  GRANT_NOT_FOUND = 'GRANT_NOT_FOUND',
  ALREADY_GRANTED = 'ALREADY_GRANTED',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  BAD_REASON = 'BAD_REASON',
}

export class AccessForbiddenError extends ForbiddenError {}
export class AccessInputError extends InvalidInputError {}
export class AccessNotFoundError extends NotFoundError {}
export class AccessConflictError extends ConflictError {}
