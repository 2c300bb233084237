import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyDatabase, databaseUrl, dropDatabase } from '@app/testing';
import { sparePort } from '../libs/testing/src/redis-server';
import { removeEmbeddedData } from './support/embedded-data';
import { collectOutput, exitCode, runTs, waitForOutput } from './support/run-ts';

/** One GraphQL request to a running API, as a browser or script would send it. */
async function graphql(port: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: any; errors?: { message: string }[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string }[] };
}

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
  // Each test starts processes under ts-node, which on a busy machine takes a while.
  jest.setTimeout(240_000);

  it('with only Node: starts an embedded PostgreSQL under the data folder, migrates it and loads the 33 LAs, twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-embedded-'));
    // When run as root the server runs as a "postgres" user, which must be able to reach the folder.
    chmodSync(dir, 0o755);
    const env = { EMBEDDED_DATA_DIR: dir, EMBEDDED_POSTGRES_PORT: String(await sparePort()) };
    try {
      const first = runTs('test/support/embedded-postgres-check.ts', env);
      const firstOut = JSON.parse((await waitForOutput(first, /\}\s*$/, 200_000)).trim());
      expect(await exitCode(first)).toBe(0);
      expect(firstOut.description).toContain('embedded PostgreSQL');
      expect(firstOut.migrations).toBeGreaterThan(0);
      expect(firstOut.authorities).toBe(33);

      // Data is kept between runs: nothing to migrate, nothing loaded twice.
      const second = runTs('test/support/embedded-postgres-check.ts', env);
      const secondOut = JSON.parse((await waitForOutput(second, /\}\s*$/, 200_000)).trim());
      expect(await exitCode(second)).toBe(0);
      expect(secondOut).toMatchObject({ migrations: 0, authorities: 33 });
    } finally {
      removeEmbeddedData(dir);
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
      const out = await waitForOutput(launcher, /(GraphiQL: open http[^\n]*[\s\S]*Worker consuming|Worker consuming[\s\S]*GraphiQL: open http)/, 200_000);
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

  it('in development: readable logs, the lines a person needs last, the sample admin signs in with the code from the log and stays signed in across a restart', async () => {
    const name = `${new URL(process.env.DATABASE_URL as string).pathname.slice(1)}_dev`;
    await createEmptyDatabase(name);
    const dataDir = mkdtempSync(join(tmpdir(), 'compact-dev-'));
    const port = String(await sparePort());
    const env = {
      DATABASE_URL: databaseUrl(name),
      QUEUE_BACKEND: undefined,
      QUEUE_PREFIX: `dev_${port}`,
      NODE_ENV: 'development',
      LOAD_SAMPLE_DATA: undefined,
      JWT_SECRET: undefined,
      SMTP_URL: undefined,
      DATA_DIR: dataDir,
      PORT: port,
      LOG_LEVEL: 'info',
    };
    const start = async () => {
      const launcher = runTs('apps/launcher/src/main.ts', env);
      const output = collectOutput(launcher);
      await waitForOutput(launcher, /Stop with Ctrl-C\./, 200_000);
      return { launcher, output };
    };
    let running = await start();
    try {
      const printed = running.output();
      // The logs are short readable lines, each saying which process wrote it, not JSON.
      expect(printed).toMatch(/^worker +\| \[\d\d:\d\d:\d\d\] INFO: .*Worker consuming/m);
      expect(printed).not.toMatch(/^\{"level"/m);
      // What a person needs comes last.
      const closing = printed.slice(printed.lastIndexOf('Compact is running'));
      expect(closing).toMatch(new RegExp(`GraphiQL: open http://127\\.0\\.0\\.1:${port}/graphql in a browser`));
      expect(closing).toContain('ask for a code for admin@sample.example');

      // The sample programme admin signs in with the code the log shows.
      const logged = waitForOutput(running.launcher, /Sign-in code for admin@sample\.example: \d{6}/);
      await graphql(port, `mutation { requestSignInCode(input: { email: "admin@sample.example" }) { message } }`);
      const code = /Sign-in code for admin@sample\.example: (\d{6})/.exec(await logged)![1];
      const verified = await graphql(port, `mutation($code: String!) { verifySignInCode(input: { email: "admin@sample.example", code: $code }) { tokens { accessToken } } }`, { code });
      const token = verified.data.verifySignInCode.tokens.accessToken as string;
      const adminOnly = `{ auditEvents(first: 1) { edges { node { action } } } myProfile { displayName } }`;
      const asAdmin = await graphql(port, adminOnly, {}, token);
      expect(asAdmin.errors).toBeUndefined();
      expect(asAdmin.data.myProfile.displayName).toBe('Robin Ahmed (programme admin)');

      // A restart keeps the development signing secret (in DATA_DIR, readable by its owner only): still signed in.
      running.launcher.kill('SIGTERM');
      expect(await exitCode(running.launcher)).toBe(0);
      expect(statSync(join(dataDir, 'development-secret')).mode & 0o777).toBe(0o600);
      running = await start();
      expect(running.output()).toContain('Sample programme: already present');
      const again = await graphql(port, adminOnly, {}, token);
      expect(again.errors).toBeUndefined();
      expect(again.data.myProfile.displayName).toBe('Robin Ahmed (programme admin)');
    } finally {
      running.launcher.kill('SIGTERM');
      await exitCode(running.launcher);
      rmSync(dataDir, { recursive: true, force: true });
      await dropDatabase(name);
    }
  }, 600_000);
});
