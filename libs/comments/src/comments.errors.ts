import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';

export enum CommentErrorCode {
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  BAD_BODY = 'BAD_BODY',
  BAD_REASON = 'BAD_REASON',
  BAD_DETAILS = 'BAD_DETAILS',
  NOT_THE_AUTHOR = 'NOT_THE_AUTHOR',
  NOT_A_MODERATOR = 'NOT_A_MODERATOR',
  DELETED = 'DELETED',
  HIDDEN = 'HIDDEN',
  ALREADY_HIDDEN = 'ALREADY_HIDDEN',
  NOT_HIDDEN = 'NOT_HIDDEN',
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
  NOT_A_SAFEGUARDING_LEAD = 'NOT_A_SAFEGUARDING_LEAD',
}

export class CommentNotFoundError extends NotFoundError {}
export class CommentInputError extends InvalidInputError {}
export class CommentConflictError extends ConflictError {}
export class CommentForbiddenError extends ForbiddenError {}
