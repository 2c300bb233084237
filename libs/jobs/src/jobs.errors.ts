import { ConflictError, InvalidInputError, NotFoundError } from '@app/core';

/** Stable codes for the errors of the background jobs' administration. */
export enum JobsErrorCode {
  UNKNOWN_QUEUE = 'UNKNOWN_QUEUE',
  NO_JOBS_NAMED = 'NO_JOBS_NAMED',
  TOO_MANY_JOBS = 'TOO_MANY_JOBS',
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
  JOB_NOT_FAILED = 'JOB_NOT_FAILED',
}

export class JobsInputError extends InvalidInputError {}
export class JobsNotFoundError extends NotFoundError {}
export class JobsConflictError extends ConflictError {}
