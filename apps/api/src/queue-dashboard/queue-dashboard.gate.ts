import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { parse as parseCookies } from 'cookie';
import { NextFunction, Request, Response, Router } from 'express';
import helmet from 'helmet';
import { Actor, DomainError, Environment, ForbiddenError, NodeEnv, NotFoundError, QueueName, UnauthenticatedError } from '@app/core';
import { AuthenticatedCaller, IdentityErrorCode, QUEUE_DASHBOARD_ENTRY_TTL_SECONDS, QueueDashboardService, SessionService } from '@app/identity';
import { sendDomainError } from '../compact/domain-error.filter';
import { bearerToken, correlationIdOf } from '../graphql/context';
import { INTERNAL_MESSAGE, INTERNAL_SERVER_ERROR } from '../graphql/error-formatter';
import { dashboardAction } from './queue-dashboard-actions';
import { QUEUE_DASHBOARD_PATH, QueueBoard } from './queue-board';

/** The cookie a browser holds once it has opened a dashboard link. */
export const QUEUE_DASHBOARD_COOKIE = 'compact_queue_dashboard';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const QUEUES: readonly string[] = Object.values(QueueName);

/**
 * Everything under /admin/queues: security headers fit for the board's page, the one-time link
 * that lets a browser in (`/enter`), and, before any page, file or JSON answer of the board, the
 * access checks: a dashboard cookie or an access token, a session still open, the PROGRAMME_ADMIN
 * role, a change asked for by the board's own pages (not another site), and the change recorded
 * in the audit trail before it is made.
 */
@Injectable()
export class QueueDashboardGate {
  private readonly logger = new Logger('QueueDashboard');
  private readonly production: boolean;

  constructor(
    private readonly dashboard: QueueDashboardService,
    private readonly sessions: SessionService,
    private readonly board: QueueBoard,
    config: ConfigService<Environment, true>,
  ) {
    this.production = config.get('NODE_ENV', { infer: true }) === NodeEnv.PRODUCTION;
  }

  router(): Router {
    const router = Router();
    router.use(boardHeaders(this.production));
    // Opening a link spends it: a HEAD (a link checker, a preview) must not.
    router.head('/enter', (_req: Request, res: Response) => void res.status(405).setHeader('Allow', 'GET').end());
    router.get('/enter', this.safely((req, res) => this.enter(req, res)));
    router.use(this.safely((req, _res, next) => this.admit(req).then(() => next())));
    router.use(this.board.handle);
    router.use((_req: Request, res: Response) => sendDomainError(res, new NotFoundError('NOT_FOUND', 'The queue dashboard has no such page.')));
    router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
      this.logger.error(error);
      res.status(500).json({ code: INTERNAL_SERVER_ERROR, message: INTERNAL_MESSAGE });
    });
    return router;
  }

  /** Opens a one-time link: sets the dashboard cookie, then sends the browser to the board. */
  private async enter(req: Request, res: Response): Promise<void> {
    const ticket = typeof req.query.ticket === 'string' ? req.query.ticket : '';
    const entry = await this.dashboard.enter(anonymous(req), ticket);
    res.cookie(QUEUE_DASHBOARD_COOKIE, entry.credential, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.production,
      path: QUEUE_DASHBOARD_PATH,
      maxAge: QUEUE_DASHBOARD_ENTRY_TTL_SECONDS * 1000,
    });
    const queue = typeof req.query.queue === 'string' && QUEUES.includes(req.query.queue) ? req.query.queue : null;
    const target = `${QUEUE_DASHBOARD_PATH}/${queue ? `queue/${encodeURIComponent(queue)}` : ''}`;
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      // A browser sends no SameSite=Strict cookie after a redirect that began on another site, so a
      // link followed from elsewhere is sent on by a page of our own, which makes the next request same-origin.
      res.status(200).type('html').send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>Queue dashboard</title></head>` +
          `<body><p><a href="${target}">Open the queue dashboard</a></p></body></html>`,
      );
      return;
    }
    res.redirect(303, target);
  }

  /** Lets a programme admin through, or throws why not. */
  private async admit(req: Request): Promise<void> {
    const token = bearerToken(req);
    let caller: AuthenticatedCaller;
    if (token) {
      caller = await this.sessions.authenticate(token);
    } else {
      const entry = parseCookies(req.headers.cookie ?? '')[QUEUE_DASHBOARD_COOKIE] || null;
      if (!entry) {
        throw new UnauthenticatedError(
          IdentityErrorCode.QUEUE_DASHBOARD_NOT_ENTERED,
          'Open the queue dashboard through a link from the openQueueDashboard mutation (programme admins), or send Authorization: Bearer <access token>.',
        );
      }
      caller = await this.dashboard.authenticate(entry);
      // A cookie goes with every request the browser makes, whichever site asks: changes must come from the board's own pages.
      if (!SAFE_METHODS.has(req.method) && !sameOrigin(req)) {
        throw new ForbiddenError('CROSS_SITE_REQUEST', 'The queue dashboard accepts changes only from its own pages.');
      }
    }
    const actor: Actor = { personId: caller.personId, correlationId: correlationIdOf(req) };
    await this.dashboard.assertMayUse(actor);
    if (SAFE_METHODS.has(req.method)) return;
    const action = dashboardAction(req.method, req.path, req.body);
    if (!action) throw new NotFoundError('UNKNOWN_DASHBOARD_ACTION', `The queue dashboard has no change at ${req.method} ${req.path}.`);
    await this.dashboard.recordAction(actor, action);
  }

  /** Runs a handler, answering domain errors as the API does and passing anything else on. */
  private safely(handler: (req: Request, res: Response, next: NextFunction) => Promise<void>) {
    return (req: Request, res: Response, next: NextFunction): void => {
      handler(req, res, next).catch((error: unknown) => {
        if (error instanceof DomainError) sendDomainError(res, error);
        else next(error);
      });
    };
  }
}

function anonymous(req: Request): Actor {
  return { personId: null, correlationId: correlationIdOf(req) };
}

/**
 * Headers for the board: its page loads scripts, styles and fonts only from here, may not be
 * framed, and is never cached (it shows job data). The rest of the API keeps its own headers.
 */
function boardHeaders(production: boolean) {
  const security = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // The board's React components and its loading screen set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Cache-Control', 'no-store');
    security(req, res, next);
  };
}

/** Whether a request comes from a page of this origin (Origin header, or Sec-Fetch-Site when a browser sends no Origin). */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (typeof origin === 'string') return origin === `${req.protocol}://${req.get('host')}`;
  return req.headers['sec-fetch-site'] === 'same-origin';
}
