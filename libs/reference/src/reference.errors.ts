import { InvalidInputError, NotFoundError } from '@app/core';

export enum ReferenceErrorCode {
  AUTHORITY_NOT_FOUND = 'AUTHORITY_NOT_FOUND',
  AREA_NOT_FOUND = 'AREA_NOT_FOUND',
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  BODY_NOT_FOUND = 'BODY_NOT_FOUND',
  NOT_A_HOUSE = 'NOT_A_HOUSE',
}

export class ReferenceNotFoundError extends NotFoundError {}
export class ReferenceInputError extends InvalidInputError {}
