import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Actor, Clock, enforce, ErrorKind, EventJob, keysetPage, Page, PageRequest, Permission, requirePerson, StaleVersionError, Tx } from '@app/core';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/outbox';
import { BodyEntity, BodyKind } from '@app/reference';
import { AccessService, Role, roleHoldersSql, Viewer } from '@app/access';
import { ProposalsService, ProposalStatus, TransitionRoute } from '@app/proposals';
import {
  closeConsultationPermission,
  openConsultationPermission,
  recordOutcomePermission,
  runConsultationsPermission,
  RunnerFacts,
} from './consultation-permissions';
import { ConsultationQuestionEntity } from './consultation-question.entity';
import { ConsultationState, normaliseQuestion, QuestionDefinition, withConditions } from './consultation-rules';
import { ConsultationAudience, ConsultationEntity, TallyVisibility } from './consultation.entity';
import {
  ConsultationConflictError,
  ConsultationErrorCode,
  ConsultationInputError,
  ConsultationNotFoundError,
} from './consultations.errors';

export interface OpenConsultationRequest {
  proposalId?: string | null;
  /** For a topic (no proposal): the body running it (a House, a working group or the Trust Board). */
  bodyId?: string | null;
  /** The same as bodyId (the name it had when only Houses consulted). */
  houseId?: string | null;
  title?: string | null;
  description?: string | null;
  audience: ConsultationAudience;
  /** Defaults to now. */
  opensAt?: Date | null;
  closesAt: Date;
  tallyVisibility?: TallyVisibility | null;
  questions?: QuestionDefinition[] | null;
}

export interface OpenConsultationResult {
  consultation: ConsultationEntity;
  /** True when opening moved a draft proposal into consultation. */
  proposalMovedToConsultation: boolean;
}

export interface ConsultationFilter {
  proposalId?: string | null;
  houseId?: string | null;
  audience?: ConsultationAudience | null;
  state?: ConsultationState | null;
}

/** How far in the past an opening time may be given (clock differences); earlier is refused. */
const OPENS_AT_GRACE_MS = 5 * 60 * 1000;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 10000;
export const OUTCOME_MAX = 5000;
export const MAX_QUESTIONS = 50;


/**
 * Who runs a body's consultations now ($1: body ids; columns body_id, person_id): a House's two
 * co-chairs, another consulting body's chair or co-chairs, and anyone a programme admin gave
 * co-chair rights in the body (a HOUSE_CO_CHAIR grant). Whom a consultation's notices go to, too.
 */
export const CONSULTATION_RUNNERS_SQL = `
  SELECT m.body_id, m.person_id FROM membership m JOIN body b ON b.id = m.body_id
   WHERE m.body_id = ANY($1::uuid[]) AND m.started_at <= now() AND m.ended_at IS NULL
     AND (m.role IN ('CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD') OR (b.kind <> 'HOUSE' AND m.role = 'CHAIR'))
  UNION
  SELECT h.scope_id, h.person_id FROM (${roleHoldersSql({ roles: [Role.HOUSE_CO_CHAIR] })}) h WHERE h.scope_id = ANY($1::uuid[])`;

