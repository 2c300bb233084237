import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AreaKind, BodyKind, ReferenceService } from '@app/reference';
import { Loaders } from '../graphql/loaders';
import { areaLoader, authorityLoader } from './reference.loaders';
import { RequestLoaders } from '../graphql/current-actor.decorator';
import { AreaModel, BodyModel, LocalAuthorityModel, OrganisationModel } from './reference.model';
import { Public } from '../access/access.decorators';
import { DateScalar } from '../graphql/scalars';

/** Reference data lists are small and bounded (33 LAs, 9 areas, a dozen partners, ten bodies). */
@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Public('Published reference data: the London authorities, areas, partners and governance bodies; it names no person.')
  @Query(() => [LocalAuthorityModel], { description: "London's 33 local authorities, by name; open to everyone." })
  async localAuthorities(): Promise<LocalAuthorityModel[]> {
    return (await this.reference.listAuthorities()).map(LocalAuthorityModel.from);
  }

  @Public('Published reference data: the London authorities, areas, partners and governance bodies; it names no person.')
  @Query(() => LocalAuthorityModel, { nullable: true, description: 'One London local authority by id, open to everyone; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async localAuthority(@Args('id', { type: () => ID, description: 'The local authority id.' }) id: string): Promise<LocalAuthorityModel | null> {
    return LocalAuthorityModel.from(await this.reference.getAuthority(id));
  }

  @Public('Published reference data: the London authorities, areas, partners and governance bodies; it names no person.')
  @Query(() => [AreaModel], { description: 'ICS areas and sub-regions, by name; open to everyone.' })
  async areas(@Args('kind', { type: () => AreaKind, nullable: true, description: 'Only areas of this kind.' }) kind?: AreaKind): Promise<AreaModel[]> {
    return (await this.reference.listAreas(kind)).map(AreaModel.from);
  }

  @Public('Published reference data: the London authorities, areas, partners and governance bodies; it names no person.')
  @Query(() => [OrganisationModel], { description: 'Partner organisations, by name; open to everyone.' })
  async organisations(): Promise<OrganisationModel[]> {
    return (await this.reference.listOrganisations()).map(OrganisationModel.from);
  }

  @Public('Published reference data: the London authorities, areas, partners and governance bodies; it names no person.')
  @Query(() => [BodyModel], { description: 'Governance bodies, optionally of one kind (HOUSE lists the six Houses); open to everyone, though who sits on them needs sign-in.' })
  async bodies(@Args('kind', { type: () => BodyKind, nullable: true, description: 'Only bodies of this kind.' }) kind?: BodyKind): Promise<BodyModel[]> {
    return (await this.reference.listBodies(kind)).map(BodyModel.from);
  }

  @Public('Published reference data: the London authorities, areas, partners and governance bodies; it names no person.')
  @Query(() => BodyModel, { nullable: true, description: 'One body (House, working group or the Trust Board) by id, open to everyone (who sits on it needs sign-in); null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async body(@Args('id', { type: () => ID, description: 'The body id.' }) id: string): Promise<BodyModel | null> {
    return BodyModel.from(await this.reference.getBody(id));
  }
}

@Resolver(() => AreaModel)
export class AreaResolver {
  constructor(private readonly reference: ReferenceService) {}

  @ResolveField(() => [LocalAuthorityModel], { description: 'Member LAs on a date (default today), by name.' })
  async members(
    @Parent() area: AreaModel,
    @RequestLoaders() loaders: Loaders,
    @Args('on', { type: () => DateScalar, nullable: true, description: 'The day asked about; today when left out.' }) on?: string,
  ): Promise<LocalAuthorityModel[]> {
    const memberIds = await loaders
      .for<string, string[]>(`areaMembers:${on ?? ''}`, async (ids) => {
        const map = await this.reference.areaMembersOn(ids, on);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(area.id);
    const authorities = await authorityLoader(loaders, this.reference).loadMany(memberIds);
    return (authorities.filter((a) => a && !(a instanceof Error)) as LocalAuthorityModel[]).sort((a, b) => a.name.localeCompare(b.name));
  }
}

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly reference: ReferenceService) {}

  @ResolveField(() => AreaModel, { nullable: true, description: 'For an ICB, the ICS area it serves.' })
  async area(@Parent() org: OrganisationModel, @RequestLoaders() loaders: Loaders): Promise<AreaModel | null> {
    if (!org.areaId) return null;
    return areaLoader(loaders, this.reference).load(org.areaId);
  }
}

