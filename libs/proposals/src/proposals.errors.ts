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
}

export class ProposalNotFoundError extends NotFoundError {}
export class ProposalInputError extends InvalidInputError {}
export class ProposalConflictError extends ConflictError {}
export class ProposalForbiddenError extends ForbiddenError {}
