import { DataSource } from 'typeorm';
import { ProposalStatus } from '@app/proposals';
import type { startTestApp as StartTestApp, TestApp } from '@app/testing';
import { createComment } from '../libs/testing/src/factories/comments.factory';
import { createPerson, seatCoChairs } from '../libs/testing/src/factories/people.factory';
import { createProposal } from '../libs/testing/src/factories/proposals.factory';
import { startRedisServer, TestRedisServer } from '../libs/testing/src/redis-server';
import { startSmtpServer, TestSmtpServer } from '../libs/testing/src/smtp';
import { startWorkerProcess, WorkerProcess } from '../libs/testing/src/worker-process';

/**
 * Faults on the Redis backend, end to end: a private redis-server and real worker processes are
 * started (and stopped or killed) here; mail is counted at a real SMTP server.
 */
const TRANSITION = `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id status version } } }`;

/** Jobs one worker runs at once per queue (QueueFactory.worker's default). */
const WORKER_CONCURRENCY = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

describe('background jobs under failure (Redis backend)', () => {
  let redis: TestRedisServer;
  let smtp: TestSmtpServer;
  let t: TestApp;
  let ds: DataSource;
  const workers: WorkerProcess[] = [];

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase())).length;

  function workerEnv(): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: process.env.DATABASE_URL as string,
      REDIS_URL: redis.url,
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: process.env.QUEUE_PREFIX as string,
      SMTP_URL: smtp.url,
    };
  }

  async function startWorker(): Promise<WorkerProcess> {
    const worker = await startWorkerProcess(workerEnv());
    workers.push(worker);
    return worker;
  }

  async function unsentEvents(): Promise<number> {
    const [row] = (await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`)) as { n: number }[];
    return row.n;
  }

  /** Waits until nothing is waiting in the outbox and no email is still pending, then a little longer. */
  async function quiescent(): Promise<void> {
    await eventually(async () => {
      const [row] = (await ds.query(`SELECT count(*)::int AS n FROM notification WHERE status = 'PENDING'`)) as { n: number }[];
      return (await unsentEvents()) === 0 && row.n === 0;
    }, 'the outbox and pending emails to drain', 120000);
    await sleep(3000);
  }

  /** A House proposal in consultation with `commenters` people who commented on it, and a co-chair to move it. */
  async function proposalWithCommenters(houseCode: string, commenters: number): Promise<{ proposalId: string; version: number; coChairId: string; emails: string[] }> {
    const { sectorLead } = await seatCoChairs(ds, houseCode);
    const proposal = await createProposal(ds, houseCode, { status: ProposalStatus.IN_CONSULTATION });
    const emails: string[] = [];
    if (commenters <= 5) {
      for (let i = 0; i < commenters; i += 1) {
        const person = await createPerson(ds);
        await createComment(ds, proposal.id, person.id, { body: 'We need this to cover people placed out of borough.' });
        emails.push(person.email);
      }
    } else {
      const rows = (await ds.query(
        `WITH p AS (
           INSERT INTO person (display_name, email)
           SELECT 'Commenter ' || g, 'commenter-' || g || '-' || substr(md5(random()::text), 1, 8) || '@example.org'
             FROM generate_series(1, $2::int) AS g
           RETURNING id, email)
         , c AS (INSERT INTO comment (proposal_id, author_id, body) SELECT $1, p.id, 'Please make this cover everyone.' FROM p RETURNING author_id)
         SELECT p.email FROM p`,
        [proposal.id, commenters],
      )) as { email: string }[];
      emails.push(...rows.map((r) => r.email));
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

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    await t?.close();
    await smtp?.close();
    await redis?.stop('SIGKILL');
  });

  it(
    'saves a status change while Redis is down, and delivers its notification exactly once when Redis is back',
    async () => {
      const worker = await startWorker();
      const proposal = await proposalWithCommenters('HOUSE_HOUSING', 1);
      const [email] = proposal.emails;

      await redis.stop('SIGKILL');
      await decline(proposal, 'No borough could fund it this year; the House will bring it back in spring.');

      const [saved] = (await ds.query(`SELECT status FROM proposal WHERE id = $1`, [proposal.proposalId])) as { status: string }[];
      expect(saved.status).toBe('DECLINED');
      // The event waits in the outbox; nothing can go out while Redis is down.
      await sleep(4000);
      expect(await unsentEvents()).toBeGreaterThan(0);
      expect(mailsTo(email)).toBe(0);

      await redis.start();
      await eventually(() => mailsTo(email) >= 1, `the notification to ${email} after Redis returned`, 120000);
      await quiescent();

      expect(mailsTo(email)).toBe(1);
      const mail = smtp.messages.find((m) => m.to.includes(email.toLowerCase()))!;
      expect(mail.text).toContain('No borough could fund it this year');
      const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM notification n JOIN person p ON p.id = n.recipient_id WHERE p.email = $1`, [email])) as { n: number }[];
      expect(n).toBe(1);
      // The worker survived the outage rather than crashing with it.
      expect(worker.output()).not.toMatch(/Unhandled error|uncaughtException/i);
      await worker.kill('SIGTERM');
    },
    240000,
  );

  it(
    'delivers every one of 500 notifications exactly once when the worker is killed in the middle of the batch',
    async () => {
      const first = await startWorker();
      const proposal = await proposalWithCommenters('HOUSE_HEALTH', 500);
      const before = new Set(smtp.messages);

      await decline(proposal, 'The Trust Board asked the House to fold this into the housing offer.');
      const batch = () => smtp.messages.filter((m) => !before.has(m));
      await eventually(() => batch().length >= 25, 'the batch to start arriving', 120000);
      await first.kill('SIGKILL');
      const deliveredBeforeKill = batch().length;
      expect(deliveredBeforeKill).toBeLessThan(500);

      await startWorker();
      const wanted = new Set(proposal.emails.map((e) => e.toLowerCase()));
      const received = () => new Set(batch().flatMap((m) => m.to).filter((to) => wanted.has(to)));
      await eventually(() => received().size === wanted.size, 'every one of the 500 emails after the restart', 240000);
      await quiescent();

      const perRecipient = new Map<string, number>();
      for (const to of batch().flatMap((m) => m.to)) if (wanted.has(to)) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      // A message the SMTP server accepted in the instant before the killed worker recorded it as
      // sent cannot be told apart from one that never went: only those (at most one per job the
      // worker was running, its concurrency) may arrive twice. Everything else arrives exactly once.
      const twice = [...perRecipient].filter(([, count]) => count > 1);
      expect(twice.length).toBeLessThanOrEqual(WORKER_CONCURRENCY);
      expect(twice.every(([, count]) => count === 2)).toBe(true);
      expect(perRecipient.size).toBe(500);
    },
    420000,
  );
});
