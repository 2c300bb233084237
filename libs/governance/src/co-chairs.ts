import { EntityManager, In, IsNull } from 'typeorm';
import { CO_CHAIR_ROLES, MembershipEntity, MembershipRole } from './membership.entity';
import { GovernanceConflictError, GovernanceErrorCode, GovernanceInputError } from './governance.errors';

export interface CurrentCoChairs {
  youngPerson: MembershipEntity | null;
  sectorLead: MembershipEntity | null;
}

/** The two co-chair seats of a House. */
export enum CoChairSeat {
  /** A care-experienced young person from the CiCC. */
  YOUNG_PERSON = 'YOUNG_PERSON',
  /** A lead from the sector (an LA, the NHS, a partner). */
  SECTOR_LEAD = 'SECTOR_LEAD',
}

const SEAT_ROLE: Readonly<Record<CoChairSeat, MembershipRole>> = {
  [CoChairSeat.YOUNG_PERSON]: MembershipRole.CO_CHAIR_YOUNG_PERSON,
  [CoChairSeat.SECTOR_LEAD]: MembershipRole.CO_CHAIR_SECTOR_LEAD,
};

/** The membership role that holds a seat. */
export function roleOfSeat(seat: CoChairSeat): MembershipRole {
  return SEAT_ROLE[seat];
}

/** The other seat of the same House. */
export function otherSeat(seat: CoChairSeat): CoChairSeat {
  return seat === CoChairSeat.YOUNG_PERSON ? CoChairSeat.SECTOR_LEAD : CoChairSeat.YOUNG_PERSON;
}

export function isCoChairRole(role: MembershipRole): boolean {
  return (CO_CHAIR_ROLES as readonly MembershipRole[]).includes(role);
}

/** Groups current co-chair memberships into seats (rows that are not current co-chairs are ignored). */
export function toCoChairs(rows: readonly MembershipEntity[]): CurrentCoChairs {
  const current = rows.filter((r) => r.endedAt === null);
  return {
    youngPerson: current.find((r) => r.role === MembershipRole.CO_CHAIR_YOUNG_PERSON) ?? null,
    sectorLead: current.find((r) => r.role === MembershipRole.CO_CHAIR_SECTOR_LEAD) ?? null,
  };
}

/** The House's current co-chairs (either may be missing). */
export async function currentCoChairs(manager: EntityManager, houseId: string): Promise<CurrentCoChairs> {
  const current = await manager.getRepository(MembershipEntity).find({
    where: { bodyId: houseId, role: In([...CO_CHAIR_ROLES]), endedAt: IsNull() },
  });
  return toCoChairs(current);
}

/** The holder of one seat. */
export function holderOf(seat: CoChairSeat, chairs: CurrentCoChairs): MembershipEntity | null {
  return seat === CoChairSeat.YOUNG_PERSON ? chairs.youngPerson : chairs.sectorLead;
}

/** Anything that says who holds each seat (entities, or API models of them). */
export interface SeatHolders {
  youngPerson: object | null;
  sectorLead: object | null;
}

/** The co-chair roles with nobody in them, young person first. */
export function missingCoChairRoles(chairs: SeatHolders): MembershipRole[] {
  const missing: MembershipRole[] = [];
  if (!chairs.youngPerson) missing.push(MembershipRole.CO_CHAIR_YOUNG_PERSON);
  if (!chairs.sectorLead) missing.push(MembershipRole.CO_CHAIR_SECTOR_LEAD);
  return missing;
}

/** A House moves its work forward only with both seats filled. */
export function hasBothCoChairs(chairs: SeatHolders): boolean {
  return missingCoChairRoles(chairs).length === 0;
}

/** Refuses to move a House's work forward unless both co-chair seats are filled, saying which is empty. */
export function assertBothCoChairs(houseName: string, chairs: CurrentCoChairs): void {
  const missingRoles = missingCoChairRoles(chairs);
  const missing = missingRoles.map((r) =>
    r === MembershipRole.CO_CHAIR_YOUNG_PERSON ? 'a young-person co-chair from the CiCC' : 'a sector-lead co-chair',
  );
  if (missing.length > 0) {
    throw new GovernanceConflictError(
      GovernanceErrorCode.MISSING_CO_CHAIRS,
      `${houseName} has no ${missing.join(' and no ')}, so its proposals cannot move forward. Appoint ${missing.length > 1 ? 'them' : 'one'} first.`,
      undefined,
      { missing: missingRoles },
    );
  }
}

/** Which co-chair seat a person holds in a House now, if any. */
export function coChairRoleOf(personId: string, chairs: CurrentCoChairs): MembershipRole | null {
  if (chairs.youngPerson?.personId === personId) return MembershipRole.CO_CHAIR_YOUNG_PERSON;
  if (chairs.sectorLead?.personId === personId) return MembershipRole.CO_CHAIR_SECTOR_LEAD;
  return null;
}

/** What the co-chair rule needs to know about the person to be appointed. */
export interface CoChairCandidate {
  id: string;
  displayName: string;
  careExperienced: boolean;
  /** Holds a current membership of the CiCC. */
  inCicc: boolean;
}

function seatName(seat: CoChairSeat): string {
  return seat === CoChairSeat.YOUNG_PERSON ? 'young-person' : 'sector-lead';
}

/**
 * The co-chair rule for one appointment: the young-person seat needs a care-experienced current
 * CiCC member; nobody holds both seats of a House; re-appointing the holder is refused.
 */
export function assertCanAppoint(houseName: string, seat: CoChairSeat, candidate: CoChairCandidate, chairs: CurrentCoChairs): void {
  if (seat === CoChairSeat.YOUNG_PERSON && !candidate.careExperienced) {
    throw new GovernanceInputError(
      GovernanceErrorCode.NOT_CARE_EXPERIENCED,
      `${candidate.displayName} is not recorded as care-experienced; the young-person co-chair must be a care-experienced young person from the CiCC.`,
      'personId',
    );
  }
  if (seat === CoChairSeat.YOUNG_PERSON && !candidate.inCicc) {
    throw new GovernanceInputError(
      GovernanceErrorCode.NOT_A_CICC_MEMBER,
      `${candidate.displayName} is not a current member of the Children in Care Council; the young-person co-chair comes from the CiCC. Add them to the CiCC first.`,
      'personId',
    );
  }
  if (holderOf(seat, chairs)?.personId === candidate.id) {
    throw new GovernanceConflictError(
      GovernanceErrorCode.ALREADY_IN_SEAT,
      `${candidate.displayName} is already the ${seatName(seat)} co-chair of ${houseName}.`,
      'personId',
    );
  }
  if (holderOf(otherSeat(seat), chairs)?.personId === candidate.id) {
    throw new GovernanceConflictError(
      GovernanceErrorCode.BOTH_SEATS_ONE_PERSON,
      `${candidate.displayName} is already the ${seatName(otherSeat(seat))} co-chair of ${houseName}; a House needs two different co-chairs. Choose someone else, or end that term first.`,
      'personId',
    );
  }
}
