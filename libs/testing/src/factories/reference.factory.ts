import { DataSource } from 'typeorm';
import { AreaEntity, BodyEntity, LocalAuthorityEntity } from '@app/reference';

export async function authorityByShortCode(ds: DataSource, shortCode: string): Promise<LocalAuthorityEntity> {
  return ds.getRepository(LocalAuthorityEntity).findOneByOrFail({ shortCode });
}

export async function areaByCode(ds: DataSource, code: string): Promise<AreaEntity> {
  return ds.getRepository(AreaEntity).findOneByOrFail({ code });
}

/** A body by code: TRUST_BOARD, CICC, COMPACT_WORKING_GROUP, LLANCL, HOUSE_HEALTH, HOUSE_HOUSING, … */
export async function bodyByCode(ds: DataSource, code: string): Promise<BodyEntity> {
  return ds.getRepository(BodyEntity).findOneByOrFail({ code });
}
