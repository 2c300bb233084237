import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, enforce, EventJob, keysetPage, Page, PageRequest, requirePerson, Tx } from '@app/core';
import { OutboxService } from '@app/outbox';
import { handleConcernPermission, safeguardingLeadPermission } from './comment-permission';
import { CommentReportEntity, CommentReportReason } from './comment-report.entity';
import { CommentEntity, CommentHold } from './comment.entity';
import { CommentsService } from './comments.service';
import { CommentErrorCode, CommentNotFoundError } from './comments.errors';
import { SafeguardingAction, SafeguardingCommentOutcome, SafeguardingHandlingEntity } from './safeguarding-handling.entity';

export interface HandleSafeguardingConcernRequest {
  reportId: string;
  action: SafeguardingAction;
  notes: string;
  /** What becomes of the comment; keeping it hidden unless the lead restores it. */
  commentOutcome?: SafeguardingCommentOutcome | null;
}

export interface SafeguardingConcern {
  report: CommentReportEntity;
  handling: SafeguardingHandlingEntity | null;
}

export enum ProgrammeWarningCode {
  NO_SAFEGUARDING_LEAD = 'NO_SAFEGUARDING_LEAD',
}

/** Something about how the programme is set up that a programme admin must put right. */
export interface ProgrammeWarning {
  code: ProgrammeWarningCode;
  message: string;
}

/**
 * Which audit events are about safeguarding, as an SQL condition on an event aliased `e`: a
 * report whose reason is SAFETY_CONCERN (by its recorded reason, or by the report as it stands),
 * its handling, a hold on a comment, and the events of a comment while it is held (they carry its
 * text). Only safeguarding leads read them (see the audit resolver).
 */
export const SAFEGUARDING_AUDIT_EVENTS = `(
  e.entity_type = 'safeguarding_hold'
  OR e.action = 'handleSafeguardingConcern'
  OR (e.entity_type = 'comment_report' AND (
        e.after->>'reason' = 'SAFETY_CONCERN' OR e.before->>'reason' = 'SAFETY_CONCERN'
        OR EXISTS (SELECT 1 FROM comment_report sr WHERE sr.id = e.entity_id AND sr.reason = 'SAFETY_CONCERN')))
  OR (e.entity_type = 'comment' AND EXISTS (SELECT 1 FROM comment sc WHERE sc.id = e.entity_id AND sc.hold IS NOT NULL))
)`;

/**
 * Reports that say "I'm worried about someone's safety" (SAFETY_CONCERN). They go to safeguarding
 * leads only — never to a House's moderators — and each records who handled it, when and how.
 */
@Injectable()
export class SafeguardingService {
  constructor(
    private readonly txHost: Tx,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly comments: CommentsService,
    /** The reporter hears that their concern was handled, through the outbox. */
    private readonly outbox: OutboxService,
  ) {}

  /** Safety concerns, open ones first and newest first; with includeHandled, handled ones follow. */
  async queue(actor: Actor, options: { includeHandled?: boolean | null }, page: PageRequest): Promise<Page<SafeguardingConcern>> {
    await this.assertLead(actor);
    const qb = this.txHost.tx.getRepository(CommentReportEntity).createQueryBuilder('r').where('r.reason = :reason', { reason: CommentReportReason.SAFETY_CONCERN });
    if (!options.includeHandled) qb.andWhere('r.resolved_at IS NULL');
    const { items: reports, ...rest } = await keysetPage(
      qb,
      [
        { sql: 'r.resolved_at IS NULL', type: 'boolean', direction: 'DESC' },
        { sql: 'r.created_at', type: 'timestamptz', direction: 'DESC' },
        { sql: 'r.id', type: 'uuid', direction: 'ASC' },
      ],
      page,
    );
    const handlings = reports.length
      ? await this.txHost.tx.getRepository(SafeguardingHandlingEntity).createQueryBuilder('h').where('h.report_id IN (:...ids)', { ids: reports.map((r) => r.id) }).getMany()
      : [];
    const byReport = new Map(handlings.map((h) => [h.reportId, h]));
    return { ...rest, items: reports.map((report) => ({ report, handling: byReport.get(report.id) ?? null })) };
  }

  /** One safety concern, open or handled, with how it was handled (safeguarding leads). */
  async concern(actor: Actor, reportId: string): Promise<SafeguardingConcern> {
    await this.assertLead(actor);
    const report = await this.txHost.tx.getRepository(CommentReportEntity).findOneBy({ id: reportId, reason: CommentReportReason.SAFETY_CONCERN });
    if (!report) throw new CommentNotFoundError(CommentErrorCode.REPORT_NOT_FOUND, `No safety concern has id ${reportId}.`, 'id');
    const handling = await this.txHost.tx.getRepository(SafeguardingHandlingEntity).findOneBy({ reportId });
    return { report, handling };
  }

