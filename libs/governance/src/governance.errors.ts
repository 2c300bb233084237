import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';

export enum GovernanceErrorCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  NOT_CARE_EXPERIENCED = 'NOT_CARE_EXPERIENCED',
  NOT_A_CICC_MEMBER = 'NOT_A_CICC_MEMBER',
  CO_CHAIR_ONLY_FOR_HOUSES = 'CO_CHAIR_ONLY_FOR_HOUSES',
  MISSING_CO_CHAIRS = 'MISSING_CO_CHAIRS',
  NOT_A_CO_CHAIR = 'NOT_A_CO_CHAIR',
  ALREADY_ENDED = 'ALREADY_ENDED',
}

export class GovernanceNotFoundError extends NotFoundError {}
export class GovernanceInputError extends InvalidInputError {}
export class GovernanceConflictError extends ConflictError {}
export class GovernanceForbiddenError extends ForbiddenError {}
