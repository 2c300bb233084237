import { EventJob, QueueName } from '@app/core';
import { createComment, createPerson, createProposal, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
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
});
