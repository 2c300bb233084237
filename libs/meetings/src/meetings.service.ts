import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, enforce, keysetPage, Page, PageRequest, requirePerson, Tx } from '@app/core';
import { MembershipEntity, MembershipRole, PersonEntity } from '@app/governance';
import { ProposalEntity, ProposalsService, TransitionRoute } from '@app/proposals';
import { BodyEntity, ReferenceService } from '@app/reference';
import { ActionItemEntity, ActionItemStatus } from './action-item.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { assertOrdered, planDecision } from './decision-rules';
import { DecisionEntity, DecisionKind } from './decision.entity';
import { meetingMemberPermission, meetingNotCancelledPermission, updateActionItemPermission } from './meeting-permissions';
import { MeetingEntity, MeetingStatus } from './meeting.entity';
import {
  MeetingErrorCode,
  MeetingInputError,
  MeetingNotFoundError,
  staleActionItem,
} from './meetings.errors';

/** Roles that let a person act for a body's meetings (advisers and observers do not). */
export const MEETING_ROLES: readonly MembershipRole[] = [
  MembershipRole.CHAIR,
  MembershipRole.CO_CHAIR_YOUNG_PERSON,
  MembershipRole.CO_CHAIR_SECTOR_LEAD,
  MembershipRole.MEMBER,
];

export interface ScheduleMeetingRequest {
  bodyId: string;
  title: string;
  startsAt: Date;
  endsAt?: Date | null;
  location?: string | null;
}

export interface AddAgendaItemRequest {
  meetingId: string;
  title: string;
  proposalId?: string | null;
  /** An http(s) link to the item's papers. */
  papersUrl?: string | null;
}

export interface RecordDecisionRequest {
  meetingId: string;
  kind: DecisionKind;
  summary: string;
  proposalId?: string | null;
  /** When given, the decision is refused with CONFLICT if the proposal changed since it was read. */
  expectedProposalVersion?: number | null;
}

export interface RecordedDecision {
  decision: DecisionEntity;
  /** The proposal as the decision left it, when the decision concerns one. */
  proposal: ProposalEntity | null;
}

export interface AddActionItemRequest {
  meetingId: string;
  ownerId: string;
  description: string;
  dueOn: string;
}

export interface UpdateActionItemRequest {
  actionItemId: string;
  expectedVersion: number;
  description?: string | null;
  dueOn?: string | null;
  status?: ActionItemStatus | null;
  ownerId?: string | null;
}

