import 'tsconfig-paths/register';
import { buildTemplateDatabase } from '@app/testing';

/** Once per run: migrate a template database that every test file copies. */
export default async function globalSetup(): Promise<void> {
  await buildTemplateDatabase();
}
