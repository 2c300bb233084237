import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import {
  Actor,
  Clock,
  enforce,
  Environment,
  EventJob,
  isUniqueViolation,
  keysetPage,
  Page,
  PageRequest,
  Permission,
  requirePerson,
  StaleVersionError,
  Tx,
} from '@app/core';
import { AccessService, Role, Viewer } from '@app/access';
import { ConsultationAudience, consultationOpenSql } from '@app/consultations';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/outbox';
import { ProposalEntity, ProposalsService } from '@app/proposals';
import { CommentModerationAction, CommentModerationEntity } from './comment-moderation.entity';
import { CommentReportEntity, CommentReportReason } from './comment-report.entity';
import { CommentRevisionEntity } from './comment-revision.entity';
import {
  alreadyReported,
  CommentDecision,
  commentDecision,
  commentPermission,
  CommentRight,
  CommentStateFacts,
  deleteCommentPermission,
  editCommentPermission,
  hideCommentPermission,
  moderatePermission,
  ProposalCommentFacts,
  replyPermission,
  reportCommentPermission,
  unhideCommentPermission,
} from './comment-permission';
import { commentVisibility, CommentViewer } from './comment-visibility';
import { CommentEntity, CommentHold } from './comment.entity';
import { CommentConflictError, CommentErrorCode, CommentNotFoundError } from './comments.errors';
import { SafetyConcernAdvice, safetyConcernAdvice } from './safeguarding-advice';

const SYSTEM_MAY_COMMENT: CommentDecision = { allowed: true, right: CommentRight.PROGRAMME_ADMIN };

export interface AddCommentRequest {
  proposalId: string;
  /** Reply to this comment (on the same proposal). */
  parentId?: string | null;
  body: string;
}

export interface EditCommentRequest {
  commentId: string;
  body: string;
  expectedVersion: number;
}

export interface DeleteCommentRequest {
  commentId: string;
  expectedVersion?: number | null;
}

export interface ReportCommentRequest {
  commentId: string;
  reason: CommentReportReason;
  details?: string | null;
}

export interface ModerateCommentRequest {
  commentId: string;
  reason: string;
}

export interface ResolveCommentReportRequest {
  reportId: string;
  resolution: string;
}

/** A comment with what the caller may see of it decided. */
export interface CommentResult {
  comment: CommentEntity;
  viewer: CommentViewer;
}

export interface CommentPage {
  page: Page<CommentEntity>;
  viewer: CommentViewer;
}

export interface ReportCommentResult {
  report: CommentReportEntity;
  /** For a safety concern: what happens next, by when, and who to call now. */
  advice: SafetyConcernAdvice | null;
}

