import { bodyScope, Role, Viewer, viewerHolds } from '@app/access';
import { ALLOWED, Permission, refused } from '@app/core';
import { BodyKind } from '@app/reference';
import { GovernanceErrorCode, GovernanceForbiddenError } from './governance.errors';
import { MembershipRole } from './membership.entity';

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
