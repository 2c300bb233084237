import { AccessService, bodyScope, Role } from '@app/access';
import { Actor } from '@app/core';
import { IdentityErrorCode, IdentityForbiddenError } from './identity.errors';

/**
 * Who may invite: a programme admin (to any House, or none), or a current co-chair of the House
 * the invitation is for (co-chair rights come from their membership).
 */
export async function assertMayInvite(access: AccessService, actor: Actor, houseId: string | null): Promise<void> {
  if (await access.actorHas(actor, Role.PROGRAMME_ADMIN)) return;
  if (houseId && (await access.actorHas(actor, Role.HOUSE_CO_CHAIR, bodyScope(houseId)))) return;
  throw new IdentityForbiddenError(
    IdentityErrorCode.NOT_ALLOWED_TO_INVITE,
    houseId
      ? 'Only programme admins and the co-chairs of this House can invite people to it.'
      : 'Only programme admins can invite people without naming a House; a House co-chair names their House (houseId).',
    'houseId',
  );
}
