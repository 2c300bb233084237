import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { prepareDatabase } from '../../apps/launcher/src/prepare-database';
import { generate, GeneratedCounts } from './generate';

export const SERVER_URL = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: `${SERVER_URL}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
  counts: GeneratedCounts;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** A database of the benchmark's own: created, migrated, filled at `scale`, dropped afterwards. */
export async function createBenchDatabase(scale: number, suffix = `${process.pid}`, options: { generate?: boolean } = {}): Promise<BenchDatabase> {
  const name = `compact_bench_${scale}x_${suffix}`;
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = `${SERVER_URL}/${name}`;
  await prepareDatabase(url);
  // The bench's own statements (generating data over thousands of ids, checking results) are
  // not the service's: they are never reported as slow queries.
  const dataSource = new DataSource(dataSourceOptions(url, { extra: { max: 4 }, logging: false, maxQueryExecutionTime: 0 }));
  await dataSource.initialize();
  const counts = options.generate === false ? { scale: 0, offers: 0, agreements: 0, history: 0, votes: 0, comments: 0, members: 0 } : await generate(dataSource, scale);
  return {
    name,
    url,
    counts,
    dataSource,
    async drop() {
      await dataSource.destroy();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function postgresVersion(ds: DataSource): Promise<string> {
  const [row] = await ds.query('SHOW server_version');
  return row.server_version;
}
