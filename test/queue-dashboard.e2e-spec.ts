import { ConfigService } from '@nestjs/config';
import express from 'express';
import request from 'supertest';
import { Role } from '@app/access';
import { QueueBackend, QueueFactory, QueueName, SystemJob } from '@app/core';
import { queueFactoryFromEnvironment } from '../libs/core/src/queue/queue.module';
import { SessionService, SignInMethod } from '@app/identity';
import { createCiccMember, createEmptyDatabase, createPerson, databaseUrl, dropDatabase, startTestApp, TestApp } from '@app/testing';
import { QUEUE_DASHBOARD_PATH, QueueBoard } from '../apps/api/src/queue-dashboard/queue-board';
import { QUEUE_DASHBOARD_COOKIE } from '../apps/api/src/queue-dashboard/queue-dashboard.gate';
import { grantRoleDirectly } from './support/access-fixtures';

/**
 * Bull Board at /admin/queues, for programme admins only: a one-time link from the API lets a
 * browser in with a cookie; every page, file and JSON answer checks the session and the role.
 */
const OPEN = `mutation($input: OpenQueueDashboardInput!) { openQueueDashboard(input: $input) { url expiresAt } }`;
const SIGN_OUT = `mutation($input: SignOutInput!) { signOut(input: $input) { signedOut } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { grant { id } } }`;
const QUEUES = Object.values(QueueName);

/** The path and query of a link, for supertest. */
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

