// First: the settings this file runs with, before anything reads the configuration.
import { STRANDED_AFTER_MS } from './support/jobs-faults-settings';
import { DataSource } from 'typeorm';
import { QueueBackend, QueueFactory, QueueName, ReminderJob } from '@app/core';
import { ConsultationAudience } from '@app/consultations';
import { ProposalStatus } from '@app/proposals';
import type { startTestApp as StartTestApp, TestApp } from '@app/testing';
import { createComment } from '../libs/testing/src/factories/comments.factory';
import { createConsultation } from '../libs/testing/src/factories/consultations.factory';
import { createPerson, seatCoChairs } from '../libs/testing/src/factories/people.factory';
import { createProposal } from '../libs/testing/src/factories/proposals.factory';
import { startRedisServer, TestRedisServer } from '../libs/testing/src/redis-server';
import { startSmtpServer, TestSmtpServer } from '../libs/testing/src/smtp';
import { startTcpProxy } from '../libs/testing/src/tcp-proxy';
import { startWorkerProcess, WorkerProcess } from '../libs/testing/src/worker-process';
import { settled } from './support/settled';
import { ProgrammeApi } from './support/programme-api';

/**
 * Faults end to end: a private redis-server and real worker processes are
 * started (and stopped or killed) here; mail is counted at a real SMTP server.
 */
const TRANSITION = `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id status version } } }`;

/** Jobs one worker runs at once per queue, emails included (WORKER_CONCURRENCY and MAIL_CONCURRENCY, set so below). */
const WORKER_CONCURRENCY = 4;
/** Emails packed into one delivery job (MAIL_PACK_SIZE, set so below). */
const MAIL_PACK_SIZE = 10;

/** How often the relay looks for waiting events in these tests (OUTBOX_POLL_MS). */
const OUTBOX_POLL_MS = 500;
/**
 * What "soon after Redis is back" allows beyond one poll: the reconnection (tried at least every
 * OUTBOX_POLL_MS) and a busy machine's slack. BullMQ's own reconnection back-off grows to 20 s.
 */
const RELAY_MARGIN_MS = 2500;

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

