import type { NestExpressApplication } from '@nestjs/platform-express';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';

export const CSRF_FIELD = '_csrf';

const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req) => {
    const token = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    return typeof token === 'string' ? token : undefined;
  },
  errorConfig: { statusCode: 403, message: 'The form has expired.', code: 'EBADCSRFTOKEN' },
});

/**
 * A synchroniser token on every form that posts (kept in the session): templates call
 * `csrfToken()`, so a session starts only when a page has such a form. GET pages change nothing.
 */
export function setUpCsrf(app: NestExpressApplication): void {
  app.use(csrfSynchronisedProtection);
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.csrfToken = () => generateToken(req);
    next();
  });
}

/** Whether an error is a refused CSRF token (usually: the session behind the form has ended). */
export function isCsrfError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EBADCSRFTOKEN';
}
