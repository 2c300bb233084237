import { Role } from '@app/access';
import { AgreementsService } from '@app/agreements';
import { DeliveryModel, ProposalCategory, ProposalStatus } from '@app/proposals';
import { RollupsService } from '@app/rollups';
import { agreementsByPartyCode, createPerson, createProposal, createRepresentative, startTestApp, TestApp } from '@app/testing';
import { grantRoleDirectly } from './support/access-fixtures';

const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { version } } }`;
const REVISE = `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { wordingVersion } } }`;
const CONFIRM = `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { reconfirmationNeeded } } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { version } }`;
const OVERVIEW = `{
  boardOverview { houses { house { code } agreementParties agreementsAgreed agreementsImplemented agreementsAwaitingReconfirmation
                           offersOutForAgreement offersAgreedEverywhere offersInPlaceEverywhere } }
}`;
const PROGRESS = `query($id: ID!) {
  proposalProgress(proposalId: $id) {
    totalParties agreed implemented awaitingReconfirmation shareAgreed shareImplemented counts { status count }
    byIcsArea { code agreed implemented }
    localAuthorityCoverage {
      localAuthorities agreed implemented
      byIcsArea { code localAuthorities agreed implemented }
      bySubRegion { code localAuthorities agreed implemented }
    }
  }
}`;
const MATRIX = `query($ids: [ID!]) { agreementMatrix(filter: { proposalIds: $ids }) { parties { id shortCode } cells { partyId status reconfirmationNeeded } } }`;
const HISTORY = `query($id: ID!) { proposalProgressHistory(proposalId: $id) { edges { node { agreed implemented awaitingReconfirmation shareAgreed shareImplemented } } } }`;

const AREAS = ['NCL', 'NEL', 'NWL', 'SEL', 'SWL'];

describe('Agreed and in place, reported apart: free prescriptions as in the briefing', () => {
  let t: TestApp;
  let director: string;
  let admin: string;
  let prescriptions: string;
  const officers: Record<string, string> = {};

  async function record(code: string, input: Record<string, unknown>): Promise<void> {
    const row = (await agreementsByPartyCode(t.dataSource, prescriptions))[code];
    await t.ok(SET, { input: { agreementId: row.id, expectedVersion: row.version, ...input } }, { as: officers[code] });
  }
  const health = async () => (await t.ok(OVERVIEW, {}, { as: director })).boardOverview.houses.find((h: { house: { code: string } }) => h.house.code === 'HOUSE_HEALTH');
  const progress = async () => (await t.ok(PROGRESS, { id: prescriptions }, { as: director })).proposalProgress;

  beforeAll(async () => {
    t = await startTestApp();
    director = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, director, Role.ALDCS_VIEWER);
    admin = (await createPerson(t.dataSource)).id;
    await grantRoleDirectly(t.dataSource, admin, Role.PROGRAMME_ADMIN);
    for (const area of AREAS) officers[area] = (await createRepresentative(t.dataSource, { area })).id;
    const proposal = await createProposal(t.dataSource, 'HOUSE_HEALTH', {
      title: 'Free prescriptions',
      category: ProposalCategory.HEALTH,
      deliveryModel: DeliveryModel.EACH_ICS_AREA,
      status: ProposalStatus.ENDORSED,
    });
    prescriptions = proposal.id;
    await t.app.get(AgreementsService).openAgreements(prescriptions);

    // Funding agreed by all five ICS areas; delivery in two (South West and North East London).
    for (const area of AREAS) await record(area, { status: 'FORMALLY_AGREED' });
    for (const area of ['SWL', 'NEL']) await record(area, { status: 'IMPLEMENTED', effectiveDate: '2022-12-01' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the House agreed by every area but in place in two, not as complete', async () => {
    await expect(health()).resolves.toEqual({
      house: { code: 'HOUSE_HEALTH' },
      agreementParties: 5,
      agreementsAgreed: 5,
      agreementsImplemented: 2,
      agreementsAwaitingReconfirmation: 0,
      offersOutForAgreement: 1,
      offersAgreedEverywhere: 1,
      offersInPlaceEverywhere: 0,
    });
  });

  it("breaks an ICS offer's progress down by the local authorities each area's agreement reaches", async () => {
    const p = await progress();
    expect(p).toMatchObject({ totalParties: 5, agreed: 5, implemented: 2, awaitingReconfirmation: 0, shareAgreed: 1, shareImplemented: 0.4 });
    expect(p.localAuthorityCoverage).toMatchObject({ localAuthorities: 33, agreed: 33, implemented: 14 });
    expect(p.localAuthorityCoverage.byIcsArea).toEqual([
      { code: 'NCL', localAuthorities: 5, agreed: 5, implemented: 0 },
      { code: 'NEL', localAuthorities: 8, agreed: 8, implemented: 8 },
      { code: 'NWL', localAuthorities: 8, agreed: 8, implemented: 0 },
      { code: 'SEL', localAuthorities: 6, agreed: 6, implemented: 0 },
      { code: 'SWL', localAuthorities: 6, agreed: 6, implemented: 6 },
    ]);
    const bySub = Object.fromEntries(p.localAuthorityCoverage.bySubRegion.map((s: { code: string }) => [s.code, s]));
    // South London Partnership: Croydon, Kingston, Merton, Richmond, Sutton, all in South West London.
    expect(bySub.SLP).toEqual({ code: 'SLP', localAuthorities: 5, agreed: 5, implemented: 5 });
    expect(p.localAuthorityCoverage.bySubRegion.reduce((n: number, s: { localAuthorities: number }) => n + s.localAuthorities, 0)).toBe(32); // Bromley is in none
  });

  it('after a revision, counts parties that have not confirmed it as neither agreed nor in place, everywhere', async () => {
    const { proposal } = await t.ok(PROPOSAL, { id: prescriptions }, { as: admin });
    await t.ok(REVISE, { input: { proposalId: prescriptions, expectedVersion: proposal.version, reason: 'Board: include dental charges.', summary: 'Free prescriptions and NHS dental treatment.' } }, { as: admin });

    const matrix = (await t.ok(MATRIX, { ids: [prescriptions] }, { as: director })).agreementMatrix;
    expect(matrix.cells).toHaveLength(5);
    expect(matrix.cells.every((c: { reconfirmationNeeded: boolean }) => c.reconfirmationNeeded)).toBe(true);

    expect(await progress()).toMatchObject({ agreed: 0, implemented: 0, awaitingReconfirmation: 5, shareAgreed: 0, shareImplemented: 0 });
    await expect(health()).resolves.toMatchObject({ agreementsAgreed: 0, agreementsImplemented: 0, agreementsAwaitingReconfirmation: 5, offersAgreedEverywhere: 0 });

    const swl = (await agreementsByPartyCode(t.dataSource, prescriptions)).SWL;
    await t.ok(CONFIRM, { input: { agreementId: swl.id, expectedVersion: swl.version } }, { as: officers.SWL });
    const after = await progress();
    expect(after).toMatchObject({ agreed: 1, implemented: 1, awaitingReconfirmation: 4 });
    expect(after.counts.find((c: { status: string }) => c.status === 'IMPLEMENTED').count).toBe(2);
    expect(after.localAuthorityCoverage).toMatchObject({ agreed: 6, implemented: 6 });

    // The stored rollup and the day's snapshot carry the same split.
    await t.app.get(RollupsService).recomputeAll();
    expect(await progress()).toMatchObject({ agreed: 1, implemented: 1, awaitingReconfirmation: 4 });
    const history = (await t.ok(HISTORY, { id: prescriptions }, { as: director })).proposalProgressHistory.edges;
    expect(history.map((e: { node: unknown }) => e.node)).toEqual([{ agreed: 1, implemented: 1, awaitingReconfirmation: 4, shareAgreed: 0.2, shareImplemented: 0.2 }]);
  });
});
