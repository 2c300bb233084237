import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';

/** Gzip for pages and assets: a question page stays well under 100 KB on the wire. */
export function setUpCompression(app: NestExpressApplication): void {
  app.use(compression());
}
