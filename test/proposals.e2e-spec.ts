import { IsNull } from 'typeorm';
import { MembershipEntity, MembershipRole, PersonEntity } from '@app/governance';
import { DeliveryModel, ProposalCategory, ProposalSignOffEntity, ProposalStatus, ProposalTransitionEntity } from '@app/proposals';
import {
  addMembership,
  bodyByCode,
  createCiccMember,
  createPerson,
  createProposal,
  seatCoChairs,
  setProposalPartners,
  startTestApp,
  TestApp,
} from '@app/testing';

const FIELDS = `
  id status version title summary rationale evidenceLinks category minAge maxAge deliveryModel uascConsiderations
  house { code name } partners { code } createdBy { id displayName }
  transitions { fromStatus toStatus reason at actor { id displayName } }
  signOff { signed { person { id displayName } role signedAt note } awaiting ready }
  allowedNextStatuses
`;
const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { ${FIELDS} } } }`;
const MOVE = `mutation($input: TransitionProposalInput!) { transitionProposal(input: $input) { proposal { ${FIELDS} } } }`;
const SIGN = `mutation($input: SignOffProposalInput!) { signOffProposal(input: $input) { recommended proposal { ${FIELDS} } } }`;
const UNSIGN = `mutation($input: WithdrawSignOffInput!) { withdrawSignOff(input: $input) { proposal { ${FIELDS} } } }`;
const GET = `query($id: ID!) { proposal(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ProposalFilterInput, $first: Int, $after: String) {
  proposals(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title status } }
  }
}`;

const YP = MembershipRole.CO_CHAIR_YOUNG_PERSON;
const SL = MembershipRole.CO_CHAIR_SECTOR_LEAD;
const UASC = 'Open to former unaccompanied asylum-seeking children whatever their immigration status; no document checks beyond the LA confirming care-leaver status.';

describe('Proposals: drafting, moving and signing off through GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  function draftInput(houseId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      houseId,
      title: 'Council tax exemption to 25',
      summary: 'Care leavers pay no council tax until they turn 25.',
      category: ProposalCategory.HOUSING,
      deliveryModel: DeliveryModel.EACH_LA,
      ...overrides,
    };
  }

  describe('a House drafts, consults and recommends a proposal', () => {
    let houseId: string;
    let youngPerson: PersonEntity;
    let sectorLead: PersonEntity;
    let member: PersonEntity;
    let proposalId: string;
    let version: number;

    beforeAll(async () => {
      houseId = (await bodyByCode(t.dataSource, 'HOUSE_HOUSING')).id;
      ({ youngPerson, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_HOUSING'));
      member = await createPerson(t.dataSource);
      await addMembership(t.dataSource, member.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
    });

    it('lets a co-chair draft a proposal, recording who drafted it', async () => {
      const data = await t.ok(CREATE, { input: draftInput(houseId, { evidenceLinks: ['https://www.london.gov.uk/care-leavers'] }) }, { as: youngPerson.id });
      const p = data.createProposal.proposal;
      expect(p).toMatchObject({
        status: 'DRAFT',
        version: 1,
        minAge: 18,
        maxAge: 25,
        uascConsiderations: null,
        evidenceLinks: ['https://www.london.gov.uk/care-leavers'],
        house: { code: 'HOUSE_HOUSING' },
        partners: [],
        createdBy: { id: youngPerson.id, displayName: youngPerson.displayName },
        // Not IN_CONSULTATION yet: it has no UASC considerations, so transitionProposal would refuse it.
        allowedNextStatuses: ['WITHDRAWN'],
        signOff: { signed: [], awaiting: [YP, SL], ready: false },
      });
      expect(p.transitions).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'DRAFT', actor: { id: youngPerson.id, displayName: youngPerson.displayName } })]);
      proposalId = p.id;
      version = p.version;
    });

    it('lets a House member draft, but not someone outside the House, and asks an anonymous caller to sign in', async () => {
      const byMember = await t.ok(CREATE, { input: draftInput(houseId, { title: 'Rent deposit scheme' }) }, { as: member.id });
      expect(byMember.createProposal.proposal.createdBy.id).toBe(member.id);

      const outsider = await createPerson(t.dataSource);
      const refused = await t.fails(CREATE, { input: draftInput(houseId) }, { as: outsider.id });
      expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_HOUSE_MEMBER' });
      expect(refused.message).toContain('Housing House');

      const anonymous = await t.fails(CREATE, { input: draftInput(houseId) });
      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an edit made from a stale version, and accepts one from the current version', async () => {
      const edited = await t.ok(UPDATE, { input: { proposalId, expectedVersion: version, title: 'Council tax exemption for care leavers to 25' } }, { as: sectorLead.id });
      expect(edited.updateProposal.proposal).toMatchObject({ title: 'Council tax exemption for care leavers to 25', version: version + 1 });

      const stale = await t.fails(UPDATE, { input: { proposalId, expectedVersion: version, summary: 'Overwrites the other edit.' } }, { as: youngPerson.id });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', field: 'version' });
      const unchanged = await t.ok(GET, { id: proposalId }, { as: member.id });
      expect(unchanged.proposal.summary).toBe('Care leavers pay no council tax until they turn 25.');
      version = unchanged.proposal.version;
    });

    it('will not leave draft without UASC considerations', async () => {
      const refused = await t.fails(MOVE, { input: { proposalId, to: 'IN_CONSULTATION', reason: 'Ready for the LAs to comment.', expectedVersion: version } }, { as: youngPerson.id });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UASC_CONSIDERATIONS_REQUIRED', field: 'uascConsiderations' });
      expect((await t.ok(GET, { id: proposalId }, { as: member.id })).proposal.status).toBe('DRAFT');
    });

    it('moves into consultation once UASC considerations are written, recording why', async () => {
      const edited = await t.ok(UPDATE, { input: { proposalId, expectedVersion: version, uascConsiderations: UASC } }, { as: youngPerson.id });
      version = edited.updateProposal.proposal.version;
      const moved = await t.ok(MOVE, { input: { proposalId, to: 'IN_CONSULTATION', reason: 'Ready for the LAs to comment.', expectedVersion: version } }, { as: youngPerson.id });
      const p = moved.transitionProposal.proposal;
      expect(p.status).toBe('IN_CONSULTATION');
      expect(p.version).toBe(version + 1);
      expect(p.transitions.map((x: { toStatus: string }) => x.toStatus)).toEqual(['DRAFT', 'IN_CONSULTATION']);
      expect(p.transitions[1]).toMatchObject({ fromStatus: 'DRAFT', reason: 'Ready for the LAs to comment.', actor: { id: youngPerson.id } });
      // RECOMMENDED comes from both co-chairs signing off, not from transitionProposal.
      expect(p.allowedNextStatuses).toEqual(['DRAFT', 'DECLINED', 'WITHDRAWN']);
      version = p.version;
    });

    it('reaches RECOMMENDED only when both co-chairs have signed off, showing who signed and who is awaited', async () => {
      const direct = await t.fails(MOVE, { input: { proposalId, to: 'RECOMMENDED', reason: 'Skip the sign-off.', expectedVersion: version } }, { as: sectorLead.id });
      // transitionProposal takes only the moves a House makes itself (HouseMove).
      expect(direct.extensions?.code).toBe('BAD_USER_INPUT');
      expect(direct.message).toContain('RECOMMENDED');

      const notChair = await t.fails(SIGN, { input: { proposalId } }, { as: member.id });
      expect(notChair.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CO_CHAIR' });

      const first = await t.ok(SIGN, { input: { proposalId, note: 'The CiCC backs this.' } }, { as: youngPerson.id });
      expect(first.signOffProposal.recommended).toBe(false);
      expect(first.signOffProposal.proposal.status).toBe('IN_CONSULTATION');
      const shown = (await t.ok(GET, { id: proposalId }, { as: member.id })).proposal.signOff;
      expect(shown).toEqual({
        signed: [{ person: { id: youngPerson.id, displayName: youngPerson.displayName }, role: YP, signedAt: expect.any(String), note: 'The CiCC backs this.' }],
        awaiting: [SL],
        ready: false,
      });

      const again = await t.fails(SIGN, { input: { proposalId } }, { as: youngPerson.id });
      expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SIGNED' });

      const second = await t.ok(SIGN, { input: { proposalId } }, { as: sectorLead.id });
      expect(second.signOffProposal.recommended).toBe(true);
      const p = second.signOffProposal.proposal;
      expect(p.status).toBe('RECOMMENDED');
      expect(p.signOff).toMatchObject({ awaiting: [], ready: true });
      expect(p.signOff.signed.map((s: { role: string }) => s.role)).toEqual([YP, SL]);
      expect(p.transitions[p.transitions.length - 1]).toMatchObject({ fromStatus: 'IN_CONSULTATION', toStatus: 'RECOMMENDED', actor: { id: sectorLead.id } });
      version = p.version;
    });

    it('cannot be edited once recommended, and says to send it back to draft', async () => {
      const refused = await t.fails(UPDATE, { input: { proposalId, expectedVersion: version, title: 'Late change' } }, { as: youngPerson.id });
      expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_EDITABLE' });
      expect(refused.message).toContain('back to DRAFT');
    });

    it('refuses an illegal move, naming the allowed ones, and a Board-only move by the House', async () => {
      const illegal = await t.fails(MOVE, { input: { proposalId, to: 'IN_CONSULTATION', reason: 'Again.', expectedVersion: version } }, { as: youngPerson.id });
      expect(illegal.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', field: 'to' });
      expect(illegal.message).toContain('Allowed from RECOMMENDED: ENDORSED, DRAFT, DECLINED, WITHDRAWN');

      const boardOnly = await t.fails(MOVE, { input: { proposalId, to: 'ENDORSED', reason: 'We endorse it.', expectedVersion: version } }, { as: youngPerson.id });
      expect(boardOnly.extensions?.code).toBe('BAD_USER_INPUT');
      expect(boardOnly.message).toContain('ENDORSED');
    });

    it('voids the sign-offs when the proposal goes back to draft', async () => {
      const back = await t.ok(MOVE, { input: { proposalId, to: 'DRAFT', reason: 'The LAs asked for changes.', expectedVersion: version } }, { as: sectorLead.id });
      expect(back.transitionProposal.proposal).toMatchObject({ status: 'DRAFT', signOff: { signed: [], awaiting: [YP, SL], ready: false } });
    });

    it('lets a co-chair withdraw their own sign-off while in consultation', async () => {
      const p = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
      await t.ok(SIGN, { input: { proposalId: p.id } }, { as: sectorLead.id });
      const withdrawn = await t.ok(UNSIGN, { input: { proposalId: p.id } }, { as: sectorLead.id });
      expect(withdrawn.withdrawSignOff.proposal.signOff).toEqual({ signed: [], awaiting: [YP, SL], ready: false });
      const nothing = await t.fails(UNSIGN, { input: { proposalId: p.id } }, { as: sectorLead.id });
      expect(nothing.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_SIGNED' });
    });

    it('voids sign-offs when a proposal in consultation is edited', async () => {
      const p = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.IN_CONSULTATION });
      await t.ok(SIGN, { input: { proposalId: p.id } }, { as: youngPerson.id });
      const edited = await t.ok(UPDATE, { input: { proposalId: p.id, expectedVersion: p.version, summary: 'A changed offer.' } }, { as: member.id });
      expect(edited.updateProposal.proposal.signOff.signed).toEqual([]);
    });
  });

  it('does not move a House forward while a co-chair seat is empty, and says which seat', async () => {
    const houseId = (await bodyByCode(t.dataSource, 'HOUSE_HEALTH')).id;
    const sectorLead = await createPerson(t.dataSource);
    await addMembership(t.dataSource, sectorLead.id, 'HOUSE_HEALTH', SL);
    const created = await t.ok(
      CREATE,
      { input: draftInput(houseId, { title: 'Free prescriptions', category: 'HEALTH', deliveryModel: 'EACH_ICS_AREA', uascConsiderations: UASC }) },
      { as: sectorLead.id },
    );
    const p = created.createProposal.proposal;

    const refused = await t.fails(MOVE, { input: { proposalId: p.id, to: 'IN_CONSULTATION', reason: 'Consult the ICBs.', expectedVersion: p.version } }, { as: sectorLead.id });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MISSING_CO_CHAIRS' });
    expect(refused.message).toMatch(/young-person co-chair/);
    expect(refused.message).not.toMatch(/sector-lead/);

    // Stepping back is not moving forward: the remaining co-chair may still withdraw it.
    const withdrawn = await t.ok(MOVE, { input: { proposalId: p.id, to: 'WITHDRAWN', reason: 'Folded into the NHS offer.', expectedVersion: p.version } }, { as: sectorLead.id });
    expect(withdrawn.transitionProposal.proposal.status).toBe('WITHDRAWN');
  });

  it("does not count a replaced co-chair's sign-off", async () => {
    const { youngPerson, sectorLead } = await seatCoChairs(t.dataSource, 'HOUSE_TRANSPORT');
    const p = await createProposal(t.dataSource, 'HOUSE_TRANSPORT', { status: ProposalStatus.IN_CONSULTATION, category: ProposalCategory.TRANSPORT });
    await t.ok(SIGN, { input: { proposalId: p.id } }, { as: youngPerson.id });

    await t.dataSource
      .getRepository(MembershipEntity)
      .update({ personId: youngPerson.id, role: YP, endedAt: IsNull() }, { endedAt: new Date(), endReason: 'Stepped down.' });
    const successor = await createCiccMember(t.dataSource);
    await addMembership(t.dataSource, successor.id, 'HOUSE_TRANSPORT', YP);

    expect((await t.ok(GET, { id: p.id }, { as: sectorLead.id })).proposal.signOff).toEqual({ signed: [], awaiting: [YP, SL], ready: false });
    const former = await t.fails(SIGN, { input: { proposalId: p.id } }, { as: youngPerson.id });
    expect(former.extensions?.code).toBe('FORBIDDEN');

    const bySectorLead = await t.ok(SIGN, { input: { proposalId: p.id } }, { as: sectorLead.id });
    expect(bySectorLead.signOffProposal.recommended).toBe(false);
    expect(bySectorLead.signOffProposal.proposal.signOff.awaiting).toEqual([YP]);

    const bySuccessor = await t.ok(SIGN, { input: { proposalId: p.id } }, { as: successor.id });
    expect(bySuccessor.signOffProposal.recommended).toBe(true);
    expect(bySuccessor.signOffProposal.proposal.signOff.signed.map((s: { person: { id: string } }) => s.person.id).sort()).toEqual(
      [successor.id, sectorLead.id].sort(),
    );
  });

  describe('listing', () => {
    let houseId: string;
    /** A member of the Finance House, looking through its proposals. */
    let reader: PersonEntity;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      houseId = (await bodyByCode(t.dataSource, 'HOUSE_FINANCE')).id;
      reader = await createPerson(t.dataSource);
      await addMembership(t.dataSource, reader.id, 'HOUSE_FINANCE', MembershipRole.MEMBER);
      const base = Date.parse('2026-01-01T00:00:00Z');
      const rows = [
        { key: 'rent', title: 'Rent deposit guarantee', summary: 'Deposits for a first tenancy.', status: ProposalStatus.DRAFT, category: ProposalCategory.FINANCE, deliveryModel: DeliveryModel.EACH_LA },
        { key: 'tax', title: '100% council tax discount', summary: 'No council tax to 25.', status: ProposalStatus.IN_CONSULTATION, category: ProposalCategory.FINANCE, deliveryModel: DeliveryModel.EACH_LA },
        { key: 'bus', title: 'Bus_pass top-up', summary: 'Half-Price travel on buses and trams.', status: ProposalStatus.DRAFT, category: ProposalCategory.TRANSPORT, deliveryModel: DeliveryModel.SINGLE_PARTNER },
        { key: 'gym', title: 'Leisure access', summary: 'Free gym and swimming, 100 percent off.', status: ProposalStatus.WITHDRAWN, category: ProposalCategory.WELLBEING, deliveryModel: DeliveryModel.SEVERAL_PARTNERS },
      ];
      for (const [i, { key, ...row }] of rows.entries()) {
        ids[key] = (await createProposal(t.dataSource, 'HOUSE_FINANCE', { ...row, updatedAt: new Date(base + i * 3_600_000) })).id;
      }
    });

    async function titles(filter: Record<string, unknown>): Promise<string[]> {
      const data = await t.ok(LIST, { filter: { houseId, ...filter } }, { as: reader.id });
      return data.proposals.edges.map((e: { node: { id: string } }) => Object.keys(ids).find((k) => ids[k] === e.node.id));
    }

    it('lists a House’s proposals, the most recently changed first', async () => {
      expect(await titles({})).toEqual(['gym', 'bus', 'tax', 'rent']);
    });

    it('filters by status, delivery model and category', async () => {
      expect(await titles({ statuses: ['DRAFT'] })).toEqual(['bus', 'rent']);
      expect(await titles({ statuses: ['DRAFT', 'WITHDRAWN'] })).toEqual(['gym', 'bus', 'rent']);
      expect(await titles({ deliveryModel: 'SINGLE_PARTNER' })).toEqual(['bus']);
      expect(await titles({ category: 'FINANCE' })).toEqual(['tax', 'rent']);
    });

    it('searches title and summary without regard to case, taking % and _ literally', async () => {
      expect(await titles({ search: 'RENT' })).toEqual(['rent']);
      expect(await titles({ search: 'half-price' })).toEqual(['bus']);
      expect(await titles({ search: '100' })).toEqual(['gym', 'tax']);
      expect(await titles({ search: '%' })).toEqual(['tax']);
      expect(await titles({ search: '_' })).toEqual(['bus']);
      expect(await titles({ search: 'bus%pass' })).toEqual([]);
    });

    it('pages with cursors', async () => {
      const first = (await t.ok(LIST, { filter: { houseId }, first: 3 }, { as: reader.id })).proposals;
      expect(first.totalCount).toBe(4);
      expect(first.edges).toHaveLength(3);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const rest = (await t.ok(LIST, { filter: { houseId }, first: 3, after: first.pageInfo.endCursor }, { as: reader.id })).proposals;
      expect(rest.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.rent]);
      expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      const badCursor = await t.fails(LIST, { filter: { houseId }, after: 'not-a-cursor' }, { as: reader.id });
      expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('bad input', () => {
    let houseId: string;
    let chair: PersonEntity;
    beforeAll(async () => {
      houseId = (await bodyByCode(t.dataSource, 'HOUSE_ETE')).id;
      chair = (await seatCoChairs(t.dataSource, 'HOUSE_ETE')).sectorLead;
    });

    it.each([
      ['an empty title', { title: '' }, 'title'],
      ['a 5000-character title', { title: 'x'.repeat(5000) }, 'title'],
      ['an empty summary', { summary: '' }, 'summary'],
      ['a youngest age above the oldest', { minAge: 22, maxAge: 20 }, 'minAge'],
      ['an age below 16', { minAge: 15 }, 'minAge'],
      ['an age above 25', { maxAge: 30 }, 'maxAge'],
      ['a link that is not a web address', { evidenceLinks: ['not a url'] }, 'evidenceLinks'],
      ['an ftp link', { evidenceLinks: ['ftp://files.example.org/offer.pdf'] }, 'evidenceLinks'],
      ['21 links', { evidenceLinks: Array.from({ length: 21 }, (_, i) => `https://example.org/${i}`) }, 'evidenceLinks'],
      ['a malformed house id', { houseId: 'housing' }, 'houseId'],
      ['a single-partner offer with no partner', { deliveryModel: 'SINGLE_PARTNER' }, 'partnerIds'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, change, field) => {
      const error = await t.fails(CREATE, { input: draftInput(houseId, change) }, { as: chair.id });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('refuses a category that does not exist', async () => {
      const error = await t.fails(CREATE, { input: draftInput(houseId, { category: 'SPORT' }) }, { as: chair.id });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('category');
    });

    it('answers an unknown House with NOT_FOUND, and a body that is not a House with BAD_USER_INPUT', async () => {
      const unknown = await t.fails(CREATE, { input: draftInput('00000000-0000-4000-8000-000000000000') }, { as: chair.id });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'houseId' });
      const board = (await bodyByCode(t.dataSource, 'TRUST_BOARD')).id;
      const notHouse = await t.fails(CREATE, { input: draftInput(board) }, { as: chair.id });
      expect(notHouse.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_HOUSE', field: 'houseId' });
    });

    it('names an unknown partner, and takes known ones', async () => {
      const missing = '00000000-0000-4000-8000-0000000000aa';
      const unknown = await t.fails(CREATE, { input: draftInput(houseId, { deliveryModel: 'SINGLE_PARTNER', partnerIds: [missing] }) }, { as: chair.id });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PARTNER_NOT_FOUND', field: 'partnerIds' });
      expect(unknown.message).toContain(missing);

      const orgs = (await t.ok(`{ organisations { id code } }`)).organisations as { id: string; code: string }[];
      const id = (code: string) => orgs.find((o) => o.code === code)!.id;
      const one = await t.fails(CREATE, { input: draftInput(houseId, { deliveryModel: 'SEVERAL_PARTNERS', partnerIds: [id('JOHN_LEWIS')] }) }, { as: chair.id });
      expect(one.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PARTNERS_REQUIRED', field: 'partnerIds' });

      const ok = await t.ok(
        CREATE,
        { input: draftInput(houseId, { title: 'Apprenticeships', category: 'EDUCATION_TRAINING_EMPLOYMENT', deliveryModel: 'SEVERAL_PARTNERS', partnerIds: [id('JOHN_LEWIS'), id('CATCH22')], minAge: 16, maxAge: 25 }) },
        { as: chair.id },
      );
      expect(ok.createProposal.proposal.partners.map((p: { code: string }) => p.code)).toEqual(['CATCH22', 'JOHN_LEWIS']);
    });

    it('refuses a move without a reason, and an unknown proposal', async () => {
      const p = await createProposal(t.dataSource, 'HOUSE_ETE');
      const noReason = await t.fails(MOVE, { input: { proposalId: p.id, to: 'WITHDRAWN', reason: '', expectedVersion: p.version } }, { as: chair.id });
      expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const unknown = await t.fails(GET, { id: '00000000-0000-4000-8000-000000000000' }, { as: chair.id });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PROPOSAL_NOT_FOUND' });
    });
  });

  it('lists 30 proposals with house, partners, history and sign-offs in a bounded number of SQL statements', async () => {
    const { youngPerson } = await seatCoChairs(t.dataSource, 'HOUSE_RELATIONSHIPS');
    const houseId = (await bodyByCode(t.dataSource, 'HOUSE_RELATIONSHIPS')).id;
    for (let i = 0; i < 30; i += 1) {
      const p = await createProposal(t.dataSource, 'HOUSE_RELATIONSHIPS', {
        title: `Mentoring offer ${i}`,
        status: ProposalStatus.IN_CONSULTATION,
        category: ProposalCategory.RELATIONSHIPS,
        deliveryModel: DeliveryModel.SEVERAL_PARTNERS,
        createdById: youngPerson.id,
      });
      await setProposalPartners(t.dataSource, p.id, ['PYL', 'CATCH22']);
      await t.dataSource.getRepository(ProposalTransitionEntity).insert([
        { proposalId: p.id, fromStatus: null, toStatus: ProposalStatus.DRAFT, actorId: youngPerson.id, reason: 'Drafted.' },
        { proposalId: p.id, fromStatus: ProposalStatus.DRAFT, toStatus: ProposalStatus.IN_CONSULTATION, actorId: youngPerson.id, reason: 'Consult.' },
      ]);
      await t.dataSource.getRepository(ProposalSignOffEntity).insert({ proposalId: p.id, personId: youngPerson.id, role: YP, note: '' });
    }
    const query = `query($filter: ProposalFilterInput, $first: Int) { proposals(filter: $filter, first: $first) { totalCount edges { node { ${FIELDS} } } } }`;

    async function statementsFor(first: number): Promise<{ count: number; nodes: any[] }> {
      const before = t.statementCount();
      const data = await t.ok(query, { filter: { houseId }, first }, { as: youngPerson.id });
      return { count: t.statementCount() - before, nodes: data.proposals.edges.map((e: { node: unknown }) => e.node) };
    }

    const few = await statementsFor(3);
    const many = await statementsFor(30);
    expect(many.nodes).toHaveLength(30);
    for (const node of many.nodes) {
      expect(node.house.code).toBe('HOUSE_RELATIONSHIPS');
      expect(node.partners).toHaveLength(2);
      expect(node.transitions).toHaveLength(2);
      expect(node.signOff).toMatchObject({ awaiting: [SL], ready: false });
      expect(node.signOff.signed[0].person.id).toBe(youngPerson.id);
    }
    // The same bound as before sign-in, plus what a signed-in caller adds once per request whatever the page
    // size: the session check (1), the caller's roles for the privacy rule (2: memberships and grants) and the
    // privacy facts of the people shown (1, one statement for all of them).
    expect(many.count).toBeLessThanOrEqual(12 + 4);
    expect(many.count).toBe(few.count);
  });
});
