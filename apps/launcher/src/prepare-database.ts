import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/core';
import { loadReferenceData, ReferenceLoadResult } from '@app/reference';
import { loadSampleProgramme, SampleLoadResult } from '@app/sample';

export interface PreparedDatabase {
  migrationsApplied: string[];
  reference: ReferenceLoadResult;
  sample: SampleLoadResult | null;
}

/**
 * Applies pending migrations, loads London's reference data (idempotent), and, when asked, the
 * sample programme (once).
 */
export async function prepareDatabase(url: string, options: { sample?: boolean } = {}): Promise<PreparedDatabase> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await ds.initialize();
  try {
    const migrations = await ds.runMigrations({ transaction: 'each' });
    const reference = await ds.transaction((m) => loadReferenceData(m));
    const sample = options.sample ? await ds.transaction((m) => loadSampleProgramme(m)) : null;
    return { migrationsApplied: migrations.map((m) => m.name), reference, sample };
  } finally {
    await ds.destroy();
  }
}
