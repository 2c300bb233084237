import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { sparePort } from '../libs/testing/src/redis-server';
import { removeEmbeddedData } from './support/embedded-data';
import { collectOutput, exitCode, runTs } from './support/run-ts';

const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken person { id displayName } } } }`;

/** Runs `npm run admin -- <args>` (from source) with `env`; resolves with its exit code and output. */
async function admin(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const child = runTs('apps/launcher/src/admin.ts', env, { args });
  const output = collectOutput(child);
  const code = await exitCode(child);
  return { code, output: output() };
}

describe('npm run admin -- grant: the first programme admin', () => {
  jest.setTimeout(240_000);
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('records the person and grants the role once, audited as the system; they then sign in and use admin-only operations', async () => {
    const env = { DATABASE_URL: process.env.DATABASE_URL };
    const first = await admin(['grant', 'Fran.Okafor@Example.org', '--name', 'Fran Okafor'], env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.output).toContain('Recorded Fran Okafor <Fran.Okafor@Example.org> and made them a programme admin.');

    const trail = () =>
      t.dataSource.query(`SELECT action, entity_type AS "entityType", actor_id AS "actorId" FROM audit_event WHERE correlation_id LIKE 'npm-run-admin-%' ORDER BY at`);
    expect(await trail()).toEqual([
      { action: 'createPerson', entityType: 'person', actorId: null },
      { action: 'grantRole', entityType: 'role_grant', actorId: null },
    ]);

    // Again, with the email in another case: nothing changes.
    const second = await admin(['grant', 'fran.okafor@example.org'], env);
    expect(second).toMatchObject({ code: 0 });
    expect(second.output).toContain('Fran Okafor <Fran.Okafor@Example.org> is already a programme admin; nothing changed.');
    expect(await trail()).toHaveLength(2);
    const grants = await t.dataSource.query(`SELECT count(*)::int AS n FROM role_grant g JOIN person p ON p.id = g.person_id WHERE p.email = 'Fran.Okafor@Example.org'`);
    expect(grants[0].n).toBe(1);

    // They sign in as anyone does, with a code sent to their address.
    await t.ok(REQUEST_CODE, { input: { email: 'fran.okafor@example.org' } });
    const code = /\b(\d{6})\b/.exec((await smtp.nextMailTo('fran.okafor@example.org')).subject)![1];
    const signedIn = await t.ok(VERIFY, { input: { email: 'fran.okafor@example.org', code } });
    const token = signedIn.verifySignInCode.tokens.accessToken;
    expect(signedIn.verifySignInCode.tokens.person.displayName).toBe('Fran Okafor');

    // …and can do what only a programme admin can: read the audit trail, which shows the grant by the system.
    const audit = await t.ok(`{ auditEvents(filter: { entityType: "role_grant" }) { edges { node { action actorId correlationId } } } }`, {}, { token });
    expect(audit.auditEvents.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ action: 'grantRole', actorId: null, correlationId: expect.stringMatching(/^npm-run-admin-/) });
  });

  it('refuses something that is not an email, saying so, and changes nothing', async () => {
    const result = await admin(['grant', 'not-an-email'], { DATABASE_URL: process.env.DATABASE_URL });
    expect(result.code).toBe(1);
    expect(result.output).toContain('"not-an-email" is not an email address');
  });

  it('explains how to use it when the command is incomplete', async () => {
    const result = await admin(['grant'], { DATABASE_URL: process.env.DATABASE_URL });
    expect(result.code).toBe(2);
    expect(result.output).toContain('Usage: npm run admin -- grant <email> [--name "Display name"]');
  });

  it('works on the embedded PostgreSQL in DATA_DIR, starting it for the command and stopping it after', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'compact-admin-'));
    // A folder other users may enter, as a home folder usually is (mkdtemp makes it private).
    chmodSync(dataDir, 0o755);
    const port = String(await sparePort());
    try {
      const result = await admin(['grant', 'ops@example.org'], { DATABASE_URL: undefined, EMBEDDED_POSTGRES: 'true', EMBEDDED_POSTGRES_PORT: port, DATA_DIR: dataDir });
      expect(result.output).toContain('Database: embedded PostgreSQL');
      expect(result.output).toContain('Recorded ops <ops@example.org> and made them a programme admin.');
      expect(result.code).toBe(0);
      // Stopped again: nothing answers on its port.
      const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/compact`, connectionTimeoutMillis: 2000 });
      await expect(client.connect()).rejects.toThrow();
    } finally {
      removeEmbeddedData(dataDir);
    }
  });
});