export interface MeetingsFilter {
  bodyId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface ActionItemsFilter {
  ownerId?: string | null;
  status?: ActionItemStatus | null;
  /** Due strictly before this date (YYYY-MM-DD). */
  dueBefore?: string | null;
}

/**
 * Meetings of governance bodies, their agendas, decisions and actions. A Trust Board decision
 * that moves a proposal is recorded in the same transaction as the move (and whatever the move
 * sets off, such as opening agreements), so they stand or fall together.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async scheduleMeeting(actor: Actor, request: ScheduleMeetingRequest): Promise<MeetingEntity> {
    const title = request.title;
    const location = request.location || null;
    assertOrdered(request.startsAt, request.endsAt, 'endsAt', 'Meeting times', true);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const body = await this.reference.getBody(request.bodyId, 'bodyId');
      await this.assertMember(m, actor, body, 'schedule its meetings');
      const repo = m.getRepository(MeetingEntity);
      const meeting = await repo.save(
        repo.create({ bodyId: body.id, title, startsAt: request.startsAt, endsAt: request.endsAt ?? null, location, createdById: actor.personId }),
      );
      await this.audit.record(actor, { action: 'scheduleMeeting', entityType: 'meeting', entityId: meeting.id, after: meeting });
      return meeting;
    });
  }

  async addAgendaItem(actor: Actor, request: AddAgendaItemRequest): Promise<AgendaItemEntity> {
    const title = request.title;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const meeting = await this.lockMeeting(m, request.meetingId);
      const body = await this.reference.getBody(meeting.bodyId, 'id');
      await this.assertMember(m, actor, body, 'set its agendas');
      this.assertNotCancelled(meeting);
      if (request.proposalId) await this.proposals.get(request.proposalId, 'proposalId');
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO agenda_item (meeting_id, position, title, proposal_id, papers_url)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4 FROM agenda_item WHERE meeting_id = $1
         RETURNING id`,
        [meeting.id, title, request.proposalId ?? null, request.papersUrl?.trim() || null],
      );
      const item = await m.getRepository(AgendaItemEntity).findOneByOrFail({ id: row.id });
      await this.audit.record(actor, { action: 'addAgendaItem', entityType: 'agenda_item', entityId: item.id, after: item });
      return item;
    });
  }

  /**
   * Records a decision. ENDORSE, ADOPT, DECLINE and SEND_BACK move their proposal and are for
   * Trust Board meetings only; the move follows the proposal status machine.
   */
  async recordDecision(actor: Actor, request: RecordDecisionRequest): Promise<RecordedDecision> {
    const summary = request.summary;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const meeting = await this.lockMeeting(m, request.meetingId);
      const body = await this.reference.getBody(meeting.bodyId, 'id');
      await this.assertMember(m, actor, body, 'record its decisions');
      this.assertNotCancelled(meeting);
      const to = planDecision(request.kind, body.code, body.name, request.proposalId);

      let proposal: ProposalEntity | null = null;
      if (to) {
        proposal = await this.proposals.transition(
          actor,
          {
            proposalId: request.proposalId!,
            to,
            reason: summary,
            route: TransitionRoute.BOARD_DECISION,
            auditAction: 'recordDecision',
            ...(request.expectedProposalVersion != null ? { expectedVersion: request.expectedProposalVersion } : {}),
          },
        );
      } else if (request.proposalId) {
        proposal = await this.proposals.get(request.proposalId, 'proposalId');
      }

      const repo = m.getRepository(DecisionEntity);
      const decision = await repo.save(
        repo.create({ meetingId: meeting.id, proposalId: request.proposalId ?? null, kind: request.kind, summary, recordedById: actor.personId }),
      );
      await this.audit.record(actor, { action: 'recordDecision', entityType: 'decision', entityId: decision.id, after: decision });
      if (meeting.status === MeetingStatus.SCHEDULED) {
        const before = { ...meeting };
        meeting.status = MeetingStatus.HELD;
        const held = await m.getRepository(MeetingEntity).save(meeting);
        await this.audit.record(actor, { action: 'recordDecision', entityType: 'meeting', entityId: held.id, before, after: held });
      }
      return { decision, proposal };
    });
  }

  async addActionItem(actor: Actor, request: AddActionItemRequest): Promise<ActionItemEntity> {
    const { description, dueOn } = request;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const meeting = await this.getMeeting(request.meetingId, 'meetingId');
      const body = await this.reference.getBody(meeting.bodyId, 'id');
      await this.assertMember(m, actor, body, 'set actions from its meetings');
      this.assertNotCancelled(meeting);
      await this.assertPerson(m, request.ownerId, 'ownerId');
      this.assertDueAfterMeeting(meeting, dueOn);
      const repo = m.getRepository(ActionItemEntity);
      const item = await repo.save(repo.create({ meetingId: meeting.id, ownerId: request.ownerId, description, dueOn }));
      await this.audit.record(actor, { action: 'addActionItem', entityType: 'action_item', entityId: item.id, after: item });
      return item;
    });
  }

  /** The owner or a member of the body may update an action; a stale version is refused. */
  async updateActionItem(actor: Actor, request: UpdateActionItemRequest): Promise<ActionItemEntity> {
    const personId = actor.system ? null : requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const repo = m.getRepository(ActionItemEntity);
      const item = await repo.findOne({ where: { id: request.actionItemId }, lock: { mode: 'pessimistic_write' } });
      if (!item) {
        throw new MeetingNotFoundError(MeetingErrorCode.ACTION_ITEM_NOT_FOUND, `No action item has id ${request.actionItemId}.`, 'actionItemId');
      }
      const meeting = await this.getMeeting(item.meetingId, 'actionItemId');
      if (personId !== item.ownerId) {
        const body = await this.reference.getBody(meeting.bodyId, 'id');
        enforce(updateActionItemPermission(await this.access.viewer(actor), item, body, await this.meetingSeatsOf(personId)));
      }
      if (request.expectedVersion !== item.version) throw staleActionItem(request.expectedVersion, item.version);
      const before = { ...item };
      if (request.description != null) item.description = request.description;
      if (request.dueOn != null) {
        item.dueOn = request.dueOn;
        this.assertDueAfterMeeting(meeting, item.dueOn);
      }
      if (request.status != null) item.status = request.status;
      if (request.ownerId != null && request.ownerId !== item.ownerId) {
        await this.assertPerson(m, request.ownerId, 'ownerId');
        item.ownerId = request.ownerId;
      }
      const saved = await repo.save(item);
      await this.audit.record(actor, { action: 'updateActionItem', entityType: 'action_item', entityId: saved.id, before, after: saved });
      return saved;
    });
  }

  async getMeeting(id: string, field = 'id'): Promise<MeetingEntity> {
    const found = await this.txHost.tx.getRepository(MeetingEntity).findOneBy({ id });
    if (!found) throw meetingNotFound(id, field);
    return found;
  }

  meetingsByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.txHost.tx.getRepository(MeetingEntity).findBy({ id: In([...ids]) });
  }

  async listMeetings(filter: MeetingsFilter, page: PageRequest): Promise<Page<MeetingEntity>> {
    assertOrdered(filter.from, filter.to, 'filter.to', 'Meeting dates', false);
    const qb = this.txHost.tx.getRepository(MeetingEntity).createQueryBuilder('m');
    if (filter.bodyId) qb.andWhere('m.bodyId = :bodyId', { bodyId: filter.bodyId });
    if (filter.from) qb.andWhere('m.startsAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('m.startsAt <= :to', { to: filter.to });
    return keysetPage(
      qb,
      [
        { sql: 'm.starts_at', type: 'timestamptz', direction: 'ASC' },
        { sql: 'm.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
  }

  async listActionItems(filter: ActionItemsFilter, page: PageRequest): Promise<Page<ActionItemEntity>> {
    const qb = this.txHost.tx.getRepository(ActionItemEntity).createQueryBuilder('a');
    if (filter.ownerId) qb.andWhere('a.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.dueBefore) qb.andWhere('a.dueOn < :dueBefore', { dueBefore: filter.dueBefore });
    return keysetPage(
      qb,
      [
        { sql: 'a.due_on', type: 'date', direction: 'ASC' },
        { sql: 'a.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
  }

  agendaItemsOf(meetingIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.txHost.tx.getRepository(AgendaItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
  }

  decisionsOf(meetingIds: readonly string[]): Promise<DecisionEntity[]> {
    return this.txHost.tx.getRepository(DecisionEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }

  actionItemsOf(meetingIds: readonly string[]): Promise<ActionItemEntity[]> {
    return this.txHost.tx.getRepository(ActionItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  private async lockMeeting(m: EntityManager, id: string): Promise<MeetingEntity> {
    const found = await m.getRepository(MeetingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw meetingNotFound(id, 'meetingId');
    return found;
  }

  private assertNotCancelled(meeting: MeetingEntity): void {
    enforce(meetingNotCancelledPermission(meeting));
  }

  private assertDueAfterMeeting(meeting: MeetingEntity, dueOn: string): void {
    const meetingDay = meeting.startsAt.toISOString().slice(0, 10);
    if (dueOn < meetingDay) {
      throw new MeetingInputError(MeetingErrorCode.BAD_DATES, `The due date ${dueOn} is before the meeting (${meetingDay}); choose a later date.`, 'dueOn');
    }
  }

  private async assertPerson(m: EntityManager, personId: string, field: string): Promise<void> {
    const exists = await m.getRepository(PersonEntity).existsBy({ id: personId });
    if (!exists) throw new MeetingNotFoundError(MeetingErrorCode.PERSON_NOT_FOUND, `No person has id ${personId}.`, field);
  }

  /** The bodies where a person holds one of MEETING_ROLES now (see meetingMemberPermission), in one statement. */
  async meetingSeatsOf(personId: string | null): Promise<Set<string>> {
    if (!personId) return new Set();
    const rows = await this.txHost.tx.getRepository(MembershipEntity).find({
      select: { bodyId: true },
      where: { personId, role: In([...MEETING_ROLES]), endedAt: IsNull() },
    });
    return new Set(rows.map((r) => r.bodyId));
  }

  /** Refuses anyone meetingMemberPermission refuses. */
  private async assertMember(m: EntityManager, actor: Actor, body: BodyEntity, doing: string): Promise<void> {
    if (!actor.system) requirePerson(actor);
    enforce(meetingMemberPermission(await this.access.viewer(actor), body, await this.meetingSeatsOf(actor.personId), doing));
  }
}

function meetingNotFound(id: string, field: string): MeetingNotFoundError {
  return new MeetingNotFoundError(MeetingErrorCode.MEETING_NOT_FOUND, `No meeting has id ${id}.`, field);
}
