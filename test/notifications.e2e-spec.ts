import { AgreementStatusesChangedPayload, EventJob, QueueFactory, QueueName } from '@app/core';
import { agreementsByPartyCode, createEndorsedAuthorityOffers, createRepresentative } from '../libs/testing/src/factories/agreements.factory';
import { seatCoChairs } from '../libs/testing/src/factories/people.factory';
import { EventsProcessor } from '../apps/worker/src/events.processor';
import { NotificationsService } from '@app/notifications';
import { startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { eventually } from './support/eventually';
import { settled as settledWork } from './support/settled';
import { InProcessWorker, startInProcessWorker } from './support/in-process-worker';
import { ApiPerson, ProgrammeApi } from './support/programme-api';

/**
 * Notifications end to end: everything is made through the API by the people who would make it,
 * the real worker (its module, in this process) relays events and sends email, and what must
 * reach a person is read where they would read it: in the mail they receive, or in the app.
 */
describe('notifications: API change → outbox → worker → email and the app', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: InProcessWorker;
  let api: ProgrammeApi;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    worker = await startInProcessWorker(smtp.url);
    api = await ProgrammeApi.start(t);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await smtp?.close();
  });

  /** Waits until nothing waits in the outbox, no email is pending and the queues hold no job still to run. */
  const settled = () => settledWork(t.dataSource, worker.context.get(QueueFactory));

  const mailsTo = (person: ApiPerson) => smtp.messages.filter((m) => m.to.includes(person.email.toLowerCase()));

  it('asks the CiCC to vote on a proposal’s consultation opened through the API, tells the co-chairs, and brings voters the close and the outcome', async () => {
    const coChairs = await api.seatCoChairs('HOUSE_HOUSING');
    const amani = await api.ciccMember({ displayName: 'Amani', email: 'amani@example.org' });
    const bola = await api.ciccMember({ displayName: 'Bola', email: 'bola@example.org' });
    const officer = await api.officer('lam', { displayName: 'Lambeth officer', email: 'lambeth.officer@example.org' });
    const proposalId = await api.proposal('HOUSE_HOUSING', coChairs.sectorLead.id, { title: 'Rent deposit guarantee' });

    // Opened as the app opens one on a proposal: no title of its own.
    const consultationId = await api.openConsultation(coChairs.youngPerson.id, { proposalId, audience: 'CICC', closesInDays: 14 });

    const asked = await smtp.nextMailTo(amani.email, 20000);
    expect(asked.subject).toMatch(/^Open until .*: "Rent deposit guarantee"$/);
    expect(asked.text).toContain('Hello Amani,');
    expect(asked.text).toContain('Have your say and cast your vote before then.');
    expect(asked.text).toContain(`/consultations/${consultationId}`);
    await expect(smtp.nextMailTo(bola.email, 20000)).resolves.toMatchObject({ subject: expect.stringContaining('"Rent deposit guarantee"') });
    const toChair = await smtp.nextMailTo(coChairs.sectorLead.email, 20000);
    expect(toChair.subject).toBe('Consultation open: "Rent deposit guarantee"');
    expect(toChair.text).toContain('after it closes, record the outcome');
    // The young-person co-chair is on the CiCC too, and hears once.
    await smtp.nextMailTo(coChairs.youngPerson.email, 20000);
    await settled();
    expect(mailsTo(coChairs.youngPerson)).toHaveLength(1);
    expect(mailsTo(officer)).toHaveLength(0);

    // The app shows the same to the member.
    const mine = await t.ok(`{ myNotifications { edges { node { kind subject link } } } }`, {}, { as: amani.id });
    expect(mine.myNotifications.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { kind: 'CONSULTATION_OPENED', subject: asked.subject, link: `/consultations/${consultationId}` },
    ]);

    await api.vote(amani.id, proposalId, 'SUPPORT');
    await api.vote(bola.id, proposalId, 'OPPOSE');
    await api.closeConsultation(coChairs.sectorLead.id, consultationId);
    const closed = await smtp.nextMailTo(amani.email, 20000);
    expect(closed.subject).toBe('Consultation closed: "Rent deposit guarantee"');
    expect(closed.text).toContain('you will hear the outcome and why');
    await expect(smtp.nextMailTo(bola.email, 20000)).resolves.toMatchObject({ subject: 'Consultation closed: "Rent deposit guarantee"' });
    await expect(smtp.nextMailTo(coChairs.sectorLead.email, 20000)).resolves.toMatchObject({ subject: 'Record the outcome of "Rent deposit guarantee"' });

    await api.recordOutcome(coChairs.sectorLead.id, consultationId, 'Most of you backed it; the House will ask every council to fund deposits up to £1,500.');
    for (const voter of [amani, bola]) {
      const outcome = await smtp.nextMailTo(voter.email, 20000);
      expect(outcome.subject).toBe('You said, we did: the outcome of "Rent deposit guarantee"');
      expect(outcome.text).toContain('the House will ask every council to fund deposits up to £1,500.');
    }
    await settled();
    // Each voter heard each step once: asked, closed, outcome.
    expect(mailsTo(amani)).toHaveLength(3);
    expect(mailsTo(bola)).toHaveLength(3);
    expect(mailsTo(officer)).toHaveLength(0);
    // No job failed on the way.
    const health = await t.http().get('/health/jobs');
    expect(health.body.info?.failedJobs ?? health.body.error?.failedJobs).toMatchObject({ total: 0 });
  });

  it('tells everyone who commented what happened to the proposal and why, by email or in the app as each chose', async () => {
    const coChairs = await api.seatCoChairs('HOUSE_ETE');
    const commenter = await api.person({ displayName: 'Ade', email: 'commenter@example.org' });
    const quiet = await api.person({ displayName: 'Bea', email: 'quiet@example.org' });
    // Both take part in the House's work, so they may comment on its proposals.
    await api.join(commenter.id, 'HOUSE_ETE');
    await api.join(quiet.id, 'HOUSE_ETE');
    const proposalId = await api.proposal('HOUSE_ETE', coChairs.sectorLead.id, { title: 'Apprenticeship guarantee', category: 'EDUCATION_TRAINING_EMPLOYMENT' });
    const consultationId = await api.openConsultation(coChairs.sectorLead.id, { proposalId, audience: 'PARTNERS', closesInDays: 10 });
    await api.comment(commenter.id, proposalId, 'Please include people placed outside London.');
    await api.comment(quiet.id, proposalId, 'Employers need support to take this on.');
    await t.ok(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery chosen version } } }`, {
      input: { kind: 'YOU_SAID_WE_DID', delivery: 'IN_APP_ONLY', expectedVersion: 0 },
    }, { as: quiet.id });

    await api.closeConsultation(coChairs.sectorLead.id, consultationId);
    await api.recommend(proposalId, coChairs);
    await expect(api.trustBoardDecides(proposalId, 'ENDORSE', 'Every council can fund it from the leaving-care budget.')).resolves.toBe('ENDORSED');

    // Both moves are told (in whichever order the worker gets to them).
    const told = [await smtp.nextMailTo(commenter.email, 20000), await smtp.nextMailTo(commenter.email, 20000)];
    expect(told.map((m) => m.subject).sort()).toEqual([
      'You said, we did: "Apprenticeship guarantee" is endorsed',
      'You said, we did: "Apprenticeship guarantee" is recommended',
    ]);
    const endorsed = told.find((m) => m.subject.endsWith('is endorsed'))!;
    expect(endorsed.text).toContain('Hello Ade,');
    expect(endorsed.text).toContain('Why: Every council can fund it from the leaving-care budget.');
    expect(endorsed.text).toMatch(new RegExp(`Open it here: http.*/proposals/${proposalId}`));

    // In the app for both; only the commenter who wants email got it by email.
    const quietList = await eventually(async () => {
      const data = await t.ok(`{ myNotifications(filter: { kind: YOU_SAID_WE_DID }) { totalCount edges { node { id kind channel status subject } } } }`, {}, { as: quiet.id });
      return data.myNotifications.totalCount === 2 ? data.myNotifications : undefined;
    }, 'the in-app notifications');
    expect(quietList.edges.map((e: { node: { channel: string; status: string } }) => [e.node.channel, e.node.status])).toEqual([
      ['IN_APP', 'IN_APP'],
      ['IN_APP', 'IN_APP'],
    ]);
    await settled();
    expect(mailsTo(commenter)).toHaveLength(2);
    expect(mailsTo(quiet)).toHaveLength(0);

    const mine = await t.ok(`{ myNotifications(filter: { unreadOnly: true, kind: YOU_SAID_WE_DID }) { edges { node { id } } } unreadNotificationCount }`, {}, { as: commenter.id });
    expect(mine.unreadNotificationCount).toBe(2);
    const ids = mine.myNotifications.edges.map((e: { node: { id: string } }) => e.node.id);
    const marked = await t.ok(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`, {
      input: { notificationIds: ids },
    }, { as: commenter.id });
    expect(marked.markNotificationsRead).toEqual({ marked: 2, unreadCount: 0 });
  });

  it('tells a comment’s author about a reply, but not about their own', async () => {
    const author = await api.person({ displayName: 'Chidi', email: 'chidi@example.org' });
    const replier = await api.person({ displayName: 'Dara' });
    const coChairs = await api.seatCoChairs('HOUSE_TRANSPORT');
    await api.join(author.id, 'HOUSE_TRANSPORT');
    await api.join(replier.id, 'HOUSE_TRANSPORT');
    const proposalId = await api.proposal('HOUSE_TRANSPORT', coChairs.sectorLead.id, { title: 'Half-price travel', category: 'TRANSPORT' });
    const comment = await api.comment(author.id, proposalId, 'Does this cover trams?');
    await api.comment(author.id, proposalId, 'And the Elizabeth line?', comment);
    const reply = await api.comment(replier.id, proposalId, 'Yes, trams are included.', comment);

    const mail = await smtp.nextMailTo(author.email, 20000);
    expect(mail.subject).toBe('New reply to your comment on "Half-price travel"');
    expect(mail.text).toContain(`/proposals/${proposalId}/comments/${reply}`);
    await settled();
    expect(mailsTo(author)).toHaveLength(1);
  });

  it('never notifies twice for the same dedupe key, and a repeated delivery sends nothing', async () => {
    const person = await api.person({ email: 'once@example.org' });
    const service = t.app.get(NotificationsService);
    const request = { recipientId: person.id, kind: 'CONSULTATION_CLOSING' as never, subject: 'Closes tomorrow', body: 'Have your say by Friday.', dedupeKey: `test:${person.id}` };
    const first = await t.txHost.withTransaction(() => service.notify(request));
    const second = await t.txHost.withTransaction(() => service.notify(request));
    expect(first.created).toHaveLength(1);
    expect(second.created).toHaveLength(0);
    await smtp.nextMailTo('once@example.org', 20000);
    await expect(worker.context.get(NotificationsService).deliverEmail(first.created[0].id)).resolves.toBe('skipped');
    expect(smtp.messages.filter((m) => m.to.includes('once@example.org'))).toHaveLength(1);
  });

  it('refuses to mark notifications that are not yours, and a stale preference', async () => {
    const a = await api.person({ email: 'a-owner@example.org' });
    const b = await api.person({ email: 'b-other@example.org' });
    const service = t.app.get(NotificationsService);
    const { created } = await t.txHost.withTransaction(() =>
      service.notify({ recipientId: a.id, kind: 'COMMENT_REPLY' as never, subject: 'A reply', body: 'Someone replied.', dedupeKey: `own:${a.id}` }),
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
    const offers = await createEndorsedAuthorityOffers(t.dataSource, 3, 'HOUSE_FINANCE');
    const { youngPerson, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_FINANCE');
    const officer = await createRepresentative(t.dataSource, { authority: 'hck' });
    const agreements = await Promise.all(offers.map(async (id) => (await agreementsByPartyCode(t.dataSource, id)).hck));
    const [authority] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM local_authority WHERE short_code = 'hck'`);
    await t.ok(
      `mutation($input: UpdateAuthorityAgreementsInput!) { updateAuthorityAgreements(input: $input) { agreements { id status } } }`,
      { input: { authorityId: authority.id, items: agreements.map((a) => ({ agreementId: a.id, expectedVersion: a.version, status: 'IN_DISCUSSION' })) } },
      { as: officer.id },
    );

    const heard = async (personId: string) =>
      (await t.dataSource.query<{ dedupe_key: string }[]>(`SELECT dedupe_key FROM notification WHERE recipient_id = $1 AND kind = 'AGREEMENT_STATUS_CHANGED'`, [personId])).map(
        (r) => r.dedupe_key,
      );
    await eventually(async () => (await heard(youngPerson.id)).length === 3 && (await heard(sectorLead.id)).length === 3, 'both co-chairs to hear of all three changes');

    // The three events went to the queue together, in one job that names each of them.
    const [event] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM outbox_event WHERE job_name = 'agreement-status-changed' AND payload->>'agreementStatusId' = $1`, [agreements[0].id]);
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
