import { Client } from 'pg';
import { prepareDatabase } from '../../apps/launcher/src/prepare-database';
import { startEmbeddedPostgres } from '../../apps/launcher/src/services';

/** Starts the embedded PostgreSQL in a given folder, migrates it, counts LAs, stops it; prints JSON. */
async function main(): Promise<void> {
  const db = await startEmbeddedPostgres(process.argv[2] ?? process.env.EMBEDDED_DIR ?? '');
  try {
    const prepared = await prepareDatabase(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM local_authority');
    await client.end();
    console.log(JSON.stringify({ description: db.description, migrations: prepared.migrationsApplied.length, authorities: rows[0].n }));
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
