import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import type { WebConfig } from './config/web-config';
import { setUpAuthentication } from './setup/authentication';
import { setUpBodyParsing } from './setup/body-parsing';
import { setUpCompression } from './setup/compression';
import { setUpCsrf } from './setup/csrf';
import { setUpCurrentUser } from './setup/current-user';
import { setUpErrorHandler } from './setup/error-handler';
import { setUpHealth } from './setup/health';
import { setUpNunjucks } from './setup/nunjucks';
import { setUpSession } from './setup/session';
import { setUpStaticAssets } from './setup/static-assets';
import { setUpWebSecurity } from './setup/web-security';
import { setProgrammeTimeZone } from './views/london-time';
import { WebModule } from './web.module';

/**
 * The web app, set up in order, one concern per step (each in its own file under setup/):
 * health, compression, web security, static assets, session, body parsing, Nunjucks,
 * authentication, CSRF, current user, then the routes (one module per journey, registered when
 * the app starts), "page not found" (a catch-all route registered after every journey), and the
 * error handler (a global filter that turns anything thrown into an error page).
 *
 * Static assets come before the session: a stylesheet or script never reads the session store,
 * and never answers with the session cookie it was sent. (With rolling cookies, an asset request
 * still in flight when signing in changed the session id would otherwise set the old id again.)
 */
export async function createWebApp(config: WebConfig): Promise<NestExpressApplication> {
  // Every page reads days and clock times in the one configured zone (TIME_ZONE, as the API does).
  setProgrammeTimeZone(config.timeZone);
  const pool = new Pool({ connectionString: config.databaseUrl, max: 5, connectionTimeoutMillis: 5000 });
  const logger = nestLogLevels(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(WebModule.forRoot(config, pool), { bodyParser: false, logger });
  setUpHealth(app, pool);
  setUpCompression(app);
  setUpWebSecurity(app, config);
  setUpStaticAssets(app, config);
  setUpSession(app, config, pool);
  setUpBodyParsing(app);
  setUpNunjucks(app, config);
  setUpAuthentication(app);
  setUpCsrf(app);
  setUpCurrentUser(app);
  setUpErrorHandler(app);
  app.enableShutdownHooks();
  return app;
}

/** Nest's log levels for LOG_LEVEL: its start-up chatter only at debug and below. */
function nestLogLevels(level: string): false | ('fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose')[] {
  switch (level) {
    case 'silent':
      return false;
    case 'fatal':
      return ['fatal'];
    case 'error':
      return ['fatal', 'error'];
    case 'debug':
    case 'trace':
      return ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
    default:
      return ['fatal', 'error', 'warn'];
  }
}
