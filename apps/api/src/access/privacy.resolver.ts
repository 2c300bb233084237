import { Args, Field, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AccessService, Role } from '@app/access';
import { Actor, requirePerson } from '@app/core';
import { formatBirthMonth, GovernanceService } from '@app/governance';
import { RespondentModel } from '../consultations/consultation.model';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { MembershipModel, PersonModel } from '../governance/governance.model';
import { Trim } from '../governance/input-helpers';
import { ProposalPersonModel } from '../proposals/proposal.model';
import { RecentChangeModel } from '../reporting/reporting.model';
import { RequireRole, SignedIn } from './access.decorators';
import { shownPersonById } from './person-privacy.loaders';

/** Wherever a person's name, email or birth month leaves the API, it goes through showPerson. */
@Resolver(() => PersonModel)
export class PersonPrivacyResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => String, { description: 'The name, or "CiCC member (<home LA>)" for a young person under 18 whom you may not see by name, or "Former CiCC member".' })
  async displayName(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string> {
    return (await shownPersonById(loaders, actor, this.governance, this.access).load(person.id))?.displayName ?? person.displayName;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown only to programme admins and the person themself; null for everyone else.' })
  async email(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return (await shownPersonById(loaders, actor, this.governance, this.access).load(person.id))?.email ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Birth month as YYYY-MM, when known and not hidden to protect a young person.' })
  async birthMonth(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    const shown = await shownPersonById(loaders, actor, this.governance, this.access).load(person.id);
    return shown ? formatBirthMonth(shown.birthMonth) : null;
  }
}

@Resolver(() => ProposalPersonModel)
export class ProposalPersonPrivacyResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => String)
  async displayName(@Parent() person: ProposalPersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string> {
    return (await shownPersonById(loaders, actor, this.governance, this.access).load(person.id))?.displayName ?? person.displayName;
  }
}

@Resolver(() => RespondentModel)
export class RespondentPrivacyResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => String)
  async displayName(@Parent() person: RespondentModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string> {
    return (await shownPersonById(loaders, actor, this.governance, this.access).load(person.id))?.displayName ?? person.displayName;
  }
}

@Resolver(() => RecentChangeModel)
export class RecentChangePrivacyResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => String, { nullable: true })
  async actorName(@Parent() change: RecentChangeModel & { actorId?: string | null }, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    if (!change.actorId) return change.actorName;
    return (await shownPersonById(loaders, actor, this.governance, this.access).load(change.actorId))?.displayName ?? null;
  }
}

@InputType()
export class LeaveCiccInput {
  @Field(() => String, { nullable: true, description: 'Why, if you want to say (up to 2000 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@ObjectType()
export class LeaveCiccPayload {
  @Field(() => [MembershipModel], { description: 'The CiCC membership that ended.' })
  ended: MembershipModel[];

  @Field(() => PersonModel)
  person: PersonModel;
}

/** Your own profile: see it (updatePerson corrects it) and leave the CiCC. */
@Resolver()
export class ProfileResolver {
  constructor(private readonly governance: GovernanceService) {}

  @SignedIn()
  @Query(() => PersonModel, { description: 'Your own profile, with your email and birth month.' })
  async myProfile(@CurrentActor() actor: Actor): Promise<PersonModel> {
    return PersonModel.from(await this.governance.person(actor, requirePerson(actor)));
  }

  @RequireRole(Role.CICC_MEMBER)
  @Mutation(() => LeaveCiccPayload, {
    description:
      'You leave the Children in Care Council and are signed out on every device; unless you keep another membership, nothing more is sent to you. Your comments stay, shown as a former member’s, and your votes still count.',
  })
  async leaveCicc(@CurrentActor() actor: Actor, @Args('input') input: LeaveCiccInput): Promise<LeaveCiccPayload> {
    const ended = await this.governance.leaveCicc(actor, input.reason);
    return { ended: ended.map(MembershipModel.from), person: PersonModel.from(await this.governance.person(actor, requirePerson(actor))) };
  }
}
