import { DataSource } from 'typeorm';
import { AgreementsService } from '@app/agreements';
import { DeliveryModel, ProposalCategory, ProposalStatus } from '@app/proposals';
import { agreementsByPartyCode, areaByCode, authorityByShortCode, createPerson, createProposal, setProposalPartners, startTestApp, TestApp } from '@app/testing';

const LOOKUP = `query($r: String!, $l: String!, $age: Int!, $uasc: Boolean, $on: Date) {
  entitlements(responsibleAuthority: $r, residentAuthority: $l, age: $age, formerUasc: $uasc, on: $on) {
    edition { number } responsibleAuthority { shortCode } residentAuthority { shortCode } age formerUasc on
    offers { offer { title } status reason explanation howToAccess availableFrom uascNote providers { kind name } }
  }
}`;
const PUBLISH = `mutation($input: PublishCompactEditionInput!) { publishCompactEdition(input: $input) { offerCount } }`;

type Row = { offer: { title: string }; status: string; reason: string; explanation: string; howToAccess: string | null; availableFrom: string | null; uascNote: string | null; providers: { kind: string; name: string }[] };

function byTitle(rows: Row[]): Record<string, Row> {
  return Object.fromEntries(rows.map((r) => [r.offer.title, r]));
}

async function adoptedOffer(t: TestApp, houseCode: string, overrides: Parameters<typeof createProposal>[2], partners: string[] = []): Promise<string> {
  const proposal = await createProposal(t.dataSource, houseCode, { ...overrides, status: ProposalStatus.ENDORSED });
  if (partners.length) await setProposalPartners(t.dataSource, proposal.id, partners);
  await t.app.get(AgreementsService).openAgreements(proposal.id);
  await t.dataSource.query(`UPDATE proposal SET status = 'ADOPTED' WHERE id = $1`, [proposal.id]);
  return proposal.id;
}

async function arrange(ds: DataSource, proposalId: string, code: string, status: string, reciprocity: string | null = null, effectiveDate: string | null = null): Promise<void> {
  const rows = await agreementsByPartyCode(ds, proposalId);
  await ds.query(`UPDATE agreement_status SET status = $2, reciprocity = $3, effective_date = $4 WHERE id = $1`, [
    rows[code].id,
    status,
    reciprocity,
    effectiveDate ?? (status === 'IMPLEMENTED' ? '2024-03-05' : null),
  ]);
}

