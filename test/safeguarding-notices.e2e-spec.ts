import { Role } from '@app/access';
import { addMembership, createCiccMember, createPerson, createProposal, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { startWorkerProcess, WorkerProcess } from '../libs/testing/src/worker-process';
import { grantRoleDirectly } from './support/access-fixtures';

/**
 * "I'm worried about someone's safety", end to end: the API records the concern, the real worker
 * process takes its event from the outbox, and people hear where they would — mail at a real SMTP
 * server, notices through myNotifications.
 */
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const REPORT = `mutation($input: ReportCommentInput!) {
  reportComment(input: $input) {
    report { id reason }
    safetyConcern { lookWithin whatHappensNext emergency helplines { name phone whenToCall } }
  }
}`;
const NOTIFICATIONS = `{ myNotifications { totalCount edges { node { id kind subject body link channel status } } } }`;
const PREFER = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery } } }`;
const WARNINGS = `{ programmeWarnings { code message } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id } } }`;
const HANDLE = `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { concern { id } } }`;

interface Notice {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  channel: string;
  status: string;
}

describe('a safety concern reaches the safeguarding leads, or the programme admins when there is none, and the young person hears what happens next', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let worker: WorkerProcess;
  let houseMember: string;
  let proposalId: string;

  async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 30000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function notices(personId: string): Promise<Notice[]> {
    return (await t.ok(NOTIFICATIONS, {}, { as: personId })).myNotifications.edges.map((e: { node: Notice }) => e.node);
  }

  /** Waits until `personId` has a notice of `kind` whose subject matches, and returns it. */
  function noticeFor(personId: string, kind: string, subject: RegExp): Promise<Notice> {
    return eventually(async () => (await notices(personId)).find((n) => n.kind === kind && subject.test(n.subject)), `a ${kind} notice for ${personId}`);
  }

  /** A comment by a House member, written through the API, that a young person then reports as a safety concern. */
  async function raiseConcern(body: string, details: string): Promise<{ reporter: { id: string; email: string; displayName: string }; reportId: string; payload: any }> {
    const commentId = (await t.ok(ADD, { input: { proposalId, body } }, { as: houseMember })).addComment.comment.id;
    const reporter = await createCiccMember(t.dataSource, { birthMonth: '2010-02-01', displayName: `Young person ${Math.random().toString(36).slice(2, 8)}` });
    const payload = (await t.ok(REPORT, { input: { commentId, reason: 'SAFETY_CONCERN', details } }, { as: reporter.id })).reportComment;
    return { reporter: { id: reporter.id, email: reporter.email, displayName: reporter.displayName }, reportId: payload.report.id, payload };
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
    worker = await startWorkerProcess({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', DATABASE_POOL_SIZE: '4' });
    const member = await createPerson(t.dataSource, { displayName: 'Housing House member' });
    await addMembership(t.dataSource, member.id, 'HOUSE_HOUSING');
    houseMember = member.id;
    proposalId = (await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: 'Joint housing protocol' })).id;
  }, 120000);
  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await t?.close();
    await smtp?.close();
  });

  it('with no safeguarding lead, tells every programme admin at once that a concern waits and where — never who raised it or what it says — whatever they chose; their warnings say no lead is appointed', async () => {
    const admins = [await createPerson(t.dataSource, { displayName: 'Admin One' }), await createPerson(t.dataSource, { displayName: 'Admin Two' })];
    for (const admin of admins) await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
    // One admin wants everything in the weekly digest; a concern waiting for nobody cannot wait, and they are told so.
    await t.ok(PREFER, { input: { kind: 'SAFEGUARDING_UPDATE', delivery: 'WEEKLY_DIGEST' } }, { as: admins[1].id });
    const refused = await t.fails(PREFER, { input: { kind: 'SAFEGUARDING_CONCERN', delivery: 'WEEKLY_DIGEST' } }, { as: admins[1].id });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'delivery' });
    expect(refused.message).toContain('always reach you at once');
    const before = await t.ok(WARNINGS, {}, { as: admins[0].id });
    expect(before.programmeWarnings).toEqual([{ code: 'NO_SAFEGUARDING_LEAD', message: expect.stringContaining('none is waiting now') }]);

    const { reporter, reportId } = await raiseConcern('I do not feel safe going back tonight.', 'She says she is scared of someone at her placement.');

    for (const admin of admins) {
      const mail = await smtp.nextMailTo(admin.email, 20000);
      expect(mail.subject).toBe('A safety concern is waiting and no safeguarding lead is appointed');
      expect(mail.text).toContain('waiting in the safeguarding queue');
      expect(mail.text).toContain('SAFEGUARDING_LEAD');
      const notice = await noticeFor(admin.id, 'SAFEGUARDING_CONCERN', /no safeguarding lead/);
      expect(notice).toMatchObject({ channel: 'EMAIL' });
      // Only what they need to act: not who raised it, what it is about, or where it was said.
      for (const secret of [reporter.displayName, reporter.email, reporter.id, 'scared', 'do not feel safe', 'Joint housing protocol', proposalId, reportId]) {
        expect(mail.text).not.toContain(secret);
        expect(JSON.stringify(notice)).not.toContain(secret);
      }
    }

    const after = await t.ok(WARNINGS, {}, { as: admins[0].id });
    expect(after.programmeWarnings[0]).toMatchObject({ code: 'NO_SAFEGUARDING_LEAD', message: expect.stringContaining('1 is waiting in the safeguarding queue') });
    for (const as of [houseMember, reporter.id]) expect((await t.fails(WARNINGS, {}, { as })).extensions?.code).toBe('FORBIDDEN');

    // The admins appoint a lead: the concern already waiting reaches them at once, by email and in the app.
    const lead = await createPerson(t.dataSource, { displayName: 'Lead appointed later' });
    await t.ok(GRANT, { input: { personId: lead.id, role: 'SAFEGUARDING_LEAD', reason: "The programme's designated safeguarding lead" } }, { as: admins[0].id });
    const mail = await smtp.nextMailTo(lead.email, 20000);
    expect(mail.subject).toBe("A concern for someone's safety is waiting for you");
    expect(mail.text).toContain('One concern for a person\'s safety is waiting in the safeguarding queue');
    expect(mail.text).toMatch(/Open it here: http.*\/safeguarding\/concerns/);
    expect(mail.text).not.toContain('/settings/notifications');
    const notice = await noticeFor(lead.id, 'SAFEGUARDING_CONCERN', /waiting for you/);
    expect(notice).toMatchObject({ channel: 'EMAIL', link: '/safeguarding/concerns' });
    expect((await t.ok(WARNINGS, {}, { as: admins[0].id })).programmeWarnings).toEqual([]);
    // They handle it, so the leads appointed next find nothing waiting.
    await t.ok(HANDLE, { input: { reportId, action: 'CONTACTED_PERSON', notes: 'Spoke to her placement worker.', commentOutcome: 'KEEP_HIDDEN' } }, { as: lead.id });
  });

  it('tells every safeguarding lead at once by email and in the app, which they cannot turn off; the admins are not told once there is a lead', async () => {
    const admin = await createPerson(t.dataSource, { displayName: 'Admin Three' });
    await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
    const leads = [await createPerson(t.dataSource, { displayName: 'Lead in digest' }), await createPerson(t.dataSource, { displayName: 'Lead in app' })];
    for (const lead of leads) {
      await t.ok(GRANT, { input: { personId: lead.id, role: 'SAFEGUARDING_LEAD', reason: "The programme's designated safeguarding lead" } }, { as: admin.id });
    }
    // A lead cannot choose to hear about concerns later, and their settings say so rather than offering a choice.
    for (const [lead, delivery] of [[leads[0], 'WEEKLY_DIGEST'], [leads[1], 'IN_APP_ONLY']] as const) {
      expect((await t.fails(PREFER, { input: { kind: 'SAFEGUARDING_CONCERN', delivery } }, { as: lead.id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const kept = await t.ok(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery changeable } } }`, {
        input: { kind: 'SAFEGUARDING_CONCERN', delivery: 'EMAIL_NOW' },
      }, { as: lead.id });
      expect(kept.setNotificationPreference.preference).toEqual({ delivery: 'EMAIL_NOW', changeable: false });
      const { notificationPreferences } = await t.ok(`{ notificationPreferences { kind delivery changeable } }`, {}, { as: lead.id });
      expect(notificationPreferences).toContainEqual({ kind: 'SAFEGUARDING_CONCERN', delivery: 'EMAIL_NOW', changeable: false });
      expect(notificationPreferences).toContainEqual({ kind: 'COMMENT_REPLY', delivery: 'EMAIL_NOW', changeable: true });
    }
    expect((await t.ok(WARNINGS, {}, { as: admin.id })).programmeWarnings).toEqual([]);

    const { reportId } = await raiseConcern('Someone keeps messaging me and I am frightened.', 'They sound frightened.');

    for (const lead of leads) {
      const mail = await smtp.nextMailTo(lead.email, 20000);
      expect(mail.subject).toBe("A concern for someone's safety needs a safeguarding lead");
      expect(mail.text).toContain('within one working day');
      expect(mail.text).not.toContain('/settings/notifications');
      expect(mail.text).toMatch(new RegExp(`Open it here: http.*/safeguarding/concerns/${reportId}`));
      const notice = await noticeFor(lead.id, 'SAFEGUARDING_CONCERN', /needs a safeguarding lead/);
      expect(notice).toMatchObject({ channel: 'EMAIL', link: `/safeguarding/concerns/${reportId}` });
      expect(notice.status).not.toBe('AWAITING_DIGEST');
    }
    // The leads' notices and any admin's would be made together: with the leads told, the admin has had their chance.
    expect((await notices(admin.id)).filter((n) => n.kind === 'SAFEGUARDING_CONCERN')).toEqual([]);
    expect(smtp.pendingFor(admin.email)).toEqual([]);
  });

  it('answers the young person at once with what happens next, by when, and who to call, tells them again by notice and email, and later that it was handled, without details', async () => {
    const lead = await createPerson(t.dataSource, { displayName: 'Lead who handles' });
    await grantRoleDirectly(t.dataSource, lead.id, Role.SAFEGUARDING_LEAD);
    const { reporter, reportId, payload } = await raiseConcern('Nobody came when I called for help.', 'I think my friend is in danger.');

    expect(payload.report).toEqual({ id: reportId, reason: 'SAFETY_CONCERN' });
    expect(payload.safetyConcern).toMatchObject({
      lookWithin: 'within one working day',
      whatHappensNext: expect.stringContaining('A safeguarding lead will look at this within one working day.'),
      emergency: expect.stringMatching(/999.*0800 1111/),
    });
    expect(payload.safetyConcern.helplines).toEqual(
      expect.arrayContaining([
        { name: 'Emergency services', phone: '999', whenToCall: 'If someone is in danger now.' },
        expect.objectContaining({ name: 'Childline', phone: '0800 1111' }),
      ]),
    );

    const received = await noticeFor(reporter.id, 'SAFEGUARDING_UPDATE', /We have your concern/);
    expect(received.subject).toBe('We have your concern: a safeguarding lead will look at it within one working day');
    expect(received.body).toContain('within one working day');
    expect(received.body).toContain('999');
    expect(received.body).toContain('0800 1111');
    const receivedMail = await smtp.nextMailTo(reporter.email, 20000);
    expect(receivedMail.subject).toBe(received.subject);
    expect(receivedMail.text).toContain('call 999');

    const notes = 'Called her carer; the police visited and she is staying with her aunt.';
    await t.ok(HANDLE, { input: { reportId, action: 'REFERRED_TO_EMERGENCY_SERVICES', notes, commentOutcome: 'KEEP_HIDDEN' } }, { as: lead.id });
    const handled = await noticeFor(reporter.id, 'SAFEGUARDING_UPDATE', /has been dealt with/);
    expect(handled.subject).toBe('The concern you raised has been dealt with');
    expect(handled.body).toContain('A safeguarding lead has looked at the concern you raised');
    const handledMail = await smtp.nextMailTo(reporter.email, 20000);
    expect(handledMail.subject).toBe('The concern you raised has been dealt with');
    for (const detail of [notes, 'police', 'REFERRED_TO_EMERGENCY_SERVICES', 'EMERGENCY SERVICES', lead.displayName]) {
      expect(handled.body).not.toContain(detail);
      expect(handledMail.text).not.toContain(detail);
    }
  });
});
