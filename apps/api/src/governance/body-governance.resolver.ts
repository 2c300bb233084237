import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GovernanceService, hasBothCoChairs, MembershipRole, missingCoChairRoles } from '@app/governance';
import { BodyKind } from '@app/reference';
import { Actor, requirePerson } from '@app/core';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { BodyModel } from '../reference/reference.model';
import { coChairsByBodyId, membersByBodyId } from './governance.loaders';
import { CoChairsModel, MembershipModel } from './governance.model';

/** Who sits on a body, and for Houses whether both co-chair seats are filled. */
@Resolver(() => BodyModel)
export class BodyGovernanceResolver {
  constructor(private readonly governance: GovernanceService) {}

  @ResolveField(() => [MembershipModel], { description: 'Current members by role; with includeEnded, past members too.' })
  async members(
    @Parent() body: BodyModel,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @Args('includeEnded', { type: () => Boolean, defaultValue: false, description: 'Include members whose place has ended.' }) includeEnded: boolean,
  ): Promise<MembershipModel[]> {
    requirePerson(actor); // bodies are public reference data; who sits on them is for people who are signed in
    return membersByBodyId(loaders, this.governance, includeEnded).load(body.id);
  }

  @ResolveField(() => CoChairsModel, { description: 'The current co-chairs (only Houses have them).' })
  async coChairs(@Parent() body: BodyModel, @RequestLoaders() loaders: Loaders, @CurrentActor() actor: Actor): Promise<CoChairsModel> {
    requirePerson(actor);
    return coChairsByBodyId(loaders, this.governance).load(body.id);
  }

  @ResolveField(() => Boolean, { description: 'True for a House with both co-chair seats filled; its proposals can then move forward.' })
  async canMoveProposalsForward(@Parent() body: BodyModel, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    if (body.kind !== BodyKind.HOUSE) return false;
    return hasBothCoChairs(await coChairsByBodyId(loaders, this.governance).load(body.id));
  }

  @ResolveField(() => [MembershipRole], { description: "A House's empty co-chair seats; always empty for other bodies." })
  async missingCoChairs(@Parent() body: BodyModel, @RequestLoaders() loaders: Loaders): Promise<MembershipRole[]> {
    if (body.kind !== BodyKind.HOUSE) return [];
    return missingCoChairRoles(await coChairsByBodyId(loaders, this.governance).load(body.id));
  }
}
