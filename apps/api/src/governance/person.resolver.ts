import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { Actor } from '@app/core';
import { GovernanceService, PersonPrivacyService } from '@app/governance';
import { Connection, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { CreatePersonInput, PeopleFilterInput, UpdatePersonInput } from './governance.input';
import { membershipsByPersonId } from './governance.loaders';
import { CreatePersonPayload, MembershipModel, PersonModel, UpdatePersonPayload } from './governance.model';
import { RequireRole, SignedIn } from '../access/access.decorators';

@ObjectType('PersonConnection', { description: 'A page of people.' })
export class PersonConnection extends Connection(PersonModel, 'Person') {}

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly privacy: PersonPrivacyService,
  ) {}

  @SignedIn()
  @Query(() => PersonModel, { nullable: true, description: 'One person by id, for anyone signed in and named as the privacy rule allows; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async person(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The person id.' }) id: string): Promise<PersonModel | null> {
    return PersonModel.from(await this.governance.person(actor, id));
  }

  @SignedIn()
  @Query(() => PersonConnection, { description: 'People by name, for anyone signed in, filtered by current membership, role, care experience (programme admins, safeguarding leads, and co-chairs within their House) or name.' })
  async people(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { type: () => PeopleFilterInput, nullable: true, description: 'Which people to list.' }) filter?: PeopleFilterInput,
  ): Promise<PersonConnection> {
    if (filter?.careExperienced !== undefined && filter.careExperienced !== null) await this.privacy.assertMayFilterByCareExperience(actor, filter.bodyId);
    return toConnection(await this.governance.people(actor, filter ?? {}, page), PersonModel.from);
  }

  @RequireRole(Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR)
  @Mutation(() => CreatePersonPayload, { description: "Adds a person without inviting them (programme admins, or a House's co-chairs)." })
  async createPerson(@CurrentActor() actor: Actor, @Args('input', { description: "The person's name, email and details." }) input: CreatePersonInput): Promise<CreatePersonPayload> {
    return { person: PersonModel.from(await this.governance.createPerson(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => UpdatePersonPayload, { description: 'Changes a person: yourself (not your care experience), or anyone for a programme admin.' })
  async updatePerson(@CurrentActor() actor: Actor, @Args('input', { description: 'The person, the version you last read and what changes.' }) input: UpdatePersonInput): Promise<UpdatePersonPayload> {
    return { person: PersonModel.from(await this.governance.updatePerson(actor, input)) };
  }

  // displayName, email, birthMonth, under18, careExperienced and homeAuthority are resolved by the
  // person privacy rule (access/privacy.resolver.ts).

  @ResolveField(() => [MembershipModel], { description: 'Current memberships, newest first; with includeEnded, past ones too.' })
  async memberships(
    @Parent() person: PersonModel,
    @RequestLoaders() loaders: Loaders,
    @Args('includeEnded', { type: () => Boolean, defaultValue: false, description: 'Include memberships that have ended.' }) includeEnded: boolean,
  ): Promise<MembershipModel[]> {
    return membershipsByPersonId(loaders, this.governance, includeEnded).load(person.id);
  }
}
