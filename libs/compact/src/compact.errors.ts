import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';

export enum CompactErrorCode {
  EDITION_NOT_FOUND = 'EDITION_NOT_FOUND',
  NO_EDITION_PUBLISHED = 'NO_EDITION_PUBLISHED',
  /** The date asked about is before the first edition. */
  NO_EDITION_ON_DATE = 'NO_EDITION_ON_DATE',
  EDITION_NUMBER_TAKEN = 'EDITION_NUMBER_TAKEN',
  EDITION_NUMBER_NOT_NEXT = 'EDITION_NUMBER_NOT_NEXT',
  EDITION_DATE_BEFORE_PREVIOUS = 'EDITION_DATE_BEFORE_PREVIOUS',
  NOTHING_TO_PUBLISH = 'NOTHING_TO_PUBLISH',
  BAD_DIFF_RANGE = 'BAD_DIFF_RANGE',
  UNKNOWN_AUTHORITY = 'UNKNOWN_AUTHORITY',
  BAD_DATE = 'BAD_DATE',
  BAD_AGE = 'BAD_AGE',
}

export class CompactInputError extends InvalidInputError {}
export class CompactNotFoundError extends NotFoundError {}
export class CompactConflictError extends ConflictError {}
export class CompactForbiddenError extends ForbiddenError {}
