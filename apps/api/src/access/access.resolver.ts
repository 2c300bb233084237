import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService, areasFor, housesCoChaired, Role, ServiceArea } from '@app/access';
import { Actor, requirePerson } from '@app/core';
import { ReferenceService } from '@app/reference';
import { BodyModel } from '../reference/reference.model';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { RequireRole, SignedIn } from './access.decorators';
import { GrantRoleInput, RevokeRoleInput } from './access.input';
import { GrantRolePayload, RevokeRolePayload, RoleAssignmentModel, RoleGrantModel } from './access.model';

@Resolver()
export class AccessResolver {
  constructor(
    private readonly access: AccessService,
    private readonly reference: ReferenceService,
  ) {}

  @SignedIn()
  @Query(() => [RoleAssignmentModel], { description: 'The roles you hold now, from your memberships and from grants.' })
  async myRoles(@CurrentActor() actor: Actor): Promise<RoleAssignmentModel[]> {
    requirePerson(actor);
    return (await this.access.rolesOfActor(actor)).map(RoleAssignmentModel.from);
  }

  @SignedIn()
  @Query(() => [ServiceArea], {
    description: 'The parts of the service you may open, from the roles you hold now, in the order a menu lists them (empty for someone who only takes part).',
  })
  async myAreas(@CurrentActor() actor: Actor): Promise<ServiceArea[]> {
    requirePerson(actor);
    return areasFor(await this.access.rolesOfActor(actor));
  }

  @SignedIn()
  @Query(() => [BodyModel], {
    description: 'The Houses you co-chair now (by your seat or a grant), by name: those Our House and moderation open for you. Empty for everyone else.',
  })
  async myHouses(@CurrentActor() actor: Actor): Promise<BodyModel[]> {
    requirePerson(actor);
    const bodies = await this.reference.bodiesByIds(housesCoChaired(await this.access.rolesOfActor(actor)));
    return bodies.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).map(BodyModel.from);
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Query(() => [RoleGrantModel], { description: "A person's role grants, newest first; with includeRevoked, past ones too (programme admins)." })
  async roleGrants(
    @CurrentActor() actor: Actor,
    @Args('personId', { type: () => ID, description: 'The person whose grants to list.' }) personId: string,
    @Args('includeRevoked', { type: () => Boolean, defaultValue: false, description: 'Include grants that have been revoked.' }) includeRevoked: boolean,
  ): Promise<RoleGrantModel[]> {
    await this.access.assertProgrammeAdmin(actor, "read people's role grants");
    return (await this.access.grantsOfPeople([personId], includeRevoked)).map(RoleGrantModel.from);
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => GrantRolePayload, { description: 'Gives a person a role (programme admins).' })
  async grantRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The person, the role, its scope and why.' }) input: GrantRoleInput): Promise<GrantRolePayload> {
    const scope = input.scopeKind && input.scopeId ? { kind: input.scopeKind, id: input.scopeId } : null;
    return { grant: RoleGrantModel.from(await this.access.grantRole(actor, { personId: input.personId, role: input.role, scope, reason: input.reason })) };
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => RevokeRolePayload, { description: 'Takes back a role grant, keeping it as history (programme admins).' })
  async revokeRole(@CurrentActor() actor: Actor, @Args('input', { description: 'The grant and why it is revoked.' }) input: RevokeRoleInput): Promise<RevokeRolePayload> {
    return { grant: RoleGrantModel.from(await this.access.revokeRole(actor, input)) };
  }
}
