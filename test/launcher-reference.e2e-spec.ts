import { Client } from 'pg';
import { createEmptyDatabase, databaseUrl, dropDatabase } from '@app/testing';
import { collectOutput, exitCode, runTs } from './support/run-ts';

/** `npm run reference:load` (from source) against DATABASE_URL; resolves with its exit code and output. */
async function loadReference(url: string): Promise<{ code: number | null; output: string }> {
  const child = runTs('apps/launcher/src/load-reference.ts', { DATABASE_URL: url });
  const output = collectOutput(child);
  return { code: await exitCode(child), output: output() };
}

describe('npm run reference:load, for a database the launcher does not manage', () => {
  jest.setTimeout(300_000);

  it('migrates an empty database and loads the reference data, then finds nothing to do, and never loads the sample', async () => {
    const name = `${new URL(process.env.DATABASE_URL as string).pathname.slice(1)}_reference`;
    await createEmptyDatabase(name);
    try {
      const first = await loadReference(databaseUrl(name));
      expect(first.code).toBe(0);
      expect(first.output).toMatch(/Schema: [1-9]\d* migration\(s\) applied · Reference data: loaded .*33 /);

      const second = await loadReference(databaseUrl(name));
      expect(second.code).toBe(0);
      expect(second.output).toContain('Schema: 0 migration(s) applied · Reference data: already present');

      const client = new Client({ connectionString: databaseUrl(name) });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT (SELECT count(*) FROM local_authority)::int AS authorities, (SELECT count(*) FROM person)::int AS people`);
        expect(rows[0]).toEqual({ authorities: 33, people: 0 });
      } finally {
        await client.end();
      }
    } finally {
      await dropDatabase(name);
    }
  });
});
