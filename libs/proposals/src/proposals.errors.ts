import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';

export enum ProposalErrorCode {
  PROPOSAL_NOT_FOUND = 'PROPOSAL_NOT_FOUND',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  WRONG_ROUTE = 'WRONG_ROUTE',
  UASC_CONSIDERATIONS_REQUIRED = 'UASC_CONSIDERATIONS_REQUIRED',
  PARTNERS_REQUIRED = 'PARTNERS_REQUIRED',
  NOT_EDITABLE = 'NOT_EDITABLE',
  NOT_A_CO_CHAIR = 'NOT_A_CO_CHAIR',
  ALREADY_SIGNED = 'ALREADY_SIGNED',
  INVALID_PROPOSAL = 'INVALID_PROPOSAL',
  HOUSE_NOT_FOUND = 'HOUSE_NOT_FOUND',
  NOT_A_HOUSE = 'NOT_A_HOUSE',
  PARTNER_NOT_FOUND = 'PARTNER_NOT_FOUND',
  NOT_A_HOUSE_MEMBER = 'NOT_A_HOUSE_MEMBER',
  NOT_IN_CONSULTATION = 'NOT_IN_CONSULTATION',
  NOT_SIGNED = 'NOT_SIGNED',
  SIGN_OFF_REQUIRED = 'SIGN_OFF_REQUIRED',
  REASON_REQUIRED = 'REASON_REQUIRED',
}

export class ProposalNotFoundError extends NotFoundError {}
export class ProposalInputError extends InvalidInputError {}
export class ProposalConflictError extends ConflictError {}
export class ProposalForbiddenError extends ForbiddenError {}
