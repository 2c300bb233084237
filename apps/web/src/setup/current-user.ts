import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import onHeaders from 'on-headers';
import { apiCallsOf } from '../api/round-trips';

/**
 * What every template may show about the visitor (their name, whether signed in) and the page's
 * path for the navigation. Also reports the page's API round trips in a Server-Timing header.
 */
export function setUpCurrentUser(app: NestExpressApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.currentUser = req.session?.tokens ? (req.session.person ?? null) : null;
    res.locals.currentPath = req.path;
    res.locals.navigation = navigationFor(req.path, !!res.locals.currentUser);
    onHeaders(res, function () {
      this.setHeader('server-timing', `api;desc="${apiCallsOf(res)}"`);
    });
    next();
  });
}

/** The header's menu: the public pages, then signing in or the signed-in home. */
export function navigationFor(path: string, signedIn: boolean): { href: string; text: string; active: boolean }[] {
  const items = [
    { href: '/what-can-i-get', text: 'What can I get?' },
    { href: '/the-compact', text: 'The Compact' },
    ...(signedIn
      ? [
          { href: '/what-needs-you', text: 'What needs you' },
          { href: '/settings', text: 'Your settings' },
        ]
      : [{ href: '/sign-in', text: 'Sign in' }]),
  ];
  return items.map((item) => ({ ...item, active: path === item.href || path.startsWith(`${item.href}/`) }));
}
