import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { Clock, Tx } from '@app/core';
import { AreaKind, AreaEntity } from './area.entity';
import { AreaMembershipEntity } from './area-membership.entity';
import { BodyEntity, BodyKind } from './body.entity';
import { LocalAuthorityEntity } from './local-authority.entity';
import { OrganisationEntity } from './organisation.entity';
import { ReferenceErrorCode, ReferenceInputError, ReferenceNotFoundError } from './reference.errors';

/** Read access to London's reference data: LAs, areas and their members, partners, bodies. */
@Injectable()
export class ReferenceService {
  constructor(
    private readonly txHost: Tx,
    private readonly clock: Clock,
  ) {}

  // Through the transaction host: in the current transaction when one is running.
  private get authorities(): Repository<LocalAuthorityEntity> {
    return this.txHost.tx.getRepository(LocalAuthorityEntity);
  }

  private get areas(): Repository<AreaEntity> {
    return this.txHost.tx.getRepository(AreaEntity);
  }

  private get memberships(): Repository<AreaMembershipEntity> {
    return this.txHost.tx.getRepository(AreaMembershipEntity);
  }

  private get organisations(): Repository<OrganisationEntity> {
    return this.txHost.tx.getRepository(OrganisationEntity);
  }

  private get bodies(): Repository<BodyEntity> {
    return this.txHost.tx.getRepository(BodyEntity);
  }

  listAuthorities(): Promise<LocalAuthorityEntity[]> {
    return this.authorities.find({ order: { name: 'ASC' } });
  }

  authoritiesByIds(ids: readonly string[]): Promise<LocalAuthorityEntity[]> {
    return this.authorities.findBy({ id: In([...ids]) });
  }

  async getAuthority(id: string, field = 'id'): Promise<LocalAuthorityEntity> {
    const found = await this.authorities.findOneBy({ id });
    if (!found) throw new ReferenceNotFoundError(ReferenceErrorCode.AUTHORITY_NOT_FOUND, `No local authority has id ${id}.`, field);
    return found;
  }

  listAreas(kind?: AreaKind): Promise<AreaEntity[]> {
    return this.areas.find({ where: kind ? { kind } : {}, order: { kind: 'ASC', code: 'ASC' } });
  }

  areasByIds(ids: readonly string[]): Promise<AreaEntity[]> {
    return this.areas.findBy({ id: In([...ids]) });
  }

  async getArea(id: string, field = 'id'): Promise<AreaEntity> {
    const found = await this.areas.findOneBy({ id });
    if (!found) throw new ReferenceNotFoundError(ReferenceErrorCode.AREA_NOT_FOUND, `No area has id ${id}.`, field);
    return found;
  }

  /** Members of each area on a date, keyed by area id. */
  async areaMembersOn(areaIds: readonly string[], on = this.clock.today()): Promise<Map<string, string[]>> {
    const rows = await this.memberships
      .createQueryBuilder('m')
      .select(['m.areaId', 'm.localAuthorityId'])
      .where('m.areaId IN (:...areaIds)', { areaIds: areaIds.length ? [...areaIds] : [null] })
      .andWhere('m.validFrom <= :on AND (m.validTo IS NULL OR m.validTo > :on)', { on })
      .getMany();
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.areaId, [...(map.get(r.areaId) ?? []), r.localAuthorityId]);
    return map;
  }

  /** Every membership period of the given LAs, for history views. */
  membershipsOfAuthorities(authorityIds: readonly string[]): Promise<AreaMembershipEntity[]> {
    return this.memberships.find({ where: { localAuthorityId: In([...authorityIds]) }, order: { validFrom: 'ASC' } });
  }

  listOrganisations(): Promise<OrganisationEntity[]> {
    return this.organisations.find({ order: { name: 'ASC' } });
  }

  organisationsByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.organisations.findBy({ id: In([...ids]) });
  }

  async getOrganisation(id: string, field = 'id'): Promise<OrganisationEntity> {
    const found = await this.organisations.findOneBy({ id });
    if (!found) throw new ReferenceNotFoundError(ReferenceErrorCode.ORGANISATION_NOT_FOUND, `No partner organisation has id ${id}.`, field);
    return found;
  }

  listBodies(kind?: BodyKind): Promise<BodyEntity[]> {
    return this.bodies.find({ where: kind ? { kind } : {}, order: { kind: 'ASC', name: 'ASC' } });
  }

  bodiesByIds(ids: readonly string[]): Promise<BodyEntity[]> {
    return this.bodies.findBy({ id: In([...ids]) });
  }

  async getBody(id: string, field = 'id'): Promise<BodyEntity> {
    const found = await this.bodies.findOneBy({ id });
    if (!found) throw new ReferenceNotFoundError(ReferenceErrorCode.BODY_NOT_FOUND, `No governance body has id ${id}.`, field);
    return found;
  }

  async getBodyByCode(code: string): Promise<BodyEntity> {
    const found = await this.bodies.findOneBy({ code });
    if (!found) throw new ReferenceNotFoundError(ReferenceErrorCode.BODY_NOT_FOUND, `No governance body has code ${code}.`, 'code');
    return found;
  }

  /** A House by id; refuses other kinds of body with a message naming what was given. */
  async getHouse(id: string, field = 'houseId'): Promise<BodyEntity> {
    const body = await this.getBody(id, field);
    if (body.kind !== BodyKind.HOUSE) {
      throw new ReferenceInputError(ReferenceErrorCode.NOT_A_HOUSE, `${body.name} is not a House; choose one of the six Houses.`, field);
    }
    return body;
  }
}
