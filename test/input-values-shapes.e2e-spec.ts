import { randomUUID } from 'node:crypto';
import { Role } from '@app/access';
import { COMMENT_MAX_LENGTH, MODERATION_REASON_MAX } from '@app/comments';
import { GOVERNANCE_REASON_MAX } from '@app/governance';
import { bodyByCode, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';
import { download } from './support/downloads';

/**
 * A value of the wrong shape (too long, blank, out of range, not one of an enum) is refused once,
 * where the operation is given it, as BAD_USER_INPUT naming the field with a sentence saying what
 * to send; the rules behind it never see it. Inputs built from others check their fields alike.
 */
describe('values of the wrong shape are refused at the edge, naming the field', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;

  beforeAll(async () => {
    t = await startTestApp();
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    admin = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    await grantRoleDirectly(t.dataSource, admin, Role.SAFEGUARDING_LEAD);
    officer = (await createPerson(t.dataSource)).id;
    const [authority] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM local_authority ORDER BY name LIMIT 1`);
    await grantRoleDirectly(t.dataSource, officer, Role.LA_OFFICER, { authority: authority.id });
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

  const refused = async (query: string, input: unknown, as: string, field: string, message: string | RegExp) => {
    const error = await t.fails(query, { input }, { as });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
    return error;
  };

  it('refuses a comment that is blank once trimmed, or too long, and stores nothing', async () => {
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING');
    const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body } } }`;
    await refused(ADD, { proposalId: proposal.id, body: '   \n ' }, chairs.youngPerson.id, 'body', /body must be longer than or equal to 1 characters/);
    await refused(ADD, { proposalId: proposal.id, body: 'x'.repeat(COMMENT_MAX_LENGTH + 1) }, chairs.youngPerson.id, 'body', new RegExp(`body must be shorter than or equal to ${COMMENT_MAX_LENGTH} characters`));
    expect(await count(`SELECT count(*) AS n FROM comment WHERE proposal_id = $1`, [proposal.id])).toBe(0);
    const ok = await t.ok(ADD, { input: { proposalId: proposal.id, body: '  Looks right.  ' } }, { as: chairs.youngPerson.id });
    expect(ok.addComment.comment.body).toBe('Looks right.');
  });

  it("refuses a moderator's reason and a safeguarding lead's notes of the wrong shape", async () => {
    const commentId = randomUUID();
    await refused(
      `mutation($input: HideCommentInput!) { hideComment(input: $input) { comment { id } } }`,
      { commentId, reason: 'r'.repeat(MODERATION_REASON_MAX + 1) },
      admin,
      'reason',
      new RegExp(`reason must be shorter than or equal to ${MODERATION_REASON_MAX} characters`),
    );
    await refused(
      `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { __typename } }`,
      { reportId: randomUUID(), action: 'NO_SAFETY_RISK_FOUND', notes: '  ' },
      admin,
      'notes',
      /notes must be longer than or equal to 1 characters/,
    );
  });

  it('refuses a governance reason that is too long, in an input built from another', async () => {
    const housing = await t.dataSource.query(`SELECT id FROM body WHERE code = 'HOUSE_HOUSING'`);
    const error = await refused(
      `mutation($input: EndCoChairTermInput!) { endCoChairTerm(input: $input) { membership { id } } }`,
      { houseId: housing[0].id, seat: 'SECTOR_LEAD', reason: 'r'.repeat(GOVERNANCE_REASON_MAX + 1) },
      admin,
      'reason',
      new RegExp(`reason must be shorter than or equal to ${GOVERNANCE_REASON_MAX} characters`),
    );
    expect(error.extensions).toMatchObject({ reason: 'VALIDATION_FAILED' });
    const malformed = await t.fails(`mutation($input: EndCoChairTermInput!) { endCoChairTerm(input: $input) { membership { id } } }`, {
      input: { houseId: 'housing', seat: 'SECTOR_LEAD', reason: 'Stepping down.' },
    }, { as: admin });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_ID', field: 'houseId' });
  });

  it('checks the fields an input takes from another as the other does', async () => {
    await refused(
      `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`,
      { consultationId: randomUUID(), summary: 'We will.', expectedVersion: 0 },
      chairs.youngPerson.id,
      'expectedVersion',
      /expectedVersion must not be less than 1/,
    );
    await refused(
      `mutation($input: RecordConsultationOutcomeInput!) { recordConsultationOutcome(input: $input) { consultation { id } } }`,
      { consultationId: randomUUID(), summary: '   ' },
      chairs.youngPerson.id,
      'summary',
      /summary must be longer than or equal to 1 characters/,
    );
    await refused(
      `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { id } } }`,
      { agreementId: randomUUID(), expectedVersion: 0 },
      officer,
      'expectedVersion',
      /expectedVersion must not be less than 1/,
    );
  });

  it('refuses an edition title too short once trimmed, and a retry of no jobs, before any rule runs', async () => {
    const editions = await count(`SELECT count(*) AS n FROM compact_edition`);
    await refused(
      `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { edition { number } } }`,
      { number: 1, title: '  ab  ', publishedOn: '2027-03-01' },
      admin,
      'title',
      /title must be longer than or equal to 3 characters/,
    );
    expect(await count(`SELECT count(*) AS n FROM compact_edition`)).toBe(editions);
    await refused(
      `mutation($input: RetryFailedJobsInput!) { retryFailedJobs(input: $input) { retriedJobIds } }`,
      { queue: 'NOTIFICATIONS', jobIds: [] },
      admin,
      'jobIds',
      'Name at least one failed job to retry.',
    );
  });

  it('trims meeting text at the edge: blank is refused naming the field, and what is stored has no surrounding space', async () => {
    const trustBoardId = (await bodyByCode(t.dataSource, 'TRUST_BOARD')).id;
    const boardChair = (await createPerson(t.dataSource)).id;
    await t.ok(`mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`, {
      input: { personId: boardChair, bodyId: trustBoardId, role: 'CHAIR' },
    }, { as: admin });
    const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id title location } } }`;
    const startsAt = '2031-03-04T10:00:00Z';
    await refused(SCHEDULE, { bodyId: trustBoardId, title: ' \t ', startsAt }, boardChair, 'title', 'title cannot be empty');
    const ok = await t.ok(SCHEDULE, { input: { bodyId: trustBoardId, title: '  Board  ', startsAt, location: '   ' } }, { as: boardChair });
    expect(ok.scheduleMeeting.meeting).toMatchObject({ title: 'Board', location: null });
    const ADD_ACTION = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id description } } }`;
    await refused(ADD_ACTION, { meetingId: ok.scheduleMeeting.meeting.id, ownerId: boardChair, description: '   ', dueOn: '2031-03-10' }, boardChair, 'description', 'description cannot be empty');
    const action = await t.ok(ADD_ACTION, { input: { meetingId: ok.scheduleMeeting.meeting.id, ownerId: boardChair, description: ' Write it up ', dueOn: '2031-03-10' } }, { as: boardChair });
    expect(action.addActionItem.actionItem.description).toBe('Write it up');
  });

  it('checks the agreement matrix download as the agreement matrix filter, with its lists from the address', async () => {
    const kind = await download(t, '/exports/agreement-matrix.csv?partyKind=COUNCIL', officer);
    expect(kind.status).toBe(400);
    expect(JSON.parse(kind.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partyKind', message: expect.stringContaining('partyKind must be one of LOCAL_AUTHORITY') });
    const ids = await download(t, `/exports/agreement-matrix.csv?proposalIds=${randomUUID()},nope`, officer);
    expect(ids.status).toBe(400);
    expect(JSON.parse(ids.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalIds', message: 'each proposalIds entry must be a proposal id' });
  });
});
