import 'tsconfig-paths/register';
import { buildTemplateDatabase } from '../libs/testing/src/test-database';

/** Once per run: migrate a template database that every test file copies. */
export default async function globalSetup(): Promise<void> {
  // Unique per run so that two runs on one machine never drop each other's template.
  process.env.TEST_TEMPLATE_DATABASE = `compact_test_template_${process.pid}`;
  await buildTemplateDatabase(process.env.TEST_TEMPLATE_DATABASE);
}
