import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';

/**
 * GET /health: 200 while the web app can serve pages (it answers and its session database
 * answers), 503 otherwise. First in the chain, so it sets no cookie and needs no API.
 */
export function setUpHealth(app: NestExpressApplication, sessions: Pool): void {
  app.getHttpAdapter().getInstance().get('/health', async (_req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    try {
      await sessions.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'The session database does not answer.' });
    }
  });
}
