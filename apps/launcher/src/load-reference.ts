import 'reflect-metadata';
import { EnvironmentError, validateEnvironment } from '@app/core';
import { describePrepared, prepareDatabase } from './prepare-database';
import { resolveDatabase } from './services';

/**
 * `npm run reference:load`: what `npm start` does to the database before it runs anything, for a
 * deployment that runs the API and worker itself (`npm run start:api`, `npm run start:worker`):
 * applies pending migrations, then loads London's reference data (idempotent). Never the sample.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const database = await resolveDatabase(env, { adopt: false });
  try {
    console.log(`Database: ${database.description}`);
    console.log(describePrepared(await prepareDatabase(database.url)));
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
