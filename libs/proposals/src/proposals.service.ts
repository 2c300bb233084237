import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Actor, enforce, EventJob, keysetPage, Page, PageRequest, requirePerson, StaleVersionError, Tx } from '@app/core';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/outbox';
import { BodyEntity, BodyKind, OrganisationEntity } from '@app/reference';
import {
  currentCoChairs,
  CurrentCoChairs,
  MembershipEntity,
  MembershipRole,
} from '@app/governance';
import { ProposalPartnerEntity } from './proposal-partner.entity';
import { ProposalSignOffEntity } from './proposal-sign-off.entity';
import { HouseMove, TransitionRoute } from './proposal-status.machine';
import {
  draftPermission,
  moveProposalPermission,
  ProposalFacts,
  reviseOfferPermission,
  seatOf,
  signOffPermission,
  transitionPermission,
  updateProposalPermission,
  withdrawSignOffPermission,
} from './proposal-permissions';
import { ProposalTransitionEntity } from './proposal-transition.entity';
import { AreaRule, DEFAULT_AREA_RULE, DeliveryModel, ProposalCategory, ProposalEntity, ProposalStatus } from './proposal.entity';
import {
  escapeLike,
  normaliseContent,
  NOTE_MAX,
  REASON_MAX,
  SeatHolders,
  SIGNING_SEATS,
  signOffState,
} from './proposal.rules';
import { ProposalErrorCode, ProposalInputError, ProposalNotFoundError } from './proposals.errors';

export const DEFAULT_MIN_AGE = 18;
export const DEFAULT_MAX_AGE = 25;

/** Memberships of a House whose holders may draft and edit its proposals. */
export const DRAFTING_ROLES: readonly MembershipRole[] = [
  MembershipRole.CO_CHAIR_YOUNG_PERSON,
  MembershipRole.CO_CHAIR_SECTOR_LEAD,
  MembershipRole.CHAIR,
  MembershipRole.MEMBER,
];

export interface CreateProposalRequest {
  houseId: string;
  title: string;
  summary: string;
  rationale?: string;
  evidenceLinks?: string[];
  category: ProposalCategory;
  minAge?: number;
  maxAge?: number;
  deliveryModel: DeliveryModel;
  partnerIds?: string[];
  uascConsiderations?: string | null;
}

/** Fields left undefined are unchanged; `uascConsiderations: null` clears them (in draft only). */
export interface UpdateProposalRequest {
  proposalId: string;
  expectedVersion: number;
  title?: string;
  summary?: string;
  rationale?: string;
  evidenceLinks?: string[];
  category?: ProposalCategory;
  minAge?: number;
  maxAge?: number;
  deliveryModel?: DeliveryModel;
  partnerIds?: string[];
  uascConsiderations?: string | null;
}

export interface HouseMoveRequest {
  proposalId: string;
  to: ProposalStatus | HouseMove;
  reason: string;
  expectedVersion: number;
}

export interface SignOffRequest {
  proposalId: string;
  note?: string | null;
}

export interface SignOffResult {
  proposal: ProposalEntity;
  /** The sign-off completed both seats and the proposal is now RECOMMENDED. */
  recommended: boolean;
}

export interface ProposalFilter {
  houseId?: string | null;
  statuses?: ProposalStatus[] | null;
  deliveryModel?: DeliveryModel | null;
  category?: ProposalCategory | null;
  /** Case-insensitive, literal match on title or summary. */
  search?: string | null;
}

export interface TransitionRequest {
  proposalId: string;
  to: ProposalStatus;
  reason: string;
  route: TransitionRoute;
  /** When given, the move is refused with CONFLICT if the proposal has changed since. */
  expectedVersion?: number;
  /** The operation making the move, as the audit trail names it; defaults to `transitionProposal`. */
  auditAction?: string;
}

export interface ProposalTransitionEvent {
  proposal: ProposalEntity;
  from: ProposalStatus;
  to: ProposalStatus;
  actor: Actor;
}

