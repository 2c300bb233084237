import { Role } from '@app/access';
import { ConsultationAudience, QuestionKind, TallyVisibility } from '@app/consultations';
import { MembershipRole } from '@app/governance';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { PERSON_REFERENCES } from '@app/personal-data';
import { ProposalStatus } from '@app/proposals';
import {
  addMembership,
  authorityByShortCode,
  createCiccMember,
  createConsultation,
  createPerson,
  createProposal,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';
import { download, rowsOf } from './support/downloads';

const NAME = 'Jordan Ade';
const EMAIL = 'jordan.ade@example.org';
const COMMENT = 'I moved from Lambeth to a flat near my sister last spring.';
const EDITED = 'A flat near family would help.';
const ANSWER = 'Help with the deposit when I moved in with my partner.';
const REPORT = 'This thread is about something else entirely.';

const MY_DATA = `{ myData {
  generatedAt
  profile { id displayName email birthMonth careExperienced homeAuthority }
  memberships { body role represents endedAt }
  roles { role scope source }
  roleGrants { role }
  votes { proposalId choice }
  consultationResponses { consultationId onBehalfOf answers { question answer } }
  comments { id body deletedAt revisions { revision body } }
  reports { reason details }
  notifications { kind subject }
  notificationPreferences { kind delivery }
  sessions { id method revokedAt }
  invitations { id }
  signOffs { id }
  actionItems { id }
  auditEvents { action entityType byYou changes { field before after } }
} }`;

/**
 * A person's own data: they see all of it (myData, and the same as a file), and a programme admin
 * erases it at their request, after which their name and email appear nowhere.
 */
describe("a person's own data, and erasing it", () => {
  let t: TestApp;
  let admin: string;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  let jordan: { id: string };
  let proposalId: string;
  let consultationId: string;
  let commentId: string;

  const get = (path: string, as?: string) => download(t, path, as);

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    admin = (await createPerson(ds, { displayName: 'Programme admin' })).id;
    await grantRoleDirectly(ds, admin, Role.PROGRAMME_ADMIN);
    chairs = await seatCoChairs(ds, 'HOUSE_HOUSING');
    const lambeth = await authorityByShortCode(ds, 'lam');
    jordan = await createCiccMember(ds, { displayName: NAME, email: EMAIL, birthMonth: '2005-04-01', homeAuthorityId: lambeth.id });
    await addMembership(ds, jordan.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
    // Events written before personal data was kept out of the trail recorded names, emails and
    // comment text: two such events, as the product wrote them then.
    await ds.query(
      `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, after) VALUES
         ($1::uuid, 'createPerson', 'person', $2::uuid, jsonb_build_object('id', $2::text, 'displayName', $3::text, 'email', $4::text, 'careExperienced', true)),
         ($2::uuid, 'updatePerson', 'person', $2::uuid, jsonb_build_object('displayName', $3::text))`,
      [admin, jordan.id, NAME, EMAIL],
    );

    const proposal = await createProposal(ds, 'HOUSE_HOUSING', { title: 'Rent deposits for care leavers', status: ProposalStatus.IN_CONSULTATION });
    proposalId = proposal.id;
    const { consultation, questions } = await createConsultation(ds, {
      proposalId,
      audience: ConsultationAudience.CICC,
      houseCode: 'HOUSE_HOUSING',
      tallyVisibility: TallyVisibility.ALWAYS,
      questions: [
        { kind: QuestionKind.FREE_TEXT, prompt: 'What would have helped you?' },
        { kind: QuestionKind.YES_NO, prompt: 'Should deposits be paid for you?' },
      ],
    });
    consultationId = consultation.id;

    // Jordan takes part, through the API.
    const added = await t.ok(`mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id version } } }`, { input: { proposalId, body: COMMENT } }, { as: jordan.id });
    commentId = added.addComment.comment.id;
    await t.ok(
      `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id } } }`,
      { input: { commentId, body: EDITED, expectedVersion: added.addComment.comment.version } },
      { as: jordan.id },
    );
    await t.ok(`mutation($input: CastVoteInput!) { castVote(input: $input) { changed } }`, { input: { proposalId, choice: 'SUPPORT' } }, { as: jordan.id });
    await t.ok(
      `mutation($input: RespondToConsultationInput!) { respondToConsultation(input: $input) { replaced } }`,
      { input: { consultationId, answers: [{ questionId: questions[0].id, text: ANSWER }, { questionId: questions[1].id, yesNo: true }] } },
      { as: jordan.id },
    );
    const other = await t.ok(`mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, { input: { proposalId, body: 'Deposits, yes.' } }, { as: chairs.sectorLead.id });
    await t.ok(
      `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`,
      { input: { commentId: other.addComment.comment.id, reason: 'OFF_TOPIC', details: REPORT } },
      { as: jordan.id },
    );
    await t.ok(`mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preference { delivery } } }`, {
      input: { kind: 'COMMENT_REPLY', delivery: 'IN_APP_ONLY' },
    }, { as: jordan.id });
    await t.txHost.withTransaction(() =>
      t.app.get(NotificationsService).notify({
        recipientId: jordan.id,
        kind: NotificationKind.COMMENT_REPLY,
        subject: 'New reply to your comment on "Rent deposits for care leavers"',
        body: 'Someone replied to your comment.',
        dedupeKey: `test-reply:${jordan.id}`,
        link: `/proposals/${proposalId}`,
      }),
    );
  });
  afterAll(() => t.close());

  it('shows a person everything the service holds about them, and nothing of anyone else', async () => {
    const { myData } = await t.ok(MY_DATA, {}, { as: jordan.id });
    expect(myData.profile).toEqual({ id: jordan.id, displayName: NAME, email: EMAIL, birthMonth: '2005-04-01', careExperienced: true, homeAuthority: 'Lambeth' });
    expect(myData.memberships.map((m: any) => `${m.body}:${m.role}`).sort()).toEqual(['Housing House:MEMBER', 'London Children in Care Council:MEMBER']);
    expect(myData.roles.map((r: any) => `${r.role}:${r.scope}`).sort()).toEqual(['CICC_MEMBER:null', 'HOUSE_MEMBER:Housing House']);
    expect(myData.votes).toEqual([{ proposalId, choice: 'SUPPORT' }]);
    expect(myData.consultationResponses).toEqual([
      {
        consultationId,
        onBehalfOf: null,
        answers: [
          { question: 'What would have helped you?', answer: ANSWER },
          { question: 'Should deposits be paid for you?', answer: 'Yes' },
        ],
      },
    ]);
    expect(myData.comments).toEqual([{ id: commentId, body: EDITED, deletedAt: null, revisions: [{ revision: 1, body: COMMENT }] }]);
    expect(myData.reports).toEqual([{ reason: 'OFF_TOPIC', details: REPORT }]);
    expect(myData.notifications.map((n: any) => n.kind)).toContain('COMMENT_REPLY');
    expect(myData.notificationPreferences).toEqual([{ kind: 'COMMENT_REPLY', delivery: 'IN_APP_ONLY' }]);
    expect(myData.sessions.length).toBeGreaterThanOrEqual(1);
    const actions = myData.auditEvents.map((e: any) => `${e.action}:${e.byYou}`);
    expect(actions).toEqual(expect.arrayContaining(['createPerson:false', 'addComment:true', 'editComment:true', 'castVote:true', 'respondToConsultation:true']));

    const theirs = (await t.ok(MY_DATA, {}, { as: chairs.sectorLead.id })).myData;
    expect(theirs.profile.id).toBe(chairs.sectorLead.id);
    expect(JSON.stringify(theirs)).not.toContain(NAME);
    expect(theirs.votes).toEqual([]);
    expect(theirs.reports).toEqual([]);
  });

  it('gives the same as a JSON file from GET /exports/my-data.json, to the signed-in person only', async () => {
    const file = await get('/exports/my-data.json', jordan.id);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(file.headers['cache-control']).toBe('no-store');
    const data = JSON.parse(file.text);
    const { myData } = await t.ok(MY_DATA, {}, { as: jordan.id });
    for (const section of Object.keys(myData).filter((k) => k !== 'generatedAt' && k !== 'auditEvents')) {
      expect({ section, count: Array.isArray(data[section]) ? data[section].length : 1 }).toEqual({ section, count: Array.isArray(myData[section]) ? myData[section].length : 1 });
    }
    expect(data.profile).toMatchObject({ email: EMAIL, displayName: NAME });
    expect(data.comments[0].revisions[0].body).toBe(COMMENT);
    expect(data.auditEvents.find((e: any) => e.action === 'addComment')).toMatchObject({ byYou: true, after: { withheld: ['body'] } });
    expect((await get('/exports/my-data.json')).status).toBe(401);
  });

  it('only programme admins erase, never their own data, and not while a safety concern about the person is open', async () => {
    const ERASE = `mutation($input: ErasePersonInput!) { erasePerson(input: $input) { person { id } } }`;
    const byChair = await t.fails(ERASE, { input: { personId: jordan.id } }, { as: chairs.sectorLead.id });
    expect(byChair.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED' });
    const self = await t.fails(ERASE, { input: { personId: admin } }, { as: admin });
    expect(self.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_ERASE_YOURSELF' });

    const concern = await t.ok(
      `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`,
      { input: { commentId, reason: 'SAFETY_CONCERN' } },
      { as: chairs.sectorLead.id },
    );
    const refused = await t.fails(ERASE, { input: { personId: jordan.id } }, { as: admin });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OPEN_SAFEGUARDING_CONCERN' });
    expect(refused.message).toContain('a safeguarding lead must handle it');
    const lead = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, lead.id, Role.SAFEGUARDING_LEAD);
    await t.ok(
      `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { __typename } }`,
      { input: { reportId: concern.reportComment.report.id, action: 'NO_SAFETY_RISK_FOUND', notes: 'Talked it through; no risk.' } },
      { as: lead.id },
    );
    expect((await t.gql(`{ myProfile { id } }`, {}, { as: jordan.id })).errors).toBeUndefined();
  });

  it('erases the person: afterwards their name and email appear nowhere — people, comments, the audit trail, downloads — and their vote still counts', async () => {
    const token = await t.tokenFor(jordan.id);
    const erased = await t.ok(
      `mutation($input: ErasePersonInput!) { erasePerson(input: $input) {
        person { id displayName } erasedAt membershipsEnded grantsRevoked sessionsEnded commentsRemoved answersRemoved votesDetached notificationsDeleted auditEventsRedacted } }`,
      { input: { personId: jordan.id } },
      { as: admin },
    );
    expect(erased.erasePerson).toMatchObject({
      person: { id: jordan.id, displayName: 'Erased person' },
      membershipsEnded: 2,
      commentsRemoved: 1,
      answersRemoved: 1,
      votesDetached: 1,
      notificationsDeleted: 1,
    });
    expect(erased.erasePerson.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(erased.erasePerson.auditEventsRedacted).toBeGreaterThanOrEqual(2);

    // Their sessions have ended.
    expect((await t.fails(`{ myProfile { id } }`, {}, { token })).extensions?.code).toBe('UNAUTHENTICATED');

    const seen: string[] = [];
    const look = async (query: string, variables: Record<string, unknown>, as: string) => seen.push(JSON.stringify(await t.ok(query, variables, { as })));
    for (const as of [admin, chairs.sectorLead.id]) {
      await look(`query($id: ID!) { person(id: $id) { displayName email birthMonth careExperienced homeAuthority { name } memberships(includeEnded: true) { role endReason startReason } } }`, { id: jordan.id }, as);
      await look(`{ people(filter: { search: "Jordan" }) { totalCount edges { node { id displayName } } } }`, {}, as);
      await look(
        `query($id: ID!) { proposalComments(proposalId: $id) { edges { node { id body deleted author { displayName } revisions { body } replies { body } } } } }`,
        { id: proposalId },
        as,
      );
    }
    const events = async (filter: Record<string, unknown>) =>
      look(`query($filter: AuditEventsFilterInput) { auditEvents(filter: $filter, first: 100) { totalCount edges { node { action entityType changes { field before after } } } } }`, { filter }, admin);
    await events({ entityId: jordan.id });
    await events({ actorId: jordan.id });
    await events({ entityId: commentId });
    await events({});
    // The vote still counts (one voter is too few for the tally to be shown, so read the row), and belongs to nobody.
    await expect(t.dataSource.query(`SELECT choice, member_id FROM vote WHERE consultation_id = $1`, [consultationId])).resolves.toEqual([{ choice: 'SUPPORT', member_id: null }]);
    const profile = await t.ok(`query($id: ID!) { person(id: $id) { email birthMonth careExperienced homeAuthority { name } } }`, { id: jordan.id }, { as: admin });
    expect(profile.person).toEqual({ email: `erased-${jordan.id}@erased.invalid`, birthMonth: null, careExperienced: false, homeAuthority: null });

    await t.ok(`mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { id } } }`, { input: { consultationId } }, { as: chairs.sectorLead.id });
    for (const as of [admin, chairs.sectorLead.id]) {
      const csv = await get(`/exports/consultations/${consultationId}/responses.csv`, as);
      expect(csv.status).toBe(200);
      expect(rowsOf(csv.text)).toEqual([expect.objectContaining({ 'What would have helped you?': '', 'Should deposits be paid for you?': 'Yes' })]);
      seen.push(csv.text);
    }
    seen.push((await get(`/exports/agreement-matrix.csv`, admin)).text);

    const everything = seen.join('\n');
    expect(everything).toContain('Erased person');
    for (const gone of [NAME, 'Jordan', EMAIL, COMMENT, EDITED, ANSWER, REPORT]) {
      expect({ gone, found: everything.includes(gone) }).toEqual({ gone, found: false });
    }

    // And behind the API: nothing of theirs is left anywhere they were recorded.
    const [stored] = await t.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*)::int FROM audit_event WHERE concat(before::text, after::text) ~* $1) AS audit,
              (SELECT count(*)::int FROM person WHERE concat(display_name, email) ~* $1) AS people,
              (SELECT count(*)::int FROM comment WHERE body ~* $2) AS comments,
              (SELECT count(*)::int FROM comment_revision WHERE body ~* $2) AS revisions,
              (SELECT count(*)::int FROM comment_report WHERE details = $3) AS reports,
              (SELECT count(*)::int FROM consultation_answer WHERE value::text ~* $4) AS answers,
              (SELECT count(*)::int FROM vote WHERE member_id = $5) AS linked_votes`,
      [`${NAME}|${EMAIL}`, 'sister|near family', REPORT, 'deposit when', jordan.id],
    );
    expect(stored).toEqual({ audit: 0, people: 0, comments: 0, revisions: 0, reports: 0, answers: 0, linked_votes: 0 });
  });

  it('cannot erase the same person twice; the trail says who erased them, and remains unchangeable by any other path', async () => {
    const again = await t.fails(`mutation($input: ErasePersonInput!) { erasePerson(input: $input) { person { id } } }`, { input: { personId: jordan.id } }, { as: admin });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ERASED' });
    const [event] = await t.dataSource.query<{
      id: string;
      actor_id: string;
      after: Record<string, unknown>;
    }[]>(`SELECT id, actor_id, after FROM audit_event WHERE action = 'erasePerson' AND entity_id = $1`, [jordan.id]);
    expect(event).toMatchObject({ actor_id: admin, after: { votesDetached: 1, commentsRemoved: 1 } });

    // The redaction path allows nothing but redaction: not another value, not another column, not a delete.
    const qr = t.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await qr.query(`SELECT set_config('compact.audit_redaction', 'erasure', true)`);
      await expect(qr.query(`UPDATE audit_event SET after = '{"forged": true}' WHERE id = $1`, [event.id])).rejects.toThrow(/cannot be changed or deleted/);
      await qr.rollbackTransaction();
      await qr.startTransaction();
      await qr.query(`SELECT set_config('compact.audit_redaction', 'erasure', true)`);
      await expect(qr.query(`UPDATE audit_event SET action = 'tampered' WHERE id = $1`, [event.id])).rejects.toThrow(/cannot be changed or deleted/);
      await qr.rollbackTransaction();
      await qr.startTransaction();
      await qr.query(`SELECT set_config('compact.audit_redaction', 'erasure', true)`);
      await expect(qr.query(`DELETE FROM audit_event WHERE id = $1`, [event.id])).rejects.toThrow(/cannot be changed or deleted/);
      await qr.rollbackTransaction();
    } finally {
      await qr.release();
    }
  });

  it('decides, for every column that refers to a person, what the copy and erasure do with it', async () => {
    const columns = await t.dataSource.query<{ column: string }[]>(
      `SELECT c.conrelid::regclass::text || '.' || a.attname AS "column"
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass`,
    );
    expect(Object.keys(PERSON_REFERENCES).sort()).toEqual(['person.id', ...columns.map((c) => c.column)].sort());
  });
});
