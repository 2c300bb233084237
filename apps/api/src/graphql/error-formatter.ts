import { Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DomainError,
  ErrorKind,
  PG_CHECK_VIOLATION,
  PG_FOREIGN_KEY_VIOLATION,
  PG_INVALID_TEXT_REPRESENTATION,
  PG_UNIQUE_VIOLATION,
  pgError,
} from '@app/core';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

export const INTERNAL_MESSAGE = 'Something went wrong on our side. It has been logged; please try again, and quote the correlationId if it keeps happening.';

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
 * The one place errors become responses: domain errors keep their message and get a code;
 * database constraint errors that slipped past validation become input errors; going over a rate
 * limit is TOO_MANY_REQUESTS; anything else reaches the client only as INTERNAL_SERVER_ERROR
 * (errorReportingPlugin logs it and adds the correlation id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
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

  const pg = pgError(original);
  if (pg) {
    switch (pg.code) {
      case PG_INVALID_TEXT_REPRESENTATION:
        return { ...base, message: 'A value is malformed (for example an id that is not a UUID).', extensions: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_VALUE' } };
      case PG_FOREIGN_KEY_VIOLATION:
        return { ...base, message: 'Something this refers to does not exist, or something still refers to it.', extensions: { code: 'NOT_FOUND', reason: 'REFERENCE_MISSING', constraint: pg.constraint } };
      case PG_UNIQUE_VIOLATION:
        return { ...base, message: 'This already exists.', extensions: { code: 'CONFLICT', reason: 'ALREADY_EXISTS', constraint: pg.constraint } };
      case PG_CHECK_VIOLATION:
        return { ...base, message: 'A value breaks a rule of the record.', extensions: { code: 'BAD_USER_INPUT', reason: 'CHECK_FAILED', constraint: pg.constraint } };
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

/** Whether an error is one nobody meant to raise (a fault to investigate, not the caller's doing). */
export function isUnexpected(error: GraphQLError): boolean {
  return formatError(error.toJSON(), error).extensions?.code === INTERNAL_SERVER_ERROR;
}

/**
 * Logs every unexpected error with the request's correlation id, and puts that id in the
 * INTERNAL_SERVER_ERROR the client sees, so a person can quote it and it can be found in the logs.
 */
export function errorReportingPlugin(): ApolloServerPlugin<{ correlationId?: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            logger.error(
              { err: unwrapResolverError(error), correlationId: contextValue?.correlationId, operationName, path: error.path },
              'Unexpected error while handling a GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !contextValue?.correlationId) return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === INTERNAL_SERVER_ERROR) {
              (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, correlationId: contextValue.correlationId };
            }
          }
        },
      };
    },
  };
}
