import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import onHeaders from 'on-headers';
import type { ServiceArea } from '../api/generated/graphql';
import { apiCallsOf } from '../api/round-trips';

declare module 'express-session' {
  interface SessionData {
    /** The parts of the service the signed-in person may open, as the API said at sign-in. */
    areas?: ServiceArea[];
  }
}

/** Where each part of the service the API may open to someone lives, and its name in the menu. */
const AREA_LINKS: Record<ServiceArea, { href: string; text: string }> = {
  OUR_HOUSE: { href: '/our-house', text: 'Our House' },
  OUR_AUTHORITY: { href: '/our-authority', text: 'Our authority' },
  LONDONS_PROGRESS: { href: '/londons-progress', text: 'London’s progress' },
  TRUST_BOARD: { href: '/trust-board', text: 'Trust Board' },
  MODERATION: { href: '/moderation', text: 'Moderation' },
  SAFEGUARDING: { href: '/safeguarding', text: 'Safeguarding' },
  PEOPLE: { href: '/people', text: 'People' },
  PUBLISHING: { href: '/admin/publish', text: 'Publish' },
  AUDIT: { href: '/admin/audit', text: 'Audit' },
  JOBS: { href: '/admin/jobs', text: 'Jobs' },
};

/**
 * What every template may show about the visitor (their name, whether signed in) and the page's
 * path for the navigation. Also reports the page's API round trips in a Server-Timing header.
 */
export function setUpCurrentUser(app: NestExpressApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.locals.currentUser = req.session?.tokens ? (req.session.person ?? null) : null;
    res.locals.currentPath = req.path;
    res.locals.navigation = navigationFor(req.path, !!res.locals.currentUser, res.locals.currentUser ? (req.session.areas ?? []) : []);
    onHeaders(res, function () {
      this.setHeader('server-timing', `api;desc="${apiCallsOf(res)}"`);
    });
    next();
  });
}

/**
 * The header's menu: the public pages, then signing in or the signed-in home and settings, then
 * the parts of the service the API lets the signed-in person open, in the API's order.
 */
export function navigationFor(path: string, signedIn: boolean, areas: readonly ServiceArea[] = []): { href: string; text: string; active: boolean }[] {
  const items = [
    { href: '/what-can-i-get', text: 'What can I get?' },
    { href: '/the-compact', text: 'The Compact' },
    ...(signedIn
      ? [
          { href: '/what-needs-you', text: 'What needs you' },
          ...areas.filter((area) => area in AREA_LINKS).map((area) => AREA_LINKS[area]),
          { href: '/settings', text: 'Your settings' },
        ]
      : [{ href: '/sign-in', text: 'Sign in' }]),
  ];
  return items.map((item) => ({ ...item, active: path === item.href || path.startsWith(`${item.href}/`) }));
}