/**
 * Discussion of proposals: comments and replies, edits that keep every earlier body, deletion
 * that leaves a tombstone, reports from anyone taking part, and moderation by the House's
 * co-chairs. Hidden comments vanish for everyone but moderators.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly txHost: Tx,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly config: ConfigService<Environment, true>,
    private readonly clock: Clock,
    /** Replies are announced through the outbox, in the transaction that adds them. */
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Who moderates a proposal's comments: the current co-chairs of the proposal's House (and the
   * system). This is the one place the decision is made, so programme admins can join it later.
   */
  async moderates(actor: Actor, proposal: Pick<ProposalEntity, 'houseId'>): Promise<boolean> {
    return moderatePermission(await this.access.viewer(actor), proposal.houseId).allowed;
  }

  async viewerFor(actor: Actor, proposal: Pick<ProposalEntity, 'houseId'>): Promise<CommentViewer> {
    return {
      personId: actor.personId,
      moderator: await this.moderates(actor, proposal),
      safeguardingLead: !actor.system && (await this.access.actorHas(actor, Role.SAFEGUARDING_LEAD)),
    };
  }

  /**
   * What decides who may comment on each proposal (commentDecision), read in one statement for
   * any number of proposals: House, status and the consultations on it open now. Unknown ids are absent.
   */
  async commentFacts(proposalIds: readonly string[]): Promise<Map<string, ProposalCommentFacts>> {
    if (proposalIds.length === 0) return new Map();
    const rows = await this.txHost.tx.query<(Omit<ProposalCommentFacts, 'openConsultations'> & { openConsultations: { audience: ConsultationAudience; closesAt: string }[] })[]>(
      `SELECT p.id AS "proposalId", p.house_id AS "houseId", b.name AS "houseName", p.status::text AS status,
              coalesce(json_agg(json_build_object('audience', c.audience, 'closesAt', c.closes_at)) FILTER (WHERE c.id IS NOT NULL), '[]') AS "openConsultations"
         FROM proposal p
         JOIN body b ON b.id = p.house_id
         LEFT JOIN consultation c ON c.proposal_id = p.id AND ${consultationOpenSql('c', 'now()')}
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, b.name`,
      [[...proposalIds]],
    );
    return new Map(
      rows.map((r) => [r.proposalId, { ...r, openConsultations: r.openConsultations.map((c) => ({ audience: c.audience, closesAt: new Date(c.closesAt) })) }]),
    );
  }

  /** Whether the actor may comment on each of the proposals (the system may); see commentDecision. Unknown ids are absent. */
  async commentDecisions(actor: Actor, proposalIds: readonly string[]): Promise<Map<string, CommentDecision>> {
    const roles = await this.access.rolesOfActor(actor);
    const facts = await this.commentFacts(proposalIds);
    return new Map([...facts].map(([id, f]) => [id, actor.system ? SYSTEM_MAY_COMMENT : commentDecision(roles, f, this.clock.calendar)]));
  }

  /**
   * What the rules for acting on comments need (see comment-permission.ts), for every comment on
   * the given proposals in one statement: each comment's state, its proposal's House, and whether
   * `personId` has a report of it open. A whole discussion at once, so that a page and its replies
   * cost one statement whatever order they are asked in.
   */
  async commentStates(
    personId: string | null,
    proposalIds: readonly string[],
  ): Promise<(CommentStateFacts & { houseId: string; reportOpenByViewer: boolean })[]> {
    if (proposalIds.length === 0) return [];
    const rows = await this.txHost.tx.query<(CommentStateFacts & { houseId: string; reportOpenByViewer: boolean })[]>(
      `SELECT c.id, c.proposal_id AS "proposalId", c.author_id AS "authorId", c.deleted_at AS "deletedAt", c.hidden_at AS "hiddenAt",
              c.hold::text AS hold, p.house_id AS "houseId",
              EXISTS (SELECT 1 FROM comment_report r WHERE r.comment_id = c.id AND r.reporter_id = $2::uuid AND r.resolved_at IS NULL) AS "reportOpenByViewer"
         FROM comment c JOIN proposal p ON p.id = c.proposal_id
        WHERE c.proposal_id = ANY($1::uuid[])`,
      [[...new Set(proposalIds)], personId],
    );
    return rows;
  }

  // ---------------------------------------------------------------- reading

  /** Top-level comments of a proposal, oldest first; hidden ones only for moderators. */
  async proposalComments(actor: Actor, proposalId: string, page: PageRequest): Promise<CommentPage> {
    requirePerson(actor);
    const proposal = await this.proposals.get(proposalId);
    const viewer = await this.viewerFor(actor, proposal);
    const qb = this.txHost.tx
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.proposal_id = :proposalId AND c.parent_id IS NULL', { proposalId });
    if (!viewer.moderator) qb.andWhere('c.hidden_at IS NULL');
    const comments = await keysetPage(
      qb,
      [
        { sql: 'c.created_at', type: 'timestamptz', direction: 'ASC' },
        { sql: 'c.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
    return { page: comments, viewer };
  }

  /**
   * One comment, as the actor may see it in its proposal's discussion: a comment hidden from them
   * (held or hidden, for anyone but the moderators) is not found, as in the discussion itself.
   */
  async comment(actor: Actor, commentId: string): Promise<{ comment: CommentEntity; viewer: CommentViewer }> {
    requirePerson(actor);
    const comment = await this.txHost.tx.getRepository(CommentEntity).findOneBy({ id: commentId });
    if (!comment) throw this.commentNotFound(commentId);
    const viewer = await this.viewerFor(actor, await this.proposals.get(comment.proposalId));
    if (!commentVisibility(comment, viewer).listed) throw this.commentNotFound(commentId);
    return { comment, viewer };
  }

  /** Replies to each of the given comments, oldest first; hidden ones only when asked for (moderators). */
  repliesOf(parentIds: readonly string[], includeHidden: boolean): Promise<CommentEntity[]> {
    if (parentIds.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(CommentEntity).find({
      where: { parentId: In([...parentIds]), ...(includeHidden ? {} : { hiddenAt: IsNull() }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  revisionsOf(commentIds: readonly string[]): Promise<CommentRevisionEntity[]> {
    if (commentIds.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(CommentRevisionEntity).find({
      where: { commentId: In([...commentIds]) },
      order: { revision: 'ASC' },
    });
  }

  commentsByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.txHost.tx.getRepository(CommentEntity).findBy({ id: In([...ids]) });
  }

  /** Open reports per comment, counted in SQL; comments without any are absent. */
  async openReportCounts(commentIds: readonly string[]): Promise<Map<string, number>> {
    if (commentIds.length === 0) return new Map();
    const rows: { comment_id: string; open: number }[] = await this.txHost.tx.query(
      `SELECT comment_id, count(*)::int AS open
         FROM comment_report
        WHERE comment_id = ANY($1::uuid[]) AND resolved_at IS NULL AND reason <> 'SAFETY_CONCERN'
        GROUP BY comment_id`,
      [[...commentIds]],
    );
    return new Map(rows.map((r) => [r.comment_id, r.open]));
  }

  /**
   * Open reports on each proposal's comments (safety concerns aside), counted in SQL, for the
   * proposals whose House the caller moderates; null for the others. In the order asked.
   */
  async openReportCountsByProposal(actor: Actor, proposals: readonly { id: string; houseId: string }[]): Promise<(number | null)[]> {
    if (proposals.length === 0) return [];
    const viewer = await this.access.viewer(actor);
    const moderated = new Set(proposals.filter((p) => moderatePermission(viewer, p.houseId).allowed).map((p) => p.id));
    const rows: { proposal_id: string; open: number }[] = moderated.size
      ? await this.txHost.tx.query(
          `SELECT c.proposal_id, count(*)::int AS open
             FROM comment_report r
             JOIN comment c ON c.id = r.comment_id
            WHERE c.proposal_id = ANY($1::uuid[]) AND r.resolved_at IS NULL AND r.reason <> 'SAFETY_CONCERN'
            GROUP BY c.proposal_id`,
          [[...moderated]],
        )
      : [];
    const counts = new Map(rows.map((r) => [r.proposal_id, r.open]));
    return proposals.map((p) => (moderated.has(p.id) ? (counts.get(p.id) ?? 0) : null));
  }

  /** Reports on a proposal's comments, open ones first then oldest first; for moderators. */
  async commentReports(
    actor: Actor,
    proposalId: string,
    options: { includeResolved?: boolean | null },
    page: PageRequest,
  ): Promise<{ page: Page<CommentReportEntity>; viewer: CommentViewer }> {
    requirePerson(actor);
    const proposal = await this.proposals.get(proposalId);
    enforce(moderatePermission(await this.access.viewer(actor), proposal.houseId));
    const viewer = await this.viewerFor(actor, proposal);
    const qb = this.txHost.tx
      .getRepository(CommentReportEntity)
      .createQueryBuilder('r')
      .innerJoin(CommentEntity, 'c', 'c.id = r.comment_id')
      .where('c.proposal_id = :proposalId', { proposalId })
      // Concerns about someone's safety go to safeguarding leads only (SafeguardingService).
      .andWhere('r.reason <> :safety', { safety: CommentReportReason.SAFETY_CONCERN });
    if (!options.includeResolved) qb.andWhere('r.resolved_at IS NULL');
    const reports = await keysetPage(
      qb,
      [
        { sql: 'r.resolved_at IS NULL', type: 'boolean', direction: 'DESC' },
        { sql: 'r.created_at', type: 'timestamptz', direction: 'ASC' },
        { sql: 'r.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
    return { page: reports, viewer };
  }

  // ---------------------------------------------------------------- writing

  /** Comments or replies on a proposal, for those commentDecision lets take part. */
  async addComment(actor: Actor, request: AddCommentRequest): Promise<CommentResult> {
    const authorId = requirePerson(actor);
    const body = request.body;
    // The caller's roles are read once per request, before the transaction takes its connection.
    await this.access.rolesOfActor(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const proposal = await this.proposals.get(request.proposalId);
      const decision = (await this.commentDecisions(actor, [proposal.id])).get(proposal.id)!;
      enforce(commentPermission(decision));
      const viewer = await this.viewerFor(actor, proposal);
      if (request.parentId) {
        // A share lock keeps the parent from being deleted or hidden while the reply is written.
        const parent = await m.getRepository(CommentEntity).findOne({ where: { id: request.parentId }, lock: { mode: 'pessimistic_read' } });
        if (!parent || parent.proposalId !== proposal.id) {
          throw new CommentNotFoundError(CommentErrorCode.COMMENT_NOT_FOUND, `No comment on this proposal has id ${request.parentId}.`, 'parentId');
        }
        enforce(replyPermission(decision, parent, viewer.moderator));
      }
      const repo = m.getRepository(CommentEntity);
      const inserted = await repo.insert({ proposalId: proposal.id, parentId: request.parentId ?? null, authorId, body });
      const comment = await repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(actor, { action: 'addComment', entityType: 'comment', entityId: comment.id, after: comment });
      if (comment.parentId) {
        await this.outbox.emit({ job: EventJob.COMMENT_REPLIED, payload: { commentId: comment.id, parentId: comment.parentId } });
      }
      return { comment, viewer };
    });
  }

  /** The author changes the body; the earlier body is kept as a revision. */
  async editComment(actor: Actor, request: EditCommentRequest): Promise<CommentResult> {
    requirePerson(actor);
    const body = request.body;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const { comment, viewer } = await this.lockFor(m, actor, request.commentId, (v, c, moderator) => editCommentPermission(v, c, moderator));
      if (comment.version !== request.expectedVersion) throw new StaleVersionError('comment', request.expectedVersion, comment.version);
      if (body === comment.body) return { comment, viewer };

      const { next } = await m
        .getRepository(CommentRevisionEntity)
        .createQueryBuilder('r')
        .select('coalesce(max(r.revision), 0) + 1', 'next')
        .where('r.comment_id = :id', { id: comment.id })
        .getRawOne<{ next: number }>() ?? { next: 1 };
      await m.getRepository(CommentRevisionEntity).insert({
        commentId: comment.id,
        revision: Number(next),
        body: comment.body,
        writtenAt: comment.editedAt ?? comment.createdAt,
      });
      const before = { ...comment };
      comment.body = body;
      comment.editedAt = new Date();
      const saved = await m.getRepository(CommentEntity).save(comment);
      await this.audit.record(actor, { action: 'editComment', entityType: 'comment', entityId: saved.id, before, after: saved });
      return { comment: saved, viewer };
    });
  }

  /** The author deletes a comment: it stays as a tombstone so replies keep their thread. */
  async deleteComment(actor: Actor, request: DeleteCommentRequest): Promise<CommentResult> {
    requirePerson(actor);
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const { comment, viewer } = await this.lockFor(m, actor, request.commentId, (v, c, moderator) => deleteCommentPermission(v, c, moderator));
      if (request.expectedVersion !== undefined && request.expectedVersion !== null && comment.version !== request.expectedVersion) {
        throw new StaleVersionError('comment', request.expectedVersion, comment.version);
      }
      const before = { ...comment };
      comment.deletedAt = new Date();
      const saved = await m.getRepository(CommentEntity).save(comment);
      await this.audit.record(actor, { action: 'deleteComment', entityType: 'comment', entityId: saved.id, before, after: saved });
      return { comment: saved, viewer };
    });
  }

  /**
   * Anyone who can see a comment can report it to the moderators, once while their report is
   * open. A safety concern (SAFETY_CONCERN) goes to the safeguarding leads instead: the comment is
   * held from view at once, the leads are told through the outbox, and the reporter is told what
   * happens next.
   */
  async reportComment(actor: Actor, request: ReportCommentRequest): Promise<ReportCommentResult> {
    const reporterId = requirePerson(actor);
    const details = request.details ?? '';
    const safety = request.reason === CommentReportReason.SAFETY_CONCERN;
    try {
      const report = await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        const open = await m.getRepository(CommentReportEntity).existsBy({ commentId: request.commentId, reporterId, resolvedAt: IsNull() });
        const { comment } = await this.lockFor(m, actor, request.commentId, (_v, c, moderator) => reportCommentPermission(c, moderator, open));
        const repo = m.getRepository(CommentReportEntity);
        const inserted = await repo.insert({ commentId: comment.id, reporterId, reason: request.reason, details });
        const report = await repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
        // The reporter's own words stay with the people who handle reports; the trail notes the report.
        const { details: _details, ...recorded } = report;
        await this.audit.record(actor, { action: 'reportComment', entityType: 'comment_report', entityId: report.id, after: recorded });
        if (safety) {
          await this.setHold(actor, 'reportComment', comment, CommentHold.UNDER_REVIEW);
          await this.outbox.emit({ job: EventJob.SAFEGUARDING_CONCERN_RAISED, payload: { reportId: report.id } });
        }
        return report;
      });
      return { report, advice: safety ? safetyConcernAdvice(this.config.get('SAFEGUARDING_RESPONSE_TIME', { infer: true })) : null };
    } catch (error) {
      if (isUniqueViolation(error, 'uq_comment_report_open')) throw alreadyReported();
      throw error;
    }
  }

  /**
   * Puts a comment on hold for safeguarding, or takes it off (null), in the caller's transaction
   * with the comment row locked. The author's version is left alone: a hold is not an edit. The
   * trail records it as a `safeguarding_hold` event, which only safeguarding leads read.
   */
  async setHold(actor: Actor, action: string, comment: CommentEntity, hold: CommentHold | null): Promise<void> {
    if (comment.hold === hold) return;
    const before = { hold: comment.hold, heldAt: comment.heldAt };
    const [rows] = await this.txHost.tx.query<[{ heldAt: Date | null }[], number]>(
      `UPDATE comment SET hold = $2::comment_hold, held_at = CASE WHEN $2::comment_hold IS NULL THEN NULL ELSE coalesce(held_at, now()) END
        WHERE id = $1 RETURNING held_at AS "heldAt"`,
      [comment.id, hold],
    );
    comment.hold = hold;
    comment.heldAt = rows[0].heldAt;
    await this.audit.record(actor, { action, entityType: 'safeguarding_hold', entityId: comment.id, before, after: { hold, heldAt: comment.heldAt } });
  }

  /** A moderator hides a comment, with a reason; its open reports are resolved by the hiding. */
  async hideComment(actor: Actor, request: ModerateCommentRequest): Promise<CommentResult> {
    const moderatorId = requirePerson(actor);
    const reason = request.reason;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const { comment, viewer } = await this.lockFor(m, actor, request.commentId, (v, c, _moderator, houseId) => hideCommentPermission(v, c, houseId));
      const before = { ...comment };
      comment.hiddenAt = new Date();
      comment.hiddenById = moderatorId;
      comment.hiddenReason = reason;
      const saved = await m.getRepository(CommentEntity).save(comment);
      await m.getRepository(CommentModerationEntity).insert({ commentId: comment.id, action: CommentModerationAction.HIDE, actorId: moderatorId, reason });
      // Hiding closes the comment's ordinary reports; safety concerns stay open for the safeguarding leads.
      const ordinary = { commentId: comment.id, resolvedAt: IsNull(), reason: Not(CommentReportReason.SAFETY_CONCERN) };
      const openReports = await m.getRepository(CommentReportEntity).findBy(ordinary);
      const resolved = { resolvedAt: new Date(), resolvedById: moderatorId, resolution: `Comment hidden: ${reason}` };
      await m.getRepository(CommentReportEntity).update(ordinary, resolved);
      await this.audit.recordMany(actor, [
        { action: 'hideComment', entityType: 'comment', entityId: saved.id, before, after: saved },
        ...openReports.map((r) => ({
          action: 'hideComment',
          entityType: 'comment_report',
          entityId: r.id,
          before: { resolvedAt: r.resolvedAt, resolvedById: r.resolvedById, resolution: r.resolution },
          after: resolved,
        })),
      ]);
      return { comment: saved, viewer };
    });
  }

  async unhideComment(actor: Actor, request: ModerateCommentRequest): Promise<CommentResult> {
    const moderatorId = requirePerson(actor);
    const reason = request.reason;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const { comment, viewer } = await this.lockFor(m, actor, request.commentId, (v, c, _moderator, houseId) => unhideCommentPermission(v, c, houseId));
      const before = { ...comment };
      comment.hiddenAt = null;
      comment.hiddenById = null;
      comment.hiddenReason = null;
      const saved = await m.getRepository(CommentEntity).save(comment);
      await m.getRepository(CommentModerationEntity).insert({ commentId: comment.id, action: CommentModerationAction.UNHIDE, actorId: moderatorId, reason });
      await this.audit.record(actor, { action: 'unhideComment', entityType: 'comment', entityId: saved.id, before, after: { ...saved, unhideReason: reason } });
      return { comment: saved, viewer };
    });
  }

  /** A moderator closes a report, saying what was done. */
  async resolveCommentReport(actor: Actor, request: ResolveCommentReportRequest): Promise<CommentReportEntity> {
    const moderatorId = requirePerson(actor);
    const resolution = request.resolution;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const repo = m.getRepository(CommentReportEntity);
      const report = await repo.findOne({ where: { id: request.reportId }, lock: { mode: 'pessimistic_write' } });
      // A safety concern does not exist for moderators; safeguarding leads handle it.
      if (!report || report.reason === CommentReportReason.SAFETY_CONCERN) {
        throw new CommentNotFoundError(CommentErrorCode.REPORT_NOT_FOUND, `No report has id ${request.reportId}.`, 'reportId');
      }
      const comment = await m.getRepository(CommentEntity).findOneByOrFail({ id: report.commentId });
      const proposal = await this.proposals.get(comment.proposalId);
      enforce(moderatePermission(await this.access.viewer(actor), proposal.houseId));
      if (report.resolvedAt) throw new CommentConflictError(CommentErrorCode.ALREADY_RESOLVED, 'This report has already been resolved.', 'reportId');
      const before = { resolvedAt: report.resolvedAt, resolvedById: report.resolvedById, resolution: report.resolution };
      report.resolvedAt = new Date();
      report.resolvedById = moderatorId;
      report.resolution = resolution;
      const saved = await repo.save(report);
      await this.audit.record(actor, {
        action: 'resolveCommentReport',
        entityType: 'comment_report',
        entityId: saved.id,
        before,
        after: { resolvedAt: saved.resolvedAt, resolvedById: saved.resolvedById, resolution: saved.resolution },
      });
      return saved;
    });
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Locks a comment and checks the caller may act on it (`permission`, as `viewerCan` decides it
   * too), with whether the caller moderates its House and the House.
   */
  private async lockFor(
    m: EntityManager,
    actor: Actor,
    commentId: string,
    permission: (viewer: Viewer, comment: CommentEntity, moderator: boolean, houseId: string) => Permission,
  ): Promise<CommentResult> {
    const comment = await m.getRepository(CommentEntity).findOne({ where: { id: commentId }, lock: { mode: 'pessimistic_write' } });
    if (!comment) throw this.commentNotFound(commentId);
    const proposal = await this.proposals.get(comment.proposalId);
    const viewer = await this.viewerFor(actor, proposal);
    enforce(permission(await this.access.viewer(actor), comment, viewer.moderator, proposal.houseId));
    return { comment, viewer };
  }

  private commentNotFound(id: string): CommentNotFoundError {
    return new CommentNotFoundError(CommentErrorCode.COMMENT_NOT_FOUND, `No comment has id ${id}.`, 'commentId');
  }
}
