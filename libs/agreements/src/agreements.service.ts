import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, Clock, enforce, EventJob, keysetPage, OfferWordingChange, Page, PageRequest, requirePerson, Tx } from '@app/core';
import { OutboxService } from '@app/outbox';
import { ProposalEntity, ProposalsService, ProposalStatus } from '@app/proposals';
import { ReferenceService } from '@app/reference';
import { AgreementChange, applyAgreementChange, AgreementValues } from './agreement-rules';
import { AgreementStatusHistoryEntity } from './agreement-status-history.entity';
import { AgreementFacts, confirmWordingPermission, offerOpenPermission, partyScope, setAgreementStatusPermission, updatePartyAgreementsPermission } from './agreement-permissions';
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

/** Statuses in which a party has agreed a wording, and so must re-confirm when it is revised. */
export const AGREEING_STATES: readonly AgreementState[] = [
  AgreementState.AGREED_IN_PRINCIPLE,
  AgreementState.FORMALLY_AGREED,
  AgreementState.IMPLEMENTED,
];

export interface ConfirmAgreementWordingRequest {
  agreementId: string;
  expectedVersion: number;
}

export interface SetAgreementStatusRequest extends AgreementChange {
  agreementId: string;
  expectedVersion: number;
}

export interface UpdateAuthorityAgreementsRequest {
  authorityId: string;
  items: SetAgreementStatusRequest[];
}

