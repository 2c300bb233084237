import { DataSource } from 'typeorm';
import { QueueBackend, QueueFactory, QueueName, RollupJob } from '@app/core';
import { ProposalStatus } from '@app/proposals';
import type { startTestApp as StartTestApp, TestApp } from '@app/testing';
import { agreementsByPartyCode, createEndorsedAuthorityOffers, createRepresentative } from '../libs/testing/src/factories/agreements.factory';
import { createComment } from '../libs/testing/src/factories/comments.factory';
import { createPerson, seatCoChairs } from '../libs/testing/src/factories/people.factory';
import { createProposal } from '../libs/testing/src/factories/proposals.factory';
import { startRedisServer, TestRedisServer } from '../libs/testing/src/redis-server';
import { startSmtpServer, TestSmtpServer } from '../libs/testing/src/smtp';
import { startWorkerProcess, WorkerProcess } from '../libs/testing/src/worker-process';
import { settled } from './support/settled';

/**
 * The job suite's main cases on both queue backends: a private redis-server, and BullMQ's
 * PostgreSQL backend in the test database. Real worker processes, a real SMTP server.
 */
const TRANSITION = `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { id status version } } }`;
const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status version } } }`;
const STATES = ['NOT_STARTED', 'IN_DISCUSSION', 'AGREED_IN_PRINCIPLE', 'FORMALLY_AGREED', 'IMPLEMENTED', 'DECLINED', 'NOT_APPLICABLE'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

describe('background jobs on both queue backends', () => {
  let redis: TestRedisServer;
  let smtp: TestSmtpServer;
  let t: TestApp;
  let ds: DataSource;
  const houses = ['HOUSE_HOUSING', 'HOUSE_HEALTH', 'HOUSE_ETE', 'HOUSE_TRANSPORT'];

  beforeAll(async () => {
    redis = await startRedisServer();
    smtp = await startSmtpServer();
    process.env.REDIS_URL = redis.url;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startTestApp } = require('../libs/testing/src/test-app') as { startTestApp: typeof StartTestApp };
    t = await startTestApp({ smtp });
    ds = t.dataSource;
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await redis?.stop('SIGKILL');
  });

  describe.each([QueueBackend.REDIS, QueueBackend.POSTGRES])('on the %s backend', (backend) => {
    const workers: WorkerProcess[] = [];
    const prefix = `${process.env.QUEUE_PREFIX}_${backend}`;
    let factory: QueueFactory;

    const connectionUrl = () => (backend === QueueBackend.REDIS ? redis.url : (process.env.DATABASE_URL as string));
    const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase())).length;

    async function startWorker(): Promise<WorkerProcess> {
      const worker = await startWorkerProcess({
        NODE_ENV: 'test',
        DATABASE_URL: process.env.DATABASE_URL,
        // No Redis at all for the PostgreSQL backend: nothing may reach for it.
        REDIS_URL: backend === QueueBackend.REDIS ? redis.url : undefined,
        QUEUE_BACKEND: backend,
        QUEUE_PREFIX: prefix,
        SMTP_URL: smtp.url,
      });
      workers.push(worker);
      return worker;
    }

    async function stopWorkers(): Promise<void> {
      await Promise.all(workers.splice(0).map((w) => w.kill('SIGTERM')));
    }

    /** Waits until nothing waits in the outbox, no email is pending and this backend's queues have run everything. */
    async function quiescent(): Promise<void> {
      await settled(ds, factory, 120000);
    }

    async function proposalWithCommenters(houseCode: string, commenters: number) {
      const { sectorLead } = await seatCoChairs(ds, houseCode);
      const proposal = await createProposal(ds, houseCode, { status: ProposalStatus.IN_CONSULTATION });
      const emails: string[] = [];
      for (let i = 0; i < commenters; i += 1) {
        const person = await createPerson(ds);
        await createComment(ds, proposal.id, person.id, { body: 'Please make sure this covers people placed out of borough.' });
        emails.push(person.email);
      }
      return { proposalId: proposal.id, version: proposal.version, coChairId: sectorLead.id, emails };
    }

    async function decline(p: { proposalId: string; version: number; coChairId: string }, reason: string) {
      const data = await t.ok(TRANSITION, { input: { proposalId: p.proposalId, to: 'DECLINED', reason, expectedVersion: p.version } }, { as: p.coChairId });
      expect(data.transitionProposal.proposal.status).toBe('DECLINED');
    }

    /** Every job scheduler on every queue, with how many next runs each has waiting. */
    async function schedulers(): Promise<{ id: string; pending: number }[]> {
      const found: { id: string; pending: number }[] = [];
      for (const name of Object.values(QueueName)) {
        const queue = factory.queue(name);
        try {
          const list = await queue.getJobSchedulers(0, -1);
          const jobs = await queue.getJobs(['delayed', 'waiting', 'prioritized']);
          for (const s of list) {
            const id = `${name}/${s.key}`;
            found.push({ id, pending: jobs.filter((j) => j?.repeatJobKey === s.key).length });
          }
        } finally {
          await queue.close();
        }
      }
      return found.sort((a, b) => a.id.localeCompare(b.id));
    }

    beforeAll(() => {
      factory = new QueueFactory({ backend, url: connectionUrl(), prefix });
    });
    afterAll(async () => {
      await Promise.all(workers.splice(0).map((w) => w.kill('SIGKILL')));
    });

    it('delivers a status change’s notification exactly once', async () => {
      await startWorker();
      const house = backend === QueueBackend.REDIS ? houses[0] : houses[2];
      const proposal = await proposalWithCommenters(house, 2);
      await decline(proposal, 'The House found the offer already exists in every borough.');
      for (const email of proposal.emails) await eventually(() => mailsTo(email) >= 1, `the email to ${email}`);
      await quiescent();
      for (const email of proposal.emails) expect(mailsTo(email)).toBe(1);
      const mail = smtp.messages.find((m) => m.to.includes(proposal.emails[0].toLowerCase()))!;
      expect(mail.text).toContain('already exists in every borough');
      await stopWorkers();
    }, 180000);

    it('runs two workers at once without duplicate emails or duplicated schedulers', async () => {
      await startWorker();
      const alone = await schedulers();
      expect(alone.length).toBeGreaterThan(0);
      await startWorker();
      const together = await schedulers();
      // Registering again at the second start changes nothing: same schedulers, one next run each.
      expect(together.map((s) => s.id)).toEqual(alone.map((s) => s.id));
      expect(together.filter((s) => s.pending > 1)).toEqual([]);

      const house = backend === QueueBackend.REDIS ? houses[1] : houses[3];
      const proposal = await proposalWithCommenters(house, 40);
      await decline(proposal, 'The Trust Board merged it into the wider housing offer.');
      for (const email of proposal.emails) await eventually(() => mailsTo(email) >= 1, `the email to ${email}`, 120000);
      await quiescent();
      const twice = proposal.emails.filter((e) => mailsTo(e) !== 1);
      expect(twice).toEqual([]);
      // Both workers really were consuming.
      expect(workers.every((w) => w.output().length > 0)).toBe(true);
      await stopWorkers();
    }, 240000);

    it('turns 33 status changes in one second into one rollup job equal to a full recomputation', async () => {
      await startWorker();
      const [proposalId] = await createEndorsedAuthorityOffers(ds, 1, backend === QueueBackend.REDIS ? 'HOUSE_FINANCE' : 'HOUSE_RELATIONSHIPS');
      const agreements = await agreementsByPartyCode(ds, proposalId);
      const codes = Object.keys(agreements);
      expect(codes).toHaveLength(33);
      const officers = await Promise.all(codes.map((authority) => createRepresentative(ds, { authority })));
      await Promise.all(officers.map((o) => t.tokenFor(o.id)));

      // All 33 at once. Each change restarts the proposal's debounce window (ROLLUP_DEBOUNCE_MS),
      // so however long the burst takes, the rollup waits for it to go quiet and runs once.
      await Promise.all(
        codes.map((code, i) =>
          t.ok(SET, { input: { agreementId: agreements[code].id, expectedVersion: agreements[code].version, status: i % 3 === 0 ? 'IN_DISCUSSION' : 'AGREED_IN_PRINCIPLE' } }, { as: officers[i].id }),
        ),
      );

      await eventually(async () => {
        const [row] = await ds.query<{ moved: number }[]>(`SELECT in_discussion + agreed_in_principle AS moved FROM proposal_rollup WHERE proposal_id = $1`, [proposalId]);
        return Number(row?.moved) === 33;
      }, 'the rollup to show all 33 changes', 60000);
      await quiescent();

      const queue = factory.queue(QueueName.ROLLUPS);
      try {
        const jobs = (await queue.getJobs(['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized'])).filter(
          (j) => j?.name === RollupJob.RECOMPUTE_PROPOSAL && (j.data as { proposalId?: string }).proposalId === proposalId,
        );
        expect(jobs).toHaveLength(1);
      } finally {
        await queue.close();
      }

      const [stored] = await ds.query<Record<string, unknown>[]>(`SELECT * FROM proposal_rollup WHERE proposal_id = $1`, [proposalId]);
      const recomputed = await ds.query<{ status: string; n: number }[]>(`SELECT status::text AS status, count(*)::int AS n FROM agreement_status WHERE proposal_id = $1 GROUP BY status`, [proposalId]);
      const full = Object.fromEntries(STATES.map((s) => [s, recomputed.find((r) => r.status === s)?.n ?? 0]));
      const rolled = Object.fromEntries(STATES.map((s) => [s, Number(stored[s.toLowerCase()])]));
      expect(rolled).toEqual(full);
      expect(Number(stored.total)).toBe(33);
      expect(full.IN_DISCUSSION).toBe(11);
      await stopWorkers();
    }, 180000);
  });
});
