import type { NestExpressApplication } from '@nestjs/platform-express';

/** HTML forms only (application/x-www-form-urlencoded), small; an officer's bulk update of up to 200 offers is the largest. */
export function setUpBodyParsing(app: NestExpressApplication): void {
  app.useBodyParser('urlencoded', { extended: false, limit: '200kb' });
}
