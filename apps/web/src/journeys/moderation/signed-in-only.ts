import type { NextFunction, Request, Response } from 'express';
import { isSignedIn } from '../../setup/authentication';
import { redirectAfterSaving } from '../../setup/session';

/**
 * For the pages of the people who run the Compact: anyone not signed in is sent to sign in and
 * brought back after. Whether they may see the page is the API's to say.
 */
export function signedInOnly(req: Request, res: Response, next: NextFunction): void {
  if (isSignedIn(req)) return next();
  if (req.method !== 'GET') return res.redirect(303, '/sign-in');
  req.session.returnTo = req.originalUrl;
  redirectAfterSaving(req, res, '/sign-in').catch(next);
}

/** The one-off message a page shows after a change (then forgets). */
export function takeFlash(req: Request): string | undefined {
  const flash = req.session.flash;
  delete req.session.flash;
  return flash;
}

/** A form's text field, with Windows line endings made plain and the ends trimmed. */
export function formText(raw: unknown): string {
  return typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
}