describe('background jobs under failure', () => {
  let redis: TestRedisServer;
  let smtp: TestSmtpServer;
  let t: TestApp;
  let ds: DataSource;
  const workers: WorkerProcess[] = [];

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase())).length;

  /** A worker that sweeps for stranded work every second, counting work stranded after STRANDED_AFTER_MS. */
  const SWEEPING = { STRANDED_WORK_AFTER_MS: String(STRANDED_AFTER_MS), STRANDED_SWEEP_EVERY_MS: '1000', SCHEDULE_CHECK_MS: '1000' };

  function workerEnv(): Record<string, string | undefined> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.DATABASE_URL,
      REDIS_URL: redis.url,
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: process.env.QUEUE_PREFIX,
      SMTP_URL: smtp.url,
    };
  }

  async function startWorker(env: Record<string, string | undefined> = workerEnv()): Promise<WorkerProcess> {
    const worker = await startWorkerProcess(env);
    workers.push(worker);
    return worker;
  }

  async function unsentEvents(): Promise<number> {
    const [row] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`);
    return row.n;
  }

  /**
   * Waits until nothing is waiting in the outbox, no email is still pending and the queues the
   * running workers serve (by default those of this file's Redis and prefix) have run everything.
   */
  async function quiescent(queues?: QueueFactory): Promise<void> {
    await settled(ds, queues ?? new QueueFactory({ backend: QueueBackend.REDIS, url: redis.url, prefix: process.env.QUEUE_PREFIX as string }), 120000);
  }

  /** A House proposal in consultation with `commenters` people who commented on it, and a co-chair to move it. */
  async function proposalWithCommenters(houseCode: string, commenters: number): Promise<{ proposalId: string; version: number; coChairId: string; emails: string[] }> {
    const { sectorLead } = await seatCoChairs(ds, houseCode);
    const proposal = await createProposal(ds, houseCode, { status: ProposalStatus.IN_CONSULTATION });
    const emails: string[] = [];
    for (let i = 0; i < commenters; i += 1) {
      const person = await createPerson(ds);
      await createComment(ds, proposal.id, person.id, { body: 'We need this to cover people placed out of borough.' });
      emails.push(person.email);
    }
    return { proposalId: proposal.id, version: proposal.version, coChairId: sectorLead.id, emails };
  }

  async function decline(p: { proposalId: string; version: number; coChairId: string }, reason: string): Promise<void> {
    const data = await t.ok(TRANSITION, { input: { proposalId: p.proposalId, to: 'DECLINED', reason, expectedVersion: p.version } }, { as: p.coChairId });
    expect(data.transitionProposal.proposal.status).toBe('DECLINED');
  }

  beforeAll(async () => {
    redis = await startRedisServer();
    smtp = await startSmtpServer();
    // The API reads its configuration when its module is first loaded: point it at the private Redis first.
    process.env.REDIS_URL = redis.url;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startTestApp } = require('../libs/testing/src/test-app') as { startTestApp: typeof StartTestApp };
    t = await startTestApp({ smtp });
    ds = t.dataSource;
  });

  // Each test's workers stop with it, whatever happened: one left running would work (and sweep) in the next.
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.kill('SIGTERM')));
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    await t?.close();
    await smtp?.close();
    await redis?.stop('SIGKILL');
  });

  /** The outbox event a proposal's move wrote: how often the relay failed to hand it over, and whether it went. */
  async function proposalEvent(proposalId: string): Promise<{ attempts: number; sent: boolean; lastError: string | null }> {
    const [row] = await ds.query<{ attempts: number; sent: boolean; lastError: string | null }[]>(
      `SELECT attempts, sent_at IS NOT NULL AS sent, last_error AS "lastError" FROM outbox_event
        WHERE job_name = 'proposal-status-changed' AND payload->>'proposalId' = $1`,
      [proposalId],
    );
    return row ?? { attempts: 0, sent: false, lastError: null };
  }

  it(
    'saves a status change while Redis is down, relays it within about OUTBOX_POLL_MS of Redis coming back, and delivers it once',
    async () => {
      const worker = await startWorker({ ...workerEnv(), OUTBOX_POLL_MS: String(OUTBOX_POLL_MS) });
      const proposal = await proposalWithCommenters('HOUSE_HOUSING', 1);
      const [email] = proposal.emails;

      await redis.stop('SIGKILL');
      await decline(proposal, 'No borough could fund it this year; the House will bring it back in spring.');

      const [saved] = await ds.query<{ status: string }[]>(`SELECT status FROM proposal WHERE id = $1`, [proposal.proposalId]);
      expect(saved.status).toBe('DECLINED');
      // The event waits in the outbox: the relay keeps trying (each failed hand-over is counted on
      // the event), long enough for a reconnection back-off to grow well past the poll interval.
      await eventually(async () => (await proposalEvent(proposal.proposalId)).attempts >= 4, 'the relay to try four times while Redis is down', 120000);
      await expect(proposalEvent(proposal.proposalId)).resolves.toMatchObject({ sent: false, lastError: expect.stringContaining('did not answer') });
      expect(mailsTo(email)).toBe(0);
      expect(worker.output()).toMatch(/Outbox events wait: the queue \(Redis/);
      expect(worker.output()).not.toMatch(/PostgreSQL failed/);

      await redis.start();
      await eventually(async () => (await proposalEvent(proposal.proposalId)).sent, 'the relay to hand the event over once Redis is back', OUTBOX_POLL_MS + RELAY_MARGIN_MS);
      await worker.waitFor(/The queue \(Redis .*\) is reachable again/, 10000);
      await eventually(() => mailsTo(email) >= 1, `the notification to ${email} after Redis returned`, 120000);
      await quiescent();

      expect(mailsTo(email)).toBe(1);
      const mail = smtp.messages.find((m) => m.to.includes(email.toLowerCase()))!;
      expect(mail.text).toContain('No borough could fund it this year');
      const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification n JOIN person p ON p.id = n.recipient_id WHERE p.email = $1`, [email]);
      expect(n).toBe(1);
      // The worker survived the outage rather than crashing with it.
      expect(worker.output()).not.toMatch(/Unhandled error|uncaughtException/i);
      await worker.kill('SIGTERM');
    },
    240000,
  );

  it('names PostgreSQL, not the queue, when the outbox cannot be read, and relays again once PostgreSQL is back', async () => {
    // The worker reaches PostgreSQL through a proxy this test can cut; the API and the test keep their own connections.
    const database = new URL(process.env.DATABASE_URL as string);
    const proxy = await startTcpProxy(Number(database.port || 5432), database.hostname);
    const viaProxy = new URL(database.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const worker = await startWorker({ ...workerEnv(), DATABASE_URL: viaProxy.toString(), OUTBOX_POLL_MS: String(OUTBOX_POLL_MS) });
    try {
      await proxy.cut();
      await worker.waitFor(/The outbox relay cannot read the outbox: PostgreSQL failed/, 60000);
      expect(worker.output()).not.toMatch(/Outbox events wait: the queue/);

      // A change made meanwhile waits in the outbox, and goes out once the worker reaches PostgreSQL again.
      const proposal = await proposalWithCommenters('HOUSE_ETE', 1);
      await decline(proposal, 'The House wants the ICS areas to lead this offer instead.');
      await proxy.restore();
      await worker.waitFor(/PostgreSQL is reachable again/, 60000);
      await eventually(() => mailsTo(proposal.emails[0]) >= 1, 'the notification once the worker reached PostgreSQL again', 120000);
      expect(worker.output()).not.toMatch(/Outbox events wait: the queue|Unhandled error|uncaughtException/i);
    } finally {
      await worker.kill('SIGTERM');
      await proxy.close();
    }
  }, 240000);

  it('registers its job schedules again when Redis comes back without its data', async () => {
    const worker = await startWorker({ ...workerEnv(), SCHEDULE_CHECK_MS: '1000' });
    const factory = new QueueFactory({ backend: QueueBackend.REDIS, url: redis.url, prefix: process.env.QUEUE_PREFIX as string });
    const queues = [QueueName.REMINDERS, QueueName.ROLLUPS].map((name) => factory.queue(name));
    const stored = async () => (await Promise.all(queues.map((q) => q.getJobSchedulers(0, -1)))).flat().map((s) => s.key).sort();
    try {
      const registered = await stored();
      expect(registered).toEqual(expect.arrayContaining(['weekly-digest', 'nightly-rollups', 'consultation-closing-reminders']));

      // A Redis restarted without persistence comes back empty; the worker notices (it says so
      // only for schedules it found missing) and registers every schedule again.
      await redis.stop('SIGKILL');
      await redis.start();
      await worker.waitFor(/registered again: .*weekly-digest/, 30000);
      await eventually(async () => (await stored()).length === registered.length, 'the schedules to be registered again', 30000);
      await expect(stored()).resolves.toEqual(registered);
    } finally {
      await Promise.all(queues.map((q) => q.close()));
      await worker.kill('SIGTERM');
    }
  }, 120000);

  it(
    'puts back the work a Redis restarted empty lost: every notification is sent, each once; a scheduled announcement still goes out; /health/jobs reports the stranded work meanwhile',
    async () => {
      // A slow mail server and one email at a time, so that most deliveries are still queued when Redis loses them.
      const slowSmtp = await startSmtpServer({ delayMs: 150 });
      try {
        const worker = await startWorker({
          ...workerEnv(),
          SMTP_URL: slowSmtp.url,
          WORKER_CONCURRENCY: '1',
          MAIL_CONCURRENCY: '1',
          MAIL_PACK_SIZE: '1',
          ...SWEEPING,
        });
        const api = await ProgrammeApi.start(t);
        const coChairs = await api.seatCoChairs('HOUSE_RELATIONSHIPS');
        const members = [coChairs.youngPerson];
        for (let i = 0; i < 40; i += 1) members.push(await api.ciccMember());
        const proposalId = await api.proposal('HOUSE_RELATIONSHIPS', coChairs.sectorLead.id, { title: 'Mentoring for every care leaver', category: 'RELATIONSHIPS' });
        const mailsTo = (email: string, subject: string) => slowSmtp.messages.filter((m) => m.to.includes(email.toLowerCase()) && m.subject.includes(subject)).length;

        const now = await api.openConsultation(coChairs.sectorLead.id, { proposalId, audience: 'CICC', closesInDays: 14 });
        // A survey that opens in 25 seconds: its announcement waits in Redis as a delayed job.
        const later = await api.openConsultation(coChairs.sectorLead.id, {
          houseCode: 'HOUSE_RELATIONSHIPS',
          title: 'Work experience survey',
          audience: 'CICC',
          opensAt: new Date(Date.now() + 25_000),
          closesInDays: 14,
        });
        await eventually(async () => {
          const [row] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`);
          return row.n === 0 && members.filter((m) => mailsTo(m.email, '"Mentoring for every care leaver"') > 0).length >= 5;
        }, 'the first announcements to arrive', 60000);

        await redis.stop('SIGKILL');
        await redis.start();

        // Stranded email notifications are reported while they wait (503), and put back in the queues.
        await eventually(async () => {
          const res = await t.http().get('/health/jobs');
          return res.status === 503 && res.body.error?.stranded?.notifications > 0;
        }, '/health/jobs to report the stranded notifications', 60000);
        await eventually(() => members.every((m) => mailsTo(m.email, '"Mentoring for every care leaver"') >= 1), 'every member to be asked about the proposal', 120000);
        await eventually(() => members.every((m) => mailsTo(m.email, '"Work experience survey"') >= 1), 'every member to be told the survey opened', 120000);
        await quiescent();

        // Everyone on the CiCC now (members made by earlier tests too) and the sector-lead co-chair.
        const [{ audience }] = await ds.query<{ audience: number }[]>(
          `SELECT count(DISTINCT ms.person_id)::int + 1 AS audience FROM membership ms JOIN body b ON b.id = ms.body_id
            WHERE b.code = 'CICC' AND ms.ended_at IS NULL AND ms.role NOT IN ('ADVISER', 'OBSERVER')`,
        );
        expect(audience).toBeGreaterThanOrEqual(members.length + 1);
        for (const consultationId of [now, later]) {
          const statuses = await ds.query<{ status: string; n: number }[]>(`SELECT status, count(*)::int AS n FROM notification WHERE dedupe_key LIKE $1 GROUP BY status`, [
            `consultation-opened:${consultationId}:%`,
          ]);
          // A notification for each of them, every one sent.
          expect(statuses).toEqual([{ status: 'SENT', n: audience }]);
        }
        // Each person got each announcement once.
        for (const m of members) {
          expect([mailsTo(m.email, '"Mentoring for every care leaver"'), mailsTo(m.email, '"Work experience survey"')]).toEqual([1, 1]);
        }
        // The worker says what it put back: the deliveries, and the events (the survey's delayed announcement among them).
        expect(worker.output()).toMatch(/Stranded work put back in the queues: [1-9]\d* email notification\(s\)/);
        expect(worker.output()).toMatch(/Stranded work put back in the queues: \d+ email notification\(s\), [1-9]\d* event\(s\) whose job had gone/);
        const healthy = await t.http().get('/health/jobs');
        expect(healthy.body.details.stranded).toMatchObject({ status: 'up', notifications: 0 });
      } finally {
        await slowSmtp.close();
      }
    },
    420000,
  );

  it('asks again for a progress rollup whose waiting request was lost from its queue', async () => {
    // Requests wait 15 seconds for more changes before the rollup is recomputed: long enough to lose one.
    const worker = await startWorker({ ...workerEnv(), ROLLUP_DEBOUNCE_MS: '15000', ...SWEEPING });
    const api = await ProgrammeApi.start(t);
    const coChairs = await api.seatCoChairs('HOUSE_FINANCE');
    const officer = await api.officer('hck');
    const proposalId = await api.proposal('HOUSE_FINANCE', coChairs.sectorLead.id, { title: 'Council tax exemption to 25', category: 'FINANCE' });
    const consultationId = await api.openConsultation(coChairs.sectorLead.id, { proposalId, audience: 'LOCAL_AUTHORITIES', closesInDays: 7 });
    await api.closeConsultation(coChairs.sectorLead.id, consultationId);
    await api.recommend(proposalId, coChairs);
    await expect(api.trustBoardDecides(proposalId)).resolves.toBe('ENDORSED');
    const hackney = (await api.agreementsOf(proposalId, officer.id)).hck;
    await api.setAgreement(officer.id, hackney, 'IN_DISCUSSION');

    /** Whether the stored rollup matches the agreement rows (as readers check it). */
    const current = async () => {
      const [row] = await ds.query<{ fresh: boolean | null }[]>(
        `SELECT r.total = s.n AND r.source_version_sum = s.v AND r.source_changed_at IS NOT DISTINCT FROM s.t AS fresh
           FROM (SELECT count(*)::int AS n, sum(version)::bigint AS v, max(updated_at) AS t FROM agreement_status WHERE proposal_id = $1) s
           LEFT JOIN proposal_rollup r ON r.proposal_id = $1`,
        [proposalId],
      );
      return row.fresh === true;
    };
    // The change's event has reached the worker, which asked for the rollup: that request waits in Redis.
    const factory = new QueueFactory({ backend: QueueBackend.REDIS, url: redis.url, prefix: process.env.QUEUE_PREFIX as string });
    const rollups = factory.queue(QueueName.ROLLUPS);
    const events = factory.queue(QueueName.EVENTS);
    try {
      await eventually(async () => {
        const pending = await events.getJobCountByTypes('wait', 'active', 'delayed', 'prioritized');
        return (await unsentEvents()) === 0 && pending === 0 && !!(await rollups.getDeduplicationJobId(`rollup-${proposalId}`));
      }, 'every event to have run, and the rollup request to wait in the queue');
      expect(await current()).toBe(false);
      // Only that queue loses its jobs (evicted under memory pressure, or emptied by hand): the
      // events that asked for the rollup ran and are kept as done, so nothing else would ask again.
      await rollups.obliterate({ force: true });
    } finally {
      await Promise.all([rollups.close(), events.close()]);
    }

    await eventually(async () => {
      const res = await t.http().get('/health/jobs');
      return res.body.details?.stranded?.rollups >= 1;
    }, '/health/jobs to report the out-of-date rollup', 60000);
    await eventually(current, 'the rollup to be recomputed', 120000);
    // The events queue kept its (packed) jobs: only the rollup request comes back.
    expect(worker.output()).toMatch(/Stranded work put back in the queues: \d+ email notification\(s\), 0 event\(s\) whose job had gone, 1 progress rollup\(s\)/);
    await eventually(async () => (await t.http().get('/health/jobs')).body.details?.stranded?.rollups === 0, '/health/jobs to report no stranded rollup', 30000);
  }, 240000);

  describe.each([QueueBackend.REDIS, QueueBackend.POSTGRES])('a worker killed in the middle of 500 reminders, on the %s backend', (backend) => {
    const prefix = `${process.env.QUEUE_PREFIX}_kill_${backend}`;
    /** Claims lapse fast here so that recovery after the kill takes seconds, not the default half-minute. */
    const claims = { QUEUE_LOCK_DURATION_MS: '4000', QUEUE_STALLED_INTERVAL_MS: '2000', WORKER_CONCURRENCY: String(WORKER_CONCURRENCY), MAIL_CONCURRENCY: String(WORKER_CONCURRENCY), MAIL_PACK_SIZE: String(MAIL_PACK_SIZE) };

    function startBackendWorker(): Promise<WorkerProcess> {
      return startWorker({
        ...workerEnv(),
        // No Redis at all for the PostgreSQL backend: nothing may reach for it.
        REDIS_URL: backend === QueueBackend.REDIS ? redis.url : undefined,
        QUEUE_BACKEND: backend,
        QUEUE_PREFIX: prefix,
        ...claims,
      });
    }

    /**
     * A CiCC consultation closing within a day, and `count` new CiCC members who have not voted.
     * Earlier consultations are closed and earlier members have left, so the rule finds just these.
     */
    async function consultationClosingFor(count: number, houseCode: string): Promise<{ consultationId: string; emails: string[] }> {
      await ds.query(`UPDATE consultation SET closed_at = now() WHERE closed_at IS NULL`);
      await ds.query(`UPDATE membership SET ended_at = now() WHERE ended_at IS NULL AND body_id = (SELECT id FROM body WHERE code = 'CICC')`);
      const proposal = await createProposal(ds, houseCode, { status: ProposalStatus.IN_CONSULTATION });
      const { consultation } = await createConsultation(ds, {
        houseCode,
        proposalId: proposal.id,
        audience: ConsultationAudience.CICC,
        opensAt: new Date(Date.now() - 6 * DAY),
        closesAt: new Date(Date.now() + 20 * HOUR),
      });
      const rows = await ds.query<{ email: string }[]>(
        `WITH p AS (
           INSERT INTO person (display_name, email, care_experienced, birth_month)
           SELECT 'Member ' || g, 'member-' || g || '-' || substr(md5(random()::text), 1, 8) || '@example.org', true, DATE '2005-03-01'
             FROM generate_series(1, $1::int) AS g
           RETURNING id, email)
         , m AS (
           INSERT INTO membership (person_id, body_id, role, started_at)
           SELECT p.id, (SELECT id FROM body WHERE code = 'CICC'), 'MEMBER', now() - interval '1 day' FROM p RETURNING person_id)
         SELECT p.email FROM p JOIN m ON m.person_id = p.id`,
        [count],
      );
      return { consultationId: consultation.id, emails: rows.map((r) => r.email.toLowerCase()) };
    }

    it(
      'delivers every reminder after a restart, each under one Message-ID, and sends again only what was in flight',
      async () => {
        const first = await startBackendWorker();
        const { consultationId, emails } = await consultationClosingFor(500, backend === QueueBackend.REDIS ? 'HOUSE_HEALTH' : 'HOUSE_ETE');
        const wanted = new Set(emails);
        const before = new Set(smtp.messages);
        const batch = () => smtp.messages.filter((m) => !before.has(m) && m.to.some((to) => wanted.has(to)));

        // The rule runs as the scheduler would run it: a job on the reminders queue.
        const factory = new QueueFactory({ backend, url: backend === QueueBackend.REDIS ? redis.url : (process.env.DATABASE_URL as string), prefix });
        const reminders = factory.queue(QueueName.REMINDERS);
        try {
          await reminders.add(ReminderJob.CONSULTATION_CLOSING, { now: new Date().toISOString() }, { jobId: `closing-${consultationId}` });
        } finally {
          await reminders.close();
        }

        await eventually(() => batch().length >= 25, 'the reminders to start arriving', 120000);
        await first.kill('SIGKILL');
        const deliveredBeforeKill = batch().length;
        expect(deliveredBeforeKill).toBeLessThan(500);

        await startBackendWorker();
        const received = () => new Set(batch().flatMap((m) => m.to));
        await eventually(() => received().size === wanted.size, 'every one of the 500 reminders after the restart', 240000);
        await quiescent(factory);

        const notifications = await ds.query<{ id: string; email: string; status: string }[]>(
          `SELECT n.id, lower(p.email) AS email, n.status FROM notification n JOIN person p ON p.id = n.recipient_id
            WHERE n.dedupe_key LIKE $1`,
          [`consultation-closing:${consultationId}:1d:%`],
        );
        expect(notifications).toHaveLength(500);
        expect(notifications.every((n) => n.status === 'SENT')).toBe(true);
        const expectedId = new Map(notifications.map((n) => [n.email, `<notification-${n.id}@compact.localhost>`]));

        // Each person got one message: every copy that reached them carries their notification's Message-ID.
        const idsByRecipient = new Map<string, Set<string>>();
        const copies = new Map<string, number>();
        for (const m of batch()) {
          for (const to of m.to.filter((t) => wanted.has(t))) {
            idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(m.messageId));
            copies.set(to, (copies.get(to) ?? 0) + 1);
          }
        }
        expect(idsByRecipient.size).toBe(500);
        const mismatched = [...idsByRecipient].filter(([to, ids]) => ids.size !== 1 || !ids.has(expectedId.get(to)!));
        expect(mismatched).toEqual([]);
        // A message the SMTP server accepted in the instant before the killed worker recorded it as
        // sent cannot be told apart from one that never went, so it goes again under the same
        // Message-ID (a mailbox shows it once). Only those, at most the pack of each job the worker
        // was running, arrive twice; everything else arrives exactly once.
        const repeated = [...copies].filter(([, n]) => n > 1);
        expect(repeated.length).toBeLessThanOrEqual(WORKER_CONCURRENCY * MAIL_PACK_SIZE);
        expect(repeated.every(([, n]) => n === 2)).toBe(true);
      },
      420000,
    );
  });
});
