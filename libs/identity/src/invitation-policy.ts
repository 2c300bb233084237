import { AccessService, bodyScope, Role, Viewer, viewerHolds } from '@app/access';
import { ALLOWED, Actor, enforce, Permission, refused } from '@app/core';
import { IdentityErrorCode, IdentityForbiddenError } from './identity.errors';

/**
 * invitePerson, invitePeople and invitationsCheck: a programme admin (to any House, or none), or a
 * current co-chair of the House the invitation is for (co-chair rights come from their membership).
 * A pure rule, shown as `viewerCan.invite` on a body and on the programme.
 */
export function invitePermission(viewer: Viewer, houseId: string | null): Permission {
  if (viewerHolds(viewer, Role.PROGRAMME_ADMIN)) return ALLOWED;
  if (houseId && viewerHolds(viewer, Role.HOUSE_CO_CHAIR, bodyScope(houseId))) return ALLOWED;
  return refused(
    new IdentityForbiddenError(
      IdentityErrorCode.NOT_ALLOWED_TO_INVITE,
      houseId
        ? 'Only programme admins and the co-chairs of this House can invite people to it.'
        : 'Only programme admins can invite people without naming a House; a House co-chair names their House (houseId).',
      'houseId',
    ),
  );
}

/** Refuses the actor unless invitePermission allows them. */
export async function assertMayInvite(access: AccessService, actor: Actor, houseId: string | null): Promise<void> {
  enforce(invitePermission(await access.viewer(actor), houseId));
}
