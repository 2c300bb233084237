import { ArgumentsHost, Catch, ExceptionFilter, ForbiddenException, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { ApiError, ApiNotFoundError, ServiceUnavailableError, SessionExpiredError } from '../api/api-errors';
import { isCsrfError } from './csrf';

/** GOV.UK-style error pages; each says what happened and what to do next. */
export const ERROR_PAGES = {
  notFound: 'views/errors/not-found.njk',
  sessionExpired: 'views/errors/session-expired.njk',
  serviceUnavailable: 'views/errors/service-unavailable.njk',
  forbidden: 'views/errors/forbidden.njk',
  problem: 'views/errors/problem.njk',
} as const;

/**
 * The last step: whatever a page or middleware threw becomes an error page. Nothing about the
 * error's insides reaches the browser; unexpected ones are logged.
 */
@Catch()
export class ErrorHandlerFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebError');

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.end();
      return;
    }
    const [status, page] = this.pageFor(error, req);
    res.status(status);
    res.setHeader('cache-control', 'no-store');
    res.render(page, (renderError: Error | null, html?: string) => {
      if (renderError) {
        this.logger.error(`Could not render the error page ${page}: ${renderError.message}`);
        res.type('text/plain').send('Sorry, there is a problem with the service. Try again later.');
        return;
      }
      res.send(html);
    });
  }

  private pageFor(error: unknown, req: Request): [number, string] {
    if (error instanceof NotFoundException || error instanceof ApiNotFoundError) return [404, ERROR_PAGES.notFound];
    if (error instanceof SessionExpiredError) {
      if (req.session) {
        delete req.session.tokens;
        delete req.session.person;
      }
      return [401, ERROR_PAGES.sessionExpired];
    }
    // A form whose session has ended (timed out, or signed out in another tab).
    if (isCsrfError(error)) return [403, ERROR_PAGES.sessionExpired];
    if (error instanceof ServiceUnavailableError) return [503, ERROR_PAGES.serviceUnavailable];
    if ((error instanceof ApiError && error.code === 'FORBIDDEN') || error instanceof ForbiddenException) return [403, ERROR_PAGES.forbidden];
    if (error instanceof HttpException && error.getStatus() < 500) {
      return [error.getStatus(), error.getStatus() === 404 ? ERROR_PAGES.notFound : ERROR_PAGES.problem];
    }
    const status = (error as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return [status, ERROR_PAGES.problem];
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return [500, ERROR_PAGES.problem];
  }
}

export function setUpErrorHandler(app: NestExpressApplication): void {
  app.useGlobalFilters(new ErrorHandlerFilter());
}
