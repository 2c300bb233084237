import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from '@app/core';

export enum IdentityErrorCode {
  BAD_AUTHORIZATION_HEADER = 'BAD_AUTHORIZATION_HEADER',
  ACCESS_TOKEN_EXPIRED = 'ACCESS_TOKEN_EXPIRED',
  ACCESS_TOKEN_INVALID = 'ACCESS_TOKEN_INVALID',
  SESSION_ENDED = 'SESSION_ENDED',
  SIGN_IN_CODE_NOT_ACCEPTED = 'SIGN_IN_CODE_NOT_ACCEPTED',
  REFRESH_TOKEN_NOT_ACCEPTED = 'REFRESH_TOKEN_NOT_ACCEPTED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  INVITATION_ALREADY_USED = 'INVITATION_ALREADY_USED',
  NOT_ALLOWED_TO_INVITE = 'NOT_ALLOWED_TO_INVITE',
  INVITEE_NEEDED = 'INVITEE_NEEDED',
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  HOUSE_NOT_FOUND = 'HOUSE_NOT_FOUND',
}

export class IdentityInputError extends InvalidInputError {}
export class IdentityNotFoundError extends NotFoundError {}
export class IdentityConflictError extends ConflictError {}
export class IdentityForbiddenError extends ForbiddenError {}
export class IdentityUnauthenticatedError extends UnauthenticatedError {}
