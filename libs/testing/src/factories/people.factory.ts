import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MembershipEntity, MembershipRole, PersonEntity } from '@app/governance';
import { bodyByCode } from './reference.factory';

let sequence = 0;

/** Inserts a person directly (no API), with unique name and email unless given. */
export async function createPerson(ds: DataSource, overrides: Partial<PersonEntity> = {}): Promise<PersonEntity> {
  sequence += 1;
  const tag = `${sequence}-${randomUUID().slice(0, 8)}`;
  return ds.getRepository(PersonEntity).save(
    ds.getRepository(PersonEntity).create({
      displayName: `Person ${tag}`,
      email: `person-${tag}@example.org`,
      careExperienced: false,
      birthMonth: null,
      homeAuthorityId: null,
      ...overrides,
    }),
  );
}

/** Inserts a current membership directly, bypassing the co-chair rule (for arranging tests). */
export async function addMembership(
  ds: DataSource,
  personId: string,
  bodyCode: string,
  role: MembershipRole = MembershipRole.MEMBER,
  overrides: Partial<MembershipEntity> = {},
): Promise<MembershipEntity> {
  const body = await bodyByCode(ds, bodyCode);
  return ds.getRepository(MembershipEntity).save(
    ds.getRepository(MembershipEntity).create({ personId, bodyId: body.id, role, ...overrides }),
  );
}

/** A care-experienced young person who is a current CiCC member. */
export async function createCiccMember(ds: DataSource, overrides: Partial<PersonEntity> = {}): Promise<PersonEntity> {
  const person = await createPerson(ds, { careExperienced: true, birthMonth: '2004-05-01', ...overrides });
  await addMembership(ds, person.id, 'CICC', MembershipRole.MEMBER);
  return person;
}

/** Seats both co-chairs of a House (young person from the CiCC, and a sector lead). */
export async function seatCoChairs(ds: DataSource, houseCode: string): Promise<{ youngPerson: PersonEntity; sectorLead: PersonEntity }> {
  const youngPerson = await createCiccMember(ds);
  const sectorLead = await createPerson(ds);
  await addMembership(ds, youngPerson.id, houseCode, MembershipRole.CO_CHAIR_YOUNG_PERSON);
  await addMembership(ds, sectorLead.id, houseCode, MembershipRole.CO_CHAIR_SECTOR_LEAD);
  return { youngPerson, sectorLead };
}
