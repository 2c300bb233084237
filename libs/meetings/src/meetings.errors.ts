import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, StaleVersionError } from '@app/core';

export enum MeetingErrorCode {
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  ACTION_ITEM_NOT_FOUND = 'ACTION_ITEM_NOT_FOUND',
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  BAD_DATES = 'BAD_DATES',
  PROPOSAL_REQUIRED = 'PROPOSAL_REQUIRED',
  BOARD_DECISION_ONLY = 'BOARD_DECISION_ONLY',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

export class MeetingNotFoundError extends NotFoundError {}
export class MeetingInputError extends InvalidInputError {}
export class MeetingConflictError extends ConflictError {}
export class MeetingForbiddenError extends ForbiddenError {}

export function staleActionItem(expected: number, actual: number): StaleVersionError {
  return Object.assign(new StaleVersionError('action item', expected, actual), { field: 'expectedVersion' });
}
