import { Role } from '@app/access';
import { createCiccMember, createComment, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';
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
});
