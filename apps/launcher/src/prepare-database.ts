import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { loadReferenceData, ReferenceLoadResult } from '@app/reference';

export interface PreparedDatabase {
  migrationsApplied: string[];
  reference: ReferenceLoadResult;
}

/** Applies pending migrations, then loads London's reference data (idempotent). */
export async function prepareDatabase(url: string): Promise<PreparedDatabase> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await ds.initialize();
  try {
    const migrations = await ds.runMigrations({ transaction: 'each' });
    const reference = await ds.transaction((m) => loadReferenceData(m));
    return { migrationsApplied: migrations.map((m) => m.name), reference };
  } finally {
    await ds.destroy();
  }
}
