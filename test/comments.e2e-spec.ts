import { Role } from '@app/access';
import { MembershipRole, PersonEntity } from '@app/governance';
import { ProposalStatus } from '@app/proposals';
import {
  addMembership,
  createCiccMember,
  createComment,
  createCommentReport,
  createPerson,
  createProposal,
  createRepresentative,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const COMMENTS = `
  query($proposalId: ID!, $first: Int, $after: String) {
    proposalComments(proposalId: $proposalId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id body edited deleted hidden hiddenReason version openReportCount
        author { id displayName }
        revisions { revision body }
        replies { id body deleted hidden hiddenReason author { id } }
      } }
    }
  }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id parentId body version edited deleted author { id } } } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id body version edited revisions { revision body } } } }`;
const DELETE = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { comment { id body deleted author { id } revisions { body } } } }`;
const REPORT = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id reason details resolvedAt } } }`;
const HIDE = `mutation($input: HideCommentInput!) { hideComment(input: $input) { comment { id hidden hiddenReason body } } }`;
const UNHIDE = `mutation($input: UnhideCommentInput!) { unhideComment(input: $input) { comment { id hidden hiddenReason } } }`;
const REPORTS = `
  query($proposalId: ID!, $includeResolved: Boolean) {
    commentReports(proposalId: $proposalId, includeResolved: $includeResolved) {
      totalCount
      edges { node { reason details resolvedAt resolution reporter { id } resolvedBy { id } comment { id body hidden } } }
    }
  }`;
const SAFEGUARDING_QUEUE = `{ safeguardingQueue { totalCount edges { node { id commentId commentBody reporter { id } handling { action } } } } }`;

