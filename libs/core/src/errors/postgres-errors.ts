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

/**
 * SQLSTATEs that mean the database cannot serve right now rather than that the request is wrong:
 * class 08 (connection exception), admin/crash shutdown and "cannot connect now" (57P01–57P03),
 * and too many connections (53300).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

/** Socket errors of a connection to the database that could not be made or was lost. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** Messages of node-postgres and its pool for a connection that was lost or could not be had in time. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];

/**
 * Whether an error means the database is out of reach for now (down, restarting, shutting down,
 * out of connections, or the pool could not hand out a connection in time): a client should try
 * again in a moment, and nothing is wrong with what it asked. Looks through TypeORM's wrapper
 * (`driverError`) and `cause`.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.test(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  // Node reports a refused connection to every address of a host as one AggregateError.
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}
