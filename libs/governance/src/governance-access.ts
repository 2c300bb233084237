import { AccessService, bodyScope, Role } from '@app/access';
import { Actor, requirePerson } from '@app/core';
import { BodyEntity, BodyKind } from '@app/reference';
import { GovernanceErrorCode, GovernanceForbiddenError } from './governance.errors';
import { MembershipRole } from './membership.entity';

/** Roles a House's co-chairs may give in their own House; chairs and co-chairs are for programme admins. */
const CO_CHAIR_MAY_ADD: readonly MembershipRole[] = [MembershipRole.MEMBER, MembershipRole.ADVISER, MembershipRole.OBSERVER];

/**
 * Who may change people and memberships:
 * - programme admins, everywhere;
 * - a House's co-chairs add people, and add or end members, advisers and observers of their own House;
 * - a person corrects their own profile (but not whether they are recorded as care-experienced).
 * Co-chair appointments are for programme admins.
 */
export class GovernanceAccess {
  constructor(private readonly access: AccessService) {}

  async assertCanAddPeople(actor: Actor): Promise<void> {
    if (actor.system) return;
    requirePerson(actor);
    if (await this.access.actorHasAny(actor, [Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR])) return;
    throw new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, 'Only a programme admin or a House co-chair can add people.');
  }

  async assertCanEditPerson(actor: Actor, personId: string, changesCareExperienced: boolean): Promise<void> {
    if (actor.system) return;
    const actorId = requirePerson(actor);
    if (await this.access.actorHas(actor, Role.PROGRAMME_ADMIN)) return;
    if (actorId !== personId) {
      throw new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, 'You can correct your own profile; only a programme admin can change someone else’s.', 'id');
    }
    if (changesCareExperienced) {
      throw new GovernanceForbiddenError(
        GovernanceErrorCode.NOT_ALLOWED,
        'Whether you are recorded as care-experienced is changed by a programme admin; ask them.',
        'careExperienced',
      );
    }
  }

  async assertCanChangeMembership(actor: Actor, body: BodyEntity, role: MembershipRole, doing: string): Promise<void> {
    if (actor.system) return;
    requirePerson(actor);
    if (await this.access.actorHas(actor, Role.PROGRAMME_ADMIN)) return;
    if (body.kind === BodyKind.HOUSE && CO_CHAIR_MAY_ADD.includes(role) && (await this.access.actorHas(actor, Role.HOUSE_CO_CHAIR, bodyScope(body.id)))) return;
    throw new GovernanceForbiddenError(
      GovernanceErrorCode.NOT_ALLOWED,
      body.kind === BodyKind.HOUSE
        ? `Only a programme admin, or ${body.name}'s co-chairs for members, advisers and observers, can ${doing}.`
        : `Only a programme admin can ${doing} on ${body.name}.`,
      'bodyId',
    );
  }

  isProgrammeAdmin(actor: Actor): Promise<boolean> {
    return this.access.actorHas(actor, Role.PROGRAMME_ADMIN);
  }

  async assertProgrammeAdmin(actor: Actor, doing: string): Promise<void> {
    if (actor.system) return;
    requirePerson(actor);
    if (await this.access.actorHas(actor, Role.PROGRAMME_ADMIN)) return;
    throw new GovernanceForbiddenError(GovernanceErrorCode.NOT_ALLOWED, `Only a programme admin can ${doing}.`);
  }
}