/** Many agreements of one party of any kind: a local authority, an ICS area or a partner organisation. */
export interface UpdatePartyAgreementsRequest {
  partyId: string;
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
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly clock: Clock,
    /** Status changes are announced through the outbox, in the transaction that makes them. */
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.proposals.onTransition(async (event) => {
      if (event.to === ProposalStatus.ENDORSED) await this.openAgreements(event.proposal.id);
    });
    this.proposals.onRevision(async (event) => {
      const marked = await this.askToReconfirm(event.proposal.id, event.proposal.wordingVersion, event.actor);
      if (marked === 0) return;
      // The parties' officers are told at once, with the old and new wording.
      await this.outbox.emit({
        job: EventJob.OFFER_REVISED,
        payload: {
          proposalId: event.proposal.id,
          wordingVersion: event.proposal.wordingVersion,
          previousWordingVersion: event.previousWordingVersion,
          reason: event.reason,
          changes: wordingChanges(event.previous, event.proposal),
        },
      });
    });
  }

  /**
   * Marks every party that has agreed the offer (in principle, formally, or by implementing it)
   * as needing to re-confirm the revised wording, with a history entry each. One statement.
   * Returns how many were marked.
   */
  async askToReconfirm(proposalId: string, wordingVersion: number, actor: Actor): Promise<number> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `WITH marked AS (
         UPDATE agreement_status a
            SET reconfirmation_needed = true, updated_at = now(), version = a.version + 1
          WHERE a.proposal_id = $1 AND a.status = ANY($2::agreement_state[])
         RETURNING a.id, a.status, a.reciprocity, a.effective_date, a.evidence_url, a.version
       )
       INSERT INTO agreement_status_history
              (agreement_id, from_status, to_status, reciprocity, effective_date, note, evidence_url, changed_by_id, version)
       SELECT id, status, status, reciprocity, effective_date, $3, evidence_url, $4::uuid, version FROM marked
       RETURNING agreement_id`,
      [proposalId, AGREEING_STATES, `The offer's wording changed (version ${wordingVersion}); re-confirmation needed.`, actor.personId],
    );
    return rows.length;
  }

  /**
   * A party's representative confirms it agrees the offer's current wording, clearing
   * "re-confirmation needed". Refused when nothing awaits confirmation or the version is stale.
   */
  async confirmWording(actor: Actor, request: ConfirmAgreementWordingRequest): Promise<AgreementStatusEntity> {
    requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [row] = await this.lockRows(m, [request.agreementId]);
      if (!row) throw notFound(request.agreementId, 'agreementId');
      await this.assertRepresents(m, actor, partyOf(row));
      if (request.expectedVersion !== row.version) throw staleAgreement(request.expectedVersion, row.version, 'expectedVersion');
      enforce(confirmWordingPermission(await this.access.viewer(actor), row));
      const [{ wording_version: wordingVersion }] = await m.query<{
        wording_version: number;
      }[]>(`SELECT wording_version FROM proposal WHERE id = $1`, [row.proposalId]);
      await m.query(
        `WITH confirmed AS (
           UPDATE agreement_status a
              SET reconfirmation_needed = false, updated_by_id = $2::uuid, updated_at = now(), version = a.version + 1
            WHERE a.id = $1
           RETURNING a.id, a.status, a.reciprocity, a.effective_date, a.evidence_url, a.version
         )
         INSERT INTO agreement_status_history
                (agreement_id, from_status, to_status, reciprocity, effective_date, note, evidence_url, changed_by_id, version)
         SELECT id, status, status, reciprocity, effective_date, $3, evidence_url, $2::uuid, version FROM confirmed`,
        [row.id, actor.personId, `Confirmed the offer's current wording (version ${wordingVersion}).`],
      );
      const confirmed = await m.getRepository(AgreementStatusEntity).findOneByOrFail({ id: row.id });
      await this.audit.record(actor, { action: 'confirmAgreementWording', entityType: 'agreement_status', entityId: row.id, before: row, after: confirmed });
      return confirmed;
    });
  }

  /**
   * Opens one NOT_STARTED row per party whose agreement the proposal needs, by its delivery
   * model: every LA; every ICS area that has members today; or the proposal's partners. One
   * statement; rows that already exist are left alone. Returns how many were opened.
   */
  async openAgreements(proposalId: string): Promise<number> {
    const rows = await this.txHost.tx.query<unknown[]>(
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
      [proposalId, this.clock.today()],
    );
    return rows.length;
  }

  /** What the agreement rules need (see agreement-permissions.ts) for many agreements, in one statement. Unknown ids are absent. */
  async permissionFacts(ids: readonly string[]): Promise<(AgreementFacts & { id: string; proposalStatus: ProposalStatus })[]> {
    if (ids.length === 0) return [];
    return await this.txHost.tx.query<(AgreementFacts & { id: string; proposalStatus: ProposalStatus })[]>(
      `SELECT a.id, a.party_kind AS "partyKind", a.local_authority_id AS "localAuthorityId", a.area_id AS "areaId",
              a.organisation_id AS "organisationId", a.reconfirmation_needed AS "reconfirmationNeeded", p.status AS "proposalStatus"
         FROM agreement_status a JOIN proposal p ON p.id = a.proposal_id
        WHERE a.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
  }

  async get(id: string, field = 'agreementId'): Promise<AgreementStatusEntity> {
    const found = await this.txHost.tx.getRepository(AgreementStatusEntity).findOneBy({ id });
    if (!found) throw notFound(id, field);
    return found;
  }

  byIds(ids: readonly string[]): Promise<AgreementStatusEntity[]> {
    return this.txHost.tx.getRepository(AgreementStatusEntity).findBy({ id: In([...ids]) });
  }

  async list(filter: AgreementsFilter, page: PageRequest): Promise<Page<AgreementStatusEntity>> {
    const qb = this.txHost.tx.getRepository(AgreementStatusEntity).createQueryBuilder('a').innerJoin('a.proposal', 'p');
    if (filter.proposalId) qb.andWhere('a.proposalId = :proposalId', { proposalId: filter.proposalId });
    if (filter.partyId) {
      qb.andWhere('(a.localAuthorityId = :partyId OR a.areaId = :partyId OR a.organisationId = :partyId)', { partyId: filter.partyId });
    }
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    return keysetPage(
      qb,
      [
        { sql: 'p.title', type: 'text', direction: 'ASC' },
        { sql: 'a.proposal_id', type: 'uuid', direction: 'ASC' },
        { sql: 'a.party_kind::text', type: 'text', direction: 'ASC' },
        { sql: 'a.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
  }

  async history(agreementId: string, page: PageRequest): Promise<Page<AgreementStatusHistoryEntity>> {
    await this.get(agreementId);
    const qb = this.txHost.tx.getRepository(AgreementStatusHistoryEntity).createQueryBuilder('h').where('h.agreement_id = :agreementId', { agreementId });
    return keysetPage(
      qb,
      [
        { sql: 'h.version', type: 'int', direction: 'ASC' },
        { sql: 'h.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
  }

  /**
   * Sets one party's agreement. Only someone who currently represents that party may; a stale
   * `expectedVersion` is refused and nothing is written.
   */
  async setAgreementStatus(actor: Actor, request: SetAgreementStatusRequest): Promise<AgreementStatusEntity> {
    if (!actor.system) requirePerson(actor);
    // The caller's roles are read (and cached for the request) before the transaction holds a
    // connection: reading them inside would need a second one, and a burst of requests would
    // exhaust the pool with transactions all waiting for it.
    if (!actor.system) await this.access.rolesOfActor(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [row] = await this.lockRows(m, [request.agreementId]);
      if (!row) throw notFound(request.agreementId, 'agreementId');
      await this.assertRepresents(m, actor, partyOf(row));
      const planned = this.plan(row, request, '');
      const statuses = await this.proposalStatuses(m, [row]);
      enforce(setAgreementStatusPermission(await this.access.viewer(actor), row, statuses.get(row.proposalId)));
      const [saved] = await this.applyChanges(m, actor, 'setAgreementStatus', [planned], statuses);
      return saved;
    });
  }

  /**
   * Sets many of one LA's agreements at once, all or nothing. Errors name the item at fault
   * (e.g. `items.3.expectedVersion`).
   */
  updateAuthorityAgreements(actor: Actor, request: UpdateAuthorityAgreementsRequest): Promise<AgreementStatusEntity[]> {
    return this.updateMany(actor, 'updateAuthorityAgreements', request.items, async () => {
      const authority = await this.reference.getAuthority(request.authorityId, 'authorityId');
      return { party: { kind: PartyKind.LOCAL_AUTHORITY, id: authority.id }, name: authority.name, notThis: AgreementErrorCode.NOT_THIS_AUTHORITY };
    });
  }

  /**
   * Sets many of one party's agreements at once, all or nothing, for whoever acts for it: a local
   * authority's officers, an ICS area's or a partner organisation's. Errors name the item at fault.
   */
  updatePartyAgreements(actor: Actor, request: UpdatePartyAgreementsRequest): Promise<AgreementStatusEntity[]> {
    return this.updateMany(actor, 'updatePartyAgreements', request.items, async () => {
      const found = await this.party(request.partyId, 'partyId');
      return { party: { kind: found.kind, id: found.id }, name: found.name, notThis: AgreementErrorCode.NOT_THIS_PARTY };
    });
  }

  /** Which party an id names, of the three kinds that agree offers; PARTY_NOT_FOUND otherwise. */
  async party(id: string, field = 'id'): Promise<PartyRef & { name: string }> {
    const [found] = await this.txHost.tx.query<{ kind: PartyKind; name: string }[]>(
      `SELECT 'LOCAL_AUTHORITY' AS kind, name FROM local_authority WHERE id = $1
       UNION ALL SELECT 'ICS_AREA', name FROM area WHERE id = $1 AND kind = 'ICS_AREA'
       UNION ALL SELECT 'ORGANISATION', name FROM organisation WHERE id = $1`,
      [id],
    );
    if (!found) throw new AgreementNotFoundError(AgreementErrorCode.PARTY_NOT_FOUND, `No local authority, ICS area or partner organisation has id ${id}.`, field);
    return { kind: found.kind, id, name: found.name };
  }

  /** One party's agreements changed together: checked item by item, locked, then written in three statements. */
  private async updateMany(
    actor: Actor,
    operation: 'updateAuthorityAgreements' | 'updatePartyAgreements',
    items: SetAgreementStatusRequest[],
    findParty: () => Promise<{ party: PartyRef; name: string; notThis: AgreementErrorCode }>,
  ): Promise<AgreementStatusEntity[]> {
    if (!actor.system) requirePerson(actor);
    if (!actor.system) await this.access.rolesOfActor(actor); // before the transaction: see setAgreementStatus
    if (items.length < 1 || items.length > MAX_BULK_ITEMS) {
      throw new AgreementInputError(AgreementErrorCode.BAD_ITEMS, `Send between 1 and ${MAX_BULK_ITEMS} items.`, 'items');
    }
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
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
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const { party, name, notThis } = await findParty();
      await this.assertRepresents(m, actor, party);
      const rows = new Map((await this.lockRows(m, items.map((i) => i.agreementId))).map((r) => [r.id, r]));
      const planned = items.map((item, i) => {
        const row = rows.get(item.agreementId);
        if (!row) throw notFound(item.agreementId, `items.${i}.agreementId`);
        const of = partyOf(row);
        if (of.kind !== party.kind || of.id !== party.id) {
          throw new AgreementInputError(notThis, `Item ${i} is not one of ${name}'s agreements; send only ${name}'s offers in this update.`, `items.${i}.agreementId`);
        }
        return this.plan(row, item, `items.${i}.`);
      });
      return this.applyChanges(m, actor, operation, planned, await this.proposalStatuses(m, [...rows.values()]));
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
    const found = await m.query<{ id: string; status: ProposalStatus }[]>(`SELECT id, status FROM proposal WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(found.map((p) => [p.id, p.status]));
  }

  /** Writes every planned change, its history entry and its audit event: three statements whatever the count. */
  private async applyChanges(
    m: EntityManager,
    actor: Actor,
    action: string,
    planned: (PlannedChange & { prefix: string })[],
    proposalStatuses: Map<string, ProposalStatus>,
  ): Promise<AgreementStatusEntity[]> {
    for (const p of planned) {
      enforce(offerOpenPermission(proposalStatuses.get(p.row.proposalId), `${p.prefix}agreementId`));
    }
    const changed = await m.query<unknown[]>(
      `WITH changed AS (
         UPDATE agreement_status a
            SET status = u.status, reciprocity = u.reciprocity, effective_date = u.effective_date, note = u.note,
                evidence_url = u.evidence_url, updated_by_id = $9::uuid, updated_at = now(), version = a.version + 1,
                reconfirmation_needed = a.reconfirmation_needed AND u.status = ANY($10::agreement_state[])
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
        AGREEING_STATES,
      ],
    );
    if (changed.length !== planned.length) {
      // Rows are locked, so this means a version moved between read and write: refuse all.
      throw new AgreementConflictError('STALE_VERSION', 'Some agreements were changed by someone else meanwhile. Reload them and try again.', 'items');
    }
    const saved = await m.getRepository(AgreementStatusEntity).findBy({ id: In(planned.map((p) => p.row.id)) });
    const byId = new Map(saved.map((s) => [s.id, s]));
    const after = planned.map((p) => byId.get(p.row.id)!);
    await this.audit.recordMany(
      actor,
      planned.map((p, i) => ({ action, entityType: 'agreement_status', entityId: p.row.id, before: p.row, after: after[i] })),
    );
    await this.outbox.emitMany(
      planned
        .filter((p, i) => p.row.status !== after[i].status)
        .map((p) => ({
          job: EventJob.AGREEMENT_STATUS_CHANGED,
          payload: { agreementStatusId: p.row.id, proposalId: p.row.proposalId, from: p.row.status, to: p.next.status },
        })),
    );
    return after;
  }

  /**
   * Refuses anyone who does not currently act for the party (see actsFor in @app/access: LA_OFFICER
   * of that LA, or PARTNER_OFFICER of that area or partner, from a membership or a grant), saying
   * whom they do act for.
   */
  private async assertRepresents(m: EntityManager, actor: Actor, party: PartyRef): Promise<void> {
    if (!actor.system) requirePerson(actor);
    const scope = partyScope(party);
    // The rule decides (updatePartyAgreementsPermission); the refusal here names whom the caller acts for.
    if (updatePartyAgreementsPermission(await this.access.viewer(actor), party).allowed) return;
    const parties = await this.access.partiesOfActor(actor, undefined);
    const names = await this.access.partyNames([scope, ...parties]);
    const partyName = names.get(party.id) ?? 'this party';
    const represented = [...new Set(parties.map((p) => names.get(p.id)).filter((n): n is string => !!n))].sort();
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

/** The fields a revision can change, in the words people read them. */
const REVISABLE: { field: keyof ProposalEntity; show: (p: ProposalEntity) => string }[] = [
  { field: 'summary', show: (p) => p.summary },
  { field: 'minAge', show: (p) => String(p.minAge) },
  { field: 'maxAge', show: (p) => String(p.maxAge) },
  { field: 'uascConsiderations', show: (p) => p.uascConsiderations ?? '' },
  { field: 'areaRule', show: (p) => p.areaRule ?? 'not set' },
];

/** What a revision changed: each field that differs, as it read before and after. */
export function wordingChanges(before: ProposalEntity, after: ProposalEntity): OfferWordingChange[] {
  return REVISABLE.filter((r) => r.show(before) !== r.show(after)).map((r) => ({ field: String(r.field), before: r.show(before), after: r.show(after) }));
}

function notFound(id: string, field: string): AgreementNotFoundError {
  return new AgreementNotFoundError(AgreementErrorCode.AGREEMENT_NOT_FOUND, `No agreement has id ${id}.`, field);
}
