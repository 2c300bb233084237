import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor, inTransaction, Page, PageRequest, requirePerson, toOffsetLimit, toPage } from '@app/core';
import { AGREEMENT_STATUSES, ProposalStatus, ProposalsService } from '@app/proposals';
import { ReferenceService, today } from '@app/reference';
import { AgreementChange, applyAgreementChange, AgreementValues } from './agreement-rules';
import { AgreementStatusHistoryEntity } from './agreement-status-history.entity';
import { AgreementState, AgreementStatusEntity, PartyKind } from './agreement-status.entity';
import {
  AgreementConflictError,
  AgreementErrorCode,
  AgreementForbiddenError,
  AgreementInputError,
  AgreementNotFoundError,
  staleAgreement,
} from './agreements.errors';

export const MAX_BULK_ITEMS = 200;

export interface SetAgreementStatusRequest extends AgreementChange {
  agreementId: string;
  expectedVersion: number;
}

export interface UpdateAuthorityAgreementsRequest {
  authorityId: string;
  items: SetAgreementStatusRequest[];
}

export interface AgreementsFilter {
  proposalId?: string | null;
  partyId?: string | null;
  statuses?: AgreementState[] | null;
}

interface PlannedChange {
  row: AgreementStatusEntity;
  next: AgreementValues;
  expectedVersion: number;
}

/** A party an agreement is asked of, by kind and id. */
export interface PartyRef {
  kind: PartyKind;
  id: string;
}

export function partyOf(row: Pick<AgreementStatusEntity, 'partyKind' | 'localAuthorityId' | 'areaId' | 'organisationId'>): PartyRef {
  const id = row.localAuthorityId ?? row.areaId ?? row.organisationId;
  if (!id) throw new Error('An agreement row has no party.');
  return { kind: row.partyKind, id };
}

/**
 * Agreement of each party to each endorsed offer: opened when the Trust Board endorses a
 * proposal, then kept up to date by the people who represent each party.
 */
