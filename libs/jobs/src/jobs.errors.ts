import { ConflictError, NotFoundError } from '@app/core';

/** Stable codes for the errors of the background jobs' administration. */
export enum JobsErrorCode {
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  JOB_NOT_FAILED = 'JOB_NOT_FAILED',
}

export class JobsNotFoundError extends NotFoundError {}
export class JobsConflictError extends ConflictError {}
