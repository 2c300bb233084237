import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { Response } from 'express';
import { DomainError } from '@app/core';
import { codeFor } from '../graphql/error-formatter';

const STATUS: Record<ReturnType<typeof codeFor>, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
};

/**
 * Domain errors on plain HTTP routes: the status that matches the error, and a JSON body with the
 * same code, reason, message and field a GraphQL client would get.
 */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    sendDomainError(host.switchToHttp().getResponse<Response>(), error);
  }
}

/** Answers a plain HTTP request with a domain error: its status, and the body a GraphQL client would read. */
export function sendDomainError(res: Response, error: DomainError): void {
  const code = codeFor(error.kind);
  if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(STATUS[code]).json({
    code,
    reason: error.reason,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(error.details ? { details: error.details } : {}),
  });
}
