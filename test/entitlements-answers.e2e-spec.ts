import { AgreementsService } from '@app/agreements';
import { DeliveryModel, ProposalCategory, ProposalStatus } from '@app/proposals';
import { agreementsByPartyCode, createPerson, createProposal, createRepresentative, startTestApp, TestApp } from '@app/testing';

const LOOKUP = `query($r: String!, $l: String!, $age: Int!, $on: Date) {
  entitlements(responsibleAuthority: $r, residentAuthority: $l, age: $age, on: $on) {
    answeredFrom edition { number publishedOn } on
    offers { offer { title wordingVersion } status reason explanation howToAccess providers { kind name } notAgreedBy { kind name } }
  }
}`;
const PUBLISH = `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { offerCount } }`;
const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status reciprocity version } } }`;
const REVISE = `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { version wordingVersion } } }`;
const CONFIRM = `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { reconfirmationNeeded } } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { version } }`;

type Row = {
  offer: { title: string; wordingVersion: number };
  status: string;
  reason: string;
  explanation: string;
  howToAccess: string | null;
  providers: { kind: string; name: string }[];
  notAgreedBy: { kind: string; name: string }[];
};

describe('Entitlement answers: real London cases', () => {
  let t: TestApp;
  let admin: string;
  const officers: Record<string, string> = {};
  let councilTax: string;
  let prescriptions: string;

  /** Offers adopted with their agreement rows opened, as an endorsement would (the API cannot adopt without a whole Trust Board cycle). */
  async function adoptedOffer(title: string, deliveryModel: DeliveryModel, houseCode: string, category: ProposalCategory): Promise<string> {
    const proposal = await createProposal(t.dataSource, houseCode, { title, category, deliveryModel, status: ProposalStatus.ENDORSED });
    await t.app.get(AgreementsService).openAgreements(proposal.id);
    await t.dataSource.query(`UPDATE proposal SET status = 'ADOPTED' WHERE id = $1`, [proposal.id]);
    return proposal.id;
  }

  /** A party's officer records its position through the API. */
  async function record(proposalId: string, code: string, input: Record<string, unknown>): Promise<{ status: string; reciprocity: string | null }> {
    const row = (await agreementsByPartyCode(t.dataSource, proposalId))[code];
    const res = await t.ok(SET, { input: { agreementId: row.id, expectedVersion: row.version, ...input } }, { as: officers[code] });
    return res.setAgreementStatus.agreement;
  }

  async function lookup(r: string, l: string, on: string): Promise<{ answeredFrom: string; edition: { number: number }; rows: Record<string, Row> }> {
    const res = await t.ok(LOOKUP, { r, l, age: 20, on });
    return {
      answeredFrom: res.entitlements.answeredFrom,
      edition: res.entitlements.edition,
      rows: Object.fromEntries((res.entitlements.offers as Row[]).map((o) => [o.offer.title, o])),
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await createPerson(t.dataSource)).id;
    await t.dataSource.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'PROGRAMME_ADMIN', 'Arranged by the test.')`, [admin]);
    for (const la of ['kng', 'cmd', 'crd', 'stn']) officers[la] = (await createRepresentative(t.dataSource, { authority: la })).id;
    for (const area of ['NCL', 'SWL']) officers[area] = (await createRepresentative(t.dataSource, { area })).id;
    councilTax = await adoptedOffer('Council tax exemption to 25', DeliveryModel.EACH_LA, 'HOUSE_HOUSING', ProposalCategory.HOUSING);
    prescriptions = await adoptedOffer('Free prescriptions', DeliveryModel.EACH_ICS_AREA, 'HOUSE_HEALTH', ProposalCategory.HEALTH);
    // Edition 1: nobody has agreed council tax yet; North Central London gives free prescriptions.
    await record(prescriptions, 'NCL', { status: 'IMPLEMENTED', effectiveDate: '2024-01-01' });
    await t.ok(PUBLISH, { input: { number: 1, title: 'The Compact', publishedOn: '2024-03-05' } }, { as: admin });
  });
  afterAll(async () => {
    await t.close();
  });

  it("records Kingston's rule: its own care leavers, only while they live in Kingston", async () => {
    await expect(record(councilTax, 'kng', { status: 'IMPLEMENTED', reciprocity: 'OWN_CARE_LEAVERS_RESIDENT', effectiveDate: '2025-04-01' })).resolves.toMatchObject({
      status: 'IMPLEMENTED',
      reciprocity: 'OWN_CARE_LEAVERS_RESIDENT',
    });
    await t.ok(PUBLISH, { input: { number: 2, title: 'Second edition', publishedOn: '2025-05-01' } }, { as: admin });

    const csv = await t.http().get('/exports/agreement-matrix.csv').set('authorization', `Bearer ${await t.tokenFor(admin)}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(/Kingston upon Thames,kng,IMPLEMENTED,OWN_CARE_LEAVERS_RESIDENT,2025-04-01/);
  });

  it('tells a Kingston care leaver in Kingston that Kingston provides it, and one living in Sutton that it does not', async () => {
    const home = (await lookup('Kingston upon Thames', 'Kingston upon Thames', '2025-06-01')).rows['Council tax exemption to 25'];
    expect(home).toMatchObject({ status: 'AVAILABLE', reason: 'SAME_AUTHORITY', providers: [{ name: 'Kingston upon Thames' }] });

    const away = (await lookup('kng', 'Sutton', '2025-06-01')).rows['Council tax exemption to 25'];
    expect(away).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'NOT_COVERED_BY_RECIPROCITY', providers: [] });
    expect(away.explanation).toBe(
      "Kingston upon Thames provides it only to its own care leavers, and only while they live in it, so not to you. Sutton, where you live, has not agreed this offer yet. You are Kingston upon Thames's care leaver living in Sutton.",
    );
    expect(away.notAgreedBy).toEqual([{ kind: 'LOCAL_AUTHORITY', name: 'Sutton' }]);
    expect(away.howToAccess).toBe(
      "Ask your personal adviser at Kingston upon Thames what Kingston upon Thames's own local offer for care leavers gives you instead; they can also ask Sutton to agree this offer.",
    );
  });

  it('tells a Camden care leaver living in Kingston that Camden has not agreed it, and what to do', async () => {
    const row = (await lookup('Camden', 'Kingston upon Thames', '2025-06-01')).rows['Council tax exemption to 25'];
    expect(row).toMatchObject({ status: 'NOT_AVAILABLE', providers: [], notAgreedBy: [{ kind: 'LOCAL_AUTHORITY', name: 'Camden' }] });
    expect(row.explanation).toContain('Camden, which is responsible for you, has not agreed this offer yet.');
    expect(row.howToAccess).toBe(
      "Ask your personal adviser at Camden what Camden's own local offer for care leavers gives you instead; they can also ask Camden to agree this offer.",
    );
  });

  it("tells a Croydon care leaver living in Camden that their own area, NHS South West London, has not agreed free prescriptions", async () => {
    const row = (await lookup('Croydon', 'Camden', '2025-06-01')).rows['Free prescriptions'];
    expect(row).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'NOT_YET_AGREED', providers: [], notAgreedBy: [{ kind: 'ICS_AREA', name: 'NHS South West London' }] });
    expect(row.explanation).toMatch(/^NHS South West London \(the area of Croydon, which is responsible for you\) has not agreed this offer yet\./);
    expect(row.howToAccess).toContain('they can also ask NHS South West London to agree this offer');

    const camden = (await lookup('Camden', 'Camden', '2025-06-01')).rows['Free prescriptions'];
    expect(camden).toMatchObject({ status: 'AVAILABLE', providers: [{ kind: 'ICS_AREA', name: 'NHS North Central London' }] });
  });

  it('says which edition answered, and answers a past date from the edition in force then', async () => {
    const now = await lookup('kng', 'kng', '2025-06-01');
    expect(now.edition.number).toBe(2);
    expect(now.answeredFrom).toBe('Edition 2 of the Compact, dated 1 May 2025');

    // In June 2024 edition 1 was in force, in which Kingston had not agreed.
    const then = await lookup('kng', 'kng', '2024-06-01');
    expect(then.edition.number).toBe(1);
    expect(then.answeredFrom).toBe('Edition 1 of the Compact, dated 5 March 2024');
    expect(then.rows['Council tax exemption to 25']).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'NOT_YET_AGREED', explanation: 'Kingston upon Thames has not agreed this offer yet.' });

    await expect(t.fails(LOOKUP, { r: 'kng', l: 'kng', age: 20, on: '2023-12-31' })).resolves.toMatchObject({
      message: 'No edition of the Compact was in force on 2023-12-31: the first edition is dated 2024-03-05. Ask about a date from then on.',
      extensions: { code: 'NOT_FOUND', reason: 'NO_EDITION_ON_DATE', field: 'on' },
    });
  });

  it('does not promise a revised wording on behalf of a party that has not confirmed it', async () => {
    const { proposal } = await t.ok(PROPOSAL, { id: councilTax }, { as: admin });
    await t.ok(
      REVISE,
      { input: { proposalId: councilTax, expectedVersion: proposal.version, reason: 'Trust Board: exemption to the 26th birthday.', maxAge: 25, summary: 'No council tax until the 26th birthday.' } },
      { as: admin },
    );
    await t.ok(PUBLISH, { input: { number: 3, title: 'Third edition', publishedOn: '2025-07-01' } }, { as: admin });

    const waiting = (await lookup('kng', 'kng', '2025-07-02')).rows['Council tax exemption to 25'];
    expect(waiting).toMatchObject({ offer: { wordingVersion: 2 }, status: 'UNCONFIRMED', reason: 'AWAITING_RECONFIRMATION', providers: [] });
    expect(waiting.notAgreedBy).toEqual([{ kind: 'LOCAL_AUTHORITY', name: 'Kingston upon Thames' }]);
    expect(waiting.explanation).toContain('Kingston upon Thames agreed an earlier wording of this offer and has not yet confirmed the wording in this edition');
    expect(waiting.howToAccess).toBe('Ask your personal adviser at Kingston upon Thames whether Kingston upon Thames provides it to you now, and on which terms.');
    // The edition in force before the revision still answers for its own date, on the wording Kingston agreed.
    await expect(lookup('kng', 'kng', '2025-06-01')).resolves.toMatchObject({ rows: { 'Council tax exemption to 25': { status: 'AVAILABLE', offer: { wordingVersion: 1 } } } });

    const row = (await agreementsByPartyCode(t.dataSource, councilTax)).kng;
    await t.ok(CONFIRM, { input: { agreementId: row.id, expectedVersion: row.version } }, { as: officers.kng });
    await t.ok(PUBLISH, { input: { number: 4, title: 'Fourth edition', publishedOn: '2025-08-01' } }, { as: admin });
    await expect(lookup('kng', 'kng', '2025-08-01')).resolves.toMatchObject({ rows: { 'Council tax exemption to 25': { status: 'AVAILABLE', providers: [{ name: 'Kingston upon Thames' }] } } });
  });
});