/** Consultations: opening (with their questions), closing, outcomes, and reading them. */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    /** Opening, closing and outcomes are announced through the outbox, in the transaction that makes them. */
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async get(id: string, field = 'consultationId'): Promise<ConsultationEntity> {
    const found = await this.txHost.tx.getRepository(ConsultationEntity).findOneBy({ id });
    if (!found) throw notFound(id, field);
    return found;
  }

  byIds(ids: readonly string[]): Promise<ConsultationEntity[]> {
    return this.txHost.tx.getRepository(ConsultationEntity).findBy({ id: In([...ids]) });
  }

  async list(filter: ConsultationFilter, page: PageRequest, now: Date = this.clock.now()): Promise<Page<ConsultationEntity>> {
    const qb = this.txHost.tx.getRepository(ConsultationEntity).createQueryBuilder('c');
    if (filter.proposalId) qb.andWhere('c.proposalId = :proposalId', { proposalId: filter.proposalId });
    if (filter.houseId) qb.andWhere('c.houseId = :houseId', { houseId: filter.houseId });
    if (filter.audience) qb.andWhere('c.audience = :audience', { audience: filter.audience });
    switch (filter.state) {
      case ConsultationState.SCHEDULED:
        qb.andWhere('c.closedAt IS NULL AND c.opensAt > :now AND c.closesAt > :now', { now });
        break;
      case ConsultationState.OPEN:
        qb.andWhere('c.closedAt IS NULL AND c.opensAt <= :now AND c.closesAt > :now', { now });
        break;
      case ConsultationState.CLOSED:
        qb.andWhere('(c.closedAt IS NOT NULL OR c.closesAt <= :now)', { now });
        break;
    }
    return keysetPage(
      qb,
      [
        { sql: 'c.opens_at', type: 'timestamptz', direction: 'DESC' },
        { sql: 'c.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
  }

  /** Questions of each consultation, in order. */
  questionsOf(consultationIds: readonly string[]): Promise<ConsultationQuestionEntity[]> {
    return this.txHost.tx.getRepository(ConsultationQuestionEntity).find({
      where: { consultationId: In([...consultationIds]) },
      order: { consultationId: 'ASC', position: 'ASC' },
    });
  }

  /** The people who run each body's consultations now: a House's co-chairs, another body's chair or co-chairs. */
  async coChairIdsByHouse(bodyIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.txHost.tx.query<{ body_id: string; person_id: string }[]>(CONSULTATION_RUNNERS_SQL, [[...bodyIds]]);
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.body_id, [...(map.get(r.body_id) ?? []), r.person_id]);
    return map;
  }

  /**
   * Whether the actor runs the body's consultations now: a co-chair of the House (or, for a
   * working group or the Trust Board, its chair or a co-chair), or someone given co-chair rights
   * in it by a programme admin (a HOUSE_CO_CHAIR grant).
   */
  async isCoChair(actor: Actor, bodyId: string): Promise<boolean> {
    if (!actor.personId) return false;
    const facts = (await this.runnerFacts([bodyId])).get(bodyId);
    return !!facts && runConsultationsPermission(await this.access.viewer(actor), facts, 'run its consultations').allowed;
  }

  /** Each body with who runs its consultations now (see runConsultationsPermission), in one statement. Unknown ids are absent. */
  async runnerFacts(bodyIds: readonly string[]): Promise<Map<string, RunnerFacts>> {
    if (bodyIds.length === 0) return new Map();
    const rows = await this.txHost.tx.query<{ id: string; name: string; kind: BodyKind; runnerIds: string[] }[]>(
      `WITH runners AS (${CONSULTATION_RUNNERS_SQL})
       SELECT b.id, b.name, b.kind::text AS kind,
              coalesce(array_agg(DISTINCT r.person_id) FILTER (WHERE r.person_id IS NOT NULL), '{}') AS "runnerIds"
         FROM body b LEFT JOIN runners r ON r.body_id = b.id
        WHERE b.id = ANY($1::uuid[])
        GROUP BY b.id`,
      [[...new Set(bodyIds)]],
    );
    return new Map(rows.map((r) => [r.id, { body: { id: r.id, name: r.name, kind: r.kind }, runnerIds: r.runnerIds }]));
  }

  /**
   * Opens a consultation with its questions. Only the House's current co-chairs may. On a
   * draft proposal that opens now, the proposal moves to IN_CONSULTATION in the same transaction.
   */
  async open(actor: Actor, request: OpenConsultationRequest): Promise<OpenConsultationResult> {
    const personId = requirePerson(actor);
    const now = this.clock.now();
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = request.proposalId ? await this.proposals.lock(request.proposalId, 'proposalId') : null;
      if (request.bodyId && request.houseId && request.bodyId !== request.houseId) {
        throw new ConsultationInputError(ConsultationErrorCode.HOUSE_MISMATCH, 'bodyId and houseId name the same thing; give one of them.', 'houseId');
      }
      const bodyField = request.bodyId ? 'bodyId' : 'houseId';
      let houseId = request.bodyId ?? request.houseId ?? null;
      if (proposal) {
        if (houseId && houseId !== proposal.houseId) {
          throw new ConsultationInputError(
            ConsultationErrorCode.HOUSE_MISMATCH,
            `The proposal belongs to another House; leave ${bodyField} out to consult on behalf of its own House.`,
            bodyField,
          );
        }
        houseId = proposal.houseId;
      }
      if (!houseId) {
        throw new ConsultationInputError(
          ConsultationErrorCode.TITLE_REQUIRED,
          'Say which proposal this consultation is on (proposalId), or which House, working group or the Trust Board runs it (bodyId) with a title.',
          'bodyId',
        );
      }
      const title = request.title?.trim() || null;
      if (!proposal && !title) {
        throw new ConsultationInputError(ConsultationErrorCode.TITLE_REQUIRED, 'A consultation on a House topic needs a title saying what it is about.', 'title');
      }
      const house = await m.getRepository(BodyEntity).findOneBy({ id: houseId });
      if (!house) throw new ConsultationNotFoundError('BODY_NOT_FOUND', `No body has id ${houseId}.`, bodyField);
      const runners = (await this.runnerFacts([house.id])).get(house.id)!;
      enforce(openConsultationPermission(await this.access.viewer(actor), proposal, runners, bodyField));

      const opensAt = request.opensAt ?? now;
      if (opensAt.getTime() < now.getTime() - OPENS_AT_GRACE_MS) {
        throw new ConsultationInputError(ConsultationErrorCode.DATES_OUT_OF_ORDER, 'opensAt is in the past; leave it out to open the consultation now.', 'opensAt');
      }
      if (request.closesAt.getTime() <= opensAt.getTime()) {
        throw new ConsultationInputError(
          ConsultationErrorCode.DATES_OUT_OF_ORDER,
          `closesAt (${request.closesAt.toISOString()}) must be after opensAt (${opensAt.toISOString()}).`,
          'closesAt',
        );
      }
      if (request.closesAt.getTime() <= now.getTime()) {
        throw new ConsultationInputError(ConsultationErrorCode.DATES_OUT_OF_ORDER, 'closesAt must be in the future.', 'closesAt');
      }
      const definitions = request.questions ?? [];
      const questions = withConditions(definitions.map((q, i) => normaliseQuestion(q, `questions.${i}`)), definitions);
      const description = (request.description ?? '').trim();

      if (proposal && request.audience === ConsultationAudience.CICC) await this.prepareVote(m, proposal.id, now);

      const repo = m.getRepository(ConsultationEntity);
      const consultation = await repo.save(
        repo.create({
          proposalId: proposal?.id ?? null,
          houseId: house.id,
          title,
          description,
          audience: request.audience,
          opensAt,
          closesAt: request.closesAt,
          closedAt: null,
          tallyVisibility: request.tallyVisibility ?? TallyVisibility.AFTER_VOTING,
          createdById: personId,
        }),
      );
      if (questions.length > 0) {
        await m.getRepository(ConsultationQuestionEntity).insert(questions.map((q, position) => ({ ...q, consultationId: consultation.id, position })));
      }
      await this.audit.record(actor, {
        action: 'openConsultation',
        entityType: 'consultation',
        entityId: consultation.id,
        after: { ...consultation, questions },
      });
      // Announced when it opens: at once, or delayed until its opening time.
      await this.outbox.emit({
        job: EventJob.CONSULTATION_OPENED,
        payload: { consultationId: consultation.id },
        options: opensAt.getTime() > now.getTime() ? { delayMs: opensAt.getTime() - now.getTime() } : undefined,
      });

      let moved = false;
      if (proposal && proposal.status === ProposalStatus.DRAFT && opensAt.getTime() <= now.getTime()) {
        await this.proposals.transition(
          actor,
          {
            proposalId: proposal.id,
            to: ProposalStatus.IN_CONSULTATION,
            reason: `Consultation opened${title ? `: ${title}` : ''} (${request.audience}, until ${request.closesAt.toISOString()}).`,
            route: TransitionRoute.HOUSE,
            auditAction: 'openConsultation',
          },
        );
        moved = true;
      }
      return { consultation, proposalMovedToConsultation: moved };
    });
  }

  /**
   * A proposal has one CiCC vote running at a time. Earlier, closed CiCC consultations on it
   * keep their final tally, since a member voting again moves their one vote to the new one.
   */
  private async prepareVote(m: EntityManager, proposalId: string, now: Date): Promise<void> {
    const running = await m
      .getRepository(ConsultationEntity)
      .createQueryBuilder('c')
      .where('c.proposalId = :proposalId AND c.audience = :audience', { proposalId, audience: ConsultationAudience.CICC })
      .andWhere('c.closedAt IS NULL AND c.closesAt > :now', { now })
      .getOne();
    if (running) {
      throw new ConsultationConflictError(
        ConsultationErrorCode.VOTE_ALREADY_RUNNING,
        `A CiCC consultation on this proposal already runs from ${running.opensAt.toISOString()} to ${running.closesAt.toISOString()}; close it before opening another.`,
        'proposalId',
        { consultationId: running.id },
      );
    }
    await m.query(
      `UPDATE consultation c
          SET final_support = t.support, final_oppose = t.oppose, final_abstain = t.abstain
         FROM (SELECT c2.id,
                      count(v.id) FILTER (WHERE v.choice = 'SUPPORT')::int AS support,
                      count(v.id) FILTER (WHERE v.choice = 'OPPOSE')::int AS oppose,
                      count(v.id) FILTER (WHERE v.choice = 'ABSTAIN')::int AS abstain
                 FROM consultation c2 LEFT JOIN vote v ON v.consultation_id = c2.id
                WHERE c2.proposal_id = $1 AND c2.audience = 'CICC' AND c2.final_support IS NULL
                GROUP BY c2.id) t
        WHERE c.id = t.id`,
      [proposalId],
    );
  }

  /**
   * Locks a consultation and checks the caller may act on it (`permission`, as `viewerCan` decides
   * it too) and the version the caller read.
   */
  private async lockFor(
    m: EntityManager,
    actor: Actor,
    id: string,
    expectedVersion: number | null | undefined,
    permission: (viewer: Viewer, consultation: ConsultationEntity, runners: RunnerFacts, now: Date) => Permission,
  ): Promise<ConsultationEntity> {
    requirePerson(actor);
    const consultation = await m.getRepository(ConsultationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!consultation) throw notFound(id, 'consultationId');
    const runners = (await this.runnerFacts([consultation.houseId])).get(consultation.houseId)!;
    const viewer = await this.access.viewer(actor);
    const decided = permission(viewer, consultation, runners, this.clock.now());
    // Who may act comes first: someone else learns nothing from the version.
    if (!decided.allowed && decided.refusal.kind === ErrorKind.FORBIDDEN) throw decided.refusal;
    if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== consultation.version) {
      throw new StaleVersionError('consultation', expectedVersion, consultation.version);
    }
    enforce(decided);
    return consultation;
  }

  /** Closes a consultation now (early, or before it opened). Co-chairs only. */
  async close(actor: Actor, request: { consultationId: string; expectedVersion?: number | null }): Promise<ConsultationEntity> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const consultation = await this.lockFor(m, actor, request.consultationId, request.expectedVersion, closeConsultationPermission);
      const now = this.clock.now();
      const before = { ...consultation };
      consultation.closedAt = now;
      if (consultation.proposalId && consultation.audience === ConsultationAudience.CICC) {
        const [tally] = await m.query<{ support: number; oppose: number; abstain: number }[]>(
          `SELECT count(*) FILTER (WHERE choice = 'SUPPORT')::int AS support,
                  count(*) FILTER (WHERE choice = 'OPPOSE')::int AS oppose,
                  count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain
             FROM vote WHERE consultation_id = $1`,
          [consultation.id],
        );
        consultation.finalSupport = tally.support;
        consultation.finalOppose = tally.oppose;
        consultation.finalAbstain = tally.abstain;
      }
      const saved = await m.getRepository(ConsultationEntity).save(consultation);
      await this.audit.record(actor, { action: 'closeConsultation', entityType: 'consultation', entityId: saved.id, before, after: saved });
      await this.outbox.emit({ job: EventJob.CONSULTATION_CLOSED, payload: { consultationId: saved.id } });
      return saved;
    });
  }

  /** Records what the House concluded, once the consultation has closed. Co-chairs only. */
  async recordOutcome(actor: Actor, request: { consultationId: string; summary: string; expectedVersion?: number | null }): Promise<ConsultationEntity> {
    const summary = request.summary;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const consultation = await this.lockFor(m, actor, request.consultationId, request.expectedVersion, recordOutcomePermission);
      const before = { ...consultation };
      consultation.outcomeSummary = summary;
      consultation.outcomeRecordedAt = new Date();
      const saved = await m.getRepository(ConsultationEntity).save(consultation);
      await this.audit.record(actor, { action: 'recordConsultationOutcome', entityType: 'consultation', entityId: saved.id, before, after: saved });
      await this.outbox.emit({ job: EventJob.CONSULTATION_OUTCOME_RECORDED, payload: { consultationId: saved.id } });
      return saved;
    });
  }
}

function notFound(id: string, field: string): ConsultationNotFoundError {
  return new ConsultationNotFoundError(ConsultationErrorCode.CONSULTATION_NOT_FOUND, `No consultation has id ${id}.`, field);
}
