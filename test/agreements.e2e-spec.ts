import { Role } from '@app/access';
import { MembershipRole } from '@app/governance';
import { DeliveryModel, ProposalStatus } from '@app/proposals';
import { AgreementsService } from '@app/agreements';
import {
  agreementsByPartyCode,
  areaByCode,
  authorityByShortCode,
  bodyByCode,
  createBodyMember,
  createEndorsedAuthorityOffers,
  createMeeting,
  createPerson,
  createProposal,
  createRepresentative,
  setProposalPartners,
  startTestApp,
  TestApp,
} from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const DECIDE = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { proposalStatus } }`;
const SET = `mutation($input: SetAgreementStatusInput!) {
  setAgreementStatus(input: $input) {
    agreement { id status reciprocity effectiveDate note evidenceUrl version updatedById partyKind party { kind name shortCode tileRow tileCol } }
  }
}`;
const BULK = `mutation($input: UpdateAuthorityAgreementsInput!) { updateAuthorityAgreements(input: $input) { agreements { id status reciprocity version } } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  agreementHistory(agreementId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { fromStatus toStatus reciprocity note changedById version } }
  }
}`;
const MATRIX = `query($filter: AgreementMatrixFilterInput) {
  agreementMatrix(filter: $filter) {
    proposals { id title status deliveryModel }
    parties { id kind name shortCode tileRow tileCol }
    cells { agreementId proposalId partyId status reciprocity effectiveDate updatedAt version }
  }
}`;
const PROGRESS = `query($id: ID!) {
  proposalProgress(proposalId: $id) {
    proposalId totalParties shareFormallyAgreedOrImplemented counts { status count }
    byIcsArea { code totalParties shareFormallyAgreedOrImplemented counts { status count } }
    bySubRegion { code totalParties shareFormallyAgreedOrImplemented counts { status count } }
    notEngaged { kind shortCode name }
  }
}`;
const LIST = `query($filter: AgreementsFilterInput, $first: Int) { agreements(filter: $filter, first: $first) { totalCount edges { node { id status party { shortCode } } } } }`;

const STATUSES = ['NOT_STARTED', 'IN_DISCUSSION', 'AGREED_IN_PRINCIPLE', 'FORMALLY_AGREED', 'IMPLEMENTED', 'DECLINED', 'NOT_APPLICABLE'];

function countsOf(list: { status: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(list.map((c) => [c.status, c.count]));
}

function zeros(overrides: Record<string, number>): Record<string, number> {
  return { ...Object.fromEntries(STATUSES.map((s) => [s, 0])), ...overrides };
}

describe('Agreement status, the matrix and progress through GraphQL', () => {
  let t: TestApp;
  let boardChair: string;
  let boardMeetingId: string;
  let lambethOfficer: string;
  let croydonOfficer: string;
  let southwarkOfficer: string;
  let camdenOfficer: string;
  let nclLead: string;
  /** A director of children's services, who reads the London grid and progress. */
  let director: string;

  beforeAll(async () => {
    t = await startTestApp();
    boardChair = (await createBodyMember(t.dataSource, 'TRUST_BOARD', MembershipRole.CHAIR)).id;
    boardMeetingId = (await createMeeting(t.dataSource, 'TRUST_BOARD')).id;
    lambethOfficer = (await createRepresentative(t.dataSource, { authority: 'lam' })).id;
    croydonOfficer = (await createRepresentative(t.dataSource, { authority: 'crd' })).id;
    southwarkOfficer = (await createRepresentative(t.dataSource, { authority: 'swr' })).id;
    camdenOfficer = (await createRepresentative(t.dataSource, { authority: 'cmd' })).id;
    nclLead = (await createRepresentative(t.dataSource, { area: 'NCL', bodyCode: 'HOUSE_HEALTH' })).id;
    director = (await createPerson(t.dataSource, { displayName: 'Director of Children’s Services' })).id;
    await grantRoleDirectly(t.dataSource, director, Role.ALDCS_VIEWER);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A recommended proposal, endorsed by a recorded Trust Board decision. */
  async function endorsed(overrides: Parameters<typeof createProposal>[2] = {}, partners: string[] = []): Promise<string> {
    const proposal = await createProposal(t.dataSource, 'HOUSE_HOUSING', { status: ProposalStatus.RECOMMENDED, ...overrides });
    if (partners.length) await setProposalPartners(t.dataSource, proposal.id, partners);
    const data = await t.ok(DECIDE, { input: { meetingId: boardMeetingId, kind: 'ENDORSE', summary: 'Endorsed.', proposalId: proposal.id } }, { as: boardChair });
    expect(data.recordDecision.proposalStatus).toBe('ENDORSED');
    return proposal.id;
  }

  async function set(as: string, input: Record<string, unknown>) {
    return (await t.ok(SET, { input }, { as })).setAgreementStatus.agreement;
  }

  describe('opening agreements on endorsement', () => {
    it('opens one NOT_STARTED row per LA for an EACH_LA offer', async () => {
      const id = await endorsed({ deliveryModel: DeliveryModel.EACH_LA });
      const data = await t.ok(LIST, { filter: { proposalId: id }, first: 100 }, { as: boardChair });
      expect(data.agreements.totalCount).toBe(33);
      expect(new Set(data.agreements.edges.map((e: { node: { status: string } }) => e.node.status))).toEqual(new Set(['NOT_STARTED']));
      expect(new Set(data.agreements.edges.map((e: { node: { party: { shortCode: string } } }) => e.node.party.shortCode)).size).toBe(33);
    });

    it('opens one row per ICS area with members for an EACH_ICS_AREA offer', async () => {
      const id = await endorsed({ deliveryModel: DeliveryModel.EACH_ICS_AREA, title: 'Free prescriptions' });
      expect(Object.keys(await agreementsByPartyCode(t.dataSource, id)).sort()).toEqual(['NCL', 'NEL', 'NWL', 'SEL', 'SWL']);
    });

    it("opens one row per partner for partner offers, and opening again adds nothing", async () => {
      const several = await endorsed({ deliveryModel: DeliveryModel.SEVERAL_PARTNERS, title: 'Apprenticeships' }, ['JOHN_LEWIS', 'ICB_NEL', 'CATCH22']);
      expect(Object.keys(await agreementsByPartyCode(t.dataSource, several)).sort()).toEqual(['CATCH22', 'ICB_NEL', 'JOHN_LEWIS']);
      const single = await endorsed({ deliveryModel: DeliveryModel.SINGLE_PARTNER, title: 'Half-price bus travel' }, ['GLA_TFL']);
      expect(Object.keys(await agreementsByPartyCode(t.dataSource, single))).toEqual(['GLA_TFL']);
      const service = t.app.get(AgreementsService);
      await expect(service.openAgreements(several)).resolves.toBe(0);
      expect(Object.keys(await agreementsByPartyCode(t.dataSource, several))).toHaveLength(3);
    });
  });

  describe('setting an agreement', () => {
    let proposalId: string;
    let rows: Record<string, { id: string; version: number }>;
    beforeAll(async () => {
      proposalId = await endorsed({ title: 'Rent deposit scheme' });
      rows = await agreementsByPartyCode(t.dataSource, proposalId);
    });

    it("lets a Lambeth officer set Lambeth's agreement, and appends history", async () => {
      const first = await set(lambethOfficer, { agreementId: rows.lam.id, status: 'IN_DISCUSSION', note: 'Going to cabinet in May.', expectedVersion: 1 });
      expect(first).toMatchObject({
        status: 'IN_DISCUSSION',
        note: 'Going to cabinet in May.',
        version: 2,
        updatedById: lambethOfficer,
        partyKind: 'LOCAL_AUTHORITY',
        party: { kind: 'LOCAL_AUTHORITY', name: 'Lambeth', shortCode: 'lam', tileRow: 4, tileCol: 3 },
      });
      const second = await set(lambethOfficer, {
        agreementId: rows.lam.id,
        status: 'FORMALLY_AGREED',
        reciprocity: 'BOTH',
        evidenceUrl: 'https://www.lambeth.gov.uk/council-tax/care-leavers',
        expectedVersion: 2,
      });
      expect(second).toMatchObject({ status: 'FORMALLY_AGREED', reciprocity: 'BOTH', note: 'Going to cabinet in May.', version: 3 });

      const history = await t.ok(HISTORY, { id: rows.lam.id, first: 1 }, { as: lambethOfficer });
      expect(history.agreementHistory.totalCount).toBe(2);
      expect(history.agreementHistory.pageInfo.hasNextPage).toBe(true);
      expect(history.agreementHistory.edges[0].node).toEqual({
        fromStatus: 'NOT_STARTED',
        toStatus: 'IN_DISCUSSION',
        reciprocity: null,
        note: 'Going to cabinet in May.',
        changedById: lambethOfficer,
        version: 2,
      });
      const next = await t.ok(HISTORY, { id: rows.lam.id, first: 5, after: history.agreementHistory.pageInfo.endCursor }, { as: lambethOfficer });
      expect(next.agreementHistory.edges.map((e: { node: { toStatus: string; version: number } }) => [e.node.toStatus, e.node.version])).toEqual([['FORMALLY_AGREED', 3]]);
    });

    it("refuses a Croydon officer changing Lambeth's agreement, and anonymous callers", async () => {
      const error = await t.fails(SET, { input: { agreementId: rows.lam.id, status: 'DECLINED', expectedVersion: 3 } }, { as: croydonOfficer });
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toContain('You represent Croydon, not Lambeth');
      const anonymous = await t.fails(SET, { input: { agreementId: rows.lam.id, status: 'DECLINED', expectedVersion: 3 } });
      expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
      const [row] = await t.dataSource.query<{ status: string; version: number }[]>(`SELECT status, version FROM agreement_status WHERE id = $1`, [rows.lam.id]);
      expect(row).toEqual({ status: 'FORMALLY_AGREED', version: 3 });
    });

    it('refuses a stale version with CONFLICT and leaves the row and its history unchanged', async () => {
      const before = await set(croydonOfficer, { agreementId: rows.crd.id, status: 'IN_DISCUSSION', expectedVersion: 1 });
      expect(before.version).toBe(2);
      const error = await t.fails(SET, { input: { agreementId: rows.crd.id, status: 'DECLINED', expectedVersion: 1 } }, { as: croydonOfficer });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', field: 'expectedVersion' });
      const [row] = await t.dataSource.query<{ status: string; version: number }[]>(`SELECT status, version FROM agreement_status WHERE id = $1`, [rows.crd.id]);
      expect(row).toEqual({ status: 'IN_DISCUSSION', version: 2 });
      expect((await t.ok(HISTORY, { id: rows.crd.id }, { as: croydonOfficer })).agreementHistory.totalCount).toBe(1);
    });

    it('enforces the rules on reciprocity, effective dates and evidence', async () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        [southwarkOfficer, { agreementId: rows.swr.id, status: 'FORMALLY_AGREED', expectedVersion: 1 }, 'BAD_USER_INPUT', 'reciprocity'],
        [southwarkOfficer, { agreementId: rows.swr.id, status: 'IMPLEMENTED', reciprocity: 'BOTH', expectedVersion: 1 }, 'BAD_USER_INPUT', 'effectiveDate'],
        [southwarkOfficer, { agreementId: rows.swr.id, status: 'IN_DISCUSSION', evidenceUrl: 'ftp://example.org/x', expectedVersion: 1 }, 'BAD_USER_INPUT', 'evidenceUrl'],
        [southwarkOfficer, { agreementId: rows.swr.id, status: 'IN_DISCUSSION', effectiveDate: '2026-13-01', expectedVersion: 1 }, 'BAD_USER_INPUT', 'effectiveDate'],
        [southwarkOfficer, { agreementId: rows.swr.id, status: 'IN_DISCUSSION', note: 'x'.repeat(2001), expectedVersion: 1 }, 'BAD_USER_INPUT', 'note'],
        [southwarkOfficer, { agreementId: '00000000-0000-4000-8000-000000000000', status: 'IN_DISCUSSION', expectedVersion: 1 }, 'NOT_FOUND', 'agreementId'],
        [southwarkOfficer, { agreementId: 'southwark', status: 'IN_DISCUSSION', expectedVersion: 1 }, 'BAD_USER_INPUT', 'agreementId'],
      ];
      for (const [as, input, code, field] of cases) {
        const error = await t.fails(SET, { input }, { as });
        expect({ input: Object.keys(input), code: error.extensions?.code, field: error.extensions?.field }).toEqual({ input: Object.keys(input), code, field });
      }
      const implemented = await set(southwarkOfficer, {
        agreementId: rows.swr.id,
        status: 'IMPLEMENTED',
        reciprocity: 'OWN_CARE_LEAVERS_ANYWHERE',
        effectiveDate: '2026-04-01',
        expectedVersion: 1,
      });
      expect(implemented).toMatchObject({ status: 'IMPLEMENTED', effectiveDate: '2026-04-01', version: 2 });
    });

    it('refuses reciprocity for an ICS area, and lets the area lead set its status', async () => {
      const areaOffer = await endorsed({ deliveryModel: DeliveryModel.EACH_ICS_AREA, title: 'Mental health offer' });
      const areas = await agreementsByPartyCode(t.dataSource, areaOffer);
      const error = await t.fails(SET, { input: { agreementId: areas.NCL.id, status: 'FORMALLY_AGREED', reciprocity: 'BOTH', expectedVersion: 1 } }, { as: nclLead });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reciprocity' });
      const agreed = await set(nclLead, { agreementId: areas.NCL.id, status: 'FORMALLY_AGREED', expectedVersion: 1 });
      expect(agreed).toMatchObject({ status: 'FORMALLY_AGREED', reciprocity: null, party: { kind: 'ICS_AREA', shortCode: 'NCL', tileRow: null } });
      const lambeth = await t.fails(SET, { input: { agreementId: areas.SEL.id, status: 'IN_DISCUSSION', expectedVersion: 1 } }, { as: lambethOfficer });
      expect(lambeth.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe("updating many of one LA's agreements at once", () => {
    let offers: string[];
    let lam: { id: string; version: number }[];
    let lambethId: string;
    beforeAll(async () => {
      lambethId = (await authorityByShortCode(t.dataSource, 'lam')).id;
      offers = [await endorsed({ title: 'Bulk A' }), await endorsed({ title: 'Bulk B' }), await endorsed({ title: 'Bulk C' })];
      lam = await Promise.all(offers.map(async (p) => (await agreementsByPartyCode(t.dataSource, p)).lam));
    });

    async function lambethRows() {
      return await t.dataSource.query<{
        id: string;
        status: string;
        version: number;
      }[]>(`SELECT id, status, version FROM agreement_status WHERE id = ANY($1::uuid[]) ORDER BY id`, [lam.map((r) => r.id)]);
    }

    it('writes nothing when one item is bad, naming the item', async () => {
      const before = await lambethRows();
      const stale = await t.fails(
        BULK,
        {
          input: {
            authorityId: lambethId,
            items: [
              { agreementId: lam[0].id, status: 'IN_DISCUSSION', expectedVersion: 1 },
              { agreementId: lam[1].id, status: 'AGREED_IN_PRINCIPLE', expectedVersion: 1 },
              { agreementId: lam[2].id, status: 'IN_DISCUSSION', expectedVersion: 7 },
            ],
          },
        },
        { as: lambethOfficer },
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'items.2.expectedVersion' });

      const rule = await t.fails(
        BULK,
        {
          input: {
            authorityId: lambethId,
            items: [
              { agreementId: lam[0].id, status: 'IN_DISCUSSION', expectedVersion: 1 },
              { agreementId: lam[1].id, status: 'FORMALLY_AGREED', expectedVersion: 1 },
            ],
          },
        },
        { as: lambethOfficer },
      );
      expect(rule.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.1.reciprocity' });

      const croydonRow = (await agreementsByPartyCode(t.dataSource, offers[0])).crd;
      const otherLa = await t.fails(
        BULK,
        { input: { authorityId: lambethId, items: [{ agreementId: lam[0].id, status: 'IN_DISCUSSION', expectedVersion: 1 }, { agreementId: croydonRow.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } },
        { as: lambethOfficer },
      );
      expect(otherLa.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.1.agreementId' });

      const validation = await t.fails(BULK, { input: { authorityId: lambethId, items: [{ agreementId: lam[0].id, status: 'IN_DISCUSSION', expectedVersion: 0 }] } }, { as: lambethOfficer });
      expect(validation.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.expectedVersion' });
      const empty = await t.fails(BULK, { input: { authorityId: lambethId, items: [] } }, { as: lambethOfficer });
      expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });

      const forbidden = await t.fails(BULK, { input: { authorityId: lambethId, items: [{ agreementId: lam[0].id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } }, { as: croydonOfficer });
      expect(forbidden.extensions?.code).toBe('FORBIDDEN');

      expect(await lambethRows()).toEqual(before);
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM agreement_status_history WHERE agreement_id = ANY($1::uuid[])`, [lam.map((r) => r.id)]);
      expect(n).toBe(0);
    });

    it('applies every item together when all are good', async () => {
      const data = await t.ok(
        BULK,
        {
          input: {
            authorityId: lambethId,
            items: [
              { agreementId: lam[2].id, status: 'FORMALLY_AGREED', reciprocity: 'ANY_CARE_LEAVER_RESIDENT', expectedVersion: 1 },
              { agreementId: lam[0].id, status: 'IN_DISCUSSION', expectedVersion: 1 },
              { agreementId: lam[1].id, status: 'NOT_APPLICABLE', expectedVersion: 1 },
            ],
          },
        },
        { as: lambethOfficer },
      );
      expect(data.updateAuthorityAgreements.agreements.map((a: { id: string; status: string; version: number }) => [a.id, a.status, a.version])).toEqual([
        [lam[2].id, 'FORMALLY_AGREED', 2],
        [lam[0].id, 'IN_DISCUSSION', 2],
        [lam[1].id, 'NOT_APPLICABLE', 2],
      ]);
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM agreement_status_history WHERE agreement_id = ANY($1::uuid[])`, [lam.map((r) => r.id)]);
      expect(n).toBe(3);
    });
  });

  describe('many of one party’s agreements at once, for any kind of party', () => {
    const PARTY_BULK = `mutation($input: UpdatePartyAgreementsInput!) { updatePartyAgreements(input: $input) { agreements { id status version partyKind } } }`;

    it('lets an ICS area’s lead set its rows on two offers in one update, and refuses others’ rows, other people and unknown parties', async () => {
      const prescriptions = await endorsed({ deliveryModel: DeliveryModel.EACH_ICS_AREA, title: 'Free dental check-ups' });
      const therapy = await endorsed({ deliveryModel: DeliveryModel.EACH_ICS_AREA, title: 'Talking therapy without a wait' });
      const [first, second] = [await agreementsByPartyCode(t.dataSource, prescriptions), await agreementsByPartyCode(t.dataSource, therapy)];
      const ncl = (await areaByCode(t.dataSource, 'NCL')).id;

      const notOurs = await t.fails(PARTY_BULK, { input: { partyId: ncl, items: [{ agreementId: first.NCL.id, status: 'IN_DISCUSSION', expectedVersion: 1 }, { agreementId: second.SEL.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } }, { as: nclLead });
      expect(notOurs.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_THIS_PARTY', field: 'items.1.agreementId' });
      const byLambeth = await t.fails(PARTY_BULK, { input: { partyId: ncl, items: [{ agreementId: first.NCL.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } }, { as: lambethOfficer });
      expect(byLambeth.extensions?.code).toBe('FORBIDDEN');
      const unknown = await t.fails(PARTY_BULK, { input: { partyId: '00000000-0000-4000-8000-000000000000', items: [{ agreementId: first.NCL.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } }, { as: nclLead });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PARTY_NOT_FOUND', field: 'partyId' });
      expect((await agreementsByPartyCode(t.dataSource, prescriptions)).NCL.version).toBe(1);

      const data = await t.ok(
        PARTY_BULK,
        { input: { partyId: ncl, items: [{ agreementId: first.NCL.id, status: 'FORMALLY_AGREED', expectedVersion: 1 }, { agreementId: second.NCL.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } },
        { as: nclLead },
      );
      expect(data.updatePartyAgreements.agreements).toEqual([
        { id: first.NCL.id, status: 'FORMALLY_AGREED', version: 2, partyKind: 'ICS_AREA' },
        { id: second.NCL.id, status: 'IN_DISCUSSION', version: 2, partyKind: 'ICS_AREA' },
      ]);
      const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM agreement_status_history WHERE agreement_id = ANY($1::uuid[])`, [[first.NCL.id, second.NCL.id]]);
      expect(n).toBe(2);
    });

    it('names any party by id, of each kind, and answers an unknown id with NOT_FOUND', async () => {
      const PARTY = `query($id: ID!) { agreementParty(id: $id) { id kind name shortCode } }`;
      const ncl = (await areaByCode(t.dataSource, 'NCL')).id;
      const lambeth = (await authorityByShortCode(t.dataSource, 'lam')).id;
      const [tfl] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM organisation WHERE code = 'GLA_TFL'`);
      expect((await t.ok(PARTY, { id: ncl }, { as: nclLead })).agreementParty).toMatchObject({ id: ncl, kind: 'ICS_AREA', shortCode: 'NCL' });
      expect((await t.ok(PARTY, { id: lambeth }, { as: nclLead })).agreementParty).toEqual({ id: lambeth, kind: 'LOCAL_AUTHORITY', name: 'Lambeth', shortCode: 'lam' });
      expect((await t.ok(PARTY, { id: tfl.id }, { as: nclLead })).agreementParty).toMatchObject({ kind: 'ORGANISATION', shortCode: 'GLA_TFL' });
      const unknown = await t.gql(PARTY, { id: '00000000-0000-4000-8000-000000000000' }, { as: nclLead });
      expect(unknown.data).toEqual({ agreementParty: null });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PARTY_NOT_FOUND' });
    });

    it('works the same for a local authority’s officers as updateAuthorityAgreements', async () => {
      const offer = await endorsed({ deliveryModel: DeliveryModel.EACH_LA, title: 'Free gym membership' });
      const rows = await agreementsByPartyCode(t.dataSource, offer);
      const lambeth = (await authorityByShortCode(t.dataSource, 'lam')).id;
      const data = await t.ok(PARTY_BULK, { input: { partyId: lambeth, items: [{ agreementId: rows.lam.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } }, { as: lambethOfficer });
      expect(data.updatePartyAgreements.agreements).toEqual([{ id: rows.lam.id, status: 'IN_DISCUSSION', version: 2, partyKind: 'LOCAL_AUTHORITY' }]);
      const croydon = await t.fails(PARTY_BULK, { input: { partyId: lambeth, items: [{ agreementId: rows.crd.id, status: 'IN_DISCUSSION', expectedVersion: 1 }] } }, { as: lambethOfficer });
      expect(croydon.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_THIS_PARTY', field: 'items.0.agreementId' });
    });
  });

  describe('the directors’ views', () => {
    let proposalId: string;
    beforeAll(async () => {
      proposalId = await endorsed({ title: 'Council tax exemption to 25' });
      const rows = await agreementsByPartyCode(t.dataSource, proposalId);
      await set(lambethOfficer, { agreementId: rows.lam.id, status: 'FORMALLY_AGREED', reciprocity: 'BOTH', expectedVersion: 1 });
      await set(southwarkOfficer, { agreementId: rows.swr.id, status: 'IMPLEMENTED', reciprocity: 'OWN_CARE_LEAVERS_ANYWHERE', effectiveDate: '2025-04-01', expectedVersion: 1 });
      await set(croydonOfficer, { agreementId: rows.crd.id, status: 'DECLINED', note: 'Budget pressures.', expectedVersion: 1 });
      await set(camdenOfficer, { agreementId: rows.cmd.id, status: 'IN_DISCUSSION', expectedVersion: 1 });
    });

    it('gives exact progress overall, by ICS area and by sub-region', async () => {
      const { proposalProgress: p } = await t.ok(PROGRESS, { id: proposalId }, { as: director });
      expect(p.totalParties).toBe(33);
      expect(countsOf(p.counts)).toEqual(zeros({ NOT_STARTED: 29, IN_DISCUSSION: 1, FORMALLY_AGREED: 1, IMPLEMENTED: 1, DECLINED: 1 }));
      expect(p.counts.map((c: { status: string }) => c.status)).toEqual(STATUSES);
      expect(p.shareFormallyAgreedOrImplemented).toBeCloseTo(2 / 33, 10);

      const ics = Object.fromEntries(p.byIcsArea.map((a: { code: string }) => [a.code, a]));
      expect(Object.keys(ics)).toEqual(['NCL', 'NEL', 'NWL', 'SEL', 'SWL']);
      expect(ics.SEL.totalParties).toBe(6);
      expect(countsOf(ics.SEL.counts)).toEqual(zeros({ NOT_STARTED: 4, FORMALLY_AGREED: 1, IMPLEMENTED: 1 }));
      expect(ics.SEL.shareFormallyAgreedOrImplemented).toBeCloseTo(2 / 6, 10);
      expect(countsOf(ics.SWL.counts)).toEqual(zeros({ NOT_STARTED: 5, DECLINED: 1 }));
      expect(countsOf(ics.NCL.counts)).toEqual(zeros({ NOT_STARTED: 4, IN_DISCUSSION: 1 }));
      expect(ics.NEL).toMatchObject({ totalParties: 8, shareFormallyAgreedOrImplemented: 0 });

      const sub = Object.fromEntries(p.bySubRegion.map((a: { code: string }) => [a.code, a]));
      expect(Object.keys(sub)).toEqual(['CLF', 'LL', 'SLP', 'WLA']);
      expect(sub.CLF.totalParties).toBe(12);
      expect(countsOf(sub.CLF.counts)).toEqual(zeros({ NOT_STARTED: 9, IN_DISCUSSION: 1, FORMALLY_AGREED: 1, IMPLEMENTED: 1 }));
      expect(sub.CLF.shareFormallyAgreedOrImplemented).toBeCloseTo(2 / 12, 10);
      expect(countsOf(sub.SLP.counts)).toEqual(zeros({ NOT_STARTED: 4, DECLINED: 1 }));

      expect(p.notEngaged).toHaveLength(29);
      const notEngaged = p.notEngaged.map((x: { shortCode: string }) => x.shortCode);
      expect(notEngaged).not.toEqual(expect.arrayContaining(['lam']));
      expect(notEngaged).toEqual(expect.arrayContaining(['brm', 'cty']));
    });

    it('shows the London grid for one offer, restricted to an area and to statuses', async () => {
      const sel = await areaByCode(t.dataSource, 'SEL');
      const { agreementMatrix: m } = await t.ok(MATRIX, { filter: { proposalIds: [proposalId], areaId: sel.id } }, { as: director });
      expect(m.proposals).toEqual([{ id: proposalId, title: 'Council tax exemption to 25', status: 'ENDORSED', deliveryModel: 'EACH_LA' }]);
      expect(m.parties.map((p: { shortCode: string }) => p.shortCode).sort()).toEqual(['brm', 'bxl', 'grn', 'lam', 'lsh', 'swr']);
      expect(m.parties.find((p: { shortCode: string }) => p.shortCode === 'lam')).toMatchObject({ kind: 'LOCAL_AUTHORITY', name: 'Lambeth', tileRow: 4, tileCol: 3 });
      expect(m.cells).toHaveLength(6);
      const lamId = m.parties.find((p: { shortCode: string }) => p.shortCode === 'lam').id;
      expect(m.cells.find((c: { partyId: string }) => c.partyId === lamId)).toMatchObject({ status: 'FORMALLY_AGREED', reciprocity: 'BOTH', version: 2 });

      const agreed = await t.ok(MATRIX, { filter: { proposalIds: [proposalId], statuses: ['FORMALLY_AGREED', 'IMPLEMENTED'] } }, { as: director });
      expect(agreed.agreementMatrix.cells.map((c: { status: string; effectiveDate: string | null }) => [c.status, c.effectiveDate]).sort()).toEqual([
        ['FORMALLY_AGREED', null],
        ['IMPLEMENTED', '2025-04-01'],
      ]);
      expect(agreed.agreementMatrix.parties).toHaveLength(2);

      const house = await bodyByCode(t.dataSource, 'HOUSE_HOUSING');
      const byKind = await t.ok(MATRIX, { filter: { houseId: house.id, partyKind: 'ICS_AREA' } }, { as: director });
      expect(byKind.agreementMatrix.parties.map((p: { shortCode: string }) => p.shortCode)).toEqual(['NCL', 'NEL', 'NWL', 'SEL', 'SWL']);
      expect(byKind.agreementMatrix.cells.every((c: { proposalId: string }) => byKind.agreementMatrix.proposals.some((p: { id: string }) => p.id === c.proposalId))).toBe(true);
    });

    it('answers unknown filters with NOT_FOUND or BAD_USER_INPUT', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await t.fails(MATRIX, { filter: { areaId: unknown } }, { as: director })).extensions?.code).toBe('NOT_FOUND');
      const board = await bodyByCode(t.dataSource, 'TRUST_BOARD');
      expect((await t.fails(MATRIX, { filter: { houseId: board.id } }, { as: director })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await t.fails(PROGRESS, { id: unknown }, { as: director })).extensions?.code).toBe('NOT_FOUND');
      expect((await t.fails(MATRIX, { filter: { proposalIds: ['nope'] } }, { as: director })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('builds the matrix for 300 offers × 33 LAs in the same few statements as for 3', async () => {
      const many = await createEndorsedAuthorityOffers(t.dataSource, 300, 'HOUSE_FINANCE');
      const few = await createEndorsedAuthorityOffers(t.dataSource, 3, 'HOUSE_TRANSPORT');
      const finance = await bodyByCode(t.dataSource, 'HOUSE_FINANCE');
      const transport = await bodyByCode(t.dataSource, 'HOUSE_TRANSPORT');
      const measure = async (houseId: string) => {
        const before = t.statementCount();
        const data = await t.ok(MATRIX, { filter: { houseId, partyKind: 'LOCAL_AUTHORITY' } }, { as: director });
        return { statements: t.statementCount() - before, matrix: data.agreementMatrix };
      };
      const small = await measure(transport.id);
      const large = await measure(finance.id);
      expect(small.matrix.proposals).toHaveLength(3);
      expect(small.matrix.cells).toHaveLength(3 * 33);
      expect(large.matrix.proposals).toHaveLength(300);
      expect(large.matrix.parties).toHaveLength(33);
      expect(large.matrix.cells).toHaveLength(300 * 33);
      expect(new Set(large.matrix.proposals.map((p: { id: string }) => p.id))).toEqual(new Set(many));
      expect(new Set(small.matrix.proposals.map((p: { id: string }) => p.id))).toEqual(new Set(few));
      expect(large.statements).toBe(small.statements);
      // At most 5 for the matrix itself, plus a fixed 3 that sign-in adds to every request to a role-gated
      // operation: the open-session check on the access token, then the caller's memberships and grants.
      expect(large.statements).toBeLessThanOrEqual(5 + 3);
    });

    it('gives the same cells as parallel lists in `columns`, in the same order, times to the millisecond', async () => {
      const [proposalId] = await createEndorsedAuthorityOffers(t.dataSource, 1, 'HOUSE_HEALTH');
      await t.dataSource.query(
        `UPDATE agreement_status SET status = 'FORMALLY_AGREED', reciprocity = 'BOTH', updated_at = '2026-03-04T05:06:07.891234Z' WHERE proposal_id = $1 AND local_authority_id = (SELECT id FROM local_authority WHERE short_code = 'cmd')`,
        [proposalId],
      );
      const COLUMNS = `query($filter: AgreementMatrixFilterInput) { agreementMatrix(filter: $filter) {
        cells { agreementId proposalId partyId status reciprocity effectiveDate updatedAt version }
        columns { agreementIds proposalIds partyIds statuses reciprocities effectiveDates updatedAts versions } } }`;
      const { agreementMatrix: m } = await t.ok(COLUMNS, { filter: { proposalIds: [proposalId] } }, { as: director });
      expect(m.cells).toHaveLength(33);
      type Cell = { agreementId: string; proposalId: string; partyId: string; status: string; reciprocity: string | null; effectiveDate: string | null; updatedAt: string; version: number };
      const c = m.columns;
      const rebuilt = c.agreementIds.map((agreementId: string, i: number) => ({
        agreementId, proposalId: c.proposalIds[i], partyId: c.partyIds[i], status: c.statuses[i], reciprocity: c.reciprocities[i],
        effectiveDate: c.effectiveDates[i], updatedAt: c.updatedAts[i], version: c.versions[i],
      }));
      expect(rebuilt).toEqual(m.cells);
      expect((m.cells as Cell[]).filter((cell) => cell.status === 'FORMALLY_AGREED')).toEqual([
        expect.objectContaining({ reciprocity: 'BOTH', updatedAt: '2026-03-04T05:06:07.891Z' }),
      ]);
    });
  });
});
