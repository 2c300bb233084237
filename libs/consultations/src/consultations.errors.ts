import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';

export enum ConsultationErrorCode {
  CONSULTATION_NOT_FOUND = 'CONSULTATION_NOT_FOUND',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  TITLE_REQUIRED = 'TITLE_REQUIRED',
  HOUSE_MISMATCH = 'HOUSE_MISMATCH',
  DATES_OUT_OF_ORDER = 'DATES_OUT_OF_ORDER',
  BAD_QUESTION = 'BAD_QUESTION',
  BAD_ANSWER = 'BAD_ANSWER',
  ANSWER_REQUIRED = 'ANSWER_REQUIRED',
  DUPLICATE_ANSWER = 'DUPLICATE_ANSWER',
  AUTHORITY_REQUIRED = 'AUTHORITY_REQUIRED',
  AUTHORITY_NOT_ALLOWED = 'AUTHORITY_NOT_ALLOWED',
  NOT_A_CO_CHAIR = 'NOT_A_CO_CHAIR',
  NOT_A_CICC_MEMBER = 'NOT_A_CICC_MEMBER',
  NOT_IN_AUDIENCE = 'NOT_IN_AUDIENCE',
  DOES_NOT_REPRESENT_AUTHORITY = 'DOES_NOT_REPRESENT_AUTHORITY',
  PROPOSAL_NOT_OPEN_FOR_CONSULTATION = 'PROPOSAL_NOT_OPEN_FOR_CONSULTATION',
  VOTE_ALREADY_RUNNING = 'VOTE_ALREADY_RUNNING',
  NOT_OPEN = 'NOT_OPEN',
  NOT_YET_OPEN = 'NOT_YET_OPEN',
  ALREADY_CLOSED = 'ALREADY_CLOSED',
  NOT_CLOSED = 'NOT_CLOSED',
  NO_VOTE_OPEN = 'NO_VOTE_OPEN',
  /** A proposal cannot be signed off while the CiCC's vote on it is open or still to open. */
  CICC_VOTE_NOT_CLOSED = 'CICC_VOTE_NOT_CLOSED',
}

export class ConsultationNotFoundError extends NotFoundError {}
export class ConsultationInputError extends InvalidInputError {}
export class ConsultationConflictError extends ConflictError {}
export class ConsultationForbiddenError extends ForbiddenError {}
