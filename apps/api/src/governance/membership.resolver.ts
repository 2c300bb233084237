import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { Actor } from '@app/core';
import { GovernanceService } from '@app/governance';
import { ReferenceService } from '@app/reference';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { AreaModel, BodyModel, LocalAuthorityModel, OrganisationModel } from '../reference/reference.model';
import { AddMembershipInput, AppointCoChairInput, EndCoChairTermInput, EndMembershipInput } from './governance.input';
import { areaLoader, authorityLoader, bodyLoader, organisationLoader } from '../reference/reference.loaders';
import { personById } from './governance.loaders';
import {
  AddMembershipPayload,
  AppointCoChairPayload,
  EndCoChairTermPayload,
  EndMembershipPayload,
  MembershipModel,
  PersonModel,
} from './governance.model';
import { RequireRole } from '../access/access.decorators';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly reference: ReferenceService,
  ) {}

  @RequireRole(Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR)
  @Mutation(() => AddMembershipPayload, { description: "Adds a person to a body in any role but co-chair: programme admins anywhere; a House's co-chairs add members, advisers and observers to their own House." })
  async addMembership(@CurrentActor() actor: Actor, @Args('input', { description: 'The person, the body, the seat and whom they represent.' }) input: AddMembershipInput): Promise<AddMembershipPayload> {
    return { membership: MembershipModel.from(await this.governance.addMembership(actor, input)) };
  }

  @RequireRole(Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR)
  @Mutation(() => EndMembershipPayload, { description: "Ends a membership now; it stays in the history. Programme admins anywhere; a House's co-chairs for members, advisers and observers of their own House." })
  async endMembership(@CurrentActor() actor: Actor, @Args('input', { description: 'The membership and why it ends.' }) input: EndMembershipInput): Promise<EndMembershipPayload> {
    return { membership: MembershipModel.from(await this.governance.endMembership(actor, input)) };
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => AppointCoChairPayload, {
    description:
      "Appoints a House co-chair, ending the seat's previous term. The young-person seat needs a care-experienced current CiCC member; one person cannot hold both seats.",
  })
  async appointCoChair(@CurrentActor() actor: Actor, @Args('input', { description: 'The House, the person, the seat and why.' }) input: AppointCoChairInput): Promise<AppointCoChairPayload> {
    const result = await this.governance.appointCoChair(actor, input);
    return {
      membership: MembershipModel.from(result.membership),
      previous: result.previous ? MembershipModel.from(result.previous) : null,
      house: BodyModel.from(result.house),
    };
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => EndCoChairTermPayload, { description: 'Ends the current term of a co-chair seat, leaving it empty (programme admins).' })
  async endCoChairTerm(@CurrentActor() actor: Actor, @Args('input', { description: 'The House, the seat and why.' }) input: EndCoChairTermInput): Promise<EndCoChairTermPayload> {
    const result = await this.governance.endCoChairTerm(actor, input);
    return { membership: MembershipModel.from(result.membership), house: BodyModel.from(result.house) };
  }

  @ResolveField(() => PersonModel, { description: 'The person who holds the place.' })
  async person(@Parent() membership: MembershipModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return personById(loaders, this.governance).load(membership.personId);
  }

  @ResolveField(() => BodyModel, { description: 'The House, board or group.' })
  async body(@Parent() membership: MembershipModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel | null> {
    return bodyLoader(loaders, this.reference).load(membership.bodyId);
  }

  @ResolveField(() => LocalAuthorityModel, { nullable: true, description: 'The LA the person represents here, if any.' })
  async representsAuthority(@Parent() membership: MembershipModel, @RequestLoaders() loaders: Loaders): Promise<LocalAuthorityModel | null> {
    return membership.representsAuthorityId ? authorityLoader(loaders, this.reference).load(membership.representsAuthorityId) : null;
  }

  @ResolveField(() => AreaModel, { nullable: true, description: 'The ICS area or sub-region the person represents here, if any.' })
  async representsArea(@Parent() membership: MembershipModel, @RequestLoaders() loaders: Loaders): Promise<AreaModel | null> {
    return membership.representsAreaId ? areaLoader(loaders, this.reference).load(membership.representsAreaId) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The partner organisation the person represents here, if any.' })
  async representsOrganisation(@Parent() membership: MembershipModel, @RequestLoaders() loaders: Loaders): Promise<OrganisationModel | null> {
    return membership.representsOrganisationId ? organisationLoader(loaders, this.reference).load(membership.representsOrganisationId) : null;
  }
}