describe('the queue dashboard', () => {
  let t: TestApp;
  let admin: string;
  let viewer: string;
  let member: string;
  let factory: QueueFactory;
  const queues: ReturnType<QueueFactory['queue']>[] = [];
  const queue = (name: QueueName) => {
    const q = factory.queue(name);
    queues.push(q);
    return q;
  };

  /** A fresh session for a person, as signing in gives one (access and refresh token). */
  const signIn = (personId: string) => t.app.get(SessionService).issueFor(personId, SignInMethod.EMAIL_CODE);

  /** Asks for a link as the holder of `token`, opens it, and returns the cookie header the browser would send back. */
  async function enter(token: string, input: Record<string, unknown> = {}): Promise<string> {
    const { openQueueDashboard } = await t.ok(OPEN, { input }, { token });
    const res = await t.http().get(pathOf(openQueueDashboard.url));
    expect(res.status).toBe(303);
    return cookieFrom(res.headers['set-cookie']);
  }

  function cookieFrom(setCookie: string | string[] | undefined): string {
    const header = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith(`${QUEUE_DASHBOARD_COOKIE}=`));
    if (!header) throw new Error(`No dashboard cookie in ${JSON.stringify(setCookie)}`);
    return header.split(';')[0];
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await createPerson(t.dataSource, { displayName: 'Programme Admin' })).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    viewer = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, viewer, Role.ALDCS_VIEWER);
    member = (await createCiccMember(t.dataSource)).id;
    factory = queueFactoryFromEnvironment(t.app.get(ConfigService));
  });
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    await t?.close();
  });

  describe('getting in', () => {
    it('gives a programme admin a one-time link; opening it sets a strict, HttpOnly cookie for the dashboard only and redirects to the board', async () => {
      const { openQueueDashboard } = await t.ok(OPEN, { input: {} }, { as: admin });
      const url = new URL(openQueueDashboard.url);
      expect(url.pathname).toBe('/admin/queues/enter');
      expect(url.searchParams.get('ticket')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Number.isNaN(Date.parse(openQueueDashboard.expiresAt))).toBe(false);

      const res = await t.http().get(pathOf(openQueueDashboard.url));
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/admin/queues/');
      const [setCookie] = ([] as string[]).concat(res.headers['set-cookie']);
      expect(setCookie).toMatch(new RegExp(`^${QUEUE_DASHBOARD_COOKIE}=[\\w-]+\\.[\\w-]+\\.[\\w-]+;`));
      const attributes = setCookie.split(';').slice(1).map((a) => a.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(['path=/admin/queues', 'httponly', 'samesite=strict']));
      expect(attributes.some((a) => a.startsWith('max-age='))).toBe(true);
      // Not Secure outside production (tests and local runs are plain http).
      expect(attributes).not.toContain('secure');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['referrer-policy']).toBe('no-referrer');

      const events = await t.dataSource.query(
        `SELECT action, actor_id AS "actorId" FROM audit_event WHERE entity_type = 'queue_dashboard_ticket' AND actor_id = $1 ORDER BY at`,
        [admin],
      );
      expect(events.slice(-2)).toEqual([
        { action: 'openQueueDashboard', actorId: admin },
        { action: 'enterQueueDashboard', actorId: admin },
      ]);
    });

    it('opens at a queue when asked', async () => {
      const { openQueueDashboard } = await t.ok(OPEN, { input: { queue: 'ROLLUPS' } }, { as: admin });
      const res = await t.http().get(pathOf(openQueueDashboard.url));
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/admin/queues/queue/rollups');
    });

    it('sends a link followed from another site on through a page of its own, so the strict cookie goes with the next request', async () => {
      const { openQueueDashboard } = await t.ok(OPEN, { input: {} }, { as: admin });
      const res = await t.http().get(pathOf(openQueueDashboard.url)).set('sec-fetch-site', 'cross-site');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('<meta http-equiv="refresh" content="0;url=/admin/queues/">');
      const board = await t.http().get('/admin/queues/').set('cookie', cookieFrom(res.headers['set-cookie']));
      expect(board.status).toBe(200);
    });

    it('refuses a link opened a second time (a HEAD does not spend it), an expired link and a made-up one', async () => {
      const { openQueueDashboard } = await t.ok(OPEN, { input: {} }, { as: admin });
      expect((await t.http().head(pathOf(openQueueDashboard.url))).status).toBe(405);
      expect((await t.http().get(pathOf(openQueueDashboard.url))).status).toBe(303);
      const again = await t.http().get(pathOf(openQueueDashboard.url));
      expect(again.status).toBe(401);
      expect(again.headers['set-cookie']).toBeUndefined();
      expect(again.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'QUEUE_DASHBOARD_LINK_ALREADY_USED' });
      expect(again.body.message).toMatch(/already been used.*openQueueDashboard/);

      const late = await t.ok(OPEN, { input: {} }, { as: admin });
      await t.dataSource.query(`UPDATE queue_dashboard_ticket SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
      const expired = await t.http().get(pathOf(late.openQueueDashboard.url));
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'QUEUE_DASHBOARD_LINK_EXPIRED' });

      const madeUp = await t.http().get('/admin/queues/enter?ticket=not-a-real-ticket-at-all');
      expect(madeUp.status).toBe(401);
      expect(madeUp.body).toMatchObject({ reason: 'QUEUE_DASHBOARD_LINK_NOT_ACCEPTED' });
      expect(JSON.stringify(madeUp.body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });

    it('gives no link to anyone but a programme admin', async () => {
      for (const person of [viewer, member]) {
        const err = await t.fails(OPEN, { input: {} }, { as: person });
        expect(err.extensions?.code).toBe('FORBIDDEN');
      }
      const anonymous = await t.fails(OPEN, { input: {} });
      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('the board, once in', () => {
    let cookie: string;
    beforeAll(async () => {
      cookie = await enter(await t.tokenFor(admin));
    });

    it('serves the board page with headers that let it run and nothing from elsewhere, and leaves the rest of the API its own headers', async () => {
      const res = await t.http().get('/admin/queues').set('cookie', cookie);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('<base href="/admin/queues/" />');
      expect(res.text).toContain('<title>Compact queues</title>');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("connect-src 'self'");
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-correlation-id']).toBeTruthy();

      const script = /<script defer src="(static\/js\/main\.[\w.]+\.js)">/.exec(res.text)?.[1];
      expect(script).toBeDefined();
      const asset = await t.http().get(`/admin/queues/${script}`).set('cookie', cookie);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);

      // GraphiQL needs inline scripts outside production, so /graphql has no CSP here: the board's is not applied to it.
      const api = await t.http().get('/health');
      expect(api.headers['content-security-policy']).toBeUndefined();
    });

    it('lists every queue of the contract, and shows a job added to one', async () => {
      const res = await t.http().get('/admin/queues/api/queues').set('cookie', cookie);
      expect(res.status).toBe(200);
      expect(res.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([...QUEUES].sort());

      const job = await queue(QueueName.SYSTEM).add(SystemJob.HEARTBEAT, { from: 'queue-dashboard test', at: new Date(0).toISOString() }, { delay: 3_600_000 });
      const listed = await t.http().get(`/admin/queues/api/queues?activeQueue=${QueueName.SYSTEM}&status=delayed&page=1&jobsPerPage=50`).set('cookie', cookie);
      expect(listed.status).toBe(200);
      const system = listed.body.queues.find((q: { name: string }) => q.name === QueueName.SYSTEM);
      expect(system.counts.delayed).toBeGreaterThanOrEqual(1);
      expect(system.jobs.map((j: { id: string }) => j.id)).toContain(job.id);
      const one = await t.http().get(`/admin/queues/api/queues/${QueueName.SYSTEM}/${job.id}`).set('cookie', cookie);
      expect(one.status).toBe(200);
      expect(one.body.job.data).toEqual({ from: 'queue-dashboard test', at: new Date(0).toISOString() });
    });

    it('takes an access token instead of the cookie, for scripts', async () => {
      const res = await t.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${await t.tokenFor(admin)}`);
      expect(res.status).toBe(200);
      expect(res.body.queues).toHaveLength(QUEUES.length);
    });

    it('makes a change asked for by its own page and records it in the audit trail', async () => {
      const job = await queue(QueueName.SYSTEM).add(SystemJob.HEARTBEAT, { from: 'promote me', at: new Date(0).toISOString() }, { delay: 3_600_000 });
      // As a browser on the board's page sends it: the Origin is the address the request goes to.
      const res = await t
        .http()
        .put(`/admin/queues/api/queues/${QueueName.SYSTEM}/${job.id}/promote`)
        .set('cookie', cookie)
        .set('host', 'compact.example.org')
        .set('origin', 'http://compact.example.org');
      expect(res.status).toBe(204);
      await expect(queue(QueueName.SYSTEM).getJobState(job.id!)).resolves.toBe('waiting');

      const [event] = await t.dataSource.query(`SELECT actor_id AS "actorId", action, entity_type AS "entityType", after FROM audit_event WHERE action = 'promoteJob'`);
      expect(event).toEqual({ actorId: admin, action: 'promoteJob', entityType: 'queue', after: { queue: QueueName.SYSTEM, jobId: job.id } });
    });

    it('refuses a change asked for by another site, or with no origin, and makes none', async () => {
      const job = await queue(QueueName.SYSTEM).add(SystemJob.HEARTBEAT, { from: 'leave me', at: new Date(0).toISOString() }, { delay: 3_600_000 });
      const path = `/admin/queues/api/queues/${QueueName.SYSTEM}/${job.id}/promote`;
      const crossSite = await t.http().put(path).set('cookie', cookie).set('host', 'compact.example.org').set('origin', 'https://evil.example');
      expect(crossSite.status).toBe(403);
      expect(crossSite.body).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
      const noOrigin = await t.http().put(path).set('cookie', cookie);
      expect(noOrigin.status).toBe(403);
      await expect(queue(QueueName.SYSTEM).getJobState(job.id!)).resolves.toBe('delayed');
      const recorded = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'promoteJob' AND after->>'jobId' = $1`, [job.id]);
      expect(recorded).toEqual([{ n: 0 }]);
    });

    it('refuses a change it cannot name for the audit trail', async () => {
      const res = await t.http().put('/admin/queues/api/queues/not-our-queue/pause').set('authorization', `Bearer ${await t.tokenFor(admin)}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_DASHBOARD_ACTION' });
    });
  });

  describe('keeping others out', () => {
    it('answers 401 with no board and no job data without a cookie or token', async () => {
      for (const path of ['/admin/queues', '/admin/queues/', '/admin/queues/api/queues', `/admin/queues/queue/${QueueName.SYSTEM}`, '/admin/queues/static/favicon.ico']) {
        const res = await t.http().get(path);
        expect(res.status).toBe(401);
        expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'QUEUE_DASHBOARD_NOT_ENTERED' });
        expect(res.text).not.toContain('<html');
      }
    });

    it('refuses a signed-in person who is not a programme admin, with their own token', async () => {
      for (const person of [viewer, member]) {
        const res = await t.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${await t.tokenFor(person)}`);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PROGRAMME_ADMIN' });
        expect(res.body.queues).toBeUndefined();
        const page = await t.http().get('/admin/queues').set('authorization', `Bearer ${await t.tokenFor(person)}`);
        expect(page.status).toBe(403);
        expect(page.text).not.toContain('<html');
      }
    });

    it('does not take an access token as the cookie, nor the cookie as an access token', async () => {
      const token = await t.tokenFor(admin);
      const asCookie = await t.http().get('/admin/queues/api/queues').set('cookie', `${QUEUE_DASHBOARD_COOKIE}=${token}`);
      expect(asCookie.status).toBe(401);
      expect(asCookie.body).toMatchObject({ reason: 'QUEUE_DASHBOARD_ENTRY_INVALID' });

      const entry = (await enter(token)).split('=')[1];
      const err = await t.fails(`{ myRoles { role } }`, {}, { token: entry });
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('ends board access when the admin signs out', async () => {
      const session = await signIn(admin);
      const cookie = await enter(session.accessToken);
      expect((await t.http().get('/admin/queues/api/queues').set('cookie', cookie)).status).toBe(200);
      await t.ok(SIGN_OUT, { input: { refreshToken: session.refreshToken } });
      const after = await t.http().get('/admin/queues/api/queues').set('cookie', cookie);
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
      expect(after.body.queues).toBeUndefined();
    });

    it('refuses a link whose session has ended before it was opened', async () => {
      const session = await signIn(admin);
      const { openQueueDashboard } = await t.ok(OPEN, { input: {} }, { token: session.accessToken });
      await t.ok(SIGN_OUT, { input: { refreshToken: session.refreshToken } });
      const res = await t.http().get(pathOf(openQueueDashboard.url));
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ reason: 'SESSION_ENDED' });
    });

    it('ends board access when the person stops being a programme admin', async () => {
      const other = (await createPerson(t.dataSource)).id;
      const grant = await grantRoleDirectly(t.dataSource, other, Role.PROGRAMME_ADMIN);
      const cookie = await enter(await t.tokenFor(other));
      expect((await t.http().get('/admin/queues/api/queues').set('cookie', cookie)).status).toBe(200);
      await t.ok(REVOKE, { input: { grantId: grant, reason: 'Moved to another programme' } }, { as: admin });
      const after = await t.http().get('/admin/queues/api/queues').set('cookie', cookie);
      expect(after.status).toBe(403);
      expect(after.body).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PROGRAMME_ADMIN' });
    });
  });
});

describe('the board on the PostgreSQL queue backend', () => {
  const prefix = `${process.env.QUEUE_PREFIX}_pg`;
  let factory: QueueFactory;
  let board: QueueBoard;
  let server: express.Express;
  let queue: ReturnType<QueueFactory['queue']>;

  const database = `${new URL(process.env.DATABASE_URL as string).pathname.slice(1)}_pg`;

  beforeAll(async () => {
    // BullMQ keeps its jobs in schema "bullmq" of a database of this test's own.
    await createEmptyDatabase(database);
    factory = new QueueFactory({ backend: QueueBackend.POSTGRES, url: databaseUrl(database), prefix });
    board = new QueueBoard(factory);
    server = express().use(QUEUE_DASHBOARD_PATH, board.handle);
    queue = factory.queue(QueueName.ROLLUPS);
  });
  afterAll(async () => {
    await queue?.close();
    await board?.onModuleDestroy();
    await dropDatabase(database);
  });

  it('lists every queue, shows a job, its logs and the datastore, and promotes it', async () => {
    const job = await queue.add('recompute-proposal-rollup', { proposalId: '00000000-0000-4000-8000-000000000001' }, { delay: 3_600_000 });
    const listed = await request(server).get(`/admin/queues/api/queues?activeQueue=${QueueName.ROLLUPS}&status=delayed&page=1&jobsPerPage=50`);
    expect(listed.status).toBe(200);
    expect(listed.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([...QUEUES].sort());
    const rollups = listed.body.queues.find((q: { name: string }) => q.name === QueueName.ROLLUPS);
    expect(rollups.jobs.map((j: { id: string }) => j.id)).toEqual([job.id]);

    for (const path of [
      `/api/queues/${QueueName.ROLLUPS}/${job.id}`,
      `/api/queues/${QueueName.ROLLUPS}/${job.id}/logs`,
      `/api/queues/${QueueName.ROLLUPS}/workers`,
      `/api/queues/${QueueName.ROLLUPS}/metrics`,
      `/api/queues/${QueueName.ROLLUPS}/rate-limit`,
      `/api/job-schedulers`,
      `/api/redis/stats`,
    ]) {
      const res = await request(server).get(`${QUEUE_DASHBOARD_PATH}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
    const stats = await request(server).get(`${QUEUE_DASHBOARD_PATH}/api/redis/stats`);
    expect(stats.body).toMatchObject({ backend: 'postgres' });

    const promoted = await request(server).put(`${QUEUE_DASHBOARD_PATH}/api/queues/${QueueName.ROLLUPS}/${job.id}/promote`);
    expect(promoted.status).toBe(204);
    await expect(queue.getJobState(job.id!)).resolves.toBe('waiting');
  });
});
