import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { Response } from 'express';
import { isServiceUnavailable, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE } from './error-formatter';

/**
 * Every exception a resolver or controller lets out. GraphQL errors are passed on untouched to
 * the error formatter, and logged once, in proportion, by errorReportingPlugin (without this
 * filter Nest would log every refusal, a FORBIDDEN as much as a crash, at error level with its
 * stack). Over plain HTTP (exports, health) a database out of reach is answered 503 with
 * Retry-After; everything else is Nest's own handling.
 */
@Catch()
export class ApiExceptionsFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (host.getType() === 'http' && isServiceUnavailable(exception)) {
      const res = host.switchToHttp().getResponse<Response>();
      const cause = exception instanceof Error && 'originalError' in exception && exception.originalError instanceof Error ? exception.originalError : exception;
      this.logger.warn({ cause: cause instanceof Error ? cause.message : String(cause) }, 'The database could not be reached; the client was asked to try again');
      if (!res.headersSent) {
        res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        res.status(503).json({ statusCode: 503, code: SERVICE_UNAVAILABLE, message: SERVICE_UNAVAILABLE_MESSAGE, retryAfterSeconds: RETRY_AFTER_SECONDS });
      }
      return undefined;
    }
    return super.catch(exception, host);
  }
}
