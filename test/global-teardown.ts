import 'tsconfig-paths/register';
import { dropDatabase } from '../libs/testing/src/test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_TEMPLATE_DATABASE) await dropDatabase(process.env.TEST_TEMPLATE_DATABASE);
}