  /**
   * A safeguarding lead records how they handled a concern; the report is closed with it. The
   * comment stays held while other concerns about it are open; after the last, it is restored or
   * kept hidden as the lead chose. The reporter hears that it was handled, without details.
   */
  async handle(actor: Actor, request: HandleSafeguardingConcernRequest): Promise<SafeguardingConcern> {
    const leadId = requirePerson(actor);
    const viewer = await this.access.viewer(actor);
    enforce(safeguardingLeadPermission(viewer));
    const notes = request.notes;
    const outcome = request.commentOutcome ?? SafeguardingCommentOutcome.KEEP_HIDDEN;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const repo = m.getRepository(CommentReportEntity);
      const report = await repo.findOne({ where: { id: request.reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report || report.reason !== CommentReportReason.SAFETY_CONCERN) {
        throw new CommentNotFoundError(CommentErrorCode.REPORT_NOT_FOUND, `No safety concern has id ${request.reportId}.`, 'reportId');
      }
      enforce(handleConcernPermission(viewer, report));
      const before = { resolvedAt: report.resolvedAt, resolvedById: report.resolvedById, resolution: report.resolution };
      report.resolvedAt = new Date();
      report.resolvedById = leadId;
      report.resolution = `Safeguarding: ${request.action}`;
      const saved = await repo.save(report);
      const handlingRepo = m.getRepository(SafeguardingHandlingEntity);
      await handlingRepo.insert({ reportId: report.id, action: request.action, notes, handledById: leadId, handledAt: saved.resolvedAt!, commentOutcome: outcome });
      const handling = await handlingRepo.findOneByOrFail({ reportId: report.id });
      // The trail says who handled it and what they did; the notes stay with the safeguarding leads.
      await this.audit.record(actor, {
        action: 'handleSafeguardingConcern',
        entityType: 'comment_report',
        entityId: saved.id,
        before,
        after: { resolvedAt: saved.resolvedAt, resolvedById: saved.resolvedById, resolution: saved.resolution },
      });
      const comment = await m.getRepository(CommentEntity).findOneOrFail({ where: { id: report.commentId }, lock: { mode: 'pessimistic_write' } });
      const stillOpen = await repo.existsBy({ commentId: comment.id, reason: CommentReportReason.SAFETY_CONCERN, resolvedAt: IsNull() });
      const hold = stillOpen ? CommentHold.UNDER_REVIEW : outcome === SafeguardingCommentOutcome.RESTORE ? null : CommentHold.KEPT_HIDDEN;
      await this.comments.setHold(actor, 'handleSafeguardingConcern', comment, hold);
      await this.outbox.emit({ job: EventJob.SAFEGUARDING_CONCERN_HANDLED, payload: { reportId: report.id } });
      return { report: saved, handling };
    });
  }

  /** For programme admins: what needs putting right. With no safeguarding lead, how many concerns wait for one (never whose or what). */
  async programmeWarnings(): Promise<ProgrammeWarning[]> {
    const [row] = await this.txHost.tx.query<{ hasLead: boolean; waiting: number }[]>(
      `SELECT EXISTS (SELECT 1 FROM role_grant WHERE role = 'SAFEGUARDING_LEAD' AND revoked_at IS NULL) AS "hasLead",
              (SELECT count(*)::int FROM comment_report WHERE reason = 'SAFETY_CONCERN' AND resolved_at IS NULL) AS waiting`,
    );
    if (row.hasLead) return [];
    const waiting =
      row.waiting === 0 ? 'none is waiting now' : `${row.waiting} ${row.waiting === 1 ? 'is' : 'are'} waiting in the safeguarding queue and nobody can read ${row.waiting === 1 ? 'it' : 'them'}`;
    return [
      {
        code: ProgrammeWarningCode.NO_SAFEGUARDING_LEAD,
        message:
          `The programme has no safeguarding lead. Concerns for someone's safety go to the safeguarding leads only; ${waiting}. ` +
          'Until a lead is appointed, programme admins are told when one is raised (not by whom). Give the programme’s safeguarding lead the SAFEGUARDING_LEAD role (grantRole).',
      },
    ];
  }

  private async assertLead(actor: Actor): Promise<void> {
    if (actor.system) return;
    requirePerson(actor);
    enforce(safeguardingLeadPermission(await this.access.viewer(actor)));
  }
}
