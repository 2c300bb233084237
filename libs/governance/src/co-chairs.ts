import { EntityManager, In, IsNull } from 'typeorm';
import { CO_CHAIR_ROLES, MembershipEntity, MembershipRole } from './membership.entity';
import { GovernanceConflictError, GovernanceErrorCode } from './governance.errors';

export interface CurrentCoChairs {
  youngPerson: MembershipEntity | null;
  sectorLead: MembershipEntity | null;
}

/** The House's current co-chairs (either may be missing). */
export async function currentCoChairs(manager: EntityManager, houseId: string): Promise<CurrentCoChairs> {
  const current = await manager.getRepository(MembershipEntity).find({
    where: { bodyId: houseId, role: In([...CO_CHAIR_ROLES]), endedAt: IsNull() },
  });
  return {
    youngPerson: current.find((r) => r.role === MembershipRole.CO_CHAIR_YOUNG_PERSON) ?? null,
    sectorLead: current.find((r) => r.role === MembershipRole.CO_CHAIR_SECTOR_LEAD) ?? null,
  };
}

/** Refuses to move a House's work forward unless both co-chair seats are filled, saying which is empty. */
export function assertBothCoChairs(houseName: string, chairs: CurrentCoChairs): void {
  const missing = [
    chairs.youngPerson ? null : 'a young-person co-chair from the CiCC',
    chairs.sectorLead ? null : 'a sector-lead co-chair',
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    throw new GovernanceConflictError(
      GovernanceErrorCode.MISSING_CO_CHAIRS,
      `${houseName} has no ${missing.join(' and no ')}, so its proposals cannot move forward. Appoint ${missing.length > 1 ? 'them' : 'one'} first.`,
      undefined,
      { missing: [chairs.youngPerson ? null : MembershipRole.CO_CHAIR_YOUNG_PERSON, chairs.sectorLead ? null : MembershipRole.CO_CHAIR_SECTOR_LEAD].filter(Boolean) },
    );
  }
}

/** Which co-chair seat a person holds in a House now, if any. */
export function coChairRoleOf(personId: string, chairs: CurrentCoChairs): MembershipRole | null {
  if (chairs.youngPerson?.personId === personId) return MembershipRole.CO_CHAIR_YOUNG_PERSON;
  if (chairs.sectorLead?.personId === personId) return MembershipRole.CO_CHAIR_SECTOR_LEAD;
  return null;
}
