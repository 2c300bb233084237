import { ProgrammeCalendar } from '@app/core';
import { Role } from '@app/access';
import { MembershipRole } from '@app/governance';
import { SessionService, SignInMethod } from '@app/identity';
import {
  addMembership,
  authorityByShortCode,
  bodyByCode,
  createCiccMember,
  createComment,
  createPerson,
  createProposal,
  seatCoChairs,
  startTestApp,
  TestApp,
} from '@app/testing';
import { startSmtpServer, TestSmtpServer } from '../libs/testing/src/smtp';
import { grantRoleDirectly } from './support/access-fixtures';

function yearsAgo(years: number): string {
  const now = new ProgrammeCalendar().yearMonthOf(new Date());
  return `${now.year - years}-${String(now.month).padStart(2, '0')}-01`;
}

const PERSON = `query($id: ID!) { person(id: $id) { id displayName email birthMonth under18 } }`;

describe('privacy of young people through the API, as each role', () => {
  let t: TestApp;
  let young: { id: string };
  let adult: { id: string };
  let viewers: Record<string, string>;
  let proposalId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const ds = t.dataSource;
    const lambeth = await authorityByShortCode(ds, 'lam');
    young = await createCiccMember(ds, { displayName: 'Jordan Ade', email: 'jordan.ade@example.org', birthMonth: yearsAgo(16), homeAuthorityId: lambeth.id });
    await addMembership(ds, young.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
    adult = await createPerson(ds, { displayName: 'Priya Shah', email: 'priya.shah@example.org' });

    const admin = await createPerson(ds);
    await grantRoleDirectly(ds, admin.id, Role.PROGRAMME_ADMIN);
    const housing = await seatCoChairs(ds, 'HOUSE_HOUSING');
    const health = await seatCoChairs(ds, 'HOUSE_HEALTH');
    const board = await createPerson(ds);
    await addMembership(ds, board.id, 'TRUST_BOARD', MembershipRole.MEMBER);
    const officer = await createPerson(ds);
    await addMembership(ds, officer.id, 'LLANCL', MembershipRole.MEMBER, { representsAuthorityId: lambeth.id });
    const aldcs = await createPerson(ds);
    await grantRoleDirectly(ds, aldcs.id, Role.ALDCS_VIEWER);
    const otherYoung = await createCiccMember(ds);
    const plain = await createPerson(ds);
    viewers = {
      PROGRAMME_ADMIN: admin.id,
      OWN_HOUSE_CO_CHAIR: housing.sectorLead.id,
      OTHER_HOUSE_CO_CHAIR: health.sectorLead.id,
      TRUST_BOARD_MEMBER: board.id,
      LA_OFFICER: officer.id,
      ALDCS_VIEWER: aldcs.id,
      CICC_MEMBER: otherYoung.id,
      NO_ROLE: plain.id,
    };
    const proposal = await createProposal(ds, 'HOUSE_HOUSING', { createdById: young.id });
    proposalId = proposal.id;
    await createComment(ds, proposal.id, young.id, { body: 'I would use this.' });
  });
  afterAll(() => t.close());

  it('shows an under-18 member by name only to programme admins, their own House’s co-chairs and themself; to everyone else as “CiCC member (Lambeth)”', async () => {
    for (const [role, id] of Object.entries(viewers)) {
      const { person } = await t.ok(PERSON, { id: young.id }, { as: id });
      if (role === 'PROGRAMME_ADMIN') expect(person).toMatchObject({ displayName: 'Jordan Ade', email: 'jordan.ade@example.org' });
      else if (role === 'OWN_HOUSE_CO_CHAIR') expect({ role, ...person }).toMatchObject({ role, displayName: 'Jordan Ade', email: null });
      else expect({ role, ...person }).toMatchObject({ role, displayName: 'CiCC member (Lambeth)', email: null, birthMonth: null });
    }
    const own = await t.ok(PERSON, { id: young.id }, { as: young.id });
    expect(own.person).toMatchObject({ displayName: 'Jordan Ade', email: 'jordan.ade@example.org', under18: true });
  });

  it('applies the same rule wherever a person is shown: comment authors, House members, who drafted a proposal', async () => {
    const house = await bodyByCode(t.dataSource, 'HOUSE_HOUSING');
    const query = `query($proposalId: ID!, $houseId: ID!) {
      proposalComments(proposalId: $proposalId) { edges { node { author { id displayName email } } } }
      body(id: $houseId) { members { person { id displayName } } }
      proposal(id: $proposalId) { createdBy { id displayName } }
    }`;
    const seen = async (as: string) => {
      const data = await t.ok(query, { proposalId, houseId: house.id }, { as });
      return [
        ...data.proposalComments.edges.map((e: any) => e.node.author).filter((p: any) => p.id === young.id),
        ...data.body.members.map((m: any) => m.person).filter((p: any) => p.id === young.id),
        data.proposal.createdBy,
      ].map((p: any) => p.displayName);
    };
    expect(await seen(viewers.NO_ROLE)).toEqual(['CiCC member (Lambeth)', 'CiCC member (Lambeth)', 'CiCC member (Lambeth)']);
    expect(await seen(viewers.OTHER_HOUSE_CO_CHAIR)).toEqual(['CiCC member (Lambeth)', 'CiCC member (Lambeth)', 'CiCC member (Lambeth)']);
    expect(await seen(viewers.OWN_HOUSE_CO_CHAIR)).toEqual(['Jordan Ade', 'Jordan Ade', 'Jordan Ade']);
    expect(await seen(viewers.PROGRAMME_ADMIN)).toEqual(['Jordan Ade', 'Jordan Ade', 'Jordan Ade']);

    // Who drafted a proposal is a Person like everyone shown: its personal details follow the same rule.
    const details = `query($proposalId: ID!) { proposal(id: $proposalId) { createdBy { displayName email birthMonth under18 careExperienced homeAuthority { shortCode } } } }`;
    expect((await t.ok(details, { proposalId }, { as: viewers.CICC_MEMBER })).proposal.createdBy).toEqual({
      displayName: 'CiCC member (Lambeth)',
      email: null,
      birthMonth: null,
      under18: null,
      careExperienced: null,
      homeAuthority: null,
    });
    expect((await t.ok(details, { proposalId }, { as: viewers.OWN_HOUSE_CO_CHAIR })).proposal.createdBy).toMatchObject({ displayName: 'Jordan Ade', email: null, under18: true });
  });

  it('does not let a name search find a young person whose name is hidden from the caller', async () => {
    const search = `query($q: String) { people(filter: { search: $q }) { totalCount edges { node { id } } } }`;
    expect((await t.ok(search, { q: 'Jordan' }, { as: viewers.NO_ROLE })).people.totalCount).toBe(0);
    expect((await t.ok(search, { q: 'Jordan' }, { as: viewers.PROGRAMME_ADMIN })).people.edges.map((e: any) => e.node.id)).toEqual([young.id]);
  });

  it("shows adults' emails only to programme admins and themselves", async () => {
    for (const [role, id] of Object.entries(viewers)) {
      const { person } = await t.ok(PERSON, { id: adult.id }, { as: id });
      expect({ role, ...person }).toMatchObject({ role, displayName: 'Priya Shah', email: role === 'PROGRAMME_ADMIN' ? 'priya.shah@example.org' : null });
    }
    expect((await t.ok(PERSON, { id: adult.id }, { as: adult.id })).person.email).toBe('priya.shah@example.org');
  });

  it('does not show who sits on a body to someone who is not signed in', async () => {
    const house = await bodyByCode(t.dataSource, 'HOUSE_HOUSING');
    const error = await t.fails(`query($id: ID!) { body(id: $id) { code members { person { displayName } } } }`, { id: house.id });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.ok(`query($id: ID!) { body(id: $id) { code } }`, { id: house.id })).body.code).toBe('HOUSE_HOUSING');
  });

  it('lets a person see and correct their own profile, but not someone else’s, nor their own care-experienced record', async () => {
    const me = await t.ok(`{ myProfile { id displayName email version } }`, {}, { as: adult.id });
    expect(me.myProfile).toMatchObject({ id: adult.id, email: 'priya.shah@example.org' });
    const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { displayName version } } }`;
    const fixed = await t.ok(UPDATE, { input: { id: adult.id, expectedVersion: me.myProfile.version, displayName: 'Priya K. Shah' } }, { as: adult.id });
    expect(fixed.updatePerson.person.displayName).toBe('Priya K. Shah');
    const other = await t.fails(UPDATE, { input: { id: young.id, expectedVersion: 1, displayName: 'Someone else' } }, { as: adult.id });
    expect(other.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    const record = await t.fails(UPDATE, { input: { id: adult.id, expectedVersion: fixed.updatePerson.person.version, careExperienced: true } }, { as: adult.id });
    expect(record.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'careExperienced' });
  });
});

describe('votes are anonymous, and leaving the CiCC keeps comments and votes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a member who leaves the CiCC is shown as a former member, keeps their vote in the tally, and is no longer a CiCC member', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_FINANCE');
    const proposal = await createProposal(t.dataSource, 'HOUSE_FINANCE', { title: 'A standard financial offer' });
    const opened = await t.ok(
      `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { consultation { id } } }`,
      { input: { proposalId: proposal.id, audience: 'CICC', closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), tallyVisibility: 'ALWAYS' } },
      { as: chairs.sectorLead.id },
    );
    const consultationId = opened.openConsultation.consultation.id;
    const leaver = await createCiccMember(t.dataSource, { displayName: 'Sam Leaver', birthMonth: '2003-02-01' });
    const stayer = await createCiccMember(t.dataSource);
    const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { vote { choice } } }`;
    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'SUPPORT' } }, { as: leaver.id });
    await t.ok(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, { as: stayer.id });
    // Tallies show once five have voted.
    for (const choice of ['ABSTAIN', 'ABSTAIN', 'ABSTAIN']) await t.ok(VOTE, { input: { proposalId: proposal.id, choice } }, { as: (await createCiccMember(t.dataSource)).id });
    await t.ok(`mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, { input: { proposalId: proposal.id, body: 'Yes please.' } }, { as: leaver.id });

    const admin = await createPerson(t.dataSource);
    await grantRoleDirectly(t.dataSource, admin.id, Role.PROGRAMME_ADMIN);
    const TALLY = `query($id: ID!) { consultation(id: $id) { tally { support oppose total } myVote { choice } } }`;
    // Nobody reads another's vote: the admin who did not vote has none, and sees only counts.
    const asAdmin = await t.ok(TALLY, { id: consultationId }, { as: admin.id });
    expect(asAdmin.consultation).toEqual({ tally: { support: 1, oppose: 1, total: 5 }, myVote: null });

    const left = await t.ok(`mutation($input: LeaveCiccInput!) { leaveCicc(input: $input) { ended { current endReason } } }`, { input: {} }, { as: leaver.id });
    expect(left.leaveCicc.ended).toEqual([{ current: false, endReason: 'Left the Children in Care Council.' }]);
    // Leaving signed them out; signed in again, they hold no role and cannot leave twice.
    const signedInAgain = { token: (await t.app.get(SessionService).issueFor(leaver.id, SignInMethod.EMAIL_CODE)).accessToken };
    expect((await t.ok(`{ myRoles { role } }`, {}, signedInAgain)).myRoles).toEqual([]);
    const again = await t.fails(`mutation($input: LeaveCiccInput!) { leaveCicc(input: $input) { ended { id } } }`, { input: {} }, signedInAgain);
    expect(again.extensions?.code).toBe('FORBIDDEN');

    const COMMENTS = `query($id: ID!) { proposalComments(proposalId: $id) { edges { node { body author { id displayName } } } } }`;
    const asStayer = await t.ok(COMMENTS, { id: proposal.id }, { as: stayer.id });
    expect(asStayer.proposalComments.edges.map((e: any) => e.node)).toEqual([{ body: 'Yes please.', author: { id: leaver.id, displayName: 'Former CiCC member' } }]);
    const asAdminComments = await t.ok(COMMENTS, { id: proposal.id }, { as: admin.id });
    expect(asAdminComments.proposalComments.edges[0].node.author.displayName).toBe('Sam Leaver');

    const after = await t.ok(TALLY, { id: consultationId }, { as: stayer.id });
    expect(after.consultation).toEqual({ tally: { support: 1, oppose: 1, total: 5 }, myVote: { choice: 'OPPOSE' } });
    const refused = await t.fails(VOTE, { input: { proposalId: proposal.id, choice: 'OPPOSE' } }, signedInAgain);
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to let a young-person co-chair leave the CiCC while they hold the seat', async () => {
    const chairs = await seatCoChairs(t.dataSource, 'HOUSE_RELATIONSHIPS');
    const error = await t.fails(`mutation($input: LeaveCiccInput!) { leaveCicc(input: $input) { ended { id } } }`, { input: { reason: 'Moving on' } }, { as: chairs.youngPerson.id });
    expect(error.extensions?.code).toBe('CONFLICT');
  });
});

describe('names in emails follow the same rule', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("an invitation from a young co-chair under 18 does not give their name to the person invited; a sector lead's does", async () => {
    const lambeth = await authorityByShortCode(t.dataSource, 'lam');
    const young = await createCiccMember(t.dataSource, { displayName: 'Jordan Ade', birthMonth: yearsAgo(16), homeAuthorityId: lambeth.id });
    await addMembership(t.dataSource, young.id, 'HOUSE_HOUSING', MembershipRole.CO_CHAIR_YOUNG_PERSON);
    const lead = await createPerson(t.dataSource, { displayName: 'Sam Lead' });
    await addMembership(t.dataSource, lead.id, 'HOUSE_HOUSING', MembershipRole.CO_CHAIR_SECTOR_LEAD);
    const house = await bodyByCode(t.dataSource, 'HOUSE_HOUSING');
    const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { invitation { id } } }`;

    await t.ok(INVITE, { input: { email: 'new.member@example.org', displayName: 'New Member', houseId: house.id } }, { as: young.id });
    const fromYoung = await smtp.nextMailTo('new.member@example.org');
    expect(fromYoung.subject).toBe('CiCC member (Lambeth) invited you to the London Care Leavers Compact');
    expect(fromYoung.text).toContain('CiCC member (Lambeth) invited you to take part');
    expect(`${fromYoung.subject}\n${fromYoung.text}`).not.toContain('Jordan');

    await t.ok(INVITE, { input: { email: 'other.member@example.org', displayName: 'Other Member', houseId: house.id } }, { as: lead.id });
    expect((await smtp.nextMailTo('other.member@example.org')).subject).toBe('Sam Lead invited you to the London Care Leavers Compact');
  });
});
