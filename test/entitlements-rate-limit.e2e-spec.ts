import { AgreementsService } from '@app/agreements';
import { DeliveryModel, ProposalStatus } from '@app/proposals';
import { createPerson, createProposal, setProposalPartners, startTestApp, TestApp } from '@app/testing';
import { ENTITLEMENTS_LIMIT } from '../apps/api/src/compact/entitlements.resolver';

const LOOKUP = `query { entitlements(responsibleAuthority: "lam", residentAuthority: "crd", age: 20) { offers { status } } }`;
const CURRENT = `{ currentCompactEdition { number } }`;

describe('Public operations are rate-limited per address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const proposal = await createProposal(t.dataSource, 'HOUSE_TRANSPORT', { deliveryModel: DeliveryModel.SINGLE_PARTNER, status: ProposalStatus.ENDORSED });
    await setProposalPartners(t.dataSource, proposal.id, ['GLA_TFL']);
    await t.app.get(AgreementsService).openAgreements(proposal.id);
    await t.dataSource.query(`UPDATE proposal SET status = 'ADOPTED' WHERE id = $1`, [proposal.id]);
    const admin = (await createPerson(t.dataSource)).id;
    await t.dataSource.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'PROGRAMME_ADMIN', 'Arranged by the test.')`, [admin]);
    await t.ok(`mutation { publishCompactEdition(input: { number: 1, title: "The Compact", publishedOn: "2024-03-05" }) { offerCount } }`, {}, { as: admin });
  });
  afterAll(async () => {
    await t.close();
  });

  it(`answers ${ENTITLEMENTS_LIMIT} look-ups a minute without a token, then asks the caller to wait`, async () => {
    for (let i = 0; i < ENTITLEMENTS_LIMIT; i += 1) {
      const res = await t.gql(LOOKUP);
      expect(res.errors).toBeUndefined();
    }
    const refused = await t.fails(LOOKUP);
    expect(refused.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(refused.message).toMatch(/^Too many requests from your address\. Wait \d+ seconds and try again\.$/);
    // Each public operation has its own allowance.
    await expect(t.ok(CURRENT)).resolves.toEqual({ currentCompactEdition: { number: 1 } });
  });
});
