import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { Actor } from '@app/core';
import { GovernanceService } from '@app/governance';
import { PersonalDataService } from '@app/personal-data';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { PersonModel } from '../governance/governance.model';
import { RequireRole, SignedIn } from './access.decorators';
import { ErasePersonInput, ErasePersonPayload, MyDataModel } from './personal-data.model';

/** Your own data, and erasing a person's data at their request. */
@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly governance: GovernanceService,
  ) {}

  @SignedIn()
  @Query(() => MyDataModel, { description: 'Everything the service holds about you (GET /exports/my-data.json gives it as a file).' })
  async myData(@CurrentActor() actor: Actor): Promise<MyDataModel> {
    return MyDataModel.from(await this.personalData.collect(actor));
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => ErasePersonPayload, {
    description:
      "Erases a person's data at their request (programme admins, not their own): pseudonymises them, ends their sessions, memberships and grants, removes their comments' text, and keeps their votes counted but no longer theirs. It cannot be undone.",
  })
  async erasePerson(@CurrentActor() actor: Actor, @Args('input', { description: 'Whose data to erase.' }) input: ErasePersonInput): Promise<ErasePersonPayload> {
    const result = await this.personalData.erase(actor, input.personId);
    return ErasePersonPayload.from(result, PersonModel.from(await this.governance.person(actor, input.personId)));
  }
}
