import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import nunjucks from 'nunjucks';
import type { WebConfig } from '../config/web-config';
import { longDate } from '../views/dates';
import { packageDir } from './static-assets';

export const SERVICE_NAME = 'London Care Leavers Compact';

/**
 * Templates: each page's own beside its route (`journeys/<journey>/<page>.njk`), one layout and
 * shared partials under `views/`, and the GOV.UK Frontend and MoJ Frontend macros.
 */
export function setUpNunjucks(app: NestExpressApplication, config: WebConfig): nunjucks.Environment {
  const root = join(__dirname, '..');
  const env = nunjucks.configure(
    [root, join(packageDir('govuk-frontend'), 'dist'), packageDir('@ministryofjustice/frontend')],
    { autoescape: true, throwOnUndefined: false, noCache: !config.production, express: app.getHttpAdapter().getInstance() },
  );
  env.addGlobal('serviceName', SERVICE_NAME);
  env.addFilter('longDate', longDate);
  // MoJ Frontend's timeline writes its dates with this filter: the same GOV.UK style.
  env.addFilter('mojDate', (value: unknown) => longDate(value));
  app.setViewEngine('njk');
  return env;
}
