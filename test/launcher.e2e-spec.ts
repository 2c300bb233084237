import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyDatabase, databaseUrl, dropDatabase } from '@app/testing';
import { sparePort } from '../libs/testing/src/redis-server';
import { exitCode, runTs, waitForOutput } from './support/run-ts';

/** The status of GET `url` once something answers there (within a minute). */
async function healthOnceUp(url: string): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return (await fetch(url)).status;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('npm start', () => {
  it('with only Node: starts an embedded PostgreSQL under the data folder, migrates it and loads the 33 LAs, twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-embedded-'));
    // When run as root the server runs as a "postgres" user, which must be able to reach the folder.
    chmodSync(dir, 0o755);
    try {
      const first = runTs('test/support/embedded-postgres-check.ts', { EMBEDDED_DIR: join(dir, 'postgres') });
      const firstOut = JSON.parse((await waitForOutput(first, /\}\s*$/)).trim());
      expect(await exitCode(first)).toBe(0);
      expect(firstOut.description).toContain('embedded PostgreSQL');
      expect(firstOut.migrations).toBeGreaterThan(0);
      expect(firstOut.authorities).toBe(33);

      // Data is kept between runs: nothing to migrate, nothing loaded twice.
      const second = runTs('test/support/embedded-postgres-check.ts', { EMBEDDED_DIR: join(dir, 'postgres') });
      const secondOut = JSON.parse((await waitForOutput(second, /\}\s*$/)).trim());
      expect(await exitCode(second)).toBe(0);
      expect(secondOut).toMatchObject({ migrations: 0, authorities: 33 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the web app, API and worker together, says which database and queues it uses, serves pages and GraphQL, and stops cleanly', async () => {
    const name = `${new URL(process.env.DATABASE_URL as string).pathname.slice(1)}_launch`;
    await createEmptyDatabase(name);
    const port = String(await sparePort());
    const webPort = String(await sparePort());
    const launcher = runTs('apps/launcher/src/main.ts', {
      DATABASE_URL: databaseUrl(name),
      QUEUE_BACKEND: undefined,
      QUEUE_PREFIX: `launch_${port}`,
      NODE_ENV: 'development',
      LOAD_SAMPLE_DATA: 'false',
      PORT: port,
      WEB_PORT: webPort,
      LOG_LEVEL: 'info',
    });
    try {
      const out = await waitForOutput(launcher, /(GraphiQL: open http[^\n]*[\s\S]*Worker consuming|Worker consuming[\s\S]*GraphiQL: open http)/, 180_000);
      expect(out).toMatch(/Worker consuming system(, [a-z-]+)* on Redis/);
      expect(out).toMatch(/^Database: PostgreSQL at .* · Queues: BullMQ on Redis at redis:\/\/127\.0\.0\.1:6379\/? \(REDIS_URL\)$/m);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ localAuthorities { gssCode } }' }),
      });
      const body = (await res.json()) as { data: { localAuthorities: unknown[] } };
      expect(body.data.localAuthorities).toHaveLength(33);
      // The web app's address is the first line, and it answers there.
      expect(out.split('\n')[0]).toBe(`Web app: open http://127.0.0.1:${webPort} in a browser`);
      await expect(healthOnceUp(`http://127.0.0.1:${webPort}/health`)).resolves.toBe(200);
    } finally {
      launcher.kill('SIGTERM');
      expect(await exitCode(launcher)).toBe(0);
      await dropDatabase(name);
    }
    // Three processes start from TypeScript here; on a busy two-core machine that takes a while.
  }, 240_000);

  it('stops at once with a message naming a misconfigured variable', async () => {
    const launcher = runTs('apps/launcher/src/main.ts', { PORT: 'eighty' });
    let stderr = '';
    launcher.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await exitCode(launcher)).toBe(1);
    expect(stderr).toContain('PORT="eighty"');
  });
});
