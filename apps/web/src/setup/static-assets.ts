import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { WebConfig } from '../config/web-config';

/** Where an installed package keeps its files. */
export function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The design system's compiled bundles, served from the packages' dist folders as they are. */
export const PACKAGE_ASSETS: Record<string, string> = {
  '/assets/govuk/govuk-frontend.min.css': join(packageDir('govuk-frontend'), 'dist/govuk/govuk-frontend.min.css'),
  '/assets/govuk/govuk-frontend.min.js': join(packageDir('govuk-frontend'), 'dist/govuk/govuk-frontend.min.js'),
  '/assets/moj/moj-frontend.min.css': join(packageDir('@ministryofjustice/frontend'), 'moj/moj-frontend.min.css'),
  '/assets/accessible-autocomplete/accessible-autocomplete.min.css': join(packageDir('accessible-autocomplete'), 'dist/accessible-autocomplete.min.css'),
  '/assets/accessible-autocomplete/accessible-autocomplete.min.js': join(packageDir('accessible-autocomplete'), 'dist/accessible-autocomplete.min.js'),
};

/**
 * Static files: the bundles above and the web app's own stylesheet, script and icon
 * (apps/web/src/assets). GOV.UK Frontend's fonts and images are not served: this service is not
 * on GOV.UK and uses neither its typeface nor its crown.
 */
export function setUpStaticAssets(app: NestExpressApplication, config: WebConfig): void {
  const maxAge = config.production ? 24 * 60 * 60 * 1000 : 0;
  const express = app.getHttpAdapter().getInstance();
  for (const [path, file] of Object.entries(PACKAGE_ASSETS)) {
    express.get(path, (_req: Request, res: Response) => res.sendFile(file, { maxAge }));
  }
  app.useStaticAssets(join(__dirname, '..', 'assets'), { prefix: '/assets/web/', maxAge, index: false });
}
