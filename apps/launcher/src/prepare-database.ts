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

/** One line saying what preparing the database did. */
export function describePrepared(prepared: PreparedDatabase): string {
  const loaded = Object.entries(prepared.reference).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  const parts = [
    `Schema: ${prepared.migrationsApplied.length} migration(s) applied`,
    `Reference data: ${loaded.length ? `loaded ${loaded.join(', ')}` : 'already present'}`,
  ];
  if (prepared.sample) {
    const { loaded: sampleLoaded, people, proposals } = prepared.sample;
    parts.push(`Sample programme: ${sampleLoaded ? `loaded (${people} people, ${proposals} proposals, marked as sample)` : 'already present'}`);
  }
  return parts.join(' · ');
}
