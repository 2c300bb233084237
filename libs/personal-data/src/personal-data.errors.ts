import { ConflictError, ForbiddenError, NotFoundError } from '@app/core';

export enum PersonalDataErrorCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  ALREADY_ERASED = 'ALREADY_ERASED',
  OPEN_SAFEGUARDING_CONCERN = 'OPEN_SAFEGUARDING_CONCERN',
  NOT_YOUR_DATA = 'NOT_YOUR_DATA',
  CANNOT_ERASE_YOURSELF = 'CANNOT_ERASE_YOURSELF',
}

export class PersonalDataNotFoundError extends NotFoundError {}
export class PersonalDataConflictError extends ConflictError {}
export class PersonalDataForbiddenError extends ForbiddenError {}
