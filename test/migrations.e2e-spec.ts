import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { createEmptyDatabase, databaseUrl, dropDatabase } from '@app/testing';

describe('migrations', () => {
  const name = `${new URL(process.env.DATABASE_URL as string).pathname.slice(1)}_migrations`;
  let ds: DataSource;

  beforeAll(async () => {
    await createEmptyDatabase(name);
    ds = new DataSource(dataSourceOptions(databaseUrl(name), { extra: { max: 1 } }));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(name);
  });

  it('build the schema the entities describe: generating again yields nothing', async () => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    const pending = await ds.driver.createSchemaBuilder().log();
    // Any statement here means an entity changed without a migration: run `npm run migration:generate`.
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('can all be reverted, leaving no tables or types behind', async () => {
    const count = ds.migrations.length;
    for (let i = 0; i < count; i += 1) await ds.undoLastMigration({ transaction: 'each' });
    const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    const types = await ds.query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`);
    expect(tables).toEqual([]);
    expect(types).toEqual([]);
  });
});
