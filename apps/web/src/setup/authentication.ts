import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { redirectAfterSaving } from './session';

/** Pages for signed-in people only; anyone else is sent to sign in and brought back after. */
export const SIGNED_IN_PATHS = ['/what-needs-you', '/proposals', '/consultations', '/settings', '/londons-progress', '/our-authority', '/our-house', '/trust-board', '/moderation', '/safeguarding', '/people', '/admin'];

export function isSignedIn(req: Request): boolean {
  return !!req.session?.tokens;
}

/**
 * Who may see the signed-in pages: someone whose session holds the API's tokens. Whether those
 * tokens still work is the API's to say: the API client refreshes them when they are near expiry
 * and answers "session expired" when the API no longer accepts them.
 */
export function setUpAuthentication(app: NestExpressApplication): void {
  app.use(SIGNED_IN_PATHS, (req: Request, res: Response, next: NextFunction) => {
    if (isSignedIn(req)) return next();
    if (req.method !== 'GET') return res.redirect(303, '/sign-in');
    req.session.returnTo = req.originalUrl;
    redirectAfterSaving(req, res, '/sign-in').catch(next);
  });
}