/** A change to the wording or eligibility of an offer that is out for agreement (ENDORSED or ADOPTED). */
export interface ReviseOfferRequest {
  proposalId: string;
  expectedVersion: number;
  reason: string;
  summary?: string;
  minAge?: number;
  maxAge?: number;
  uascConsiderations?: string;
  /** ICS-area offers only. */
  areaRule?: AreaRule;
}

export interface OfferRevisionEvent {
  proposal: ProposalEntity;
  /** The offer as it read before this revision. */
  previous: ProposalEntity;
  /** The wording version the parties agreed before this revision. */
  previousWordingVersion: number;
  actor: Actor;
  reason: string;
}

/** Runs inside the revision's transaction; throwing aborts the revision. */
export type OfferRevisionListener = (event: OfferRevisionEvent) => Promise<void>;

/** Runs inside the transition's transaction; throwing aborts the move. */
export type ProposalTransitionListener = (event: ProposalTransitionEvent) => Promise<void>;

/** A co-chair about to sign off a proposal in consultation (locked for the transaction). */
export interface SignOffEvent {
  proposal: ProposalEntity;
  actor: Actor;
  now: Date;
}

/** Runs inside the sign-off's transaction before it is recorded; throwing refuses the sign-off. */
export type SignOffCheck = (event: SignOffEvent) => Promise<void>;

@Injectable()
export class ProposalsService {
  private readonly listeners: ProposalTransitionListener[] = [];
  private readonly revisionListeners: OfferRevisionListener[] = [];
  private readonly signOffChecks: SignOffCheck[] = [];

