// First: the settings this file runs with, before anything reads the configuration.
import { MAX_FAILED_JOBS as MAX_FAILED } from './support/health-settings';
import { randomUUID } from 'node:crypto';
import { NotificationJob, QueueName } from '@app/core';
import { OutboxService } from '@app/outbox';
import { startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { eventually } from './support/eventually';
import { InProcessWorker, startInProcessWorker } from './support/in-process-worker';
import { ProgrammeApi } from './support/programme-api';

const FAILED_JOBS = `query($queue: QueueName!, $first: Int, $after: String) {
  failedJobs(queue: $queue, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { queue id name failedReason attemptsMade failedAt data } }
  }
}`;
const RETRY = `mutation($input: RetryFailedJobsInput!) { retryFailedJobs(input: $input) { retriedJobIds } }`;

/** The health endpoints: readiness for load balancers, and whether the background jobs keep up. */
describe('health', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: InProcessWorker | undefined;
  let api: ProgrammeApi;

  beforeAll(async () => {
    // A mail server that refuses one mistyped address for good, as a real one would.
    smtp = await startSmtpServer({ refuse: (address) => address.endsWith('@mistyped.example.org') });
    t = await startTestApp({ smtp });
    api = await ProgrammeApi.start(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  const event = (createdAt: Date) =>
    t.dataSource.query<Promise<
      { id: string }[]
    >>(`INSERT INTO outbox_event (queue, job_name, payload, created_at) VALUES ('notifications', 'deliver-email', '{}', $1) RETURNING id`, [createdAt]);

  it('is ready while the database answers', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('says the jobs keep up while nothing has waited in the outbox for long, and how much waits', async () => {
    await expect(t.http().get('/health/jobs')).resolves.toMatchObject({
      status: 200,
      body: {
        status: 'ok',
        info: {
          outbox: { status: 'up', waiting: 0, oldestWaitingSeconds: 0 },
          failedJobs: { status: 'up', reachable: true, total: 0, threshold: MAX_FAILED },
          stranded: { status: 'up', notifications: 0, rollups: 0, thresholdSeconds: 600 },
        },
      },
    });
    const [fresh] = await event(new Date(Date.now() - 30_000));
    const res = await t.http().get('/health/jobs');
    expect(res.status).toBe(200);
    expect(res.body.info.outbox).toMatchObject({ status: 'up', waiting: 1 });
    expect(res.body.info.outbox.oldestWaitingSeconds).toBeGreaterThanOrEqual(30);
    await t.dataSource.query(`UPDATE outbox_event SET sent_at = now() WHERE id = $1`, [fresh.id]);
  });

  it('is down when an event has waited more than five minutes, and up again once it has gone out', async () => {
    const [stale] = await event(new Date(Date.now() - 10 * 60_000));
    await t.dataSource.query(`UPDATE outbox_event SET attempts = 3, last_error = 'connect ECONNREFUSED 10.0.0.5:6379' WHERE id = $1`, [stale.id]);
    const down = await t.http().get('/health/jobs');
    expect(down.status).toBe(503);
    expect(down.body.error.outbox).toMatchObject({ status: 'down', waiting: 1, failedAttempts: 3 });
    expect(down.body.error.outbox.oldestWaitingSeconds).toBeGreaterThanOrEqual(600);
    // Why the hand-over failed stays in the worker's log: the endpoint is public.
    expect(JSON.stringify(down.body)).not.toContain('ECONNREFUSED');
    // Readiness does not depend on the queues: the API keeps accepting changes.
    await expect(t.http().get('/health')).resolves.toMatchObject({ status: 200 });

    await t.dataSource.query(`UPDATE outbox_event SET sent_at = now() WHERE id = $1`, [stale.id]);
    await expect(t.http().get('/health/jobs')).resolves.toMatchObject({ status: 200, body: { info: { outbox: { status: 'up', waiting: 0 } } } });
  });

  it('reports failed jobs per queue with the oldest one’s age and reason, and is down past HEALTH_MAX_FAILED_JOBS; an admin sees them and retries them, recorded in the audit trail', async () => {
    worker = await startInProcessWorker(smtp.url);
    // Amani's address was mistyped: the mail server refuses her reply notification for good.
    const amani = await api.person({ displayName: 'Amani', email: 'amani@mistyped.example.org' });
    const replier = await api.person({ displayName: 'Bola' });
    const coChairs = await api.seatCoChairs('HOUSE_HOUSING');
    await api.join(amani.id, 'HOUSE_HOUSING');
    await api.join(replier.id, 'HOUSE_HOUSING');
    const proposalId = await api.proposal('HOUSE_HOUSING', coChairs.sectorLead.id, { title: 'Rent deposit guarantee' });
    const comment = await api.comment(amani.id, proposalId, 'Would this cover a deposit for a shared flat?');
    await api.comment(replier.id, proposalId, 'Yes, shared flats are included.', comment);

    const first = await eventually(async () => {
      const res = await t.http().get('/health/jobs');
      return res.body.details?.failedJobs?.total === 1 ? res : undefined;
    }, 'the failed delivery to show in /health/jobs');
    // One failed job is within this file's threshold: reported, still up.
    expect(first.status).toBe(200);
    expect(first.body.info.failedJobs.queues[QueueName.NOTIFICATIONS]).toMatchObject({ failed: 1, oldestReason: expect.stringContaining('Recipient address rejected') });
    expect(first.body.info.failedJobs.queues[QueueName.NOTIFICATIONS].oldestReason).not.toContain('mistyped.example.org');
    expect(first.body.info.failedJobs.queues[QueueName.NOTIFICATIONS].oldestFailedSeconds).toBeGreaterThanOrEqual(0);
    expect(first.body.info.failedJobs.queues[QueueName.EVENTS]).toEqual({ failed: 0 });

    // A second failure goes past it: down (503). A delivery whose notification has gone (deleted with its recipient) fails at once.
    const gone = randomUUID();
    await t.txHost.withTransaction(() => t.app.get(OutboxService).emit({ job: NotificationJob.DELIVER_EMAIL, payload: { notificationId: gone } }));
    const down = await eventually(async () => {
      const res = await t.http().get('/health/jobs');
      return res.status === 503 ? res : undefined;
    }, '/health/jobs to turn down at the second failed job');
    expect(down.body.error.failedJobs).toMatchObject({ status: 'down', reachable: true, total: 2, threshold: MAX_FAILED });
    // The oldest failure is Amani's.
    expect(down.body.error.failedJobs.queues[QueueName.NOTIFICATIONS]).toMatchObject({ failed: 2, oldestReason: expect.stringContaining('Recipient address rejected') });

    // Programme admins only.
    const refused = await t.fails(FAILED_JOBS, { queue: 'NOTIFICATIONS' }, { as: amani.id });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN' });
    // Most recent failure first, a page at a time.
    type FailedJob = { queue: string; id: string; name: string; failedReason: string; attemptsMade: number; data: string };
    const firstPage = await t.ok(FAILED_JOBS, { queue: 'NOTIFICATIONS', first: 1 }, { as: api.adminId });
    expect(firstPage.failedJobs).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const latest = firstPage.failedJobs.edges[0].node as FailedJob;
    expect(latest).toMatchObject({ name: 'deliver-email', data: JSON.stringify({ notificationId: gone }), failedReason: expect.stringContaining(`No notification has id ${gone}`) });
    const secondPage = await t.ok(FAILED_JOBS, { queue: 'NOTIFICATIONS', first: 1, after: firstPage.failedJobs.pageInfo.endCursor }, { as: api.adminId });
    expect(secondPage.failedJobs.pageInfo.hasNextPage).toBe(false);
    const failed = secondPage.failedJobs.edges[0].node as FailedJob;
    expect(failed).toMatchObject({ queue: 'NOTIFICATIONS', name: 'deliver-email', failedReason: expect.stringContaining('refused the message for good') });
    const { notificationId } = JSON.parse(failed.data) as { notificationId: string };
    const [notification] = await t.dataSource.query<{ status: string; recipientId: string }[]>(`SELECT status, recipient_id AS "recipientId" FROM notification WHERE id = $1`, [notificationId]);
    expect(notification).toEqual({ status: 'FAILED', recipientId: amani.id });

    // Amani corrects her address; the admin retries the delivery, and the mail reaches her.
    const profile = await t.ok(`{ myProfile { version } }`, {}, { as: amani.id });
    await t.ok(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { email } } }`, {
      input: { id: amani.id, expectedVersion: profile.myProfile.version, email: 'amani@example.org' },
    }, { as: amani.id });
    const missing = await t.fails(RETRY, { input: { queue: 'NOTIFICATIONS', jobIds: [failed.id, 'no-such-job'] } }, { as: api.adminId });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'jobIds', details: { jobIds: ['no-such-job'] } });
    const retried = await t.ok(RETRY, { input: { queue: 'NOTIFICATIONS', jobIds: [failed.id] } }, { as: api.adminId });
    expect(retried.retryFailedJobs.retriedJobIds).toEqual([failed.id]);
    const mail = await smtp.nextMailTo('amani@example.org', 20000);
    expect(mail.subject).toBe('New reply to your comment on "Rent deposit guarantee"');
    await eventually(async () => {
      const [row] = await t.dataSource.query<{ status: string }[]>(`SELECT status FROM notification WHERE id = $1`, [notificationId]);
      return row.status === 'SENT';
    }, 'the notification to be marked sent');
    // Retrying it again is refused: it is no longer failed.
    const again = await t.fails(RETRY, { input: { queue: 'NOTIFICATIONS', jobIds: [failed.id] } }, { as: api.adminId });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'jobIds' });

    // One failed job left (the delivery whose notification has gone): within the threshold again.
    const after = await eventually(async () => {
      const res = await t.http().get('/health/jobs');
      return res.status === 200 ? res : undefined;
    }, '/health/jobs to be up again');
    expect(after.body.info.failedJobs).toMatchObject({ total: 1, queues: { [QueueName.NOTIFICATIONS]: { failed: 1, oldestReason: expect.stringContaining(`No notification has id ${gone}`) } } });

    const audit = await t.ok(`{ auditEvents(filter: { entityType: "queue" }) { edges { node { action actor { id } changes { field after } } } } }`, {}, { as: api.adminId });
    const events = audit.auditEvents.edges.map((e: { node: unknown }) => e.node) as { action: string; actor: { id: string }; changes: { field: string; after: string }[] }[];
    const retries = events.filter((e) => e.action === 'retryFailedJobs');
    expect(retries).toHaveLength(1);
    expect(retries[0].actor).toEqual({ id: api.adminId });
    const recorded = Object.fromEntries(retries[0].changes.map((c) => [c.field, c.after]));
    expect(recorded).toMatchObject({ queue: JSON.stringify(QueueName.NOTIFICATIONS), jobId: JSON.stringify(failed.id), job: JSON.stringify('deliver-email') });
  });
});
