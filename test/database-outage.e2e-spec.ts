import { Client } from 'pg';
import { prepareDatabase } from '../apps/launcher/src/prepare-database';
import { startPostgresServer, TestPostgresServer } from '../libs/testing/src/postgres-server';
import { sparePort } from '../libs/testing/src/redis-server';
import { startSmtpServer, TestSmtpServer } from '../libs/testing/src/smtp';
import { startApiProcess, WorkerProcess } from '../libs/testing/src/worker-process';

const EMAIL = 'ama.mensah@example.org';

/**
 * The API while its database is down: the real API process against a private PostgreSQL server
 * that the test stops and starts again. Clients are told the service is unavailable for a moment
 * (SERVICE_UNAVAILABLE, HTTP 503, Retry-After), not that something broke, and are served again as
 * soon as the database is back.
 */
describe('a database outage', () => {
  let pg: TestPostgresServer;
  let smtp: TestSmtpServer;
  let server: WorkerProcess;
  let base: string;
  let token: string;

  async function graphql(query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<{ status: number; retryAfter: string | null; body: any }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    pg = await startPostgresServer();
    await pg.createDatabase('compact');
    const url = pg.url('compact');
    await prepareDatabase(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO person (display_name, email) VALUES ('Ama Mensah', $1)`, [EMAIL]);
    await client.end();
    const port = await sparePort();
    base = `http://127.0.0.1:${port}`;
    server = await startApiProcess({ PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url, SMTP_URL: smtp.url, LOG_LEVEL: 'info', DATABASE_POOL_SIZE: '2' }, 170000);

    // Ama signs in as anyone would: a code by email.
    await graphql(`mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { __typename } }`, { input: { email: EMAIL } });
    const mail = await smtp.nextMailTo(EMAIL, 20000);
    const code = /(\d{6})/.exec(mail.subject)?.[1];
    const verified = await graphql(`mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken } } }`, { input: { email: EMAIL, code } });
    token = verified.body.data.verifySignInCode.tokens.accessToken;
  }, 240000);

  afterAll(async () => {
    await server?.kill('SIGTERM');
    await pg?.destroy();
    await smtp?.close();
  });

  it('answers SERVICE_UNAVAILABLE with 503 and Retry-After while the database is stopped, and serves again once it is back', async () => {
    const PROFILE = `{ myProfile { displayName } }`;
    const AUTHORITIES = `{ localAuthorities { shortCode } }`;
    await expect(graphql(PROFILE, {}, token)).resolves.toMatchObject({ status: 200, body: { data: { myProfile: { displayName: 'Ama Mensah' } } } });

    await pg.stop();
    const logFrom = server.output().length;

    // Signed in: the session cannot be checked.
    const signedIn = await graphql(PROFILE, {}, token);
    expect(signedIn.status).toBe(503);
    expect(signedIn.retryAfter).toBe('5');
    expect(signedIn.body.errors).toEqual([
      { message: expect.stringContaining('try again in a moment'), extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } },
    ]);
    // Anonymous: a public query cannot read its data.
    const anonymous = await graphql(AUTHORITIES);
    expect(anonymous).toMatchObject({ status: 503, retryAfter: '5' });
    expect(anonymous.body.errors).toEqual([expect.objectContaining({ path: ['localAuthorities'], extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } })]);
    // A download over plain HTTP says the same.
    const csv = await fetch(`${base}/exports/agreement-matrix.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(503);
    expect(csv.headers.get('retry-after')).toBe('5');
    await expect(csv.json()).resolves.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    // Readiness says so too, for the load balancer.
    await expect(fetch(`${base}/health`)).resolves.toMatchObject({ status: 503 });

    // Logged as what it is, not as a fault of the request.
    const logged = server.output().slice(logFrom);
    expect(logged).toContain('The database could not be reached');
    expect(logged).not.toContain('INTERNAL_SERVER_ERROR');
    expect(logged).not.toContain('Unexpected error');

    await pg.start();
    await expect(graphql(AUTHORITIES)).resolves.toMatchObject({ status: 200, body: { data: { localAuthorities: expect.arrayContaining([{ shortCode: 'lam' }]) } } });
    await expect(graphql(PROFILE, {}, token)).resolves.toMatchObject({ status: 200, body: { data: { myProfile: { displayName: 'Ama Mensah' } } } });
  });
});