@Injectable()
export class AgreementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly reference: ReferenceService,
  ) {}

  onModuleInit(): void {
    this.proposals.onTransition(async (manager, event) => {
      if (event.to === ProposalStatus.ENDORSED) await this.openAgreements(manager, event.proposal.id);
    });
  }

  /**
   * Opens one NOT_STARTED row per party whose agreement the proposal needs, by its delivery
   * model: every LA; every ICS area that has members today; or the proposal's partners. One
   * statement; rows that already exist are left alone. Returns how many were opened.
   */
  async openAgreements(manager: EntityManager, proposalId: string): Promise<number> {
    const rows = (await manager.query(
      `INSERT INTO agreement_status (proposal_id, party_kind, local_authority_id, area_id, organisation_id)
       SELECT p.id, 'LOCAL_AUTHORITY'::agreement_party_kind, la.id, NULL::uuid, NULL::uuid
         FROM proposal p CROSS JOIN local_authority la
        WHERE p.id = $1 AND p.delivery_model = 'EACH_LA'
       UNION ALL
       SELECT p.id, 'ICS_AREA'::agreement_party_kind, NULL, ar.id, NULL
         FROM proposal p CROSS JOIN area ar
        WHERE p.id = $1 AND p.delivery_model = 'EACH_ICS_AREA' AND ar.kind = 'ICS_AREA'
          AND EXISTS (SELECT 1 FROM area_membership m
                       WHERE m.area_id = ar.id AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to > $2::date))
       UNION ALL
       SELECT p.id, 'ORGANISATION'::agreement_party_kind, NULL, NULL, pp.organisation_id
         FROM proposal p JOIN proposal_partner pp ON pp.proposal_id = p.id
        WHERE p.id = $1 AND p.delivery_model IN ('SINGLE_PARTNER', 'SEVERAL_PARTNERS')
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [proposalId, today()],
    )) as unknown[];
    return rows.length;
  }

  async get(id: string, field = 'agreementId'): Promise<AgreementStatusEntity> {
    const found = await this.dataSource.getRepository(AgreementStatusEntity).findOneBy({ id });
    if (!found) throw notFound(id, field);
    return found;
  }

  byIds(ids: readonly string[]): Promise<AgreementStatusEntity[]> {
    return this.dataSource.getRepository(AgreementStatusEntity).findBy({ id: In([...ids]) });
  }

  async list(filter: AgreementsFilter, page: PageRequest): Promise<Page<AgreementStatusEntity>> {
    const { offset, limit } = toOffsetLimit(page);
    const qb = this.dataSource
      .getRepository(AgreementStatusEntity)
      .createQueryBuilder('a')
      .innerJoin('a.proposal', 'p')
      .orderBy('p.title', 'ASC')
      .addOrderBy('a.proposalId', 'ASC')
      .addOrderBy('a.partyKind', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset(offset)
      .limit(limit);
    if (filter.proposalId) qb.andWhere('a.proposalId = :proposalId', { proposalId: filter.proposalId });
    if (filter.partyId) {
      qb.andWhere('(a.localAuthorityId = :partyId OR a.areaId = :partyId OR a.organisationId = :partyId)', { partyId: filter.partyId });
    }
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    const [items, total] = await qb.getManyAndCount();
    return toPage(items, total, offset);
  }

  async history(agreementId: string, page: PageRequest): Promise<Page<AgreementStatusHistoryEntity>> {
    const { offset, limit } = toOffsetLimit(page);
    await this.get(agreementId);
    const [items, total] = await this.dataSource.getRepository(AgreementStatusHistoryEntity).findAndCount({
      where: { agreementId },
      order: { version: 'ASC' },
      skip: offset,
      take: limit,
    });
    return toPage(items, total, offset);
  }

  /**
   * Sets one party's agreement. Only someone who currently represents that party may; a stale
   * `expectedVersion` is refused and nothing is written.
   */
  async setAgreementStatus(actor: Actor, request: SetAgreementStatusRequest, manager?: EntityManager): Promise<AgreementStatusEntity> {
    if (!actor.system) requirePerson(actor);
    return inTransaction(this.dataSource, manager, async (m) => {
      const [row] = await this.lockRows(m, [request.agreementId]);
      if (!row) throw notFound(request.agreementId, 'agreementId');
      await this.assertRepresents(m, actor, partyOf(row));
      const [saved] = await this.applyChanges(m, actor, [this.plan(row, request, '')], await this.proposalStatuses(m, [row]));
      return saved;
    });
  }

  /**
   * Sets many of one LA's agreements at once, all or nothing. Errors name the item at fault
   * (e.g. `items.3.expectedVersion`).
   */
  async updateAuthorityAgreements(actor: Actor, request: UpdateAuthorityAgreementsRequest, manager?: EntityManager): Promise<AgreementStatusEntity[]> {
    if (!actor.system) requirePerson(actor);
    if (request.items.length < 1 || request.items.length > MAX_BULK_ITEMS) {
      throw new AgreementInputError(AgreementErrorCode.BAD_ITEMS, `Send between 1 and ${MAX_BULK_ITEMS} items.`, 'items');
    }
    const seen = new Map<string, number>();
    request.items.forEach((item, i) => {
      const earlier = seen.get(item.agreementId);
      if (earlier !== undefined) {
        throw new AgreementInputError(
          AgreementErrorCode.DUPLICATE_ITEM,
          `Item ${i} repeats the agreement in item ${earlier}; send each agreement once.`,
          `items.${i}.agreementId`,
        );
      }
      seen.set(item.agreementId, i);
    });
    return inTransaction(this.dataSource, manager, async (m) => {
      const authority = await this.reference.getAuthority(request.authorityId, 'authorityId');
      await this.assertRepresents(m, actor, { kind: PartyKind.LOCAL_AUTHORITY, id: authority.id });
      const rows = new Map((await this.lockRows(m, request.items.map((i) => i.agreementId))).map((r) => [r.id, r]));
      const planned = request.items.map((item, i) => {
        const row = rows.get(item.agreementId);
        if (!row) throw notFound(item.agreementId, `items.${i}.agreementId`);
        if (row.localAuthorityId !== authority.id) {
          throw new AgreementInputError(
            AgreementErrorCode.NOT_THIS_AUTHORITY,
            `Item ${i} is not one of ${authority.name}'s agreements; send only ${authority.name}'s offers in this update.`,
            `items.${i}.agreementId`,
          );
        }
        return this.plan(row, item, `items.${i}.`);
      });
      return this.applyChanges(m, actor, planned, await this.proposalStatuses(m, [...rows.values()]));
    });
  }

  private plan(row: AgreementStatusEntity, request: SetAgreementStatusRequest, prefix: string): PlannedChange & { prefix: string } {
    if (request.expectedVersion !== row.version) throw staleAgreement(request.expectedVersion, row.version, `${prefix}expectedVersion`);
    const next = applyAgreementChange(row.partyKind, row, request, prefix);
    return { row, next, expectedVersion: request.expectedVersion, prefix };
  }

  private lockRows(m: EntityManager, ids: string[]): Promise<AgreementStatusEntity[]> {
    return m.getRepository(AgreementStatusEntity).find({ where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  private async proposalStatuses(m: EntityManager, rows: AgreementStatusEntity[]): Promise<Map<string, ProposalStatus>> {
    const ids = [...new Set(rows.map((r) => r.proposalId))];
    const found = (await m.query(`SELECT id, status FROM proposal WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; status: ProposalStatus }[];
    return new Map(found.map((p) => [p.id, p.status]));
  }

  /** Writes every planned change and its history entry: two statements whatever the count. */
  private async applyChanges(
    m: EntityManager,
    actor: Actor,
    planned: (PlannedChange & { prefix: string })[],
    proposalStatuses: Map<string, ProposalStatus>,
  ): Promise<AgreementStatusEntity[]> {
    for (const p of planned) {
      const status = proposalStatuses.get(p.row.proposalId);
      if (!status || !AGREEMENT_STATUSES.includes(status)) {
        throw new AgreementConflictError(
          AgreementErrorCode.PROPOSAL_NOT_OPEN,
          `This offer is ${status ?? 'gone'}, so agreements to it can no longer be changed.`,
          `${p.prefix}agreementId`,
          { proposalStatus: status },
        );
      }
    }
    const changed = (await m.query(
      `WITH changed AS (
         UPDATE agreement_status a
            SET status = u.status, reciprocity = u.reciprocity, effective_date = u.effective_date, note = u.note,
                evidence_url = u.evidence_url, updated_by_id = $9::uuid, updated_at = now(), version = a.version + 1
           FROM unnest($1::uuid[], $2::int[], $3::agreement_state[], $4::agreement_state[], $5::agreement_reciprocity[],
                       $6::date[], $7::varchar[], $8::varchar[])
                AS u(id, expected_version, from_status, status, reciprocity, effective_date, note, evidence_url)
          WHERE a.id = u.id AND a.version = u.expected_version
         RETURNING a.id, u.from_status, a.status, a.reciprocity, a.effective_date, a.note, a.evidence_url, a.updated_by_id, a.version
       )
       INSERT INTO agreement_status_history
              (agreement_id, from_status, to_status, reciprocity, effective_date, note, evidence_url, changed_by_id, version)
       SELECT id, from_status, status, reciprocity, effective_date, note, evidence_url, updated_by_id, version FROM changed
       RETURNING agreement_id`,
      [
        planned.map((p) => p.row.id),
        planned.map((p) => p.expectedVersion),
        planned.map((p) => p.row.status),
        planned.map((p) => p.next.status),
        planned.map((p) => p.next.reciprocity),
        planned.map((p) => p.next.effectiveDate),
        planned.map((p) => p.next.note),
        planned.map((p) => p.next.evidenceUrl),
        actor.personId,
      ],
    )) as unknown[];
    if (changed.length !== planned.length) {
      // Rows are locked, so this means a version moved between read and write: refuse all.
      throw new AgreementConflictError('STALE_VERSION', 'Some agreements were changed by someone else meanwhile. Reload them and try again.', 'items');
    }
    const saved = await m.getRepository(AgreementStatusEntity).findBy({ id: In(planned.map((p) => p.row.id)) });
    const byId = new Map(saved.map((s) => [s.id, s]));
    return planned.map((p) => byId.get(p.row.id)!);
  }

  /**
   * Refuses anyone who does not currently represent the party (through a membership that
   * represents that LA, ICS area or partner), saying whom they do represent.
   */
  private async assertRepresents(m: EntityManager, actor: Actor, party: PartyRef): Promise<void> {
    if (actor.system) return;
    const personId = requirePerson(actor);
    const rows = (await m.query(
      `SELECT coalesce(m.represents_authority_id, m.represents_area_id, m.represents_organisation_id) AS party_id,
              coalesce(la.name, ar.name, o.name) AS name,
              (SELECT coalesce(pla.name, par.name, po.name)
                 FROM (SELECT $2::uuid AS id) t
                 LEFT JOIN local_authority pla ON pla.id = t.id
                 LEFT JOIN area par ON par.id = t.id
                 LEFT JOIN organisation po ON po.id = t.id) AS party_name
         FROM (SELECT 1) one
         LEFT JOIN membership m ON m.person_id = $1 AND m.ended_at IS NULL
              AND num_nonnulls(m.represents_authority_id, m.represents_area_id, m.represents_organisation_id) = 1
         LEFT JOIN local_authority la ON la.id = m.represents_authority_id
         LEFT JOIN area ar ON ar.id = m.represents_area_id
         LEFT JOIN organisation o ON o.id = m.represents_organisation_id`,
      [personId, party.id],
    )) as { party_id: string | null; name: string | null; party_name: string | null }[];
    if (rows.some((r) => r.party_id === party.id)) return;
    const partyName = rows[0]?.party_name ?? 'this party';
    const represented = [...new Set(rows.map((r) => r.name).filter((n): n is string => !!n))].sort();
    throw new AgreementForbiddenError(
      AgreementErrorCode.NOT_A_REPRESENTATIVE,
      represented.length
        ? `You represent ${represented.join(', ')}, not ${partyName}; only someone who represents ${partyName} can change its agreement.`
        : `You do not represent any local authority, ICS area or partner, so you cannot change ${partyName}'s agreement.`,
      undefined,
      { represents: represented },
    );
  }
}

function notFound(id: string, field: string): AgreementNotFoundError {
  return new AgreementNotFoundError(AgreementErrorCode.AGREEMENT_NOT_FOUND, `No agreement has id ${id}.`, field);
}
