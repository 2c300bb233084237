import { MembershipRole } from '@app/governance';
import { SessionService, SignInMethod } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { addMembership, createCiccMember, createProposal, seatCoChairs, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { eventually } from './support/eventually';
import { InProcessWorker, startInProcessWorker } from './support/in-process-worker';

const LEAVE = `mutation($input: LeaveCiccInput!) { leaveCicc(input: $input) { ended { current } person { id displayName } } }`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { vote { choice } } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { tokens { accessToken } } }`;

describe('leaving the CiCC: signed out everywhere, and nothing more about its work is sent', () => {
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

  const notificationsTo = async (personId: string) =>
    await t.dataSource.query<{ kind: string; status: string }[]>(`SELECT kind, status FROM notification WHERE recipient_id = $1 ORDER BY created_at`, [personId]);

  it('ends every session at once, cancels what was waiting, and sends no reply notice, closing notice or "you said, we did" afterwards', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: 'Rent deposit scheme' });
    const lee = await createCiccMember(t.dataSource, { displayName: 'Lee Leaver', email: 'lee.leaver@example.org', birthMonth: '2005-02-01' });
    const kai = await createCiccMember(t.dataSource, { displayName: 'Kai Stayer', email: 'kai.stayer@example.org' });
    const opened = await t.ok(`mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`, {
      input: { proposalId: proposal.id, audience: 'CICC', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    }, { as: chairs.youngPerson.id });
    const consultationId = opened.openConsultation.consultation.id as string;
    // While a member, Lee hears that the vote is open, like every member.
    const before = await smtp.nextMailTo('lee.leaver@example.org', 15000);
    await smtp.nextMailTo('kai.stayer@example.org', 15000);
    // Lee is signed in on two devices.
    const sessions = t.app.get(SessionService);
    const phone = await sessions.issueFor(lee.id, SignInMethod.EMAIL_CODE);
    const laptop = await sessions.issueFor(lee.id, SignInMethod.INVITATION);
    const asLee = { token: phone.accessToken };

    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, asLee);
    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: kai.id });
    const leeComment = (await t.ok(COMMENT, { input: { proposalId: proposal.id, body: 'I paid a deposit twice.' } }, asLee)).addComment.comment.id;
    const kaiComment = (await t.ok(COMMENT, { input: { proposalId: proposal.id, body: 'Me too.' } }, { as: kai.id })).addComment.comment.id;

    // A reply Lee chose to hear about in the weekly digest is waiting when Lee leaves.
    await t.ok(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery } } }`, {
      input: { kind: 'COMMENT_REPLY', delivery: 'WEEKLY_DIGEST' },
    }, asLee);
    await t.ok(COMMENT, { input: { proposalId: proposal.id, parentId: leeComment, body: 'Thank you for saying so.' } }, { as: chairs.sectorLead.id });
    await eventually(async () => (await notificationsTo(lee.id)).some((n) => n.status === 'AWAITING_DIGEST'), "the reply waiting for Lee's digest");

    const left = await t.ok(LEAVE, { input: { reason: 'Moving on' } }, asLee);
    expect(left.leaveCicc).toEqual({ ended: [{ current: false }], person: { id: lee.id, displayName: 'Lee Leaver' } });

    // Signed out everywhere: the next request with either access token, and the refresh token, are refused.
    for (const token of [phone.accessToken, laptop.accessToken]) {
      const refused = await t.fails(`{ myProfile { id } }`, {}, { token });
      expect(refused.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    }
    expect((await t.fails(REFRESH, { input: { refreshToken: laptop.refreshToken } })).extensions?.code).toBe('UNAUTHENTICATED');
    const ended = await t.dataSource.query(`SELECT end_reason FROM sign_in_session WHERE person_id = $1`, [lee.id]);
    expect(ended).toEqual([{ end_reason: 'LEFT_CICC' }, { end_reason: 'LEFT_CICC' }]);
    expect(await notificationsTo(lee.id)).toEqual([
      { kind: 'CONSULTATION_OPENED', status: 'SENT' },
      { kind: 'COMMENT_REPLY', status: 'CANCELLED' },
    ]);

    // The CiCC's work goes on: a reply to each comment, the vote closes, its outcome, and the proposal is recommended.
    await t.ok(COMMENT, { input: { proposalId: proposal.id, parentId: leeComment, body: 'We will ask every council.' } }, { as: chairs.sectorLead.id });
    await t.ok(COMMENT, { input: { proposalId: proposal.id, parentId: kaiComment, body: 'Noted.' } }, { as: chairs.sectorLead.id });
    await t.ok(`mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { state } } }`, { input: { consultationId } }, { as: chairs.youngPerson.id });
    await t.ok(`mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`, {
      input: { consultationId, summary: 'Deposits will be paid by the responsible council.' },
    }, { as: chairs.youngPerson.id });
    const SIGN_OFF = `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended } }`;
    await t.ok(SIGN_OFF, { input: { proposalId: proposal.id } }, { as: chairs.youngPerson.id });
    expect((await t.ok(SIGN_OFF, { input: { proposalId: proposal.id } }, { as: chairs.sectorLead.id })).signOffProposal.recommended).toBe(true);

    // Kai, who stayed, hears about each of them: the events have all been handled.
    const heard: string[] = [];
    for (let i = 0; i < 4; i += 1) heard.push((await smtp.nextMailTo('kai.stayer@example.org', 15000)).subject);
    expect(heard.sort()).toEqual([
      'Consultation closed: "Rent deposit scheme"',
      'New reply to your comment on "Rent deposit scheme"',
      'You said, we did: "Rent deposit scheme" is recommended',
      'You said, we did: the outcome of "Rent deposit scheme"',
    ]);
    // Lee hears of none of them: no mail since the one before leaving, and no new notification.
    expect(smtp.messages.filter((m) => m.to.includes('lee.leaver@example.org'))).toEqual([before]);
    expect(await notificationsTo(lee.id)).toEqual([
      { kind: 'CONSULTATION_OPENED', status: 'SENT' },
      { kind: 'COMMENT_REPLY', status: 'CANCELLED' },
    ]);

    // Lee's comment stays, shown as a former member's.
    const thread = await t.ok(`query($id: ID!) { proposalComments(proposalId: $id) { edges { node { id author { displayName } } } } }`, { id: proposal.id }, { as: kai.id });
    const shown = (thread.proposalComments.edges as { node: { id: string; author: { displayName: string } } }[]).find((e) => e.node.id === leeComment);
    expect(shown?.node.author.displayName).toBe('Former CiCC member');
  });

  it('someone who leaves the CiCC but stays a House member is signed out all the same, and still hears about their House’s work', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_HEALTH');
    const jo = await createCiccMember(t.dataSource, { displayName: 'Jo Both', email: 'jo.both@example.org' });
    await addMembership(t.dataSource, jo.id, 'HOUSE_HEALTH', MembershipRole.MEMBER);
    const proposal = await createProposal(t.dataSource, 'HOUSE_HEALTH', { title: 'Free prescriptions' });
    const session = await t.app.get(SessionService).issueFor(jo.id, SignInMethod.EMAIL_CODE);
    const comment = (await t.ok(COMMENT, { input: { proposalId: proposal.id, body: 'Please include dental care.' } }, { token: session.accessToken })).addComment.comment.id;

    await t.ok(LEAVE, { input: {} }, { token: session.accessToken });
    expect((await t.fails(`{ myProfile { id } }`, {}, { token: session.accessToken })).extensions?.code).toBe('UNAUTHENTICATED');

    await t.ok(COMMENT, { input: { proposalId: proposal.id, parentId: comment, body: 'We will ask the ICBs.' } }, { as: chairs.sectorLead.id });
    const mail = await smtp.nextMailTo('jo.both@example.org', 15000);
    expect(mail.subject).toBe('New reply to your comment on "Free prescriptions"');
  });

  it('a notification made just before someone became a former member is cancelled when its email would go', async () => {
    const sam = await createCiccMember(t.dataSource, { email: 'sam.late@example.org' });
    const control = await createCiccMember(t.dataSource, { email: 'control.late@example.org' });
    const service = t.app.get(NotificationsService);
    // Made while Sam is still a member, in the transaction that then ends Sam's only membership (a leaving that commits after it).
    await t.txHost.withTransaction(async () => {
      const { created } = await service.notifyMany([sam.id, control.id].map((id) => ({
        recipientId: id, kind: 'CONSULTATION_CLOSING' as never, subject: 'Closes tomorrow', body: 'Have your say.', dedupeKey: `late:${id}`,
      })));
      expect(created).toHaveLength(2);
      await t.txHost.tx.query(`UPDATE membership SET ended_at = now() WHERE person_id = $1`, [sam.id]);
    });
    await smtp.nextMailTo('control.late@example.org', 15000);
    await eventually(async () => (await notificationsTo(sam.id))[0]?.status === 'CANCELLED', "Sam's notification to be cancelled");
    expect(smtp.messages.filter((m) => m.to.includes('sam.late@example.org'))).toEqual([]);
  });
});
