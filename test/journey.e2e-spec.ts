import { Role } from '@app/access';
import { startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

/**
 * One offer's whole journey through the API, as the people who use it would take it: a House's
 * co-chairs draft and consult, CiCC members vote and comment, the House recommends, the Trust Board
 * endorses, London's 33 authorities get agreement rows, officers record their positions, and the
 * directors' views add up. Only the first programme admin is arranged directly; everyone else is
 * added and given their place through the API by that admin.
 */
describe('an offer from draft to agreement across London', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  const person = async (key: string, input: Record<string, unknown>) => {
    const data = await t.ok(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, { input }, { as: ids.admin });
    ids[key] = data.createPerson.person.id;
  };
  const join = (personKey: string, bodyId: string, role: string, extra: Record<string, unknown> = {}) =>
    t.ok(`mutation($input: AddMembershipInput!) { addMembership(input: $input) { membership { id } } }`, {
      input: { personId: ids[personKey], bodyId, role, ...extra },
    }, { as: ids.admin });

  beforeAll(async () => {
    t = await startTestApp();
    // The first programme admin is created directly: someone has to be able to call the API and let others in.
    const [{ id }] = await t.dataSource.query(`INSERT INTO person (display_name, email) VALUES ('Programme admin', 'admin@example.org') RETURNING id`);
    ids.admin = id;
    await grantRoleDirectly(t.dataSource, ids.admin, Role.PROGRAMME_ADMIN);
    const ref = await t.ok(`{ bodies { id code } localAuthorities { id shortCode } }`);
    for (const b of ref.bodies) ids[b.code] = b.id;
    for (const la of ref.localAuthorities) ids[`la_${la.shortCode}`] = la.id;
  });
  afterAll(() => t.close());

  it('seats the Housing House’s co-chairs: a care-experienced CiCC member and a sector lead', async () => {
    await person('amani', { displayName: 'Amani', email: 'amani@example.org', careExperienced: true, birthMonth: '2003-04', homeAuthorityId: ids.la_lam });
    await person('priya', { displayName: 'Priya Shah', email: 'priya@example.org' });
    for (const name of ['bola', 'chidi', 'dara', 'esi', 'femi']) {
      await person(name, { displayName: name, email: `${name}@example.org`, careExperienced: true, birthMonth: '2004-01' });
      await join(name, ids.CICC, 'MEMBER');
    }
    await join('amani', ids.CICC, 'MEMBER');
    const appoint = `mutation($input: AppointCoChairInput!) { appointCoChair(input: $input) { house { canMoveProposalsForward missingCoChairs } } }`;
    const first = await t.ok(appoint, { input: { houseId: ids.HOUSE_HOUSING, personId: ids.amani, seat: 'YOUNG_PERSON', reason: 'Elected by the CiCC' } }, { as: ids.admin });
    expect(first.appointCoChair.house).toEqual({ canMoveProposalsForward: false, missingCoChairs: ['CO_CHAIR_SECTOR_LEAD'] });
    const second = await t.ok(appoint, { input: { houseId: ids.HOUSE_HOUSING, personId: ids.priya, seat: 'SECTOR_LEAD', reason: 'LLANCL nominee' } }, { as: ids.admin });
    expect(second.appointCoChair.house).toEqual({ canMoveProposalsForward: true, missingCoChairs: [] });
  });

  it('a co-chair drafts the offer and opens a CiCC consultation, which takes it into consultation', async () => {
    const draft = await t.ok(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id status version } } }`,
      {
        input: {
          houseId: ids.HOUSE_HOUSING, title: 'Council tax exemption to 25', summary: 'No council tax for care leavers until 25.',
          category: 'HOUSING', deliveryModel: 'EACH_LA', uascConsiderations: 'Same terms whatever the immigration status.',
        },
      },
      { as: ids.priya },
    );
    ids.proposal = draft.createProposal.proposal.id;
    expect(draft.createProposal.proposal.status).toBe('DRAFT');
    const opened = await t.ok(
      `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { proposalMovedToConsultation consultation { id state } } }`,
      {
        input: {
          proposalId: ids.proposal, audience: 'CICC', closesAt: new Date(Date.now() + 14 * 86400000).toISOString(), tallyVisibility: 'AFTER_VOTING',
          questions: [{ kind: 'YES_NO', prompt: 'Would this have helped you?' }],
        },
      },
      { as: ids.amani },
    );
    expect(opened.openConsultation).toMatchObject({ proposalMovedToConsultation: true, consultation: { state: 'OPEN' } });
    ids.consultation = opened.openConsultation.consultation.id;
  });

  it('members vote, change a vote, comment, reply and report — and nobody can see who voted how', async () => {
    const vote = `mutation($input: CastVoteInput!) { castVote(input: $input) { changed vote { choice } consultation { tally { support oppose abstain total } } } }`;
    await t.ok(vote, { input: { proposalId: ids.proposal, choice: 'SUPPORT' } }, { as: ids.bola });
    await t.ok(vote, { input: { proposalId: ids.proposal, choice: 'OPPOSE' } }, { as: ids.chidi });
    await t.ok(vote, { input: { proposalId: ids.proposal, choice: 'SUPPORT' } }, { as: ids.dara });
    await t.ok(vote, { input: { proposalId: ids.proposal, choice: 'ABSTAIN' } }, { as: ids.esi });
    // Four have voted: too few for the tally to show without giving votes away.
    const few = await t.ok(vote, { input: { proposalId: ids.proposal, choice: 'SUPPORT' } }, { as: ids.chidi });
    expect(few.castVote).toMatchObject({ changed: true, consultation: { tally: null } });
    const fifth = await t.ok(vote, { input: { proposalId: ids.proposal, choice: 'SUPPORT' } }, { as: ids.femi });
    expect(fifth.castVote).toMatchObject({ changed: false, vote: { choice: 'SUPPORT' }, consultation: { tally: { support: 4, oppose: 0, abstain: 1, total: 5 } } });

    const comment = await t.ok(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
      { input: { proposalId: ids.proposal, body: 'I moved boroughs at 19 and paid council tax for a year.' } },
      { as: ids.bola },
    );
    await t.ok(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`,
      { input: { proposalId: ids.proposal, parentId: comment.addComment.comment.id, body: 'Thank you — reciprocity is exactly what we will ask LAs about.' } },
      { as: ids.priya },
    );
    await t.ok(
      `mutation($input: ReportCommentInput!) { reportComment(input: $input) { __typename } }`,
      { input: { commentId: comment.addComment.comment.id, reason: 'PERSONAL_INFORMATION', details: 'Mentions where they live' } },
      { as: ids.dara },
    );
    const thread = await t.ok(
      `query($id: ID!) { proposalComments(proposalId: $id) { totalCount edges { node { body replies { body } } } } }`,
      { id: ids.proposal },
      { as: ids.dara },
    );
    expect(thread.proposalComments.totalCount).toBe(1);
    expect(thread.proposalComments.edges[0].node.replies).toHaveLength(1);

    const votedTypes = await t.ok(`{ __type(name: "MyVote") { fields { name } } }`);
    expect(votedTypes.__type.fields.map((f: { name: string }) => f.name)).not.toContain('member');
  });

  it('the co-chairs close the consultation and both sign off, which recommends it', async () => {
    await t.ok(`mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { __typename } }`, { input: { consultationId: ids.consultation } }, { as: ids.amani });
    const signOff = `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended proposal { status signOff { awaiting signed { role } } } } }`;
    const first = await t.ok(signOff, { input: { proposalId: ids.proposal, note: 'The CiCC supports it 4–0, one abstaining' } }, { as: ids.amani });
    expect(first.signOffProposal).toMatchObject({ recommended: false, proposal: { status: 'IN_CONSULTATION', signOff: { awaiting: ['CO_CHAIR_SECTOR_LEAD'] } } });
    const second = await t.ok(signOff, { input: { proposalId: ids.proposal } }, { as: ids.priya });
    expect(second.signOffProposal).toMatchObject({ recommended: true, proposal: { status: 'RECOMMENDED', signOff: { awaiting: [] } } });
  });

  it('a Trust Board decision endorses it, and agreement is sought from all 33 authorities', async () => {
    await person('chair', { displayName: 'Board chair', email: 'chair@example.org' });
    await join('chair', ids.TRUST_BOARD, 'CHAIR');
    const meeting = await t.ok(
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
      { input: { bodyId: ids.TRUST_BOARD, title: 'Trust Board', startsAt: new Date(Date.now() + 3600000).toISOString() } },
      { as: ids.chair },
    );
    const decided = await t.ok(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { proposalStatus } }`,
      { input: { meetingId: meeting.scheduleMeeting.meeting.id, proposalId: ids.proposal, kind: 'ENDORSE', summary: 'Endorsed; LAs asked to agree by spring.' } },
      { as: ids.chair },
    );
    expect(decided.recordDecision.proposalStatus).toBe('ENDORSED');

    // A director of children's services follows progress: the admin adds them and lets them read the directors' views.
    await person('director', { displayName: 'Director of Children’s Services', email: 'director@example.org' });
    await t.ok(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { grant { id } } }`,
      { input: { personId: ids.director, role: 'ALDCS_VIEWER', reason: 'Follows the Compact for the ALDCS' } },
      { as: ids.admin },
    );
    const progress = await t.ok(`query($id: ID!) { proposalProgress(proposalId: $id) { totalParties notEngaged { id } } }`, { id: ids.proposal }, { as: ids.director });
    expect(progress.proposalProgress.totalParties).toBe(33);
    expect(progress.proposalProgress.notEngaged).toHaveLength(33);
  });

  it('officers record their authority’s position; a stale edit is refused; the London grid and progress add up', async () => {
    for (const code of ['lam', 'crd', 'hck']) {
      await person(`officer_${code}`, { displayName: `Officer ${code}`, email: `officer.${code}@example.org` });
      await join(`officer_${code}`, ids.LLANCL, 'MEMBER', { representsAuthorityId: ids[`la_${code}`] });
    }
    const matrix = await t.ok(`query($id: ID!) { agreementMatrix(filter: { proposalIds: [$id] }) { parties { id shortCode tileRow tileCol } cells { agreementId partyId version status } } }`, { id: ids.proposal }, { as: ids.director });
    expect(matrix.agreementMatrix.cells).toHaveLength(33);
    const cellOf = (code: string) => {
      const party = matrix.agreementMatrix.parties.find((p: { shortCode: string }) => p.shortCode === code);
      return matrix.agreementMatrix.cells.find((c: { partyId: string }) => c.partyId === party.id);
    };
    const set = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { status version } } }`;
    const lam = cellOf('lam');
    await t.ok(set, { input: { agreementId: lam.agreementId, expectedVersion: lam.version, status: 'IMPLEMENTED', reciprocity: 'BOTH', effectiveDate: '2026-04-01' } }, { as: ids.officer_lam });
    const crd = cellOf('crd');
    await t.ok(set, { input: { agreementId: crd.agreementId, expectedVersion: crd.version, status: 'FORMALLY_AGREED', reciprocity: 'OWN_CARE_LEAVERS_ANYWHERE' } }, { as: ids.officer_crd });
    const hck = cellOf('hck');
    await t.ok(set, { input: { agreementId: hck.agreementId, expectedVersion: hck.version, status: 'IN_DISCUSSION' } }, { as: ids.officer_hck });

    // Someone else edits Hackney's row from the version they read before that change.
    const stale = await t.fails(set, { input: { agreementId: hck.agreementId, expectedVersion: hck.version, status: 'DECLINED' } }, { as: ids.officer_hck });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    // A Croydon officer cannot set Lambeth's status.
    const sideways = await t.fails(set, { input: { agreementId: lam.agreementId, expectedVersion: lam.version + 1, status: 'DECLINED' } }, { as: ids.officer_crd });
    expect(sideways.extensions?.code).toBe('FORBIDDEN');

    const progress = await t.ok(
      `query($id: ID!) { proposalProgress(proposalId: $id) { totalParties shareFormallyAgreedOrImplemented counts { status count } notEngaged { id } byIcsArea { code counts { status count } } } }`,
      { id: ids.proposal },
      { as: ids.director },
    );
    const counts = Object.fromEntries(progress.proposalProgress.counts.map((c: { status: string; count: number }) => [c.status, c.count]));
    expect(counts).toMatchObject({ IMPLEMENTED: 1, FORMALLY_AGREED: 1, IN_DISCUSSION: 1, NOT_STARTED: 30, DECLINED: 0 });
    expect(progress.proposalProgress.shareFormallyAgreedOrImplemented).toBeCloseTo(2 / 33, 5);
    expect(progress.proposalProgress.notEngaged).toHaveLength(30);
    const sel = progress.proposalProgress.byIcsArea.find((a: { code: string }) => a.code === 'SEL');
    expect(Object.fromEntries(sel.counts.map((c: { status: string; count: number }) => [c.status, c.count]))).toMatchObject({ IMPLEMENTED: 1, NOT_STARTED: 5 });

    const overview = await t.ok(`{ boardOverview { houses { house { code } proposalsByStatus { status count } agreementParties agreementsFormallyAgreedOrImplemented latestChanges { kind partyName toStatus } } } }`, {}, { as: ids.director });
    const housing = overview.boardOverview.houses.find((h: { house: { code: string } }) => h.house.code === 'HOUSE_HOUSING');
    expect(housing.proposalsByStatus.find((s: { status: string }) => s.status === 'ENDORSED').count).toBe(1);
    expect(housing).toMatchObject({ agreementParties: 33, agreementsFormallyAgreedOrImplemented: 2 });
    expect(housing.latestChanges[0]).toMatchObject({ kind: 'AGREEMENT_STATUS', partyName: 'Hackney', toStatus: 'IN_DISCUSSION' });
  });
});
