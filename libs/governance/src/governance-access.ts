import { AccessService, Role } from '@app/access';
import { Actor, enforce, requirePerson } from '@app/core';
import { BodyEntity } from '@app/reference';
import {
  addPeoplePermission,
  changeMembershipPermission,
  editPersonPermission,
  endCoChairTermPermission,
  endMembershipPermission,
  LeavingFacts,
  programmeAdminPermission,
} from './governance-permissions';
import { MembershipEntity, MembershipRole } from './membership.entity';

/** Applies the rules of governance-permissions.ts to an actor, refusing with the rule's error. */
export class GovernanceAccess {
  constructor(private readonly access: AccessService) {}

  async assertCanAddPeople(actor: Actor): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(addPeoplePermission(await this.access.viewer(actor)));
  }

  async assertCanEditPerson(actor: Actor, personId: string, changesCareExperienced: boolean): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(editPersonPermission(await this.access.viewer(actor), personId, changesCareExperienced));
  }

  async assertCanChangeMembership(actor: Actor, body: BodyEntity, role: MembershipRole, doing: string): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(changeMembershipPermission(await this.access.viewer(actor), body, role, doing));
  }

  async assertCanEndMembership(actor: Actor, membership: MembershipEntity, body: BodyEntity, leaving: LeavingFacts | null): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(endMembershipPermission(await this.access.viewer(actor), membership, body, leaving));
  }

  async assertCanEndCoChairTerm(actor: Actor, term: MembershipEntity | null, houseName: string, seatName: string): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(endCoChairTermPermission(await this.access.viewer(actor), term, houseName, seatName));
  }

  isProgrammeAdmin(actor: Actor): Promise<boolean> {
    return this.access.actorHas(actor, Role.PROGRAMME_ADMIN);
  }

  async assertProgrammeAdmin(actor: Actor, doing: string): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(programmeAdminPermission(await this.access.viewer(actor), doing));
  }
}
