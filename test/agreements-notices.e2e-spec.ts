import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MembershipRole } from '@app/governance';
import { CoreConfigModule, DatabaseModule, QueueFactory, QueueModule } from '@app/core';
import { MailTransport, SmtpMailTransport } from '@app/mail';
import { NotificationsModule } from '@app/notifications';
import { OutboxModule, OutboxRelay } from '@app/outbox';
import { ProposalStatus } from '@app/proposals';
import { RemindersModule, RemindersService } from '@app/reminders';
import {
  addMembership,
  agreementsByPartyCode,
  createPerson,
  createProposal,
  createRepresentative,
  startSmtpServer,
  startTestApp,
  TestApp,
  TestSmtpServer,
} from '@app/testing';
import { handlerFor } from '../apps/worker/src/job-handlers';
import { EventsProcessor } from '../apps/worker/src/events.processor';
import { NotificationsProcessor } from '../apps/worker/src/notifications.processor';
import { OutboxRelayRunner } from '../apps/worker/src/outbox-relay.runner';
import { RollupRequests } from '../apps/worker/src/rollup-requests';

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`;
const DECIDE = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { proposalStatus } }`;
const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { version } } }`;
const REVISE = `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { wordingVersion } } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { version } }`;
const PREFER = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery } } }`;
const MINE = `query($kind: NotificationKind) { myNotifications(filter: { kind: $kind }) { totalCount edges { node { kind subject body link status } } } }`;

type Notice = { kind: string; subject: string; body: string; link: string | null; status: string };

