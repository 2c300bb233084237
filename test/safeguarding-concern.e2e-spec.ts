import { randomUUID } from 'node:crypto';
import { Role } from '@app/access';
import { createCiccMember, createComment, createPerson, createProposal, seatCoChairs, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const REPORT = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`;
const CONCERN = `query($id: ID!) {
  safeguardingConcern(id: $id) {
    id details commentBody commentHold reporter { id } commentAuthor { id }
    handling { action commentOutcome notes handledBy { id } }
  }
}`;
const HANDLE = `mutation($input: HandleSafeguardingConcernInput!) { handleSafeguardingConcern(input: $input) { concern { id } } }`;

describe('safeguarding: one concern by its id', () => {
  let t: TestApp;
  let lead: string;
  let author: string;
  let commentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    lead = (await createPerson(t.dataSource, { displayName: 'Safeguarding lead' })).id;
    await grantRoleDirectly(t.dataSource, lead, Role.SAFEGUARDING_LEAD);
    const proposal = await createProposal(t.dataSource);
    author = (await createCiccMember(t.dataSource)).id;
    commentId = (await createComment(t.dataSource, proposal.id, author, { body: 'I do not feel safe where I am staying.' })).id;
  });
  afterAll(() => t.close());

  it('gives a lead one concern, open and then handled, with how it was handled', async () => {
    const reporter = (await createCiccMember(t.dataSource)).id;
    const { reportComment } = await t.ok(REPORT, { input: { commentId, reason: 'SAFETY_CONCERN', details: 'My friend wrote this.' } }, { as: reporter });
    const id = reportComment.report.id as string;

    const open = await t.ok(CONCERN, { id }, { as: lead });
    expect(open.safeguardingConcern).toEqual({
      id,
      details: 'My friend wrote this.',
      commentBody: 'I do not feel safe where I am staying.',
      commentHold: 'UNDER_REVIEW',
      reporter: { id: reporter },
      commentAuthor: { id: author },
      handling: null,
    });

    await t.ok(HANDLE, { input: { reportId: id, action: 'CONTACTED_PERSON', commentOutcome: 'RESTORE', notes: 'Spoke to them; they are safe now.' } }, { as: lead });
    const handled = await t.ok(CONCERN, { id }, { as: lead });
    expect(handled.safeguardingConcern).toMatchObject({
      commentHold: null,
      handling: { action: 'CONTACTED_PERSON', commentOutcome: 'RESTORE', notes: 'Spoke to them; they are safe now.', handledBy: { id: lead } },
    });
  });

  it('is null with NOT_FOUND for an id that is no safety concern, an ordinary report included', async () => {
    const reporter = (await createCiccMember(t.dataSource)).id;
    const { reportComment } = await t.ok(REPORT, { input: { commentId, reason: 'OFF_TOPIC' } }, { as: reporter });
    for (const id of [randomUUID(), reportComment.report.id as string]) {
      const res = await t.gql(CONCERN, { id }, { as: lead });
      expect(res.data?.safeguardingConcern).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
  });

  it('is refused to everyone but the safeguarding leads, moderators and programme admins included', async () => {
    const reporter = (await createCiccMember(t.dataSource)).id;
    const { reportComment } = await t.ok(REPORT, { input: { commentId, reason: 'SAFETY_CONCERN', details: 'Worried.' } }, { as: reporter });
    const admin = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING');
    for (const as of [chairs.sectorLead.id, chairs.youngPerson.id, admin.id, reporter, author]) {
      const refused = await t.fails(CONCERN, { id: reportComment.report.id }, { as });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
