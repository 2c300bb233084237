import type { NestExpressApplication } from '@nestjs/platform-express';

/** HTML forms only (application/x-www-form-urlencoded), small. */
export function setUpBodyParsing(app: NestExpressApplication): void {
  app.useBodyParser('urlencoded', { extended: false, limit: '20kb' });
}
