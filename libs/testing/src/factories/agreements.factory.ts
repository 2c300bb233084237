import { DataSource } from 'typeorm';
import { MembershipRole, PersonEntity } from '@app/governance';
import { AreaEntity, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';
import { addMembership, createPerson } from './people.factory';
import { bodyByCode } from './reference.factory';

export interface RepresentativeOptions {
  /** LA short code, e.g. "lam". */
  authority?: string;
  /** Area code, e.g. "NCL". */
  area?: string;
  /** Organisation code, e.g. "GLA_TFL". */
  organisation?: string;
  /** The body the membership is on (default LLANCL, the LAs' leaving-care leads). */
  bodyCode?: string;
}

/** A person with a current membership that represents one LA, area or partner. */
export async function createRepresentative(ds: DataSource, options: RepresentativeOptions): Promise<PersonEntity> {
  const person = await createPerson(ds);
  const representsAuthorityId = options.authority ? (await ds.getRepository(LocalAuthorityEntity).findOneByOrFail({ shortCode: options.authority })).id : null;
  const representsAreaId = options.area ? (await ds.getRepository(AreaEntity).findOneByOrFail({ code: options.area })).id : null;
  const representsOrganisationId = options.organisation
    ? (await ds.getRepository(OrganisationEntity).findOneByOrFail({ code: options.organisation })).id
    : null;
  await addMembership(ds, person.id, options.bodyCode ?? 'LLANCL', MembershipRole.MEMBER, { representsAuthorityId, representsAreaId, representsOrganisationId });
  return person;
}

/**
 * Inserts `count` ENDORSED EACH_LA proposals of a House, each with a NOT_STARTED agreement for
 * every LA, in two statements (for volume tests). Returns the proposal ids.
 */
export async function createEndorsedAuthorityOffers(ds: DataSource, count: number, houseCode = 'HOUSE_FINANCE'): Promise<string[]> {
  const house = await bodyByCode(ds, houseCode);
  const rows = await ds.query<{ id: string }[]>(
    `INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status)
     SELECT $1, 'Offer ' || lpad(g::text, 4, '0'), 'A volume offer.', 'FINANCE', 'EACH_LA', 'Applies to all.', 'ENDORSED'
       FROM generate_series(1, $2::int) AS g
     RETURNING id`,
    [house.id, count],
  );
  const ids = rows.map((r) => r.id);
  await ds.query(
    `INSERT INTO agreement_status (proposal_id, party_kind, local_authority_id)
     SELECT p.id, 'LOCAL_AUTHORITY', la.id FROM unnest($1::uuid[]) AS p(id) CROSS JOIN local_authority la`,
    [ids],
  );
  return ids;
}

/** Agreement ids of a proposal keyed by party code (LA short code, area code or organisation code). */
export async function agreementsByPartyCode(ds: DataSource, proposalId: string): Promise<Record<string, { id: string; version: number }>> {
  const rows = await ds.query<{ id: string; version: number; code: string }[]>(
    `SELECT a.id, a.version, coalesce(la.short_code, ar.code, o.code) AS code
       FROM agreement_status a
       LEFT JOIN local_authority la ON la.id = a.local_authority_id
       LEFT JOIN area ar ON ar.id = a.area_id
       LEFT JOIN organisation o ON o.id = a.organisation_id
      WHERE a.proposal_id = $1`,
    [proposalId],
  );
  return Object.fromEntries(rows.map((r) => [r.code, { id: r.id, version: r.version }]));
}
