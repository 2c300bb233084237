import { Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  CoreErrorReason,
  DomainError,
  ErrorKind,
  isDatabaseUnavailable,
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_TEXT_REPRESENTATION,
  PG_UNIQUE_VIOLATION,
  pgError,
} from '@app/core';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

export const INTERNAL_MESSAGE = 'Something went wrong on our side. It has been logged; please try again, and quote the correlationId if it keeps happening.';

/** The database cannot be reached for now: nothing is wrong with the request, and trying again shortly should work. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Seconds a client is asked to wait before trying again while the database is out of reach (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE = `The service cannot reach its database just now. Nothing you sent was wrong: try again in a moment (after ${RETRY_AFTER_SECONDS} seconds).`;

const logger = new Logger('GraphQL');

export function codeFor(kind: ErrorKind): ApiErrorCode {
  switch (kind) {
    case ErrorKind.INVALID:
      return 'BAD_USER_INPUT';
    case ErrorKind.NOT_FOUND:
      return 'NOT_FOUND';
    case ErrorKind.CONFLICT:
      return 'CONFLICT';
    case ErrorKind.FORBIDDEN:
      return 'FORBIDDEN';
    case ErrorKind.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    default: {
      const unreachable: never = kind;
      throw new Error(`Unmapped error kind ${String(unreachable)}`);
    }
  }
}

/** Codes Apollo itself raises for documents that do not parse or validate; passed through. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The error a request failed with: what a resolver threw, or what the context threw (which Apollo
 * wraps as "Context creation failed").
 */
function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (unwrapped instanceof GraphQLError && unwrapped.originalError && !(unwrapped.originalError instanceof GraphQLError)) return unwrapped.originalError;
  return unwrapped;
}

/**
 * The one place errors become responses: domain errors keep their message and get a code;
 * database constraint errors that slipped past validation become input errors; going over a rate
 * limit is TOO_MANY_REQUESTS; a database out of reach is SERVICE_UNAVAILABLE (HTTP 503 with
 * Retry-After, see errorReportingPlugin); anything else reaches the client only as
 * INTERNAL_SERVER_ERROR (errorReportingPlugin logs it and adds the correlation id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: codeFor(original.kind),
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }

  if (original instanceof ThrottlerException) {
    const retryAfterSeconds = (original as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    return {
      ...base,
      message: original.message,
      extensions: { code: 'TOO_MANY_REQUESTS', ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}) },
    };
  }

  if (isDatabaseUnavailable(original)) {
    return { ...base, message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }

  const pg = pgError(original);
  if (pg) {
    switch (pg.code) {
      case PG_INVALID_TEXT_REPRESENTATION:
        return { ...base, message: 'A value is malformed (for example an id that is not a UUID).', extensions: { code: 'BAD_USER_INPUT', reason: CoreErrorReason.MALFORMED_VALUE } };
      case PG_FOREIGN_KEY_VIOLATION:
        return { ...base, message: 'Something this refers to does not exist, or something still refers to it.', extensions: { code: 'NOT_FOUND', reason: CoreErrorReason.REFERENCE_MISSING, constraint: pg.constraint } };
      case PG_UNIQUE_VIOLATION:
        return { ...base, message: 'This already exists.', extensions: { code: 'CONFLICT', reason: CoreErrorReason.ALREADY_EXISTS, constraint: pg.constraint } };
      case PG_CHECK_VIOLATION:
        return { ...base, message: 'A value breaks a rule of the record.', extensions: { code: 'BAD_USER_INPUT', reason: CoreErrorReason.CHECK_FAILED, constraint: pg.constraint } };
    }
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }

  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: INTERNAL_SERVER_ERROR },
  };
}

/** Whether a request failed because the database is out of reach (thrown by a resolver, a guard or the context). */
export function isServiceUnavailable(error: unknown): boolean {
  if (error instanceof GraphQLError && error.extensions?.code === SERVICE_UNAVAILABLE) return true;
  return isDatabaseUnavailable(originalOf(error));
}

/**
 * The HTTP head of an answer that failed because the database is out of reach: 503 with
 * Retry-After, so clients (and proxies) know to try again shortly.
 */
export function serviceUnavailableHttp(): { status: number; headers: HeaderMap } {
  return { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
}

/**
 * Thrown while building a request's context when the database cannot be reached, so that even a
 * signed-in request whose session cannot be checked is answered 503 SERVICE_UNAVAILABLE.
 */
export function serviceUnavailableError(cause: unknown): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS, http: serviceUnavailableHttp() },
  });
}

/**
 * Logs each failed request in proportion: a refusal the API meant to give (FORBIDDEN, NOT_FOUND,
 * BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED, TOO_MANY_REQUESTS) at info, one line without a
 * stack; a database out of reach at warn; anything unexpected at error, with its stack and the
 * request's correlation id, which the INTERNAL_SERVER_ERROR the client sees carries too. An answer
 * that failed because the database is out of reach goes out as HTTP 503 with Retry-After.
 */
export function errorReportingPlugin(): ApolloServerPlugin<{ correlationId?: string }> {
  return {
    async contextCreationDidFail({ error }) {
      const cause = originalOf(error);
      if (isDatabaseUnavailable(cause)) {
        logger.warn({ cause: cause instanceof Error ? cause.message : String(cause) }, 'The database could not be reached to check a caller; the client was asked to try again');
      } else {
        logger.error({ err: cause }, 'Unexpected error while reading who is calling');
      }
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const formatted = formatError(error.toJSON(), error);
            const code = formatted.extensions?.code;
            const where = { correlationId: contextValue?.correlationId, operationName, path: error.path };
            if (code === INTERNAL_SERVER_ERROR) {
              logger.error({ err: originalOf(error), ...where }, 'Unexpected error while handling a GraphQL request');
            } else if (code === SERVICE_UNAVAILABLE) {
              const cause = originalOf(error);
              logger.warn({ ...where, cause: cause instanceof Error ? cause.message : String(cause) }, 'The database could not be reached; the client was asked to try again');
            } else {
              logger.log({ ...where, code, reason: formatted.extensions?.reason, field: formatted.extensions?.field }, `Refused (${String(code)}): ${formatted.message}`);
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) {
            const http = serviceUnavailableHttp();
            response.http.status = http.status;
            for (const [name, value] of http.headers) response.http.headers.set(name, value);
          }
          if (!contextValue?.correlationId) return;
          for (const error of errors) {
            if (error.extensions?.code === INTERNAL_SERVER_ERROR) {
              (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, correlationId: contextValue.correlationId };
            }
          }
        },
      };
    },
  };
}
