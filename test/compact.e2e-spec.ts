import { DataSource } from 'typeorm';
import { AgreementsService } from '@app/agreements';
import { DeliveryModel, ProposalCategory, ProposalStatus } from '@app/proposals';
import {
  agreementsByPartyCode,
  createPerson,
  createProposal,
  createRepresentative,
  setProposalPartners,
  startTestApp,
  TestApp,
} from '@app/testing';

const PUBLISH = `mutation($input: PublishCompactEditionInput!) {
  publishCompactEdition(input: $input) { offerCount areaRulesDefaulted edition { id number title publishedOn introduction } }
}`;
const EDITION_FIELDS = `id number title publishedOn introduction offerCount
  offers { proposalId title summary minAge maxAge deliveryModel areaRule wordingVersion houseName
           partners { code } parties { kind code name status reciprocity effectiveDate reconfirmationNeeded } }`;
const CURRENT = `{ currentCompactEdition { ${EDITION_FIELDS} } }`;
const EDITION = `query($n: Int!) { compactEdition(number: $n) { ${EDITION_FIELDS} } }`;
const EDITIONS = `query($first: Int) { compactEditions(first: $first) { totalCount edges { node { number title offerCount } } } }`;
const DIFF = `query($from: Int!, $to: Int!) {
  compactEditionDiff(from: $from, to: $to) {
    from { number } to { number } unchangedCount
    added { proposalId title } removed { proposalId title }
    changed { proposalId changedFields before { summary wordingVersion } after { summary wordingVersion }
              partiesAdded { code status reciprocity } partiesRemoved { code } partiesChanged { before { code status } after { code status } } }
  }
}`;
const SET = `mutation($input: SetAgreementStatusInput!) { setAgreementStatus(input: $input) { agreement { id status version } } }`;
const REVISE = `mutation($input: ReviseOfferInput!) { reviseOffer(input: $input) { proposal { id version summary maxAge compactEditions wordingVersion areaRule } } }`;
const CONFIRM = `mutation($input: ConfirmAgreementWordingInput!) { confirmAgreementWording(input: $input) { agreement { id version reconfirmationNeeded } } }`;
const AGREEMENT = `query($id: ID!) { agreement(id: $id) { id version status reconfirmationNeeded } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id version compactEditions } }`;

