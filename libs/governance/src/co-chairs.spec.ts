import { DomainError } from '@app/core';
import {
  assertBothCoChairs,
  assertCanAppoint,
  CoChairCandidate,
  coChairRoleOf,
  CoChairSeat,
  CurrentCoChairs,
  hasBothCoChairs,
  holderOf,
  isCoChairRole,
  missingCoChairRoles,
  otherSeat,
  roleOfSeat,
  toCoChairs,
} from './co-chairs';
import { GovernanceErrorCode } from './governance.errors';
import { MembershipEntity, MembershipRole } from './membership.entity';

function membership(personId: string, role: MembershipRole, endedAt: Date | null = null): MembershipEntity {
  return Object.assign(new MembershipEntity(), { id: `${personId}-${role}`, personId, bodyId: 'house', role, endedAt });
}

const yp = membership('ada', MembershipRole.CO_CHAIR_YOUNG_PERSON);
const lead = membership('bea', MembershipRole.CO_CHAIR_SECTOR_LEAD);
const both: CurrentCoChairs = { youngPerson: yp, sectorLead: lead };
const none: CurrentCoChairs = { youngPerson: null, sectorLead: null };

function reasonOf(work: () => void): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('co-chair seats', () => {
  it('maps each seat to its membership role and to the other seat', () => {
    expect(roleOfSeat(CoChairSeat.YOUNG_PERSON)).toBe(MembershipRole.CO_CHAIR_YOUNG_PERSON);
    expect(roleOfSeat(CoChairSeat.SECTOR_LEAD)).toBe(MembershipRole.CO_CHAIR_SECTOR_LEAD);
    expect(otherSeat(CoChairSeat.YOUNG_PERSON)).toBe(CoChairSeat.SECTOR_LEAD);
    expect(otherSeat(CoChairSeat.SECTOR_LEAD)).toBe(CoChairSeat.YOUNG_PERSON);
    expect(isCoChairRole(MembershipRole.CO_CHAIR_SECTOR_LEAD)).toBe(true);
    expect(isCoChairRole(MembershipRole.CHAIR)).toBe(false);
    expect(isCoChairRole(MembershipRole.MEMBER)).toBe(false);
  });

  it('groups only current co-chair rows into seats', () => {
    const chairs = toCoChairs([
      membership('old', MembershipRole.CO_CHAIR_YOUNG_PERSON, new Date('2024-01-01')),
      membership('someone', MembershipRole.MEMBER),
      lead,
    ]);
    expect(chairs.youngPerson).toBeNull();
    expect(chairs.sectorLead?.personId).toBe('bea');
    expect(holderOf(CoChairSeat.SECTOR_LEAD, chairs)).toBe(lead);
  });

  it('lists the empty seats, young person first, and says whether both are filled', () => {
    expect(missingCoChairRoles(none)).toEqual([MembershipRole.CO_CHAIR_YOUNG_PERSON, MembershipRole.CO_CHAIR_SECTOR_LEAD]);
    expect(missingCoChairRoles({ youngPerson: yp, sectorLead: null })).toEqual([MembershipRole.CO_CHAIR_SECTOR_LEAD]);
    expect(missingCoChairRoles(both)).toEqual([]);
    expect(hasBothCoChairs(both)).toBe(true);
    expect(hasBothCoChairs({ youngPerson: null, sectorLead: lead })).toBe(false);
  });

  it('refuses to move a House forward with an empty seat, naming it', () => {
    expect(() => assertBothCoChairs('Housing House', both)).not.toThrow();
    expect(() => assertBothCoChairs('Housing House', { youngPerson: null, sectorLead: lead })).toThrow(/no a young-person co-chair from the CiCC/);
    expect(reasonOf(() => assertBothCoChairs('Housing House', none))).toBe(GovernanceErrorCode.MISSING_CO_CHAIRS);
  });

  it('knows which seat a person holds', () => {
    expect(coChairRoleOf('ada', both)).toBe(MembershipRole.CO_CHAIR_YOUNG_PERSON);
    expect(coChairRoleOf('bea', both)).toBe(MembershipRole.CO_CHAIR_SECTOR_LEAD);
    expect(coChairRoleOf('cal', both)).toBeNull();
  });
});

describe('the co-chair rule for an appointment', () => {
  const youngCiccMember: CoChairCandidate = { id: 'cal', displayName: 'Cal', careExperienced: true, inCicc: true };

  it('seats a care-experienced current CiCC member as young-person co-chair, replacing the holder', () => {
    expect(() => assertCanAppoint('Housing House', CoChairSeat.YOUNG_PERSON, youngCiccMember, both)).not.toThrow();
  });

  it('refuses a young-person co-chair who is not care-experienced', () => {
    const candidate = { ...youngCiccMember, careExperienced: false };
    expect(reasonOf(() => assertCanAppoint('Housing House', CoChairSeat.YOUNG_PERSON, candidate, none))).toBe(GovernanceErrorCode.NOT_CARE_EXPERIENCED);
  });

  it('refuses a care-experienced young-person co-chair who is not in the CiCC', () => {
    const candidate = { ...youngCiccMember, inCicc: false };
    expect(reasonOf(() => assertCanAppoint('Housing House', CoChairSeat.YOUNG_PERSON, candidate, none))).toBe(GovernanceErrorCode.NOT_A_CICC_MEMBER);
  });

  it('does not ask a sector lead to be care-experienced or in the CiCC', () => {
    const candidate = { ...youngCiccMember, careExperienced: false, inCicc: false };
    expect(() => assertCanAppoint('Housing House', CoChairSeat.SECTOR_LEAD, candidate, both)).not.toThrow();
  });

  it('refuses one person in both seats, either way round', () => {
    const ada: CoChairCandidate = { id: 'ada', displayName: 'Ada', careExperienced: true, inCicc: true };
    const bea: CoChairCandidate = { id: 'bea', displayName: 'Bea', careExperienced: true, inCicc: true };
    expect(reasonOf(() => assertCanAppoint('Housing House', CoChairSeat.SECTOR_LEAD, ada, both))).toBe(GovernanceErrorCode.BOTH_SEATS_ONE_PERSON);
    expect(reasonOf(() => assertCanAppoint('Housing House', CoChairSeat.YOUNG_PERSON, bea, both))).toBe(GovernanceErrorCode.BOTH_SEATS_ONE_PERSON);
  });

  it('refuses to re-appoint the current holder of the seat', () => {
    const ada: CoChairCandidate = { id: 'ada', displayName: 'Ada', careExperienced: true, inCicc: true };
    expect(reasonOf(() => assertCanAppoint('Housing House', CoChairSeat.YOUNG_PERSON, ada, both))).toBe(GovernanceErrorCode.ALREADY_IN_SEAT);
  });
});
