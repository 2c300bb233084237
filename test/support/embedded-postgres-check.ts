import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/launcher/src/embedded-postgres';
import { prepareDatabase } from '../../apps/launcher/src/prepare-database';
import { ensureDatabaseExists } from '../../apps/launcher/src/services';

/**
 * Starts the embedded PostgreSQL with its data under EMBEDDED_DATA_DIR (as DATA_DIR), migrates it,
 * counts LAs, stops it; prints JSON.
 */
async function main(): Promise<void> {
  const db = await startEmbeddedPostgres({ dataDir: process.env.EMBEDDED_DATA_DIR ?? '', port: Number(process.env.EMBEDDED_POSTGRES_PORT), adopt: true });
  try {
    await ensureDatabaseExists(db.url);
    const prepared = await prepareDatabase(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM local_authority');
    await client.end();
    console.log(JSON.stringify({ description: db.description, clusterDir: db.clusterDir, logFile: db.logFile, migrations: prepared.migrationsApplied.length, authorities: rows[0].n }));
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