async function grantRole(ds: DataSource, personId: string, role: string): Promise<void> {
  await ds.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, $2, 'Arranged by the test.')`, [personId, role]);
}

/** An offer taken to ADOPTED with its agreement rows opened, as an endorsement would. */
async function adoptedOffer(t: TestApp, houseCode: string, overrides: Parameters<typeof createProposal>[2], partners: string[] = []): Promise<string> {
  const proposal = await createProposal(t.dataSource, houseCode, { ...overrides, status: ProposalStatus.ENDORSED });
  if (partners.length) await setProposalPartners(t.dataSource, proposal.id, partners);
  await t.app.get(AgreementsService).openAgreements(proposal.id);
  await t.dataSource.query(`UPDATE proposal SET status = 'ADOPTED' WHERE id = $1`, [proposal.id]);
  return proposal.id;
}

/** Sets one party's agreement directly (arranging; the API path is exercised below). */
async function arrange(ds: DataSource, proposalId: string, code: string, status: string, reciprocity: string | null = null, effectiveDate: string | null = null): Promise<void> {
  const rows = await agreementsByPartyCode(ds, proposalId);
  await ds.query(`UPDATE agreement_status SET status = $2, reciprocity = $3, effective_date = $4, version = version + 1 WHERE id = $1`, [
    rows[code].id,
    status,
    reciprocity,
    effectiveDate ?? (status === 'IMPLEMENTED' ? '2024-03-05' : null),
  ]);
}

describe('The published Compact: editions, diffs and re-confirmation', () => {
  let t: TestApp;
  let admin: string;
  let someone: string;
  let croydonOfficer: string;
  let lambethOfficer: string;
  let councilTax: string;
  let prescriptions: string;
  let travel: string;
  let draft: string;
  let firstEdition: Record<string, any>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await createPerson(t.dataSource)).id;
    await grantRole(t.dataSource, admin, 'PROGRAMME_ADMIN');
    someone = (await createPerson(t.dataSource)).id;
    croydonOfficer = (await createRepresentative(t.dataSource, { authority: 'crd' })).id;
    lambethOfficer = (await createRepresentative(t.dataSource, { authority: 'lam' })).id;

    councilTax = await adoptedOffer(t, 'HOUSE_FINANCE', { title: 'Council tax exemption to 25', category: ProposalCategory.FINANCE });
    await arrange(t.dataSource, councilTax, 'lam', 'IMPLEMENTED', 'OWN_CARE_LEAVERS_ANYWHERE');
    await arrange(t.dataSource, councilTax, 'swr', 'FORMALLY_AGREED', 'BOTH');
    await arrange(t.dataSource, councilTax, 'cmd', 'DECLINED');
    prescriptions = await adoptedOffer(t, 'HOUSE_HEALTH', { title: 'Free prescriptions', category: ProposalCategory.HEALTH, deliveryModel: DeliveryModel.EACH_ICS_AREA });
    await arrange(t.dataSource, prescriptions, 'NCL', 'IMPLEMENTED');
    travel = await adoptedOffer(t, 'HOUSE_TRANSPORT', { title: 'Half-price bus and tram travel', category: ProposalCategory.TRANSPORT, deliveryModel: DeliveryModel.SINGLE_PARTNER }, ['GLA_TFL']);
    await arrange(t.dataSource, travel, 'GLA_TFL', 'IMPLEMENTED');
    draft = (await createProposal(t.dataSource, 'HOUSE_HOUSING', { title: 'Rent deposit scheme' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('has no current edition before the first is published, and says so to anyone', async () => {
    await expect(t.ok(CURRENT)).resolves.toEqual({ currentCompactEdition: null });
  });

  it('lets only programme admins publish', async () => {
    const input = { number: 1, title: 'The Pan London Care Leavers Compact', publishedOn: '2024-03-05' };
    await expect(t.fails(PUBLISH, { input })).resolves.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(t.fails(PUBLISH, { input }, { as: someone })).resolves.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses a number that is not the next, and a date that is not a date', async () => {
    await expect(t.fails(PUBLISH, { input: { number: 2, title: 'Second', publishedOn: '2024-03-05' } }, { as: admin })).resolves.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'EDITION_NUMBER_NOT_NEXT', field: 'number' },
      message: 'The next edition is number 1.',
    });
    await expect(t.fails(PUBLISH, { input: { number: 1, title: 'First', publishedOn: '2024-02-30' } }, { as: admin })).resolves.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'publishedOn' },
    });
  });

  it('publishes every adopted offer with its parties and terms, defaulting the area rule of ICS-area offers', async () => {
    const res = await t.ok(
      PUBLISH,
      { input: { number: 1, title: 'The Pan London Care Leavers Compact', publishedOn: '2024-03-05', introduction: 'London’s offer to its care leavers.' } },
      { as: admin },
    );
    expect(res.publishCompactEdition).toMatchObject({ offerCount: 3, areaRulesDefaulted: 1, edition: { number: 1, publishedOn: '2024-03-05' } });

    const { currentCompactEdition: edition } = await t.ok(CURRENT);
    firstEdition = edition;
    expect(edition.offerCount).toBe(3);
    expect(edition.offers.map((o: { title: string }) => o.title)).toEqual(['Council tax exemption to 25', 'Free prescriptions', 'Half-price bus and tram travel']);
    expect(edition.offers.map((o: { proposalId: string }) => o.proposalId)).not.toContain(draft);
    const tax = edition.offers[0];
    // Only parties that formally agreed or implemented are listed, with their terms.
    expect(tax.parties).toEqual([
      { kind: 'LOCAL_AUTHORITY', code: 'lam', name: 'Lambeth', status: 'IMPLEMENTED', reciprocity: 'OWN_CARE_LEAVERS_ANYWHERE', effectiveDate: '2024-03-05', reconfirmationNeeded: false },
      { kind: 'LOCAL_AUTHORITY', code: 'swr', name: 'Southwark', status: 'FORMALLY_AGREED', reciprocity: 'BOTH', effectiveDate: null, reconfirmationNeeded: false },
    ]);
    expect(edition.offers[1]).toMatchObject({ deliveryModel: 'EACH_ICS_AREA', areaRule: 'RESPONSIBLE_AUTHORITY_AREA', parties: [{ code: 'NCL', status: 'IMPLEMENTED' }] });
    expect(edition.offers[2]).toMatchObject({ deliveryModel: 'SINGLE_PARTNER', areaRule: null, partners: [{ code: 'GLA_TFL' }] });
    const [{ area_rule }] = await t.dataSource.query(`SELECT area_rule FROM proposal WHERE id = $1`, [prescriptions]);
    expect(area_rule).toBe('RESPONSIBLE_AUTHORITY_AREA');
    const events = await t.dataSource.query(
      `SELECT entity_type, entity_id, before, after FROM audit_event WHERE action = 'publishCompactEdition' AND actor_id = $1 ORDER BY entity_type`,
      [admin],
    );
    expect(events).toEqual([
      { entity_type: 'compact_edition', entity_id: res.publishCompactEdition.edition.id, before: null, after: expect.objectContaining({ number: 1, offerCount: 3 }) },
      { entity_type: 'proposal', entity_id: prescriptions, before: { areaRule: null }, after: { areaRule: 'RESPONSIBLE_AUTHORITY_AREA' } },
    ]);
  });

  it('marks the included proposals as part of the edition', async () => {
    await expect(t.ok(PROPOSAL, { id: councilTax }, { as: someone })).resolves.toMatchObject({ proposal: { compactEditions: [1] } });
    await expect(t.ok(PROPOSAL, { id: draft }, { as: someone })).resolves.toMatchObject({ proposal: { compactEditions: [] } });
  });

  it('keeps a published edition unchanged when statuses change afterwards', async () => {
    const croydon = (await agreementsByPartyCode(t.dataSource, councilTax)).crd;
    await t.ok(
      SET,
      { input: { agreementId: croydon.id, status: 'IMPLEMENTED', reciprocity: 'ANY_CARE_LEAVER_RESIDENT', effectiveDate: '2025-04-01', expectedVersion: croydon.version } },
      { as: croydonOfficer },
    );
    await expect(t.ok(EDITION, { n: 1 })).resolves.toEqual({ compactEdition: firstEdition });
  });

  it('is refused by Postgres if anything tries to change a published edition', async () => {
    await expect(t.dataSource.query(`UPDATE compact_edition_offer SET position = position + 10`)).rejects.toThrow(/never changes/);
    await expect(t.dataSource.query(`UPDATE compact_edition SET title = 'Rewritten'`)).rejects.toThrow(/never changes/);
    await expect(t.dataSource.query(`DELETE FROM compact_edition`)).rejects.toThrow(/never changes/);
  });

  it('refuses to republish an edition number, or to date an edition before the previous one', async () => {
    await expect(t.fails(PUBLISH, { input: { number: 1, title: 'Again', publishedOn: '2025-05-01' } }, { as: admin })).resolves.toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'EDITION_NUMBER_TAKEN', field: 'number' },
    });
    await expect(t.fails(PUBLISH, { input: { number: 2, title: 'Second edition', publishedOn: '2024-01-01' } }, { as: admin })).resolves.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'EDITION_DATE_BEFORE_PREVIOUS', field: 'publishedOn' },
    });
  });

  it('shows the change in the diff against the next edition', async () => {
    const rent = await adoptedOffer(t, 'HOUSE_HOUSING', { title: 'Rent guarantee scheme' });
    await t.ok(PUBLISH, { input: { number: 2, title: 'Second edition', publishedOn: '2025-05-01' } }, { as: admin });

    const { compactEditionDiff: diff } = await t.ok(DIFF, { from: 1, to: 2 });
    expect(diff.from.number).toBe(1);
    expect(diff.to.number).toBe(2);
    expect(diff.added).toEqual([{ proposalId: rent, title: 'Rent guarantee scheme' }]);
    expect(diff.removed).toEqual([]);
    expect(diff.unchangedCount).toBe(2);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({
      proposalId: councilTax,
      changedFields: [],
      partiesAdded: [{ code: 'crd', status: 'IMPLEMENTED', reciprocity: 'ANY_CARE_LEAVER_RESIDENT' }],
      partiesRemoved: [],
      partiesChanged: [],
    });
    // Edition 1 still reads as published.
    await expect(t.ok(EDITION, { n: 1 })).resolves.toEqual({ compactEdition: firstEdition });
  });

  it('answers bad diff requests with what to do', async () => {
    await expect(t.fails(DIFF, { from: 2, to: 1 })).resolves.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_DIFF_RANGE', field: 'from' } });
    await expect(t.fails(DIFF, { from: 1, to: 9 })).resolves.toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'to' }, message: 'There is no edition 9 of the Compact.' });
    await expect(t.fails(EDITION, { n: 7 })).resolves.toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'EDITION_NOT_FOUND' } });
  });

  it('lists past editions, newest first, to anyone', async () => {
    const res = await t.ok(EDITIONS, { first: 10 });
    expect(res.compactEditions.totalCount).toBe(2);
    expect(res.compactEditions.edges.map((e: { node: { number: number; offerCount: number } }) => [e.node.number, e.node.offerCount])).toEqual([
      [2, 4],
      [1, 3],
    ]);
  });

  describe('an agreement is to a wording', () => {
    it('asks parties that agreed the old wording to re-confirm when it is revised', async () => {
      const before = await t.ok(PROPOSAL, { id: councilTax }, { as: someone });
      await expect(t.fails(REVISE, { input: { proposalId: councilTax, expectedVersion: before.proposal.version, reason: 'Board decision.', summary: 'x'.repeat(3) } }, { as: someone })).resolves.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(t.fails(REVISE, { input: { proposalId: councilTax, expectedVersion: before.proposal.version + 5, reason: 'Board decision.', maxAge: 24 } }, { as: admin })).resolves.toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
      });
      await expect(t.fails(REVISE, { input: { proposalId: draft, expectedVersion: 1, reason: 'Board decision.', maxAge: 24 } }, { as: admin })).resolves.toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'NOT_EDITABLE' },
      });
      await expect(t.fails(REVISE, { input: { proposalId: councilTax, expectedVersion: before.proposal.version, reason: 'Board decision.', areaRule: 'EITHER_AREA' } }, { as: admin })).resolves.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'areaRule' },
      });

      const revised = await t.ok(
        REVISE,
        { input: { proposalId: councilTax, expectedVersion: before.proposal.version, reason: 'Trust Board, 12 May: exemption for every care leaver to 25.', summary: 'Care leavers pay no council tax until their 25th birthday.' } },
        { as: admin },
      );
      expect(revised.reviseOffer.proposal).toMatchObject({
        summary: 'Care leavers pay no council tax until their 25th birthday.',
        compactEditions: [1, 2],
        wordingVersion: 2,
        areaRule: null,
      });

      const parties = await agreementsByPartyCode(t.dataSource, councilTax);
      const lam = await t.ok(AGREEMENT, { id: parties.lam.id }, { as: lambethOfficer });
      expect(lam.agreement).toMatchObject({ status: 'IMPLEMENTED', reconfirmationNeeded: true });
      await expect(t.ok(AGREEMENT, { id: parties.swr.id }, { as: lambethOfficer })).resolves.toMatchObject({ agreement: { reconfirmationNeeded: true } });
      await expect(t.ok(AGREEMENT, { id: parties.cmd.id }, { as: lambethOfficer })).resolves.toMatchObject({ agreement: { reconfirmationNeeded: false } });
      await expect(t.ok(AGREEMENT, { id: parties.hck.id }, { as: lambethOfficer })).resolves.toMatchObject({ agreement: { reconfirmationNeeded: false } });

      // Only someone who represents the party confirms, from the version they read.
      await expect(t.fails(CONFIRM, { input: { agreementId: parties.lam.id, expectedVersion: lam.agreement.version } }, { as: croydonOfficer })).resolves.toMatchObject({
        extensions: { code: 'FORBIDDEN', reason: 'NOT_A_REPRESENTATIVE' },
      });
      await expect(t.fails(CONFIRM, { input: { agreementId: parties.lam.id, expectedVersion: lam.agreement.version - 1 } }, { as: lambethOfficer })).resolves.toMatchObject({
        extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', field: 'expectedVersion' },
      });
      const confirmed = await t.ok(CONFIRM, { input: { agreementId: parties.lam.id, expectedVersion: lam.agreement.version } }, { as: lambethOfficer });
      expect(confirmed.confirmAgreementWording.agreement).toEqual({ id: parties.lam.id, version: lam.agreement.version + 1, reconfirmationNeeded: false });
      await expect(
        t.fails(CONFIRM, { input: { agreementId: parties.lam.id, expectedVersion: lam.agreement.version + 1 } }, { as: lambethOfficer }),
      ).resolves.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'NOTHING_TO_CONFIRM' } });

      const history = await t.dataSource.query(`SELECT note FROM agreement_status_history WHERE agreement_id = $1 ORDER BY version`, [parties.lam.id]);
      expect(history.map((h: { note: string }) => h.note)).toEqual([
        "The offer's wording changed (version 2); re-confirmation needed.",
        "Confirmed the offer's current wording (version 2).",
      ]);
    });

    it('shows the new wording, and who must still re-confirm, in the next edition’s diff', async () => {
      await t.ok(PUBLISH, { input: { number: 3, title: 'Third edition', publishedOn: '2025-06-01' } }, { as: admin });
      const { compactEditionDiff: diff } = await t.ok(DIFF, { from: 2, to: 3 });
      expect(diff.changed).toHaveLength(1);
      expect(diff.changed[0]).toMatchObject({
        proposalId: councilTax,
        changedFields: ['summary'],
        before: { wordingVersion: 1 },
        after: { summary: 'Care leavers pay no council tax until their 25th birthday.', wordingVersion: 2 },
      });
      const third = await t.ok(EDITION, { n: 3 });
      const tax = third.compactEdition.offers.find((o: { proposalId: string }) => o.proposalId === councilTax);
      expect(tax.parties.map((p: { code: string; reconfirmationNeeded: boolean }) => [p.code, p.reconfirmationNeeded])).toEqual([
        ['crd', true],
        ['lam', false],
        ['swr', true],
      ]);
    });

    it('treats a new area rule as a change of eligibility', async () => {
      const before = await t.ok(PROPOSAL, { id: prescriptions }, { as: someone });
      const res = await t.ok(REVISE, { input: { proposalId: prescriptions, expectedVersion: before.proposal.version, reason: 'Board: cover residents too.', areaRule: 'EITHER_AREA' } }, { as: admin });
      expect(res.reviseOffer.proposal).toMatchObject({ areaRule: 'EITHER_AREA', wordingVersion: 2 });
      const ncl = (await agreementsByPartyCode(t.dataSource, prescriptions)).NCL;
      await expect(t.ok(AGREEMENT, { id: ncl.id }, { as: lambethOfficer })).resolves.toMatchObject({ agreement: { reconfirmationNeeded: true } });
      await expect(
        t.fails(REVISE, { input: { proposalId: prescriptions, expectedVersion: before.proposal.version + 1, reason: 'Again.', areaRule: 'EITHER_AREA' } }, { as: admin }),
      ).resolves.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'proposalId' }, message: 'This revision changes nothing; give the new wording or eligibility.' });
    });

    it('clears re-confirmation when a party moves away from agreement', async () => {
      const swr = (await agreementsByPartyCode(t.dataSource, councilTax)).swr;
      const southwarkOfficer = (await createRepresentative(t.dataSource, { authority: 'swr' })).id;
      await t.ok(SET, { input: { agreementId: swr.id, status: 'DECLINED', expectedVersion: swr.version } }, { as: southwarkOfficer });
      await expect(t.ok(AGREEMENT, { id: swr.id }, { as: southwarkOfficer })).resolves.toMatchObject({ agreement: { status: 'DECLINED', reconfirmationNeeded: false } });
    });
  });
});
