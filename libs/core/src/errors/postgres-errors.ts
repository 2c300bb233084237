import { QueryFailedError } from 'typeorm';

/** Postgres SQLSTATE codes the services translate into domain errors. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_INVALID_TEXT_REPRESENTATION = '22P02';

export interface PgErrorInfo {
  code: string;
  constraint?: string;
  detail?: string;
}

export function pgError(error: unknown): PgErrorInfo | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = (error as QueryFailedError & { driverError?: PgErrorInfo }).driverError;
  if (!driverError?.code) return undefined;
  return { code: driverError.code, constraint: driverError.constraint, detail: driverError.detail };
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const info = pgError(error);
  return info?.code === PG_UNIQUE_VIOLATION && (constraint === undefined || info.constraint === constraint);
}