/** Every row in every table, counted: proof that a look-up wrote nothing anywhere. */
async function rowsEverywhere(ds: DataSource): Promise<number> {
  const [{ total }] = await ds.query(
    `SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint)::bigint AS total
       FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return Number(total);
}

describe('What can I get? The public entitlement look-up', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('says when no edition has been published yet', async () => {
    await expect(t.fails(LOOKUP, { r: 'lam', l: 'lam', age: 20 })).resolves.toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'NO_EDITION_PUBLISHED' } });
  });

  describe('against a published edition', () => {
    beforeAll(async () => {
      const councilTax = await adoptedOffer(t, 'HOUSE_FINANCE', { title: 'Council tax exemption', category: ProposalCategory.FINANCE });
      await arrange(t.dataSource, councilTax, 'lam', 'IMPLEMENTED', 'OWN_CARE_LEAVERS_ANYWHERE');
      await arrange(t.dataSource, councilTax, 'crd', 'IMPLEMENTED', 'ANY_CARE_LEAVER_RESIDENT');
      await arrange(t.dataSource, councilTax, 'swr', 'IMPLEMENTED', 'BOTH', '2026-04-01');
      await arrange(t.dataSource, councilTax, 'cmd', 'DECLINED');
      await arrange(t.dataSource, councilTax, 'hck', 'IMPLEMENTED', 'OWN_CARE_LEAVERS_ANYWHERE');
      const prescriptions = await adoptedOffer(t, 'HOUSE_HEALTH', {
        title: 'Free prescriptions',
        category: ProposalCategory.HEALTH,
        deliveryModel: DeliveryModel.EACH_ICS_AREA,
        uascConsiderations: 'No immigration status check is made.',
      });
      await arrange(t.dataSource, prescriptions, 'NCL', 'IMPLEMENTED');
      const travel = await adoptedOffer(t, 'HOUSE_TRANSPORT', { title: 'Half-price travel', category: ProposalCategory.TRANSPORT, deliveryModel: DeliveryModel.SINGLE_PARTNER }, ['GLA_TFL']);
      await arrange(t.dataSource, travel, 'GLA_TFL', 'IMPLEMENTED');
      const mentoring = await adoptedOffer(t, 'HOUSE_RELATIONSHIPS', { title: 'Mentoring', category: ProposalCategory.RELATIONSHIPS, maxAge: 21 });
      await arrange(t.dataSource, mentoring, 'lam', 'IMPLEMENTED', 'BOTH');
      const admin = (await createPerson(t.dataSource)).id;
      await t.dataSource.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'PROGRAMME_ADMIN', 'Arranged by the test.')`, [admin]);
      await t.ok(PUBLISH, { input: { number: 1, title: 'The Compact', publishedOn: '2024-03-05' } }, { as: admin });
    });

    it('answers without a token, for every offer, who provides it and why', async () => {
      const res = await t.ok(LOOKUP, { r: 'lam', l: 'Croydon', age: 20, on: '2025-06-01' });
      expect(res.entitlements).toMatchObject({ edition: { number: 1 }, responsibleAuthority: { shortCode: 'lam' }, residentAuthority: { shortCode: 'crd' }, age: 20, formerUasc: false, on: '2025-06-01' });
      const rows = byTitle(res.entitlements.offers);
      expect(Object.keys(rows)).toEqual(['Council tax exemption', 'Free prescriptions', 'Half-price travel', 'Mentoring']);
      // Both LAs would provide it; the responsible one does, once.
      expect(rows['Council tax exemption']).toMatchObject({ status: 'AVAILABLE', reason: 'BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES', providers: [{ kind: 'LOCAL_AUTHORITY', name: 'Lambeth' }] });
      expect(rows['Council tax exemption'].howToAccess).toBe('Ask your personal adviser at Lambeth.');
      // Lambeth is in South East London, which has not agreed.
      expect(rows['Free prescriptions']).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'NOT_YET_AGREED', providers: [] });
      expect(rows['Half-price travel']).toMatchObject({ status: 'AVAILABLE', reason: 'PARTNER_OFFER', providers: [{ kind: 'ORGANISATION' }] });
      expect(rows.Mentoring).toMatchObject({ status: 'AVAILABLE', reason: 'OWN_CARE_LEAVERS_ANYWHERE' });
      expect(rows.Mentoring.uascNote).toBeNull();
    });

    it('applies an offer through the resident LA, lists agreed-but-not-started offers as coming, and checks age', async () => {
      const res = await t.ok(LOOKUP, { r: 'E09000007', l: 'SOUTHWARK', age: 23, uasc: true, on: '2025-06-01' });
      const rows = byTitle(res.entitlements.offers);
      expect(rows['Council tax exemption']).toMatchObject({ status: 'COMING', reason: 'AGREED_NOT_YET_IMPLEMENTED', availableFrom: '2026-04-01', providers: [{ name: 'Southwark' }] });
      expect(rows['Free prescriptions']).toMatchObject({ status: 'AVAILABLE', reason: 'AREA_OF_RESPONSIBLE_AUTHORITY', providers: [{ kind: 'ICS_AREA', name: 'NHS North Central London' }] });
      expect(rows['Free prescriptions'].uascNote).toBe('No immigration status check is made.');
      expect(rows.Mentoring).toMatchObject({ status: 'NOT_ELIGIBLE', reason: 'OUTSIDE_AGE_RANGE' });
      expect(rows.Mentoring.explanation).toBe('This offer is for care leavers aged 18 to 21; at 23 you are outside that range.');

      const later = byTitle((await t.ok(LOOKUP, { r: 'cmd', l: 'swr', age: 23, on: '2026-04-01' })).entitlements.offers);
      expect(later['Council tax exemption']).toMatchObject({ status: 'AVAILABLE', reason: 'ANY_CARE_LEAVER_RESIDENT', providers: [{ name: 'Southwark' }] });
      expect(later['Council tax exemption'].howToAccess).toBe('Contact Southwark, where you live; your personal adviser at Camden can confirm that you are a care leaver.');
    });

    it('explains reciprocity that leaves a young person out, and a declined offer', async () => {
      const rows = byTitle((await t.ok(LOOKUP, { r: 'Hackney', l: 'Croydon', age: 19, on: '2025-06-01' })).entitlements.offers);
      expect(rows['Council tax exemption']).toMatchObject({ status: 'AVAILABLE', reason: 'BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES' });
      const camden = byTitle((await t.ok(LOOKUP, { r: 'Camden', l: 'Camden', age: 19, on: '2025-06-01' })).entitlements.offers);
      expect(camden['Council tax exemption']).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'DECLINED', explanation: 'Camden has declined this offer.' });
      const croydonsInLambeth = byTitle((await t.ok(LOOKUP, { r: 'crd', l: 'lam', age: 19, on: '2025-06-01' })).entitlements.offers);
      expect(croydonsInLambeth['Council tax exemption']).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'NOT_COVERED_BY_RECIPROCITY' });
      expect(croydonsInLambeth['Council tax exemption'].explanation).toContain('Croydon provides it only to care leavers living in it');
    });

    it('refuses an authority it does not know, naming close matches', async () => {
      const error = await t.fails(LOOKUP, { r: 'Hackny', l: 'lam', age: 20 });
      expect(error).toMatchObject({
        message: 'No London local authority is called "Hackny". Did you mean Hackney?',
        extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_AUTHORITY', field: 'responsibleAuthority', details: { closeMatches: ['Hackney'] } },
      });
      await expect(t.fails(LOOKUP, { r: 'lam', l: 'Manchester', age: 20 })).resolves.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'residentAuthority', details: { closeMatches: [] } },
      });
    });

    it('refuses a date that is not a date and an impossible age', async () => {
      await expect(t.fails(LOOKUP, { r: 'lam', l: 'lam', age: 20, on: '2025-02-30' })).resolves.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'on' } });
      await expect(t.fails(LOOKUP, { r: 'lam', l: 'lam', age: -1 })).resolves.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'age' } });
    });

    it('stores nothing about the person asking', async () => {
      const before = await rowsEverywhere(t.dataSource);
      await t.ok(LOOKUP, { r: 'lam', l: 'crd', age: 20, uasc: true });
      await t.ok(LOOKUP, { r: 'cmd', l: 'swr', age: 24, on: '2025-01-01' });
      expect(await rowsEverywhere(t.dataSource)).toBe(before);
    });

    it('uses ICS area membership on the date asked', async () => {
      // Camden leaves North Central London for North West London on 1 April 2025.
      const camden = await authorityByShortCode(t.dataSource, 'cmd');
      const ncl = await areaByCode(t.dataSource, 'NCL');
      const nwl = await areaByCode(t.dataSource, 'NWL');
      await t.dataSource.query(`UPDATE area_membership SET valid_to = '2025-04-01' WHERE local_authority_id = $1 AND area_id = $2`, [camden.id, ncl.id]);
      await t.dataSource.query(`INSERT INTO area_membership (area_id, local_authority_id, valid_from) VALUES ($1, $2, '2025-04-01')`, [nwl.id, camden.id]);

      const before = byTitle((await t.ok(LOOKUP, { r: 'cmd', l: 'lam', age: 20, on: '2025-03-31' })).entitlements.offers);
      expect(before['Free prescriptions']).toMatchObject({ status: 'AVAILABLE', providers: [{ name: 'NHS North Central London' }] });
      const after = byTitle((await t.ok(LOOKUP, { r: 'cmd', l: 'lam', age: 20, on: '2025-04-01' })).entitlements.offers);
      expect(after['Free prescriptions']).toMatchObject({ status: 'NOT_AVAILABLE', reason: 'NOT_YET_AGREED', explanation: 'NHS North West London (the area of Camden, which is responsible for you) has not agreed this offer yet.' });
    });
  });
});
