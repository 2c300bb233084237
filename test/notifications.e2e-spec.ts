import { AgreementStatusesChangedPayload, EventJob, QueueFactory, QueueName } from '@app/core';
import { createComment, createPerson, createProposal, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { agreementsByPartyCode, createEndorsedAuthorityOffers, createRepresentative } from '../libs/testing/src/factories/agreements.factory';
import { seatCoChairs } from '../libs/testing/src/factories/people.factory';
import { EventsProcessor } from '../apps/worker/src/events.processor';
import { NotificationsService } from '@app/notifications';
import { OutboxService } from '@app/outbox';
import { eventually, InProcessWorker, startInProcessWorker } from './support/in-process-worker';

describe('notifications: outbox → relay → queue → email and the app', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: InProcessWorker;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    worker = await startInProcessWorker(smtp.url);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  /** A proposal moved by the Trust Board, written the way ProposalsService.transition writes it. */
  async function endorse(proposalId: string, reason: string): Promise<void> {
    await t.dataSource.transaction(async (m) => {
      await m.query(`UPDATE proposal SET status = 'ENDORSED' WHERE id = $1`, [proposalId]);
      const [row] = (await m.query(
        `INSERT INTO proposal_transition (proposal_id, from_status, to_status, reason) VALUES ($1, 'RECOMMENDED', 'ENDORSED', $2) RETURNING id`,
        [proposalId, reason],
      )) as { id: string }[];
      await new OutboxService().emit(m, {
        queue: QueueName.EVENTS,
        job: EventJob.PROPOSAL_STATUS_CHANGED,
        payload: { proposalId, transitionId: row.id, from: 'RECOMMENDED', to: 'ENDORSED' },
      });
    });
  }

  it('tells everyone who commented what happened and why, by email once and in the app', async () => {
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: 'RECOMMENDED' as never, title: 'Rent deposit scheme' });
    const commenter = await createPerson(t.dataSource, { email: 'commenter@example.org', displayName: 'Ade' });
    const quiet = await createPerson(t.dataSource, { email: 'quiet@example.org', displayName: 'Bea' });
    await createComment(t.dataSource, proposal.id, commenter.id);
    await createComment(t.dataSource, proposal.id, quiet.id);
    await t.ok(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery chosen version } } }`, {
      input: { kind: 'YOU_SAID_WE_DID', delivery: 'IN_APP_ONLY', expectedVersion: 0 },
    }, { as: quiet.id });

    await endorse(proposal.id, 'Every council can fund it from the leaving-care budget.');

    const mail = await smtp.nextMailTo('commenter@example.org', 15000);
    expect(mail.subject).toContain('You said, we did');
    expect(mail.text).toContain('Hello Ade,');
    expect(mail.text).toContain('Every council can fund it from the leaving-care budget.');
    expect(mail.text).toMatch(new RegExp(`Open it here: http.*/proposals/${proposal.id}`));

    // In the app for both; only the commenter who wants email got one.
    const quietList = await eventually(async () => {
      const data = await t.ok(`{ myNotifications { totalCount edges { node { id kind channel status readAt } } } }`, {}, { as: quiet.id });
      const c = data.myNotifications as { totalCount: number; edges: { node: { id: string; kind: string; channel: string; status: string } }[] };
      return c.totalCount === 1 ? c : undefined;
    }, 'the in-app notification');
    expect(quietList.edges[0].node).toMatchObject({ kind: 'YOU_SAID_WE_DID', channel: 'IN_APP', status: 'IN_APP' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.messages.filter((m) => m.to.includes('commenter@example.org'))).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to.includes('quiet@example.org'))).toHaveLength(0);

    const mine = await t.ok(`{ myNotifications(filter: { unreadOnly: true }) { edges { node { id status } } } unreadNotificationCount }`, {}, { as: commenter.id });
    expect(mine.unreadNotificationCount).toBe(1);
    const id = (mine.myNotifications as { edges: { node: { id: string; status: string } }[] }).edges[0].node.id;
    const marked = await t.ok(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`, {
      input: { notificationIds: [id] },
    }, { as: commenter.id });
    expect(marked.markNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
  });

  it('never notifies twice for the same dedupe key, and a repeated delivery sends nothing', async () => {
    const person = await createPerson(t.dataSource, { email: 'once@example.org' });
    const service = t.app.get(NotificationsService);
    const request = { recipientId: person.id, kind: 'CONSULTATION_CLOSING' as never, subject: 'Closes tomorrow', body: 'Have your say by Friday.', dedupeKey: `test:${person.id}` };
    const first = await t.dataSource.transaction((m) => service.notify(m, request));
    const second = await t.dataSource.transaction((m) => service.notify(m, request));
    expect(first.created).toHaveLength(1);
    expect(second.created).toHaveLength(0);
    await smtp.nextMailTo('once@example.org', 15000);
    await expect(worker.context.get(NotificationsService).deliverEmail(first.created[0].id)).resolves.toBe('skipped');
    expect(smtp.messages.filter((m) => m.to.includes('once@example.org'))).toHaveLength(1);
  });

  it('refuses to mark notifications that are not yours, and a stale preference', async () => {
    const a = await createPerson(t.dataSource, { email: 'a-owner@example.org' });
    const b = await createPerson(t.dataSource, { email: 'b-other@example.org' });
    const service = t.app.get(NotificationsService);
    const { created } = await t.dataSource.transaction((m) =>
      service.notify(m, { recipientId: a.id, kind: 'COMMENT_REPLY' as never, subject: 'A reply', body: 'Someone replied.', dedupeKey: `own:${a.id}` }),
    );
    const err = await t.fails(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }`, {
      input: { notificationIds: [created[0].id] },
    }, { as: b.id });
    expect(err.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'notificationIds' });
    const stale = await t.fails(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { version } } }`, {
      input: { kind: 'COMMENT_REPLY', delivery: 'WEEKLY_DIGEST', expectedVersion: 3 },
    }, { as: b.id });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('relays an LA officer\'s bulk update as one job, and each change reaches the House\'s co-chairs once, even if the job runs again', async () => {
    const offers = await createEndorsedAuthorityOffers(t.dataSource, 3, 'HOUSE_ETE');
    const { youngPerson, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_ETE');
    const officer = await createRepresentative(t.dataSource, { authority: 'hck' });
    const agreements = await Promise.all(offers.map(async (id) => (await agreementsByPartyCode(t.dataSource, id)).hck));
    const [authority] = (await t.dataSource.query(`SELECT id FROM local_authority WHERE short_code = 'hck'`)) as { id: string }[];
    await t.ok(
      `mutation($input: UpdateAuthorityAgreementsInput!) { updateAuthorityAgreements(input: $input) { agreements { id status } } }`,
      { input: { authorityId: authority.id, items: agreements.map((a) => ({ agreementId: a.id, expectedVersion: a.version, status: 'IN_DISCUSSION' })) } },
      { as: officer.id },
    );

    const heard = async (personId: string) =>
      ((await t.dataSource.query(`SELECT dedupe_key FROM notification WHERE recipient_id = $1 AND kind = 'AGREEMENT_STATUS_CHANGED'`, [personId])) as { dedupe_key: string }[]).map(
        (r) => r.dedupe_key,
      );
    await eventually(async () => (await heard(youngPerson.id)).length === 3 && (await heard(sectorLead.id)).length === 3, 'both co-chairs to hear of all three changes');

    // The three events went to the queue together, in one job that names each of them.
    const [event] = (await t.dataSource.query(`SELECT id FROM outbox_event WHERE job_name = 'agreement-status-changed' AND payload->>'agreementStatusId' = $1`, [agreements[0].id])) as { id: string }[];
    const queue = worker.context.get(QueueFactory).queue(QueueName.EVENTS);
    const packed = (await queue.getJobs(['completed'])).filter((j) => j?.name === EventJob.AGREEMENT_STATUSES_CHANGED && (j.data as AgreementStatusesChangedPayload).events.some((e) => e.eventId === event.id));
    expect(packed).toHaveLength(1);
    const { events } = packed[0].data as AgreementStatusesChangedPayload;
    expect(events.map((e) => e.payload.agreementStatusId).sort()).toEqual(agreements.map((a) => a.id).sort());
    expect(packed[0].returnvalue).toEqual({ events: 3, notified: 6 });
    expect((await heard(sectorLead.id)).sort()).toEqual(events.map((e) => `agreement-status:${e.eventId}:${sectorLead.id}`).sort());

    // Handled again (a replayed job), it tells nobody anything new.
    await expect(worker.context.get(EventsProcessor).handlers[EventJob.AGREEMENT_STATUSES_CHANGED](packed[0].data)).resolves.toEqual({ events: 3, notified: 0 });
    expect(await heard(youngPerson.id)).toHaveLength(3);
    await queue.close();
  });
});
