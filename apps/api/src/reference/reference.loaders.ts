import DataLoader from 'dataloader';
import { ReferenceService } from '@app/reference';
import { byKey, Loaders } from '../graphql/loaders';
import { AreaModel, BodyModel, LocalAuthorityModel, OrganisationModel } from './reference.model';

/** The request's loaders for reference rows, shared by every resolver that points at them. */
export function bodyLoader(loaders: Loaders, reference: ReferenceService): DataLoader<string, BodyModel | null> {
  return loaders.for<string, BodyModel | null>('bodyById', async (ids) => byKey(ids, (await reference.bodiesByIds(ids)).map(BodyModel.from), (b) => b.id));
}

export function authorityLoader(loaders: Loaders, reference: ReferenceService): DataLoader<string, LocalAuthorityModel | null> {
  return loaders.for<string, LocalAuthorityModel | null>('authorityById', async (ids) =>
    byKey(ids, (await reference.authoritiesByIds(ids)).map(LocalAuthorityModel.from), (a) => a.id),
  );
}

export function areaLoader(loaders: Loaders, reference: ReferenceService): DataLoader<string, AreaModel | null> {
  return loaders.for<string, AreaModel | null>('areaById', async (ids) => byKey(ids, (await reference.areasByIds(ids)).map(AreaModel.from), (a) => a.id));
}

export function organisationLoader(loaders: Loaders, reference: ReferenceService): DataLoader<string, OrganisationModel | null> {
  return loaders.for<string, OrganisationModel | null>('organisationById', async (ids) =>
    byKey(ids, (await reference.organisationsByIds(ids)).map(OrganisationModel.from), (o) => o.id),
  );
}