describe('Comments on proposals through GraphQL', () => {
  let t: TestApp;
  let member: PersonEntity;
  let other: PersonEntity;
  let youngCoChair: PersonEntity;
  let sectorLead: PersonEntity;

  beforeAll(async () => {
    t = await startTestApp();
    member = await createPerson(t.dataSource, { displayName: 'Member' });
    other = await createPerson(t.dataSource, { displayName: 'Other member' });
    // The proposals below are the Housing House's: its members take part in their discussion.
    for (const person of [member, other]) await addMembership(t.dataSource, person.id, 'HOUSE_HOUSING');
    ({ youngPerson: youngCoChair, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING'));
  });
  afterAll(async () => {
    await t.close();
  });

  const nodes = (data: any) => data.proposalComments.edges.map((e: any) => e.node);

  it('comments and replies, listing top-level comments oldest first with their replies and authors', async () => {
    const proposal = await createProposal(t.dataSource);
    const first = await t.ok(ADD, { input: { proposalId: proposal.id, body: '  Council tax relief should reach 25.  ' } }, { as: member.id });
    expect(first.addComment.comment).toMatchObject({ parentId: null, body: 'Council tax relief should reach 25.', version: 1, edited: false, deleted: false, author: { id: member.id } });
    const second = await t.ok(ADD, { input: { proposalId: proposal.id, body: 'What about care leavers living outside London?' } }, { as: other.id });
    const reply = await t.ok(ADD, { input: { proposalId: proposal.id, parentId: first.addComment.comment.id, body: 'Agreed.' } }, { as: other.id });
    expect(reply.addComment.comment.parentId).toBe(first.addComment.comment.id);

    const data = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: member.id });
    expect(data.proposalComments.totalCount).toBe(2);
    expect(nodes(data).map((n: any) => n.id)).toEqual([first.addComment.comment.id, second.addComment.comment.id]);
    expect(nodes(data)[0].replies).toEqual([{ id: reply.addComment.comment.id, body: 'Agreed.', deleted: false, hidden: false, hiddenReason: null, author: { id: other.id } }]);
    expect(nodes(data)[0]).toMatchObject({ author: { id: member.id, displayName: 'Member' }, openReportCount: null, revisions: [] });
    expect(nodes(data)[1].revisions).toBeNull(); // someone else's comment

    const page = await t.ok(COMMENTS, { proposalId: proposal.id, first: 1 }, { as: member.id });
    expect(page.proposalComments.pageInfo.hasNextPage).toBe(true);
    const rest = await t.ok(COMMENTS, { proposalId: proposal.id, first: 1, after: page.proposalComments.pageInfo.endCursor }, { as: member.id });
    expect(nodes(rest).map((n: any) => n.id)).toEqual([second.addComment.comment.id]);
  });

  it('loads a long thread with a fixed number of queries, whatever its size', async () => {
    const measure = async (topLevel: number): Promise<number> => {
      const proposal = await createProposal(t.dataSource);
      for (let i = 0; i < topLevel; i++) {
        const author = await createPerson(t.dataSource);
        const top = await createComment(t.dataSource, proposal.id, author.id, { body: `Top ${i}` });
        await createComment(t.dataSource, proposal.id, member.id, { parentId: top.id, body: `Reply ${i}a` });
        await createComment(t.dataSource, proposal.id, other.id, { parentId: top.id, body: `Reply ${i}b` });
      }
      const before = t.statementCount();
      const data = await t.ok(COMMENTS, { proposalId: proposal.id, first: 50 }, { as: youngCoChair.id });
      expect(nodes(data)).toHaveLength(topLevel);
      expect(nodes(data).every((n: any) => n.replies.length === 2)).toBe(true);
      return t.statementCount() - before;
    };
    const small = await measure(2);
    const large = await measure(12);
    expect(large).toBe(small);
  });

  it('lets the author edit with the version they read, keeping every earlier text', async () => {
    const proposal = await createProposal(t.dataSource);
    const added = await t.ok(ADD, { input: { proposalId: proposal.id, body: 'First thought' } }, { as: member.id });
    const id = added.addComment.comment.id;
    const once = await t.ok(EDIT, { input: { commentId: id, body: 'Second thought', expectedVersion: 1 } }, { as: member.id });
    expect(once.editComment.comment).toMatchObject({ body: 'Second thought', version: 2, edited: true, revisions: [{ revision: 1, body: 'First thought' }] });
    const twice = await t.ok(EDIT, { input: { commentId: id, body: 'Third thought', expectedVersion: 2 } }, { as: member.id });
    expect(twice.editComment.comment.revisions).toEqual([
      { revision: 1, body: 'First thought' },
      { revision: 2, body: 'Second thought' },
    ]);

    const stale = await t.fails(EDIT, { input: { commentId: id, body: 'Lost update', expectedVersion: 2 } }, { as: member.id });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const notAuthor = await t.fails(EDIT, { input: { commentId: id, body: 'Not mine', expectedVersion: 3 } }, { as: other.id });
    expect(notAuthor.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_AUTHOR' });

    const seenByOther = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: other.id });
    expect(nodes(seenByOther)[0]).toMatchObject({ body: 'Third thought', edited: true, revisions: null });
    const seenByModerator = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: sectorLead.id });
    expect(nodes(seenByModerator)[0].revisions).toHaveLength(2);
  });

  it('deletes to a tombstone that keeps the thread, and refuses replies to it', async () => {
    const proposal = await createProposal(t.dataSource);
    const top = await createComment(t.dataSource, proposal.id, member.id, { body: 'Something I regret' });
    const reply = await createComment(t.dataSource, proposal.id, other.id, { parentId: top.id, body: 'A reply that stays' });

    const notAuthor = await t.fails(DELETE, { input: { commentId: top.id } }, { as: other.id });
    expect(notAuthor.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THE_AUTHOR' });
    const deleted = await t.ok(DELETE, { input: { commentId: top.id, expectedVersion: 1 } }, { as: member.id });
    expect(deleted.deleteComment.comment).toEqual({ id: top.id, body: null, deleted: true, author: null, revisions: null });

    const data = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: other.id });
    expect(nodes(data)[0]).toMatchObject({ id: top.id, body: null, deleted: true, author: null });
    expect(nodes(data)[0].replies.map((r: any) => r.id)).toEqual([reply.id]);
    expect(JSON.stringify(data)).not.toContain('Something I regret');

    const replyToDeleted = await t.fails(ADD, { input: { proposalId: proposal.id, parentId: top.id, body: 'Hello?' } }, { as: other.id });
    expect(replyToDeleted.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELETED', field: 'parentId' });
    const again = await t.fails(DELETE, { input: { commentId: top.id } }, { as: member.id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELETED' });
    const edit = await t.fails(EDIT, { input: { commentId: top.id, body: 'Back', expectedVersion: 2 } }, { as: member.id });
    expect(edit.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELETED' });
  });

  it('takes one open report per reporter per comment, and shows reports to the moderators only, and safety concerns to safeguarding leads only', async () => {
    const proposal = await createProposal(t.dataSource);
    const comment = await createComment(t.dataSource, proposal.id, other.id, { body: 'My address is 1 High Street' });
    const reported = await t.ok(REPORT, { input: { commentId: comment.id, reason: 'PERSONAL_INFORMATION', details: 'Shares an address' } }, { as: member.id });
    expect(reported.reportComment.report).toMatchObject({ reason: 'PERSONAL_INFORMATION', details: 'Shares an address', resolvedAt: null });

    const duplicate = await t.fails(REPORT, { input: { commentId: comment.id, reason: 'SPAM' } }, { as: member.id });
    expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REPORTED' });
    const concern = await t.ok(REPORT, { input: { commentId: comment.id, reason: 'SAFETY_CONCERN' } }, { as: sectorLead.id });

    // A concern for someone's safety goes to the safeguarding leads only: the moderators see the ordinary report, and no count of the concern.
    const reports = await t.ok(REPORTS, { proposalId: proposal.id }, { as: youngCoChair.id });
    expect(reports.commentReports.totalCount).toBe(1);
    expect(reports.commentReports.edges.map((e: any) => e.node.reason)).toEqual(['PERSONAL_INFORMATION']);
    expect(reports.commentReports.edges[0].node).toMatchObject({ reason: 'PERSONAL_INFORMATION', reporter: { id: member.id }, comment: { id: comment.id, hidden: false } });
    const counted = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: youngCoChair.id });
    expect(nodes(counted)[0].openReportCount).toBe(1);
    const moderatorQueue = await t.fails(SAFEGUARDING_QUEUE, {}, { as: youngCoChair.id });
    expect(moderatorQueue.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const safeguardingLead = await createPerson(t.dataSource, { displayName: 'Safeguarding lead' });
    await grantRoleDirectly(t.dataSource, safeguardingLead.id, Role.SAFEGUARDING_LEAD);
    const queue = await t.ok(SAFEGUARDING_QUEUE, {}, { as: safeguardingLead.id });
    expect(queue.safeguardingQueue.edges.map((e: any) => e.node).filter((n: any) => n.commentId === comment.id)).toEqual([
      { id: concern.reportComment.report.id, commentId: comment.id, commentBody: 'My address is 1 High Street', reporter: { id: sectorLead.id }, handling: null },
    ]);

    const forbidden = await t.fails(REPORTS, { proposalId: proposal.id }, { as: member.id });
    expect(forbidden.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MODERATOR' });
  });

  it('lets a co-chair hide a comment: it vanishes for members, stays flagged for moderators, and closes its reports', async () => {
    const proposal = await createProposal(t.dataSource);
    const keep = await createComment(t.dataSource, proposal.id, member.id, { body: 'On topic' });
    const abusive = await createComment(t.dataSource, proposal.id, other.id, { body: 'Something abusive' });
    const hiddenReply = await createComment(t.dataSource, proposal.id, other.id, { parentId: keep.id, body: 'An abusive reply' });
    await createCommentReport(t.dataSource, abusive.id, member.id);

    const byMember = await t.fails(HIDE, { input: { commentId: abusive.id, reason: 'Abusive' } }, { as: member.id });
    expect(byMember.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MODERATOR' });

    const hidden = await t.ok(HIDE, { input: { commentId: abusive.id, reason: 'Breaks the house rules' } }, { as: youngCoChair.id });
    expect(hidden.hideComment.comment).toMatchObject({ hidden: true, hiddenReason: 'Breaks the house rules', body: 'Something abusive' });
    await t.ok(HIDE, { input: { commentId: hiddenReply.id, reason: 'Abusive reply' } }, { as: sectorLead.id });

    const forMember = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: member.id });
    expect(forMember.proposalComments.totalCount).toBe(1);
    expect(nodes(forMember).map((n: any) => n.id)).toEqual([keep.id]);
    expect(nodes(forMember)[0].replies).toEqual([]);
    expect(JSON.stringify(forMember)).not.toContain('abusive');

    const forModerator = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: sectorLead.id });
    expect(forModerator.proposalComments.totalCount).toBe(2);
    expect(nodes(forModerator)[1]).toMatchObject({ id: abusive.id, hidden: true, hiddenReason: 'Breaks the house rules', openReportCount: 0 });
    expect(nodes(forModerator)[0].replies).toEqual([expect.objectContaining({ id: hiddenReply.id, hidden: true, hiddenReason: 'Abusive reply' })]);

    const resolved = await t.ok(REPORTS, { proposalId: proposal.id, includeResolved: true }, { as: sectorLead.id });
    expect(resolved.commentReports.edges[0].node).toMatchObject({ resolution: 'Comment hidden: Breaks the house rules', resolvedBy: { id: youngCoChair.id } });
    const open = await t.ok(REPORTS, { proposalId: proposal.id }, { as: sectorLead.id });
    expect(open.commentReports.totalCount).toBe(0);

    const replyToHidden = await t.fails(ADD, { input: { proposalId: proposal.id, parentId: abusive.id, body: 'Reply' } }, { as: member.id });
    expect(replyToHidden.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
    const moderatorReply = await t.fails(ADD, { input: { proposalId: proposal.id, parentId: abusive.id, body: 'Reply' } }, { as: sectorLead.id });
    expect(moderatorReply.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HIDDEN' });
    const again = await t.fails(HIDE, { input: { commentId: abusive.id, reason: 'Again' } }, { as: sectorLead.id });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_HIDDEN' });

    const unhidden = await t.ok(UNHIDE, { input: { commentId: abusive.id, reason: 'On reflection it was fair comment' } }, { as: sectorLead.id });
    expect(unhidden.unhideComment.comment).toEqual({ id: abusive.id, hidden: false, hiddenReason: null });
    const after = await t.ok(COMMENTS, { proposalId: proposal.id }, { as: member.id });
    expect(after.proposalComments.totalCount).toBe(2);
  });

  it('reads one comment by id as its discussion shows it: a hidden one is not found for members but shown to moderators, and an unknown id keeps the rest of the answer', async () => {
    const ONE = `query($id: ID!, $proposalId: ID!) { comment(id: $id) { id proposalId parentId body hidden viewerCan { reply edit report } } proposal(id: $proposalId) { id } }`;
    const proposal = await createProposal(t.dataSource);
    const first = (await t.ok(ADD, { input: { proposalId: proposal.id, body: 'A first thought' } }, { as: member.id })).addComment.comment;
    const reply = (await t.ok(ADD, { input: { proposalId: proposal.id, parentId: first.id, body: 'A reply to it' } }, { as: other.id })).addComment.comment;

    const mine = await t.ok(ONE, { id: first.id, proposalId: proposal.id }, { as: member.id });
    expect(mine.comment).toEqual({ id: first.id, proposalId: proposal.id, parentId: null, body: 'A first thought', hidden: false, viewerCan: expect.objectContaining({ reply: true, edit: true }) });
    const theirs = await t.ok(ONE, { id: reply.id, proposalId: proposal.id }, { as: member.id });
    expect(theirs.comment).toMatchObject({ id: reply.id, parentId: first.id, viewerCan: { edit: false, report: true } });

    await t.ok(HIDE, { input: { commentId: reply.id, reason: 'Off topic' } }, { as: sectorLead.id });
    const forMember = await t.gql(ONE, { id: reply.id, proposalId: proposal.id }, { as: member.id });
    expect(forMember.data).toEqual({ comment: null, proposal: { id: proposal.id } });
    expect(forMember.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['NOT_FOUND', ['comment']]]);
    const forModerator = await t.ok(ONE, { id: reply.id, proposalId: proposal.id }, { as: sectorLead.id });
    expect(forModerator.comment).toMatchObject({ id: reply.id, hidden: true, body: 'A reply to it' });

    const unknown = await t.gql(ONE, { id: '00000000-0000-4000-8000-000000000000', proposalId: proposal.id }, { as: member.id });
    expect(unknown.data).toEqual({ comment: null, proposal: { id: proposal.id } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No comment has id 00000000-0000-4000-8000-000000000000.', extensions: { code: 'NOT_FOUND' } });
    const anonymous = await t.gql(ONE, { id: first.id, proposalId: proposal.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad input with the right code and field', async () => {
    const proposal = await createProposal(t.dataSource);
    const elsewhere = await createProposal(t.dataSource);
    const foreign = await createComment(t.dataSource, elsewhere.id, member.id);
    const mine = await createComment(t.dataSource, proposal.id, member.id);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Record<string, unknown>, string, string?][] = [
      [ADD, { proposalId: proposal.id, body: '   ' }, 'BAD_USER_INPUT', 'body'],
      [ADD, { proposalId: proposal.id, body: 'x'.repeat(5001) }, 'BAD_USER_INPUT', 'body'],
      [ADD, { proposalId: unknown, body: 'Hello' }, 'NOT_FOUND', 'proposalId'],
      [ADD, { proposalId: 'not-a-uuid', body: 'Hello' }, 'BAD_USER_INPUT', 'proposalId'],
      [ADD, { proposalId: proposal.id, parentId: foreign.id, body: 'Cross-thread' }, 'NOT_FOUND', 'parentId'],
      [ADD, { proposalId: proposal.id, parentId: unknown, body: 'Hello' }, 'NOT_FOUND', 'parentId'],
      [EDIT, { commentId: unknown, body: 'x', expectedVersion: 1 }, 'NOT_FOUND', 'commentId'],
      [EDIT, { commentId: mine.id, body: 'x', expectedVersion: 0 }, 'BAD_USER_INPUT', 'expectedVersion'],
      [REPORT, { commentId: mine.id, reason: 'OTHER', details: 'y'.repeat(1001) }, 'BAD_USER_INPUT', 'details'],
      [HIDE, { commentId: mine.id, reason: '' }, 'BAD_USER_INPUT', 'reason'],
    ];
    for (const [mutation, input, code, field] of cases) {
      const error = await t.fails(mutation, { input }, { as: member.id });
      expect({ input: Object.keys(input), code: error.extensions?.code, field: error.extensions?.field }).toEqual({ input: Object.keys(input), code, field });
    }
    const badReason = await t.gql(REPORT, { input: { commentId: mine.id, reason: 'BORING' } }, { as: member.id });
    expect(badReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await t.fails(ADD, { input: { proposalId: proposal.id, body: 'Hi' } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymousRead = await t.fails(COMMENTS, { proposalId: proposal.id });
    expect(anonymousRead.extensions?.code).toBe('UNAUTHENTICATED');
    const noProposal = await t.fails(COMMENTS, { proposalId: unknown }, { as: member.id });
    expect(noProposal.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  describe('who may comment on a proposal', () => {
    const OPEN = `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`;
    const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { id } } }`;
    const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
    let people: Record<string, string>;

    beforeAll(async () => {
      const ds = t.dataSource;
      const admin = await createPerson(ds, { displayName: 'Programme admin' });
      await grantRoleDirectly(ds, admin.id, Role.PROGRAMME_ADMIN);
      const viewer = await createPerson(ds, { displayName: "Directors' viewer" });
      await grantRoleDirectly(ds, viewer.id, Role.ALDCS_VIEWER);
      const lead = await createPerson(ds, { displayName: 'Safeguarding lead' });
      await grantRoleDirectly(ds, lead.id, Role.SAFEGUARDING_LEAD);
      const grantedMember = await createPerson(ds, { displayName: 'Member by grant' });
      const [{ id: housingId }] = await ds.query<{ id: string }[]>(`SELECT id FROM body WHERE code = 'HOUSE_HOUSING'`);
      await grantRoleDirectly(ds, grantedMember.id, Role.HOUSE_MEMBER, { body: housingId });
      const healthMember = await createPerson(ds, { displayName: 'Health House member' });
      await addMembership(ds, healthMember.id, 'HOUSE_HEALTH');
      const board = await createPerson(ds, { displayName: 'Trust Board member' });
      await addMembership(ds, board.id, 'TRUST_BOARD', MembershipRole.MEMBER);
      const cicc = await createCiccMember(ds, { displayName: 'CiCC member' });
      const officer = await createRepresentative(ds, { authority: 'lam' });
      const noRole = await createPerson(ds, { displayName: 'No role' });
      people = {
        member: member.id, youngCoChair: youngCoChair.id, sectorLead: sectorLead.id, grantedMember: grantedMember.id, admin: admin.id,
        viewer: viewer.id, lead: lead.id, healthMember: healthMember.id, board: board.id, cicc: cicc.id, officer: officer.id, noRole: noRole.id,
      };
    });

    /** Tries to comment on the proposal as each person; returns who was allowed, and the refusal of each who was not. */
    async function tryAll(proposalId: string): Promise<{ allowed: string[]; refused: Record<string, { code: string; reason: string; field: string; message: string }> }> {
      const allowed: string[] = [];
      const refused: Record<string, { code: string; reason: string; field: string; message: string }> = {};
      for (const [name, id] of Object.entries(people)) {
        const res = await t.gql(ADD, { input: { proposalId, body: `A view from ${name}` } }, { as: id });
        if (!res.errors) allowed.push(name);
        else refused[name] = { ...(res.errors[0].extensions as { code: string; reason: string; field: string }), message: res.errors[0].message };
      }
      return { allowed: allowed.sort(), refused };
    }

    it("lets the House's co-chairs and members (by membership or grant) and programme admins comment; refuses read-only viewers and everyone else, saying whom to ask", async () => {
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: 'Rent guarantor scheme' });
      const { allowed, refused } = await tryAll(proposal.id);
      expect(allowed).toEqual(['admin', 'grantedMember', 'member', 'sectorLead', 'youngCoChair']);
      expect(refused.viewer).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE', field: 'proposalId' });
      expect(refused.viewer.message).toBe(
        "As a directors' viewer you can read this proposal and its comments, but not comment on it. If you should take part, ask a co-chair of Housing House to add you to the House.",
      );
      expect(refused.lead).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
      for (const name of ['healthMember', 'board', 'cicc', 'officer', 'noRole']) {
        expect({ name, ...refused[name] }).toMatchObject({ name, code: 'FORBIDDEN', reason: 'NOT_A_PARTICIPANT', field: 'proposalId' });
      }
      expect(refused.cicc.message).toBe(
        'Comments on this proposal are for members and co-chairs of Housing House and programme admins. If you should take part, ask a co-chair of Housing House to add you to the House.',
      );
      // Replies follow the same rule; reading stays open to everyone signed in.
      const [first] = (await t.ok(COMMENTS, { proposalId: proposal.id }, { as: people.viewer })).proposalComments.edges;
      const reply = await t.fails(ADD, { input: { proposalId: proposal.id, parentId: first.node.id, body: 'Me too' } }, { as: people.viewer });
      expect(reply.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM comment WHERE proposal_id = $1`, [proposal.id]);
      expect(n).toBe(5);
    });

    it("lets a consultation's audience comment while it is open — CiCC members for a CiCC vote, LA officers for an LA consultation — and not once it closes", async () => {
      const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: 'Council tax exemption to 25' });
      const cicc = (await t.ok(OPEN, { input: { proposalId: proposal.id, audience: 'CICC', closesAt: inAWeek() } }, { as: youngCoChair.id })).openConsultation.consultation.id;
      const whileCicc = await tryAll(proposal.id);
      expect(whileCicc.allowed).toEqual(['admin', 'cicc', 'grantedMember', 'member', 'sectorLead', 'youngCoChair']);
      expect(whileCicc.refused.officer.message).toMatch(/^Comments on this proposal are for members and co-chairs of Housing House, members of the Children in Care Council until its consultation closes on \d+ \w+ \d{4} and programme admins\./);
      expect(whileCicc.refused.viewer.reason).toBe('READ_ONLY_ROLE');

      const authorities = (await t.ok(OPEN, { input: { proposalId: proposal.id, audience: 'LOCAL_AUTHORITIES', closesAt: inAWeek() } }, { as: sectorLead.id })).openConsultation.consultation.id;
      expect((await tryAll(proposal.id)).allowed).toEqual(['admin', 'cicc', 'grantedMember', 'member', 'officer', 'sectorLead', 'youngCoChair']);

      await t.ok(CLOSE, { input: { consultationId: cicc } }, { as: sectorLead.id });
      await t.ok(CLOSE, { input: { consultationId: authorities } }, { as: sectorLead.id });
      const closed = await tryAll(proposal.id);
      expect(closed.allowed).toEqual(['admin', 'grantedMember', 'member', 'sectorLead', 'youngCoChair']);
      expect(closed.refused.cicc).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_PARTICIPANT' });
    });

    it('lets the Trust Board comment while a proposal is before it, and the councils and partners once it is endorsed', async () => {
      const recommended = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED });
      expect((await tryAll(recommended.id)).allowed).toEqual(['admin', 'board', 'grantedMember', 'member', 'sectorLead', 'youngCoChair']);
      const endorsed = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.ENDORSED });
      const atEndorsed = await tryAll(endorsed.id);
      expect(atEndorsed.allowed).toEqual(['admin', 'board', 'grantedMember', 'member', 'officer', 'sectorLead', 'youngCoChair']);
      expect(atEndorsed.refused.viewer.reason).toBe('READ_ONLY_ROLE');
      expect(atEndorsed.refused.cicc.message).toContain('Trust Board members, officers of the councils and partners deciding whether to agree it and programme admins');
    });
  });
});