// First: the settings this file runs with, before anything reads the configuration.
import { JWT_SECRET } from './support/logging-settings';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '@app/testing';
import { sparePort } from '../libs/testing/src/redis-server';
import { startApiProcess, WorkerProcess } from '../libs/testing/src/worker-process';
import { ENTITLEMENTS_LIMIT } from '../apps/api/src/compact/entitlements.resolver';
import { ProgrammeApi } from './support/programme-api';

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  correlationId?: string;
  code?: string;
  reason?: string;
  err?: { message?: string; stack?: string };
  req?: { id?: string };
  [key: string]: unknown;
}

const LEVEL = { info: 30, warn: 40, error: 50 };

/**
 * What the API writes to its log when a request fails, read from the real API process's output
 * (pino JSON lines): a refusal it meant to give is one info line without a stack; a fault is one
 * error line with its stack and the correlation id the client was given.
 */
describe('the API’s log of failed requests', () => {
  let t: TestApp;
  let api: ProgrammeApi;
  let server: WorkerProcess;
  let base: string;
  let person: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = await ProgrammeApi.start(t);
    person = (await api.person()).id;
    const port = await sparePort();
    base = `http://127.0.0.1:${port}`;
    server = await startApiProcess({ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', JWT_SECRET }, 170000);
  }, 180000);
  afterAll(async () => {
    await server?.kill('SIGTERM');
    await t?.close();
  });

  /** The JSON lines the API printed from `from` on. */
  function lines(from: number): LogLine[] {
    return server
      .output()
      .slice(from)
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);
  }

  /**
   * Sends one GraphQL request to the API process with its own correlation id, waits until the API
   * has logged the request as completed (everything it logs for a request comes before that), and
   * returns the answer and the lines logged meanwhile.
   */
  async function send(query: string, variables: Record<string, unknown> = {}, as?: string): Promise<{ id: string; body: any; logged: LogLine[] }> {
    const id = `test-${randomUUID()}`;
    const from = server.output().length;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-correlation-id': id };
    if (as) headers.authorization = `Bearer ${await t.tokenFor(as)}`;
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    await server.waitFor(new RegExp(`"id":"${id}"[^\\n]*"msg":"request completed"`), 15000);
    return { id, body, logged: lines(from) };
  }

  /** The request was refused with `code`, logged once at info with the correlation id, and nothing at warn or above, and no stack anywhere. */
  function expectRefusalLogged(result: { id: string; body: any; logged: LogLine[] }, code: string): void {
    expect(result.body.errors?.[0]?.extensions?.code).toBe(code);
    const refusals = result.logged.filter((l) => l.correlationId === result.id && l.msg?.startsWith('Refused'));
    expect(refusals).toEqual([expect.objectContaining({ level: LEVEL.info, code, msg: expect.stringContaining(`Refused (${code}): `) })]);
    expect(refusals[0].err).toBeUndefined();
    expect(result.logged.filter((l) => l.level >= LEVEL.warn)).toEqual([]);
    expect(JSON.stringify(result.logged)).not.toMatch(/"stack"|\\n\s+at /);
  }

  it('logs UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT and CONFLICT at info, one line each, without a stack', async () => {
    expectRefusalLogged(await send(`{ myProfile { id } }`), 'UNAUTHENTICATED');
    expectRefusalLogged(await send(`{ auditEvents { totalCount } }`, {}, person), 'FORBIDDEN');
    expectRefusalLogged(await send(`query($id: ID!) { proposal(id: $id) { id } }`, { id: randomUUID() }, person), 'NOT_FOUND');
    // Malformed ids reach the database, which refuses them; the API says which value is wrong.
    expectRefusalLogged(await send(`query($id: ID!) { proposal(id: $id) { id } }`, { id: 'not-a-uuid' }, person), 'BAD_USER_INPUT');
    expectRefusalLogged(
      await send(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { version } } }`, {
        input: { kind: 'COMMENT_REPLY', delivery: 'WEEKLY_DIGEST', expectedVersion: 3 },
      }, person),
      'CONFLICT',
    );
    const refused = await send(`query($id: ID!) { proposal(id: $id) { id } }`, { id: randomUUID() }, person);
    expect(refused.logged.find((l) => l.msg?.startsWith('Refused'))).toMatchObject({ reason: 'PROPOSAL_NOT_FOUND', context: 'GraphQL' });
  });

  it('logs TOO_MANY_REQUESTS at info too', async () => {
    const lookup = `query { entitlements(responsibleAuthority: "lam", residentAuthority: "crd", age: 20) { offers { status } } }`;
    for (let i = 0; i < ENTITLEMENTS_LIMIT; i += 1) {
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: lookup }) });
    }
    expectRefusalLogged(await send(lookup), 'TOO_MANY_REQUESTS');
  });

  it('logs an unexpected failure at error, with its stack and the correlation id the client was given', async () => {
    // A fault nobody meant: the table the preferences live in has gone.
    await t.dataSource.query(`ALTER TABLE notification_preference RENAME TO notification_preference_gone`);
    try {
      const result = await send(`{ notificationPreferences { kind delivery } }`, {}, person);
      const [error] = result.body.errors;
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: result.id });
      expect(error.message).not.toContain('notification_preference');
      const faults = result.logged.filter((l) => l.level >= LEVEL.error);
      expect(faults).toEqual([expect.objectContaining({ correlationId: result.id, msg: 'Unexpected error while handling a GraphQL request' })]);
      expect(faults[0].err?.message).toContain('notification_preference');
      expect(faults[0].err?.stack).toMatch(/\n\s+at /);
    } finally {
      await t.dataSource.query(`ALTER TABLE notification_preference_gone RENAME TO notification_preference`);
    }
  });
});
