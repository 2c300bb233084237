import 'tsconfig-paths/register';
import { dropDatabase } from '@app/testing';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_TEMPLATE_DATABASE) await dropDatabase(process.env.TEST_TEMPLATE_DATABASE);
}
