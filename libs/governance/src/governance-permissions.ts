import { bodyScope, Role, Viewer, viewerHolds } from '@app/access';
import { ALLOWED, firstRefusal, Permission, refused } from '@app/core';
import { BodyKind } from '@app/reference';
import { isCoChairRole } from './co-chairs';
import { GovernanceConflictError, GovernanceErrorCode, GovernanceForbiddenError, GovernanceInputError } from './governance.errors';
import { MembershipEntity, MembershipRole } from './membership.entity';

/**
 * Who may change people and memberships:
 * - programme admins, everywhere;
 * - a House's co-chairs add people, and add or end members, advisers and observers of their own House;
 * - a person corrects their own profile (but not whether they are recorded as care-experienced).
 * Co-chair appointments are for programme admins. Each rule is a pure function of the viewer and
 * facts, used both by the operation (which throws the refusal) and by `viewerCan`.
 */

/** Roles a House's co-chairs may give in their own House; chairs and co-chairs are for programme admins. */
export const CO_CHAIR_MAY_ADD: readonly MembershipRole[] = [MembershipRole.MEMBER, MembershipRole.ADVISER, MembershipRole.OBSERVER];

/** createPerson and invitePerson: a programme admin or any House's co-chair. */
export function addPeoplePermission(viewer: Viewer): Permission {
  if (viewer.system || viewer.roles.some((a) => a.role === Role.PROGRAMME_ADMIN || a.role === Role.HOUSE_CO_CHAIR)) return ALLOWED;
  return refused(new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, 'Only a programme admin or a House co-chair can add people.'));
}

/** updatePerson: a programme admin, or the person themself (except whether they are recorded as care-experienced). */
export function editPersonPermission(viewer: Viewer, personId: string, changesCareExperienced: boolean): Permission {
  if (viewerHolds(viewer, Role.PROGRAMME_ADMIN)) return ALLOWED;
  if (viewer.personId !== personId) {
    return refused(new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, 'You can correct your own profile; only a programme admin can change someone else’s.', 'id'));
  }
  if (changesCareExperienced) {
    return refused(
      new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, 'Whether you are recorded as care-experienced is changed by a programme admin; ask them.', 'careExperienced'),
    );
  }
  return ALLOWED;
}

/** addMembership and endMembership: a programme admin, or the House's co-chairs for members, advisers and observers. */
export function changeMembershipPermission(viewer: Viewer, body: { id: string; name: string; kind: BodyKind }, role: MembershipRole, doing: string): Permission {
  if (viewerHolds(viewer, Role.PROGRAMME_ADMIN)) return ALLOWED;
  if (body.kind === BodyKind.HOUSE && CO_CHAIR_MAY_ADD.includes(role) && viewerHolds(viewer, Role.HOUSE_CO_CHAIR, bodyScope(body.id))) return ALLOWED;
  return refused(
    new GovernanceForbiddenError(
      GovernanceErrorCode.NOT_ALLOWED,
      body.kind === BodyKind.HOUSE
        ? `Only a programme admin, or ${body.name}'s co-chairs for members, advisers and observers, can ${doing}.`
        : `Only a programme admin can ${doing} on ${body.name}.`,
      'bodyId',
    ),
  );
}

/** appointCoChair, endCoChairTerm and the like: programme admins. */
export function programmeAdminPermission(viewer: Viewer, doing: string): Permission {
  if (viewerHolds(viewer, Role.PROGRAMME_ADMIN)) return ALLOWED;
  return refused(new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, `Only a programme admin can ${doing}.`));
}

/** The Children in Care Council's body code. */
export const CICC_BODY_CODE = 'CICC';

/** A House whose young-person co-chair seat a person holds now. */
export interface YoungPersonSeat {
  houseId: string;
  houseName: string;
}

/** What leaving the CiCC depends on, for one person: their name, their current CiCC places and their young-person co-chair seats. */
export interface LeavingFacts {
  personId: string;
  displayName: string;
  ciccPlaces: number;
  youngPersonSeats: readonly YoungPersonSeat[];
}

/** A young-person co-chair must stay a care-experienced CiCC member: refuses a change `what` that would end that, until the seat is filled by someone else or ended. */
export function notYoungPersonCoChairPermission(person: Pick<LeavingFacts, 'displayName' | 'youngPersonSeats'>, field: string, what: string): Permission {
  if (person.youngPersonSeats.length === 0) return ALLOWED;
  const houses = person.youngPersonSeats.map((s) => s.houseName).join(', ');
  return refused(
    new GovernanceConflictError(
      GovernanceErrorCode.STILL_A_YOUNG_PERSON_CO_CHAIR,
      `${person.displayName} is the young-person co-chair of ${houses}, which needs a care-experienced CiCC member. Appoint a successor or end that term before ${person.displayName} ${what}.`,
      field,
      { houseIds: person.youngPersonSeats.map((s) => s.houseId) },
    ),
  );
}

/**
 * endMembership: a current place that is not a co-chair term (those end with endCoChairTerm), for
 * whoever may change the body's memberships (changeMembershipPermission), and not a young-person
 * co-chair's last CiCC place. `leaving` is the member's facts (read only for a CiCC place).
 */
export function endMembershipPermission(
  viewer: Viewer,
  membership: Pick<MembershipEntity, 'role' | 'endedAt'>,
  body: { id: string; code: string; name: string; kind: BodyKind },
  leaving: LeavingFacts | null,
): Permission {
  return firstRefusal(
    () =>
      membership.endedAt
        ? refused(new GovernanceConflictError(GovernanceErrorCode.ALREADY_ENDED, `This membership already ended on ${membership.endedAt.toISOString().slice(0, 10)}.`, 'membershipId'))
        : ALLOWED,
    () =>
      isCoChairRole(membership.role)
        ? refused(
            new GovernanceInputError(
              GovernanceErrorCode.CO_CHAIR_NEEDS_APPOINTMENT,
              'This is a co-chair term; end it with endCoChairTerm, or appoint a successor with appointCoChair.',
              'membershipId',
            ),
          )
        : ALLOWED,
    () => changeMembershipPermission(viewer, body, membership.role, 'end memberships'),
    () => (body.code === CICC_BODY_CODE && leaving && leaving.ciccPlaces <= 1 ? notYoungPersonCoChairPermission(leaving, 'membershipId', 'leaves the CiCC') : ALLOWED),
  );
}

/** endCoChairTerm: programme admins, while the seat has a current term (`term`: the seat's current holder, if any). */
export function endCoChairTermPermission(viewer: Viewer, term: Pick<MembershipEntity, 'role' | 'endedAt'> | null, houseName: string, seatName: string): Permission {
  return firstRefusal(
    () => programmeAdminPermission(viewer, "end co-chairs' terms"),
    () =>
      term && !term.endedAt && isCoChairRole(term.role)
        ? ALLOWED
        : refused(new GovernanceConflictError(GovernanceErrorCode.SEAT_EMPTY, `${houseName} has no ${seatName} co-chair at the moment, so there is no term to end.`, 'seat')),
  );
}

/** leaveCicc: a current CiCC member (the caller, whose facts `leaving` are), unless they hold a young-person co-chair seat. */
export function leaveCiccPermission(leaving: LeavingFacts): Permission {
  if (leaving.ciccPlaces === 0) {
    return refused(new GovernanceConflictError(GovernanceErrorCode.NOT_IN_CICC, 'You are not a current member of the Children in Care Council, so there is nothing to leave.'));
  }
  return notYoungPersonCoChairPermission(leaving, 'id', 'leaves the CiCC');
}
