import { Args, Field, InputType, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '@app/access';
import { Actor, requirePerson } from '@app/core';
import { formatBirthMonth, GOVERNANCE_REASON_MAX, GovernanceService, PersonPrivacyService, ShownPerson } from '@app/governance';
import { ReferenceService } from '@app/reference';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { MembershipModel, PersonModel } from '../governance/governance.model';
import { Trim } from '../governance/input-helpers';
import { authorityLoader } from '../reference/reference.loaders';
import { LocalAuthorityModel } from '../reference/reference.model';
import { RecentChangeModel } from '../reporting/reporting.model';
import { RequireRole, SignedIn } from './access.decorators';
import { shownPersonById } from './person-privacy.loaders';

/** Where the privacy rule's audience for personal details is said, once, in the schema. */
const DETAILS_AUDIENCE =
  "Null except to the person themself, programme admins, safeguarding leads and the co-chairs of a House the person belongs to.";

/** Wherever a person's name, email or personal details leave the API, they go through PersonPrivacyService. */
@Resolver(() => PersonModel)
export class PersonPrivacyResolver {
  constructor(
    private readonly privacy: PersonPrivacyService,
    private readonly reference: ReferenceService,
  ) {}

  private shown(person: PersonModel, actor: Actor, loaders: Loaders): Promise<ShownPerson | null> {
    return shownPersonById(loaders, actor, this.privacy).load(person.id);
  }

  @ResolveField(() => String, { description: 'The name, or "CiCC member (<home LA>)" for a young person under 18 whom you may not see by name, or "Former CiCC member".' })
  async displayName(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string> {
    return (await this.shown(person, actor, loaders))?.displayName ?? person.displayName;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown only to programme admins and the person themself; null for everyone else.' })
  async email(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return (await this.shown(person, actor, loaders))?.email ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: `Birth month as YYYY-MM, when known. ${DETAILS_AUDIENCE}` })
  async birthMonth(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return formatBirthMonth((await this.shown(person, actor, loaders))?.birthMonth ?? null);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: `Whether the person is under 18 today, from their birth month (someone born in this month 18 years ago counts as 18); null when the birth month is unknown. ${DETAILS_AUDIENCE}`,
  })
  async under18(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<boolean | null> {
    return (await this.shown(person, actor, loaders))?.under18 ?? null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: `Whether the person is care-experienced. ${DETAILS_AUDIENCE}` })
  async careExperienced(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<boolean | null> {
    return (await this.shown(person, actor, loaders))?.careExperienced ?? null;
  }

  @ResolveField(() => LocalAuthorityModel, { nullable: true, description: `The LA the person comes from. ${DETAILS_AUDIENCE}` })
  async homeAuthority(@Parent() person: PersonModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<LocalAuthorityModel | null> {
    const id = (await this.shown(person, actor, loaders))?.homeAuthorityId ?? null;
    return id ? authorityLoader(loaders, this.reference).load(id) : null;
  }
}

@Resolver(() => RecentChangeModel)
export class RecentChangePrivacyResolver {
  constructor(private readonly privacy: PersonPrivacyService) {}

  @ResolveField(() => String, { nullable: true, description: 'Who made the change, named as the privacy rule allows; null when the service did.' })
  async actorName(@Parent() change: RecentChangeModel & { actorId?: string | null }, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    if (!change.actorId) return change.actorName;
    return (await shownPersonById(loaders, actor, this.privacy).load(change.actorId))?.displayName ?? null;
  }
}

@InputType({ description: 'Leaving the Children in Care Council, with a reason if you want to give one.' })
export class LeaveCiccInput {
  @Field(() => String, { nullable: true, description: `Why, if you want to say (up to ${GOVERNANCE_REASON_MAX} characters).` })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(GOVERNANCE_REASON_MAX)
  reason?: string | null;
}

@ObjectType({ description: 'What leaving the CiCC changed.' })
export class LeaveCiccPayload {
  @Field(() => [MembershipModel], { description: 'The CiCC membership that ended.' })
  ended: MembershipModel[];

  @Field(() => PersonModel, { description: 'Your profile after leaving.' })
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
  async leaveCicc(@CurrentActor() actor: Actor, @Args('input', { description: 'Why you are leaving, if you want to say.' }) input: LeaveCiccInput): Promise<LeaveCiccPayload> {
    const ended = await this.governance.leaveCicc(actor, input.reason);
    return { ended: ended.map(MembershipModel.from), person: PersonModel.from(await this.governance.person(actor, requirePerson(actor))) };
  }
}
