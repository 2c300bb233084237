import { NotificationJob, QueueFactory } from '@app/core';
import { startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { settled as settledWork } from './support/settled';
import { InProcessWorker, startInProcessWorker } from './support/in-process-worker';
import { ApiPerson, ProgrammeApi } from './support/programme-api';

const FAILED_JOBS = `query { failedJobs(queue: NOTIFICATIONS, first: 100) { edges { node { name data failedReason } } } }`;

/**
 * A fan-out of emails travels packed: the outbox relay hands many deliveries to one job (at most
 * 25), the worker sends each pack's emails together and marks them sent, and an email a pack could
 * not send goes on alone, failing for good where a single delivery would, for the admin to see.
 * Everything is made through the API; what must reach people is read in the SMTP server.
 */
describe('email deliveries packed many to a job', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: InProcessWorker;
  let api: ProgrammeApi;

  beforeAll(async () => {
    smtp = await startSmtpServer({ refuse: (address) => address.endsWith('@mistyped.example.org') });
    t = await startTestApp({ smtp });
    api = await ProgrammeApi.start(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  it('asks 60 CiCC members to vote with one email each, in packs of at most 25, and leaves the one refused address failed for good and listed', async () => {
    const coChairs = await api.seatCoChairs('HOUSE_HOUSING');
    const members: ApiPerson[] = [];
    for (let i = 1; i <= 60; i += 1) members.push(await api.ciccMember({ displayName: `Member ${i}`, email: `member${i}@example.org` }));
    const mistyped = await api.ciccMember({ displayName: 'Kemi', email: 'kemi@mistyped.example.org' });
    const proposalId = await api.proposal('HOUSE_HOUSING', coChairs.sectorLead.id, { title: 'Rent deposit guarantee' });
    worker = await startInProcessWorker(smtp.url);
    // The opening's emails are written together, so the relay finds them in one pass.
    await api.openConsultation(coChairs.youngPerson.id, { proposalId, audience: 'CICC', closesInDays: 14 });
    await settledWork(t.dataSource, worker.context.get(QueueFactory));

    // Every member hears once (the young-person co-chair, on the CiCC too, hears as a co-chair).
    for (const person of members) {
      const received = smtp.messages.filter((m) => m.to.includes(person.email) && m.subject.includes('"Rent deposit guarantee"') && m.subject.startsWith('Open until'));
      expect({ person: person.email, received: received.length }).toEqual({ person: person.email, received: 1 });
    }
    const statuses = await t.dataSource.query<{ status: string; n: number }[]>(
      `SELECT status, count(*)::int AS n FROM notification WHERE kind = 'CONSULTATION_OPENED' AND channel = 'EMAIL' GROUP BY status ORDER BY status::text`,
    );
    // 61 members and both co-chairs (who hear as co-chairs): all sent but Kemi's.
    expect(statuses).toEqual([
      { status: 'FAILED', n: 1 },
      { status: 'SENT', n: 62 },
    ]);

    // The deliveries travelled in packs of at most 25: fewer jobs than emails, none over the limit.
    const packs = await t.dataSource.query<{ jobId: string; n: number }[]>(
      `SELECT job_id AS "jobId", count(*)::int AS n FROM outbox_event WHERE job_name = $1 AND NOT coalesce((job_options->>'alone')::boolean, false) GROUP BY job_id`,
      [NotificationJob.DELIVER_EMAIL],
    );
    expect(packs.every((p) => p.jobId?.startsWith('packed-') && p.n <= 25)).toBe(true);
    expect(packs.reduce((sum, p) => sum + p.n, 0)).toBe(63);
    expect(packs.length).toBeGreaterThanOrEqual(3);
    expect(packs.length).toBeLessThan(63);

    // Kemi's address is refused: her email went on alone and failed for good, where the admin sees it.
    const [kemi] = await t.dataSource.query<{ id: string; status: string; lastError: string }[]>(
      `SELECT id, status, last_error AS "lastError" FROM notification WHERE recipient_id = $1 AND kind = 'CONSULTATION_OPENED'`,
      [mistyped.id],
    );
    expect(kemi).toMatchObject({ status: 'FAILED', lastError: expect.stringContaining('Recipient address rejected') });
    const failed = await t.ok(FAILED_JOBS, {}, { as: api.adminId });
    expect(failed.failedJobs.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { name: NotificationJob.DELIVER_EMAIL, data: JSON.stringify({ notificationId: kemi.id }), failedReason: expect.stringContaining('refused the message for good') },
    ]);
  });
});