  constructor(
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    /** Status changes are announced through the outbox, in the transaction that makes them. */
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Lets another domain act on status changes in the same transaction (agreements opens one row
   * per party when a proposal is endorsed) without this domain depending on it.
   */
  onTransition(listener: ProposalTransitionListener): void {
    this.listeners.push(listener);
  }

  /** Lets another domain act on a revised wording in the same transaction (agreements asks parties to re-confirm). */
  onRevision(listener: OfferRevisionListener): void {
    this.revisionListeners.push(listener);
  }

  /**
   * Lets another domain refuse a sign-off in the same transaction (consultations refuses one
   * while the CiCC's vote on the proposal is still to close, so that the vote counts).
   */
  beforeSignOff(check: SignOffCheck): void {
    this.signOffChecks.push(check);
  }

  async get(id: string, field = 'proposalId'): Promise<ProposalEntity> {
    const found = await this.txHost.tx.getRepository(ProposalEntity).findOneBy({ id });
    if (!found) throw new ProposalNotFoundError(ProposalErrorCode.PROPOSAL_NOT_FOUND, `No proposal has id ${id}.`, field);
    return found;
  }

  /** Reads and row-locks a proposal for the rest of the transaction. */
  async lock(id: string, field = 'proposalId'): Promise<ProposalEntity> {
    const found = await this.txHost.tx.getRepository(ProposalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new ProposalNotFoundError(ProposalErrorCode.PROPOSAL_NOT_FOUND, `No proposal has id ${id}.`, field);
    return found;
  }

  /**
   * Moves a proposal along the status machine, recording who, when and why. Checks the move is
   * legal for its route, that House moves are made by a current co-chair of that House, that a
   * House with an empty co-chair seat does not move forward, that UASC considerations exist
   * before leaving draft, and that both co-chairs have signed before RECOMMENDED.
   */
  async transition(actor: Actor, request: TransitionRequest): Promise<ProposalEntity> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = await this.lock(request.proposalId);
      if (request.expectedVersion !== undefined && request.expectedVersion !== proposal.version) {
        throw new StaleVersionError('proposal', request.expectedVersion, proposal.version);
      }
      const from = proposal.status;
      enforce(transitionPermission(await this.access.viewer(actor), await this.factsOf(m, proposal), request.to, request.route));
      if (request.to === ProposalStatus.DRAFT) {
        await m.getRepository(ProposalSignOffEntity).update({ proposalId: proposal.id, voidedAt: IsNull() }, { voidedAt: new Date() });
      }

      const before = { ...proposal };
      proposal.status = request.to;
      const saved = await m.getRepository(ProposalEntity).save(proposal);
      await this.audit.record(actor, {
        action: request.auditAction ?? 'transitionProposal',
        entityType: 'proposal',
        entityId: saved.id,
        before,
        after: saved,
      });
      const transition = await m.getRepository(ProposalTransitionEntity).insert({
        proposalId: proposal.id,
        fromStatus: from,
        toStatus: request.to,
        actorId: actor.personId,
        reason: request.reason,
      });
      await this.outbox.emit({
        job: EventJob.PROPOSAL_STATUS_CHANGED,
        payload: { proposalId: proposal.id, transitionId: transition.identifiers[0].id as string, from, to: request.to },
      });
      for (const listener of this.listeners) await listener({ proposal: saved, from, to: request.to, actor });
      return saved;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Drafting and editing

  /** A current co-chair or member of the House drafts a proposal; it starts in DRAFT. */
  async createProposal(actor: Actor, request: CreateProposalRequest): Promise<ProposalEntity> {
    const personId = requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const house = await this.house(m, request.houseId);
      enforce(draftPermission(await this.access.viewer(actor), house));
      const content = normaliseContent({
        title: request.title,
        summary: request.summary,
        rationale: request.rationale ?? '',
        evidenceLinks: request.evidenceLinks ?? [],
        category: request.category,
        minAge: request.minAge ?? DEFAULT_MIN_AGE,
        maxAge: request.maxAge ?? DEFAULT_MAX_AGE,
        deliveryModel: request.deliveryModel,
        partnerIds: request.partnerIds ?? [],
        uascConsiderations: request.uascConsiderations ?? null,
      });
      await this.assertPartnersExist(m, content.partnerIds);
      const { partnerIds, ...columns } = content;
      const repo = m.getRepository(ProposalEntity);
      const areaRule = columns.deliveryModel === DeliveryModel.EACH_ICS_AREA ? DEFAULT_AREA_RULE : null;
      const saved = await repo.save(repo.create({ ...columns, areaRule, houseId: house.id, createdById: personId, status: ProposalStatus.DRAFT }));
      await this.replacePartners(m, saved.id, partnerIds);
      await m.getRepository(ProposalTransitionEntity).insert({
        proposalId: saved.id,
        fromStatus: null,
        toStatus: ProposalStatus.DRAFT,
        actorId: personId,
        reason: 'Drafted.',
      });
      await this.audit.record(actor, { action: 'createProposal', entityType: 'proposal', entityId: saved.id, after: { ...saved, partnerIds } });
      return saved;
    });
  }