async function eventually<T>(check: () => Promise<T | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 150; i += 1) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('Officers hear when an offer waits for them and when an offer they agreed is reworded', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: INestApplicationContext;
  let transport: SmtpMailTransport;
  const closables: { close(): Promise<void> }[] = [];
  let admin: string;
  let chair: string;
  const lambeth = { id: '', email: 'leaving.care@lambeth.example' };
  const croydon = { id: '', email: 'leaving.care@croydon.example' };
  let offer: string;

  const notices = async (personId: string, kind: string): Promise<Notice[]> =>
    (await t.ok(MINE, { kind }, { as: personId })).myNotifications.edges.map((e: { node: Notice }) => e.node);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    transport = new SmtpMailTransport(smtp.url, 'Compact tests <no-reply@compact.test>');
    const moduleRef = await Test.createTestingModule({
      imports: [CoreConfigModule, DatabaseModule, QueueModule, OutboxModule, NotificationsModule, RemindersModule],
      providers: [OutboxRelay, OutboxRelayRunner, EventsProcessor, NotificationsProcessor, RollupRequests],
    })
      .overrideProvider(MailTransport)
      .useValue(transport)
      .compile();
    moduleRef.useLogger(false);
    worker = await moduleRef.init();
    const factory = worker.get(QueueFactory);
    for (const processor of [worker.get(EventsProcessor), worker.get(NotificationsProcessor)]) {
      const w = factory.worker(processor.queue, (job) => handlerFor(processor, job.name)!(job.data, job.id));
      await w.waitUntilReady();
      closables.push(w);
    }

    admin = (await createPerson(t.dataSource)).id;
    await t.dataSource.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'PROGRAMME_ADMIN', 'Arranged by the test.')`, [admin]);
    chair = (await createPerson(t.dataSource)).id;
    await addMembership(t.dataSource, chair, 'TRUST_BOARD', MembershipRole.CHAIR);
    lambeth.id = (await createRepresentative(t.dataSource, { authority: 'lam' })).id;
    croydon.id = (await createRepresentative(t.dataSource, { authority: 'crd' })).id;
    await t.dataSource.query(`UPDATE person SET email = $2 WHERE id = $1`, [lambeth.id, lambeth.email]);
    await t.dataSource.query(`UPDATE person SET email = $2 WHERE id = $1`, [croydon.id, croydon.email]);
    // Croydon's officer reads such requests in the weekly digest.
    await t.ok(PREFER, { input: { kind: 'AGREEMENT_REQUESTED', delivery: 'WEEKLY_DIGEST', expectedVersion: 0 } }, { as: croydon.id });

    offer = (
      await createProposal(t.dataSource, 'HOUSE_HOUSING', {
        title: 'Rent deposit guarantee',
        summary: 'Each council guarantees a care leaver’s rent deposit.',
        status: ProposalStatus.RECOMMENDED,
      })
    ).id;
  });
  afterAll(async () => {
    await Promise.all(closables.map((c) => c.close()));
    await worker?.close();
    transport?.close();
    await t?.close();
    await smtp?.close();
  });

  it('tells each party’s officers when the Trust Board endorses an offer and their agreement opens', async () => {
    const meeting = await t.ok(SCHEDULE, { input: { bodyId: (await t.dataSource.query(`SELECT id FROM body WHERE code = 'TRUST_BOARD'`))[0].id, title: 'Trust Board', startsAt: new Date(Date.now() + 3600_000).toISOString() } }, { as: chair });
    const decided = await t.ok(DECIDE, { input: { meetingId: meeting.scheduleMeeting.meeting.id, proposalId: offer, kind: 'ENDORSE', summary: 'Endorsed; councils asked to agree.' } }, { as: chair });
    expect(decided.recordDecision.proposalStatus).toBe('ENDORSED');

    const mail = await smtp.nextMailTo(lambeth.email, 15000);
    expect(mail.subject).toBe(`Please record Lambeth's position on "Rent deposit guarantee"`);
    expect(mail.text).toContain('Each council guarantees a care leaver’s rent deposit.');
    expect(mail.text).toMatch(new RegExp(`Open it here: http\\S*/proposals/${offer}/agreements`));
    const [inApp] = await notices(lambeth.id, 'AGREEMENT_REQUESTED');
    expect(inApp).toMatchObject({ kind: 'AGREEMENT_REQUESTED', link: `/proposals/${offer}/agreements`, status: 'SENT' });

    // Croydon's officer chose the digest: held for it, not emailed.
    const held = await eventually(async () => (await notices(croydon.id, 'AGREEMENT_REQUESTED'))[0], "Croydon's notice");
    expect(held).toMatchObject({ subject: `Please record Croydon's position on "Rent deposit guarantee"`, status: 'AWAITING_DIGEST' });
  });

  it('tells the officers of each party that agreed a reworded offer at once, with the old and new wording', async () => {
    const rows = await agreementsByPartyCode(t.dataSource, offer);
    await t.ok(SET, { input: { agreementId: rows.lam.id, expectedVersion: rows.lam.version, status: 'FORMALLY_AGREED', reciprocity: 'BOTH' } }, { as: lambeth.id });
    await t.ok(SET, { input: { agreementId: rows.crd.id, expectedVersion: rows.crd.version, status: 'IN_DISCUSSION' } }, { as: croydon.id });

    const { proposal } = await t.ok(PROPOSAL, { id: offer }, { as: admin });
    await t.ok(
      REVISE,
      { input: { proposalId: offer, expectedVersion: proposal.version, reason: 'Trust Board, 4 June: landlords asked for a written guarantee.', summary: 'Each council gives a written rent guarantee for a care leaver’s first tenancy.' } },
      { as: admin },
    );

    const mail = await smtp.nextMailTo(lambeth.email, 15000);
    expect(mail.subject).toBe(`"Rent deposit guarantee" was reworded: please re-confirm Lambeth's agreement`);
    expect(mail.text).toContain('Lambeth agreed "Rent deposit guarantee" as worded before (version 1). It has been revised (now version 2).');
    expect(mail.text).toContain('Why: Trust Board, 4 June: landlords asked for a written guarantee.');
    expect(mail.text).toContain('The wording\n  Before: Each council guarantees a care leaver’s rent deposit.\n  Now: Each council gives a written rent guarantee for a care leaver’s first tenancy.');
    const [inApp] = await notices(lambeth.id, 'OFFER_REVISED');
    expect(inApp).toMatchObject({ link: `/proposals/${offer}/agreements` });
    expect(inApp.body).toContain('Now: Each council gives a written rent guarantee');
    // Croydon had not agreed, so it has nothing to re-confirm (the same job told Lambeth).
    await expect(notices(croydon.id, 'OFFER_REVISED')).resolves.toEqual([]);
  });

  it('lists the offers still waiting for an officer in their digest, each item linked to where it happened', async () => {
    const reminders = worker.get(RemindersService);
    const now = new Date();
    await expect(reminders.digestRecipients(now)).resolves.toEqual(expect.arrayContaining([lambeth.id, croydon.id]));
    await expect(reminders.sendDigest(croydon.id, now)).resolves.toBe('sent');
    const mail = await smtp.nextMailTo(croydon.email, 15000);
    const link = new RegExp(`\\n  http\\S*/proposals/${offer}/agreements\\n`);
    expect(mail.text).toContain('Offers waiting for you:\n- "Rent deposit guarantee" (Croydon): in discussion');
    expect(mail.text).toContain(`Your notifications this week:\n- Please record Croydon's position on "Rent deposit guarantee"`);
    expect(mail.text.match(new RegExp(link.source, 'g'))).toHaveLength(2);

    await expect(reminders.sendDigest(lambeth.id, now)).resolves.toBe('sent');
    const lambethDigest = await smtp.nextMailTo(lambeth.email, 15000);
    expect(lambethDigest.text).toMatch(/- "Rent deposit guarantee" \(Lambeth\): formally agreed, but the wording changed: please re-confirm\n {2}http\S*\/agreements/);
  });
});
