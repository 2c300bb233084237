import { createCiccMember, createComment, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';

const REPORT = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`;
const RESOLVE = `mutation($input: ResolveCommentReportInput!) { resolveCommentReport(input: $input) { report { id } } }`;
const COUNTS = `query($houseId: ID!) { proposals(filter: { houseId: $houseId }, first: 50) { edges { node { id openCommentReportCount } } } }`;

describe("moderators see how many reports wait on each of their House's proposals", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts open ordinary reports per proposal for its co-chairs, leaves out safety concerns and closed reports, and is null for others', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_TRANSPORT');
    const other = await seatCoChairs(t.dataSource, 'HOUSE_HEALTH');
    const reported = await createProposal(t.dataSource, 'HOUSE_TRANSPORT', { title: 'Free bus travel' });
    const quiet = await createProposal(t.dataSource, 'HOUSE_TRANSPORT', { title: 'Free cycle hire' });
    const author = await createCiccMember(t.dataSource);
    const first = await createComment(t.dataSource, reported.id, author.id, { body: 'A comment someone finds rude.' });
    const second = await createComment(t.dataSource, reported.id, author.id, { body: 'A comment off the subject.' });
    await createComment(t.dataSource, quiet.id, author.id, { body: 'Nobody reports this one.' });
    const reporters = await Promise.all([createCiccMember(t.dataSource), createCiccMember(t.dataSource), createCiccMember(t.dataSource), createCiccMember(t.dataSource)]);
    await t.ok(REPORT, { input: { commentId: first.id, reason: 'ABUSIVE' } }, { as: reporters[0].id });
    await t.ok(REPORT, { input: { commentId: second.id, reason: 'OFF_TOPIC' } }, { as: reporters[1].id });
    const closed = await t.ok(REPORT, { input: { commentId: second.id, reason: 'SPAM' } }, { as: reporters[2].id });
    await t.ok(REPORT, { input: { commentId: first.id, reason: 'SAFETY_CONCERN', details: 'Worried.' } }, { as: reporters[3].id });
    await t.ok(RESOLVE, { input: { reportId: closed.reportComment.report.id, resolution: 'Not spam.' } }, { as: chairs.sectorLead.id });

    const counts = async (as: string) => {
      const data = await t.ok(COUNTS, { houseId: reported.houseId }, { as });
      return Object.fromEntries(data.proposals.edges.map((e: { node: { id: string; openCommentReportCount: number | null } }) => [e.node.id, e.node.openCommentReportCount]));
    };
    for (const chair of [chairs.sectorLead.id, chairs.youngPerson.id]) {
      await expect(counts(chair)).resolves.toMatchObject({ [reported.id]: 2, [quiet.id]: 0 });
    }
    for (const as of [other.sectorLead.id, author.id, reporters[0].id]) {
      await expect(counts(as)).resolves.toMatchObject({ [reported.id]: null, [quiet.id]: null });
    }
  });
});