  /**
   * Edits a proposal's content. Only the House's current co-chairs and members may, only while
   * it is in DRAFT or IN_CONSULTATION, and only from the version the editor read. Editing a
   * proposal in consultation voids its sign-offs: the co-chairs signed off the earlier text.
   */
  async updateProposal(actor: Actor, request: UpdateProposalRequest): Promise<ProposalEntity> {
    requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = await this.lock(request.proposalId);
      const facts = await this.factsOf(m, proposal);
      enforce(draftPermission(await this.access.viewer(actor), { id: proposal.houseId, name: facts.houseName }, 'edit'));
      if (request.expectedVersion !== proposal.version) {
        throw new StaleVersionError('proposal', request.expectedVersion, proposal.version);
      }
      enforce(updateProposalPermission(await this.access.viewer(actor), facts));
      const currentPartners = (await m.getRepository(ProposalPartnerEntity).findBy({ proposalId: proposal.id })).map((p) => p.organisationId);
      const content = normaliseContent({
        title: request.title ?? proposal.title,
        summary: request.summary ?? proposal.summary,
        rationale: request.rationale ?? proposal.rationale,
        evidenceLinks: request.evidenceLinks ?? proposal.evidenceLinks,
        category: request.category ?? proposal.category,
        minAge: request.minAge ?? proposal.minAge,
        maxAge: request.maxAge ?? proposal.maxAge,
        deliveryModel: request.deliveryModel ?? proposal.deliveryModel,
        partnerIds: request.partnerIds ?? currentPartners,
        uascConsiderations: request.uascConsiderations === undefined ? proposal.uascConsiderations : request.uascConsiderations,
      });
      if (proposal.status !== ProposalStatus.DRAFT && !content.uascConsiderations) {
        throw new ProposalInputError(
          ProposalErrorCode.UASC_CONSIDERATIONS_REQUIRED,
          'A proposal that has left draft must say how it works for former unaccompanied asylum-seeking children; uascConsiderations cannot be cleared.',
          'uascConsiderations',
        );
      }
      if (request.partnerIds) await this.assertPartnersExist(m, content.partnerIds);
      const { partnerIds, ...columns } = content;
      // update() always bumps version and updatedAt, so even a partners-only edit is a new version.
      const areaRule = columns.deliveryModel === DeliveryModel.EACH_ICS_AREA ? (proposal.areaRule ?? DEFAULT_AREA_RULE) : null;
      await m.getRepository(ProposalEntity).update({ id: proposal.id }, { ...columns, areaRule });
      if (request.partnerIds) await this.replacePartners(m, proposal.id, partnerIds);
      if (proposal.status === ProposalStatus.IN_CONSULTATION) {
        await m.getRepository(ProposalSignOffEntity).update({ proposalId: proposal.id, voidedAt: IsNull() }, { voidedAt: new Date() });
      }
      const updated = await this.get(proposal.id);
      await this.audit.record(actor, {
        action: 'updateProposal',
        entityType: 'proposal',
        entityId: proposal.id,
        before: { ...proposal, partnerIds: currentPartners },
        after: { ...updated, partnerIds: request.partnerIds ? partnerIds : currentPartners },
      });
      return updated;
    });
  }

  /**
   * A House co-chair moves the House's proposal: into consultation, back to draft, declined or
   * withdrawn. RECOMMENDED is reached only by both co-chairs signing off.
   */
  async moveProposal(actor: Actor, request: HouseMoveRequest): Promise<ProposalEntity> {
    requirePerson(actor);
    const reason = request.reason.trim();
    if (reason.length < 1 || reason.length > REASON_MAX) {
      throw new ProposalInputError(ProposalErrorCode.REASON_REQUIRED, `Give a reason of 1–${REASON_MAX} characters for the change.`, 'reason');
    }
    const to = request.to as ProposalStatus;
    if (to === ProposalStatus.RECOMMENDED) {
      // The House's own rule says why (see moveProposalPermission); the proposal's facts do not matter.
      enforce(moveProposalPermission(await this.access.viewer(actor), NO_FACTS, to));
    }
    return this.transition(
      actor,
      { proposalId: request.proposalId, to, reason, route: TransitionRoute.HOUSE, expectedVersion: request.expectedVersion },
    );
  }

  /**
   * Changes the wording or eligibility of an offer that is out for agreement, from the version
   * the editor read, with a reason. The wording version goes up, and listeners (agreements) mark
   * the parties that agreed the earlier wording as needing to re-confirm. A revision that changes
   * nothing is refused.
   */
  async reviseOffer(actor: Actor, request: ReviseOfferRequest): Promise<ProposalEntity> {
    requirePerson(actor);
    const reason = request.reason.trim();
    if (reason.length < 1 || reason.length > REASON_MAX) {
      throw new ProposalInputError(ProposalErrorCode.REASON_REQUIRED, `Give a reason of 1–${REASON_MAX} characters for the revision.`, 'reason');
    }
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = await this.lock(request.proposalId);
      if (request.expectedVersion !== proposal.version) {
        throw new StaleVersionError('proposal', request.expectedVersion, proposal.version);
      }
      enforce(reviseOfferPermission(await this.access.viewer(actor), { proposal }));
      if (request.areaRule !== undefined && proposal.deliveryModel !== DeliveryModel.EACH_ICS_AREA) {
        throw new ProposalInputError(ProposalErrorCode.INVALID_PROPOSAL, 'An area rule applies only to offers agreed by each ICS area.', 'areaRule');
      }
      const partners = (await m.getRepository(ProposalPartnerEntity).findBy({ proposalId: proposal.id })).map((p) => p.organisationId);
      const content = normaliseContent({
        title: proposal.title,
        summary: request.summary ?? proposal.summary,
        rationale: proposal.rationale,
        evidenceLinks: proposal.evidenceLinks,
        category: proposal.category,
        minAge: request.minAge ?? proposal.minAge,
        maxAge: request.maxAge ?? proposal.maxAge,
        deliveryModel: proposal.deliveryModel,
        partnerIds: partners,
        uascConsiderations: request.uascConsiderations ?? proposal.uascConsiderations,
      });
      if (!content.uascConsiderations) {
        throw new ProposalInputError(
          ProposalErrorCode.UASC_CONSIDERATIONS_REQUIRED,
          'An offer must say how it works for former unaccompanied asylum-seeking children; uascConsiderations cannot be cleared.',
          'uascConsiderations',
        );
      }
      const next = {
        summary: content.summary,
        minAge: content.minAge,
        maxAge: content.maxAge,
        uascConsiderations: content.uascConsiderations,
        areaRule: request.areaRule ?? proposal.areaRule,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== proposal[k]);
      if (changed.length === 0) {
        throw new ProposalInputError(ProposalErrorCode.INVALID_PROPOSAL, 'This revision changes nothing; give the new wording or eligibility.', 'proposalId');
      }
      await m.getRepository(ProposalEntity).update({ id: proposal.id }, { ...next, wordingVersion: proposal.wordingVersion + 1 });
      await m.getRepository(ProposalTransitionEntity).insert({
        proposalId: proposal.id,
        fromStatus: proposal.status,
        toStatus: proposal.status,
        actorId: actor.personId,
        reason: `Revised ${changed.join(', ')} (wording version ${proposal.wordingVersion + 1}): ${reason}`,
      });
      const saved = await this.get(proposal.id);
      await this.audit.record(actor, { action: 'reviseOffer', entityType: 'proposal', entityId: saved.id, before: proposal, after: saved });
      for (const listener of this.revisionListeners) {
        await listener({ proposal: saved, previous: proposal, previousWordingVersion: proposal.wordingVersion, actor, reason });
      }
      return saved;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Sign-off

  /**
   * A current co-chair signs off a proposal in consultation from their seat. When both seats
   * have signed, the proposal becomes RECOMMENDED in the same transaction. Other domains may
   * refuse a sign-off (beforeSignOff): none is taken while the CiCC's vote on it is still to close.
   */
  async signOff(actor: Actor, request: SignOffRequest): Promise<SignOffResult> {
    const personId = requirePerson(actor);
    const note = (request.note ?? '').trim();
    if (note.length > NOTE_MAX) {
      throw new ProposalInputError(ProposalErrorCode.INVALID_PROPOSAL, `A sign-off note can be at most ${NOTE_MAX} characters.`, 'note');
    }
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = await this.lock(request.proposalId);
      const chairs = await currentCoChairs(m, proposal.houseId);
      const facts = await this.factsOf(m, proposal, chairs);
      enforce(signOffPermission(await this.access.viewer(actor), facts));
      const role = seatOf(personId, facts.seats)!;
      const signOffs = m.getRepository(ProposalSignOffEntity);
      const seatSignOff = await signOffs.findOneBy({ proposalId: proposal.id, role, voidedAt: IsNull() });
      for (const check of this.signOffChecks) await check({ proposal, actor, now: new Date() });
      // A sign-off by the seat's previous holder no longer counts; it gives way to the new holder's.
      if (seatSignOff) await signOffs.update({ id: seatSignOff.id }, { voidedAt: new Date() });
      const inserted = await signOffs.insert({ proposalId: proposal.id, personId, role, note });
      await this.audit.record(actor, {
        action: 'signOffProposal',
        entityType: 'proposal_sign_off',
        entityId: inserted.identifiers[0].id as string,
        after: { proposalId: proposal.id, personId, role, note },
      });

      const current = await signOffs.findBy({ proposalId: proposal.id, voidedAt: IsNull() });
      const state = signOffState(proposal.status, current, seatHolders(chairs));
      if (!state.ready) return { proposal, recommended: false };
      const recommended = await this.transition(
        actor,
        {
          proposalId: proposal.id,
          to: ProposalStatus.RECOMMENDED,
          reason: 'Both co-chairs signed off.',
          route: TransitionRoute.HOUSE,
          auditAction: 'signOffProposal',
        },
      );
      return { proposal: recommended, recommended: true };
    });
  }

  /** A co-chair takes back their own sign-off while the proposal is still in consultation. */
  async withdrawSignOff(actor: Actor, request: { proposalId: string }): Promise<ProposalEntity> {
    const personId = requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = await this.lock(request.proposalId);
      enforce(withdrawSignOffPermission(await this.access.viewer(actor), await this.factsOf(m, proposal)));
      const signOffs = m.getRepository(ProposalSignOffEntity);
      const own = (await signOffs.findOneBy({ proposalId: proposal.id, personId, voidedAt: IsNull() }))!;
      const voidedAt = new Date();
      await signOffs.update({ id: own.id }, { voidedAt });
      await this.audit.record(actor, { action: 'withdrawSignOff', entityType: 'proposal_sign_off', entityId: own.id, before: own, after: { ...own, voidedAt } });
      return proposal;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Proposals matching a filter, the most recently changed first. */
  async list(filter: ProposalFilter, page: PageRequest): Promise<Page<ProposalEntity>> {
    const qb = this.txHost.tx.getRepository(ProposalEntity).createQueryBuilder('p');
    if (filter.houseId) qb.andWhere('p.houseId = :houseId', { houseId: filter.houseId });
    if (filter.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.deliveryModel) qb.andWhere('p.deliveryModel = :deliveryModel', { deliveryModel: filter.deliveryModel });
    if (filter.category) qb.andWhere('p.category = :category', { category: filter.category });
    const search = filter.search?.trim();
    if (search) qb.andWhere('(p.title ILIKE :search OR p.summary ILIKE :search)', { search: `%${escapeLike(search)}%` });
    return keysetPage(
      qb,
      [
        { sql: 'p.updated_at', type: 'timestamptz', direction: 'DESC' },
        { sql: 'p.id', type: 'uuid', direction: 'DESC' },
      ],
      page,
    );
  }

  /** Partner organisation ids of each proposal. */
  async partnerIdsOf(proposalIds: readonly string[]): Promise<ProposalPartnerEntity[]> {
    if (proposalIds.length === 0) return [];
    return this.txHost.tx.getRepository(ProposalPartnerEntity).findBy({ proposalId: In([...proposalIds]) });
  }

  /** Status history of each proposal, oldest first. */
  async transitionsOf(proposalIds: readonly string[]): Promise<ProposalTransitionEntity[]> {
    if (proposalIds.length === 0) return [];
    return this.txHost.tx.getRepository(ProposalTransitionEntity).find({
      where: { proposalId: In([...proposalIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
  }

  /** Sign-offs not voided, of each proposal, in the order they were made. */
  async signOffsOf(proposalIds: readonly string[]): Promise<ProposalSignOffEntity[]> {
    if (proposalIds.length === 0) return [];
    return this.txHost.tx.getRepository(ProposalSignOffEntity).find({
      where: { proposalId: In([...proposalIds]), voidedAt: IsNull() },
      order: { signedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Who holds each co-chair seat of each House now. */
  async seatHoldersOf(houseIds: readonly string[]): Promise<Map<string, SeatHolders>> {
    const map = new Map<string, SeatHolders>(houseIds.map((id) => [id, emptySeats()]));
    if (houseIds.length === 0) return map;
    const rows = await this.txHost.tx.getRepository(MembershipEntity).find({
      select: { bodyId: true, personId: true, role: true },
      where: { bodyId: In([...houseIds]), role: In([...SIGNING_SEATS]), endedAt: IsNull() },
    });
    for (const row of rows) {
      const seats = map.get(row.bodyId);
      if (seats) seats[row.role as (typeof SIGNING_SEATS)[number]] = row.personId;
    }
    return map;
  }

  /** The proposals with these ids (missing ones are left out), for loaders. */
  byIds(ids: readonly string[]): Promise<ProposalEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(ProposalEntity).findBy({ id: In([...ids]) });
  }

  // ---------------------------------------------------------------------------------------------

  private async house(m: EntityManager, houseId: string): Promise<BodyEntity> {
    const body = await m.getRepository(BodyEntity).findOneBy({ id: houseId });
    if (!body) throw new ProposalNotFoundError(ProposalErrorCode.HOUSE_NOT_FOUND, `No House has id ${houseId}.`, 'houseId');
    if (body.kind !== BodyKind.HOUSE) {
      throw new ProposalInputError(ProposalErrorCode.NOT_A_HOUSE, `${body.name} is not a House; proposals belong to one of the six Houses.`, 'houseId');
    }
    return body;
  }

  private async assertPartnersExist(m: EntityManager, partnerIds: readonly string[]): Promise<void> {
    if (partnerIds.length === 0) return;
    const found = new Set((await m.getRepository(OrganisationEntity).find({ select: { id: true }, where: { id: In([...partnerIds]) } })).map((o) => o.id));
    const missing = partnerIds.find((id) => !found.has(id));
    if (missing) {
      throw new ProposalNotFoundError(ProposalErrorCode.PARTNER_NOT_FOUND, `No partner organisation has id ${missing}.`, 'partnerIds', { id: missing });
    }
  }

  private async replacePartners(m: EntityManager, proposalId: string, partnerIds: readonly string[]): Promise<void> {
    const repo = m.getRepository(ProposalPartnerEntity);
    await repo.delete({ proposalId });
    if (partnerIds.length) await repo.insert(partnerIds.map((organisationId) => ({ proposalId, organisationId })));
  }

  /**
   * What the proposal rules need about one proposal, read inside the operation's transaction: one
   * statement after another, as a transaction's one connection runs them anyway.
   */
  private async factsOf(m: EntityManager, proposal: ProposalEntity, chairs?: CurrentCoChairs): Promise<ProposalFacts> {
    const house = await m.getRepository(BodyEntity).findOneByOrFail({ id: proposal.houseId });
    const seated = chairs ?? (await currentCoChairs(m, proposal.houseId));
    const signOffs = await m.getRepository(ProposalSignOffEntity).find({ where: { proposalId: proposal.id, voidedAt: IsNull() } });
    return { proposal, houseName: house.name, seats: seatHolders(seated), signOffs };
  }

}

/** Facts for a rule that refuses before looking at the proposal. */
const NO_FACTS: ProposalFacts = {
  proposal: { id: '', houseId: '', status: ProposalStatus.DRAFT, uascConsiderations: null },
  houseName: '',
  seats: emptySeats(),
  signOffs: [],
};

function emptySeats(): SeatHolders {
  return { [MembershipRole.CO_CHAIR_YOUNG_PERSON]: null, [MembershipRole.CO_CHAIR_SECTOR_LEAD]: null };
}

function seatHolders(chairs: CurrentCoChairs): SeatHolders {
  return {
    [MembershipRole.CO_CHAIR_YOUNG_PERSON]: chairs.youngPerson?.personId ?? null,
    [MembershipRole.CO_CHAIR_SECTOR_LEAD]: chairs.sectorLead?.personId ?? null,
  };
}
