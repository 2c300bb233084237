import DataLoader from 'dataloader';
import { GovernanceService } from '@app/governance';
import { byKey, groupByKey, Loaders } from '../graphql/loaders';
import { CoChairsModel, MembershipModel, PersonModel } from './governance.model';

/**
 * This request's loaders for people and memberships (reference rows load through
 * ../reference/reference.loaders). Other resolvers that show a person use `personById`, so one
 * request loads each person once.
 */
export function personById(loaders: Loaders, governance: GovernanceService): DataLoader<string, PersonModel | null> {
  return loaders.for<string, PersonModel | null>('personById', async (ids) =>
    byKey(ids, (await governance.peopleByIds(ids)).map(PersonModel.from), (p) => p.id),
  );
}

export function membershipsByPersonId(loaders: Loaders, governance: GovernanceService, includeEnded: boolean): DataLoader<string, MembershipModel[]> {
  return loaders.for<string, MembershipModel[]>(`membershipsByPersonId:${includeEnded ? 'all' : 'current'}`, async (ids) =>
    groupByKey(ids, (await governance.membershipsOfPeople(ids, includeEnded)).map(MembershipModel.from), (m) => m.personId),
  );
}

export function membersByBodyId(loaders: Loaders, governance: GovernanceService, includeEnded: boolean): DataLoader<string, MembershipModel[]> {
  return loaders.for<string, MembershipModel[]>(`membersByBodyId:${includeEnded ? 'all' : 'current'}`, async (ids) =>
    groupByKey(ids, (await governance.membersOfBodies(ids, includeEnded)).map(MembershipModel.from), (m) => m.bodyId),
  );
}

export function coChairsByBodyId(loaders: Loaders, governance: GovernanceService): DataLoader<string, CoChairsModel> {
  return loaders.for<string, CoChairsModel>('coChairsByBodyId', async (ids) => {
    const map = await governance.coChairsOfBodies(ids);
    return ids.map((id) => {
      const chairs = map.get(id);
      return Object.assign(new CoChairsModel(), {
        youngPerson: chairs?.youngPerson ? MembershipModel.from(chairs.youngPerson) : null,
        sectorLead: chairs?.sectorLead ? MembershipModel.from(chairs.sectorLead) : null,
      });
    });
  });
}
