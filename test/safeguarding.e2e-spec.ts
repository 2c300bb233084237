import { Role } from '@app/access';
import { addMembership, createCiccMember, createComment, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const REPORT = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id reason } } }`;
const QUEUE = `query($includeHandled: Boolean) {
  safeguardingQueue(includeHandled: $includeHandled) {
    totalCount
    edges { node { id details commentBody reportedAt reporter { id displayName } commentAuthor { id } handling { action notes handledBy { id } } } }
  }
}`;
const REPORTS = `query($id: ID!) { commentReports(proposalId: $id, includeResolved: true) { totalCount edges { node { id reason } } } }`;
const HANDLE = `mutation($input: HandleSafeguardingConcernInput!) {
  handleSafeguardingConcern(input: $input) { concern { id handling { action notes handledAt handledBy { id } } } }
}`;

describe("safeguarding: \"I'm worried about someone's safety\"", () => {
  let t: TestApp;
  let lead: string;
  let chairs: Awaited<ReturnType<typeof seatCoChairs>>;
  let proposalId: string;
  let commentId: string;
  let reporter: string;

  beforeAll(async () => {
    t = await startTestApp();
    lead = (await createPerson(t.dataSource, { displayName: 'Safeguarding lead' })).id;
    await grantRoleDirectly(t.dataSource, lead, Role.SAFEGUARDING_LEAD);
    chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    const proposal = await createProposal(t.dataSource);
    proposalId = proposal.id;
    const author = await createCiccMember(t.dataSource);
    commentId = (await createComment(t.dataSource, proposal.id, author.id, { body: 'Things are bad at my placement.' })).id;
    reporter = (await createCiccMember(t.dataSource)).id;
  });
  afterAll(() => t.close());

  it('sends a safety concern to the safeguarding leads at once, newest first, and not to the House’s moderators', async () => {
    const ordinary = await createCiccMember(t.dataSource);
    await t.ok(REPORT, { input: { commentId, reason: 'OFF_TOPIC' } }, { as: ordinary.id });
    const concern = await t.ok(REPORT, { input: { commentId, reason: 'SAFETY_CONCERN', details: 'They sound unsafe.' } }, { as: reporter });
    const second = await createCiccMember(t.dataSource);
    const newer = await t.ok(REPORT, { input: { commentId, reason: 'SAFETY_CONCERN', details: 'Me too.' } }, { as: second.id });

    const queue = await t.ok(QUEUE, {}, { as: lead });
    expect(queue.safeguardingQueue.totalCount).toBe(2);
    expect(queue.safeguardingQueue.edges.map((e: any) => e.node.id)).toEqual([newer.reportComment.report.id, concern.reportComment.report.id]);
    expect(queue.safeguardingQueue.edges[1].node).toMatchObject({ details: 'They sound unsafe.', commentBody: 'Things are bad at my placement.', reporter: { id: reporter }, handling: null });

    // The moderators see the ordinary report only, and no count of concerns.
    const reports = await t.ok(REPORTS, { id: proposalId }, { as: chairs.sectorLead.id });
    expect(reports.commentReports.edges.map((e: any) => e.node.reason)).toEqual(['OFF_TOPIC']);
    const counts = await t.ok(`query($id: ID!) { proposalComments(proposalId: $id) { edges { node { openReportCount } } } }`, { id: proposalId }, { as: chairs.sectorLead.id });
    expect(counts.proposalComments.edges[0].node.openReportCount).toBe(1);
  });

  it('is visible only to safeguarding leads: not to moderators, programme admins or anyone else', async () => {
    const admin = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
    for (const as of [chairs.sectorLead.id, chairs.youngPerson.id, admin.id, reporter]) {
      expect((await t.fails(QUEUE, {}, { as })).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.fails(QUEUE, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("a moderator cannot resolve a safety concern, and hiding the comment leaves it open for the leads", async () => {
    const queue = await t.ok(QUEUE, {}, { as: lead });
    const concernId = queue.safeguardingQueue.edges[0].node.id;
    const resolve = await t.fails(
      `mutation($input: ResolveCommentReportInput!) { resolveCommentReport(input: $input) { report { id } } }`,
      { input: { reportId: concernId, resolution: 'Dealt with' } },
      { as: chairs.sectorLead.id },
    );
    expect(resolve.extensions?.code).toBe('NOT_FOUND');
    await t.ok(`mutation($input: HideCommentInput!) { hideComment(input: $input) { comment { id } } }`, { input: { commentId, reason: 'Personal details' } }, { as: chairs.sectorLead.id });
    expect((await t.ok(QUEUE, {}, { as: lead })).safeguardingQueue.totalCount).toBe(2);
    const reports = await t.ok(REPORTS, { id: proposalId }, { as: chairs.sectorLead.id });
    expect(reports.commentReports.totalCount).toBe(1);
  });

  it('records who handled a concern and how; it leaves the open queue; it cannot be handled twice', async () => {
    const queue = await t.ok(QUEUE, {}, { as: lead });
    const concernId = queue.safeguardingQueue.edges[1].node.id;
    const bad = await t.fails(HANDLE, { input: { reportId: concernId, action: 'NOT_AN_ACTION', notes: 'x' } }, { as: lead });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await t.fails(HANDLE, { input: { reportId: concernId, action: 'CONTACTED_PERSON', notes: '   ' } }, { as: lead });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notes' });
    const notLead = await t.fails(HANDLE, { input: { reportId: concernId, action: 'CONTACTED_PERSON', notes: 'Called them.' } }, { as: chairs.sectorLead.id });
    expect(notLead.extensions?.code).toBe('FORBIDDEN');

    const handled = await t.ok(HANDLE, { input: { reportId: concernId, action: 'REFERRED_TO_LOCAL_AUTHORITY', notes: 'Referred to the leaving-care team; they visited the same day.' } }, { as: lead });
    expect(handled.handleSafeguardingConcern.concern.handling).toMatchObject({ action: 'REFERRED_TO_LOCAL_AUTHORITY', handledBy: { id: lead } });
    const open = await t.ok(QUEUE, {}, { as: lead });
    expect(open.safeguardingQueue.edges.map((e: any) => e.node.id)).not.toContain(concernId);
    const all = await t.ok(QUEUE, { includeHandled: true }, { as: lead });
    expect(all.safeguardingQueue.totalCount).toBe(2);
    expect(all.safeguardingQueue.edges[1].node).toMatchObject({ id: concernId, handling: { action: 'REFERRED_TO_LOCAL_AUTHORITY' } });

    const twice = await t.fails(HANDLE, { input: { reportId: concernId, action: 'OTHER', notes: 'Again' } }, { as: lead });
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_RESOLVED' });
    const ordinaryId = (await t.ok(REPORTS, { id: proposalId }, { as: chairs.sectorLead.id })).commentReports.edges[0].node.id;
    const notConcern = await t.fails(HANDLE, { input: { reportId: ordinaryId, action: 'OTHER', notes: 'x' } }, { as: lead });
    expect(notConcern.extensions?.code).toBe('NOT_FOUND');
  });

  describe('the comment, while a safety concern about it is open', () => {
    const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id version } } }`;
    const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id } } }`;
    const COMMENTS = `query($id: ID!) {
      proposalComments(proposalId: $id) { edges { node { id body held heldNotice author { id } revisions { body } replies { id body held } } } }
    }`;
    const REPORT_FULL = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } safetyConcern { lookWithin } } }`;
    let viewer: string;
    let member: string;
    let youngAuthor: string;

    beforeAll(async () => {
      viewer = (await createPerson(t.dataSource, { displayName: "Directors' viewer" })).id;
      await grantRoleDirectly(t.dataSource, viewer, Role.ALDCS_VIEWER);
      member = (await createPerson(t.dataSource, { displayName: 'Housing member' })).id;
      await addMembership(t.dataSource, member, 'HOUSE_HOUSING');
      // A 16-year-old from the CiCC who sits on the Housing House.
      youngAuthor = (await createCiccMember(t.dataSource, { birthMonth: '2010-06-01', displayName: 'Young author' })).id;
      await addMembership(t.dataSource, youngAuthor, 'HOUSE_HOUSING');
    });

    async function worryingComment(): Promise<{ proposalId: string; commentId: string; version: number; replyId: string }> {
      const proposal = await createProposal(t.dataSource);
      const added = (await t.ok(ADD, { input: { proposalId: proposal.id, body: 'I do not feel safe going back tonight.' } }, { as: youngAuthor })).addComment.comment;
      const reply = (await t.ok(ADD, { input: { proposalId: proposal.id, parentId: added.id, body: 'Are you OK? Talk to us.' } }, { as: member })).addComment.comment;
      return { proposalId: proposal.id, commentId: added.id, version: added.version, replyId: reply.id };
    }

    const seenBy = async (proposalId: string, as: string) => (await t.ok(COMMENTS, { id: proposalId }, { as })).proposalComments.edges[0].node;

    it("is held from every member, the directors' viewer and the moderators — shown as being looked at, without its text or author — while its author and the leads still see it", async () => {
      const { proposalId, commentId, version, replyId } = await worryingComment();
      const concern = await t.ok(REPORT_FULL, { input: { commentId, reason: 'SAFETY_CONCERN', details: 'She might be in danger tonight.' } }, { as: reporter });
      expect(concern.reportComment.safetyConcern.lookWithin).toBe('within one working day');

      for (const as of [member, viewer, chairs.sectorLead.id, chairs.youngPerson.id, reporter]) {
        const node = await seenBy(proposalId, as);
        expect({ as, node }).toEqual({
          as,
          node: { id: commentId, body: null, held: true, heldNotice: 'This comment is being looked at.', author: null, revisions: null, replies: [{ id: replyId, body: 'Are you OK? Talk to us.', held: false }] },
        });
      }
      expect(await seenBy(proposalId, youngAuthor)).toMatchObject({
        body: 'I do not feel safe going back tonight.',
        held: true,
        heldNotice: 'Only you and the safeguarding leads can see this comment while a safeguarding lead looks at it.',
        author: { id: youngAuthor },
      });
      expect(await seenBy(proposalId, lead)).toMatchObject({ body: 'I do not feel safe going back tonight.', held: true, author: { id: youngAuthor } });

      // Nobody builds on it while it is looked at, nor does its text change under the leads.
      const reply = await t.fails(ADD, { input: { proposalId, parentId: commentId, body: 'What happened?' } }, { as: member });
      expect(reply.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HELD', field: 'parentId' });
      const edit = await t.fails(EDIT, { input: { commentId, body: 'Never mind.', expectedVersion: version } }, { as: youngAuthor });
      expect(edit.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HELD' });
    });

    it('once handled, the lead restores it for everyone or keeps it hidden; it stays held while another concern about it is open', async () => {
      const restored = await worryingComment();
      const first = (await t.ok(REPORT, { input: { commentId: restored.commentId, reason: 'SAFETY_CONCERN' } }, { as: reporter })).reportComment.report.id;
      const other = await createCiccMember(t.dataSource);
      const second = (await t.ok(REPORT, { input: { commentId: restored.commentId, reason: 'SAFETY_CONCERN' } }, { as: other.id })).reportComment.report.id;

      await t.ok(HANDLE, { input: { reportId: first, action: 'CONTACTED_PERSON', notes: 'Spoke to her; she is safe at a friend’s.', commentOutcome: 'RESTORE' } }, { as: lead });
      expect(await seenBy(restored.proposalId, member)).toMatchObject({ held: true, body: null, heldNotice: 'This comment is being looked at.' });
      const queue = await t.ok(`{ safeguardingQueue { edges { node { id commentHold proposalId } } } }`, {}, { as: lead });
      expect(queue.safeguardingQueue.edges.map((e: any) => e.node)).toContainEqual({ id: second, commentHold: 'UNDER_REVIEW', proposalId: restored.proposalId });

      await t.ok(HANDLE, { input: { reportId: second, action: 'NO_SAFETY_RISK_FOUND', notes: 'Same matter, already dealt with.', commentOutcome: 'RESTORE' } }, { as: lead });
      for (const as of [member, viewer, chairs.sectorLead.id]) {
        expect(await seenBy(restored.proposalId, as)).toMatchObject({ held: false, heldNotice: null, body: 'I do not feel safe going back tonight.', author: { id: youngAuthor } });
      }

      const kept = await worryingComment();
      const concern = (await t.ok(REPORT, { input: { commentId: kept.commentId, reason: 'SAFETY_CONCERN' } }, { as: reporter })).reportComment.report.id;
      const handled = await t.ok(
        `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { concern { handling { commentOutcome } } } }`,
        { input: { reportId: concern, action: 'REFERRED_TO_LOCAL_AUTHORITY', notes: 'Referred to her leaving-care team.', commentOutcome: 'KEEP_HIDDEN' } },
        { as: lead },
      );
      expect(handled.handleSafeguardingConcern.concern.handling.commentOutcome).toBe('KEEP_HIDDEN');
      for (const as of [member, viewer, chairs.youngPerson.id]) {
        expect(await seenBy(kept.proposalId, as)).toMatchObject({ held: true, body: null, author: null, heldNotice: 'This comment has been removed.' });
      }
      expect(await seenBy(kept.proposalId, youngAuthor)).toMatchObject({ held: true, body: 'I do not feel safe going back tonight.' });
      expect(await seenBy(kept.proposalId, lead)).toMatchObject({ held: true, body: 'I do not feel safe going back tonight.' });
    });
  });

  describe('the audit trail of a safety concern', () => {
    const AUDIT = `query($filter: AuditEventsFilterInput, $first: Int) {
      auditEvents(filter: $filter, first: $first) { totalCount edges { node { action entityType entityId actor { id displayName } changes { field before after } } } }
    }`;
    let admin: string;

    beforeAll(async () => {
      admin = (await createPerson(t.dataSource, { displayName: 'Programme admin' })).id;
      await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    });

    it('is read by safeguarding leads only: programme admins see neither the concern, who raised it, its handling, the hold nor the held comment', async () => {
      const since = new Date().toISOString();
      const proposal = await createProposal(t.dataSource);
      const author = await createCiccMember(t.dataSource, { displayName: 'Young author' });
      await addMembership(t.dataSource, author.id, 'HOUSE_HOUSING');
      const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
      const worrying = (await t.ok(ADD, { input: { proposalId: proposal.id, body: 'I do not feel safe going back tonight.' } }, { as: author.id })).addComment.comment.id;
      const ordinaryComment = await createComment(t.dataSource, proposal.id, author.id, { body: 'Off topic, sorry.' });
      const youngReporter = await createCiccMember(t.dataSource, { displayName: 'Reporter Ada', birthMonth: '2010-01-01' });
      const concern = (await t.ok(REPORT, { input: { commentId: worrying, reason: 'SAFETY_CONCERN', details: 'Worried.' } }, { as: youngReporter.id })).reportComment.report.id;
      const ordinary = (await t.ok(REPORT, { input: { commentId: ordinaryComment.id, reason: 'OFF_TOPIC' } }, { as: youngReporter.id })).reportComment.report.id;
      await t.ok(HANDLE, { input: { reportId: concern, action: 'CONTACTED_PERSON', notes: 'Spoke to them.', commentOutcome: 'KEEP_HIDDEN' } }, { as: lead });

      const events = async (as: string, filter: Record<string, unknown>) => (await t.ok(AUDIT, { filter: { from: since, ...filter }, first: 100 }, { as })).auditEvents;
      // The admin reads the ordinary report, and nothing of the concern: not by the reporter, the report, the comment or the hold.
      const byReporter = await events(admin, { actorId: youngReporter.id });
      expect(byReporter.edges.map((e: any) => [e.node.action, e.node.entityId])).toEqual([['reportComment', ordinary]]);
      for (const filter of [{ entityId: concern }, { entityId: worrying }, { entityType: 'safeguarding_hold' }, { actorId: lead }]) {
        expect({ filter, total: (await events(admin, filter)).totalCount }).toEqual({ filter, total: 0 });
      }
      const everything = JSON.stringify(await events(admin, {}));
      for (const secret of ['SAFETY_CONCERN', 'handleSafeguardingConcern', concern, worrying, 'do not feel safe']) expect(everything).not.toContain(secret);

      // The leads read the safeguarding events, with who raised the concern — and only those.
      const forLead = await events(lead, {});
      const seen = forLead.edges.map((e: any) => e.node).reverse();
      expect(seen.map((n: any) => [n.action, n.entityType, n.entityId, n.actor?.id])).toEqual([
        ['addComment', 'comment', worrying, author.id],
        ['reportComment', 'comment_report', concern, youngReporter.id],
        ['reportComment', 'safeguarding_hold', worrying, youngReporter.id],
        ['handleSafeguardingConcern', 'comment_report', concern, lead],
        ['handleSafeguardingConcern', 'safeguarding_hold', worrying, lead],
      ]);
      expect(seen[1].actor.displayName).toBe('Reporter Ada');
      expect(seen[1].changes).toContainEqual({ field: 'reason', before: null, after: '"SAFETY_CONCERN"' });
      expect(JSON.stringify(forLead)).not.toContain(ordinary);

      expect((await t.fails(AUDIT, {}, { as: chairs.sectorLead.id })).extensions?.code).toBe('FORBIDDEN');
    });
  });
});