import { ConflictError, ForbiddenError, NotFoundError } from '@app/core';

export enum CommentErrorCode {
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
  NOT_THE_AUTHOR = 'NOT_THE_AUTHOR',
  NOT_A_MODERATOR = 'NOT_A_MODERATOR',
  DELETED = 'DELETED',
  HIDDEN = 'HIDDEN',
  ALREADY_HIDDEN = 'ALREADY_HIDDEN',
  NOT_HIDDEN = 'NOT_HIDDEN',
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
  NOT_A_SAFEGUARDING_LEAD = 'NOT_A_SAFEGUARDING_LEAD',
  /** The caller's roles let them read the proposal's discussion, not join it (directors' viewers). */
  READ_ONLY_ROLE = 'READ_ONLY_ROLE',
  /** The caller is not among those who may comment on this proposal now. */
  NOT_A_PARTICIPANT = 'NOT_A_PARTICIPANT',
  /** The comment is held while a safeguarding lead looks at it. */
  HELD = 'HELD',
}

export class CommentNotFoundError extends NotFoundError {}
export class CommentConflictError extends ConflictError {}
export class CommentForbiddenError extends ForbiddenError {}
