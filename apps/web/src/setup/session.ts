import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Pool } from 'pg';
import type { WebConfig } from '../config/web-config';
import '../api/session-tokens';

/** The table migrations/…-WebSessions.ts makes; the library never creates it. */
export const SESSION_TABLE = 'web_session';
export const SESSION_COOKIE = 'compact.sid';

/**
 * A server-side session in PostgreSQL named by an HttpOnly, SameSite=Lax cookie (Secure in
 * production). It holds the API's tokens, never shown to the browser. Nothing is stored for a
 * visitor until a page needs it (a form's CSRF token, signing in).
 */
export function setUpSession(app: NestExpressApplication, config: WebConfig, pool: Pool): void {
  const PgStore = connectPgSimple(session);
  app.use(
    session({
      name: SESSION_COOKIE,
      store: new PgStore({ pool, tableName: SESSION_TABLE, createTableIfMissing: false, pruneSessionInterval: 15 * 60 }),
      secret: config.sessionSecret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      proxy: config.trustProxy ? true : undefined,
      cookie: { httpOnly: true, sameSite: 'lax', secure: config.production, path: '/', maxAge: config.sessionIdleMinutes * 60_000 },
    }),
  );
}

/**
 * Saves the session, then redirects. A browser follows a redirect as soon as its headers arrive,
 * which can be before express-session has finished saving a changed session at the end of the
 * response: the next page would then read the session as it was.
 */
export function redirectAfterSaving(req: Request, res: Response, location: string): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.save((error) => {
      if (error) return reject(error);
      res.redirect(303, location);
      resolve();
    }),
  );
}
