import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { loadReferenceData } from '@app/reference';

/** Server the tests use; override with TEST_DATABASE_SERVER_URL. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
/** Set by jest's globalSetup for its run, so parallel runs never share a template. */
export function templateDatabase(): string {
  return process.env.TEST_TEMPLATE_DATABASE ?? 'compact_test_template';
}

export function databaseUrl(name: string): string {
  return `${TEST_SERVER_URL}/${name}`;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * Builds the template every test database is copied from: all migrations applied to an empty
 * database, then London's reference data. Run once per `npm test` (jest globalSetup).
 */
export async function buildTemplateDatabase(name = templateDatabase()): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  const ds = new DataSource(dataSourceOptions(databaseUrl(name), { extra: { max: 2 } }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    await ds.transaction((m) => loadReferenceData(m));
  } finally {
    await ds.destroy();
  }
}

/** A fresh copy of the template for one test file. */
export async function createDatabaseFromTemplate(name: string): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`);
  });
}

export async function createEmptyDatabase(name: string): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}
