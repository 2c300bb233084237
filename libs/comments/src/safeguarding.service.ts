import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, Role } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, Page, PageRequest, requirePerson, toOffsetLimit, toPage } from '@app/core';
import { CommentReportEntity, CommentReportReason } from './comment-report.entity';
import { CommentConflictError, CommentErrorCode, CommentForbiddenError, CommentInputError, CommentNotFoundError } from './comments.errors';
import { SAFEGUARDING_NOTES_MAX_LENGTH, SafeguardingAction, SafeguardingHandlingEntity } from './safeguarding-handling.entity';

export interface HandleSafeguardingConcernRequest {
  reportId: string;
  action: SafeguardingAction;
  notes: string;
}

export interface SafeguardingConcern {
  report: CommentReportEntity;
  handling: SafeguardingHandlingEntity | null;
}

/**
 * Reports that say "I'm worried about someone's safety" (SAFETY_CONCERN). They go to safeguarding
 * leads only — never to a House's moderators — and each records who handled it, when and how.
 */
@Injectable()
export class SafeguardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Safety concerns, open ones first and newest first; with includeHandled, handled ones follow. */
  async queue(actor: Actor, options: { includeHandled?: boolean | null }, page: PageRequest): Promise<Page<SafeguardingConcern>> {
    await this.assertLead(actor);
    const { offset, limit } = toOffsetLimit(page);
    const qb = this.dataSource.getRepository(CommentReportEntity).createQueryBuilder('r').where('r.reason = :reason', { reason: CommentReportReason.SAFETY_CONCERN });
    if (!options.includeHandled) qb.andWhere('r.resolved_at IS NULL');
    const [reports, total] = await qb
      .orderBy('r.resolved_at IS NULL', 'DESC')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    const handlings = reports.length
      ? await this.dataSource.getRepository(SafeguardingHandlingEntity).createQueryBuilder('h').where('h.report_id IN (:...ids)', { ids: reports.map((r) => r.id) }).getMany()
      : [];
    const byReport = new Map(handlings.map((h) => [h.reportId, h]));
    return toPage(reports.map((report) => ({ report, handling: byReport.get(report.id) ?? null })), total, offset);
  }

  /** A safeguarding lead records how they handled a concern; the report is closed with it. */
  async handle(actor: Actor, request: HandleSafeguardingConcernRequest): Promise<SafeguardingConcern> {
    const leadId = requirePerson(actor);
    await this.assertLead(actor);
    const notes = request.notes.trim();
    if (notes.length < 1 || notes.length > SAFEGUARDING_NOTES_MAX_LENGTH) {
      throw new CommentInputError(CommentErrorCode.BAD_REASON, `Say what was done, in 1 to ${SAFEGUARDING_NOTES_MAX_LENGTH} characters.`, 'notes');
    }
    if (!Object.values(SafeguardingAction).includes(request.action)) {
      throw new CommentInputError(CommentErrorCode.BAD_REASON, `Choose an action: ${Object.values(SafeguardingAction).join(', ')}.`, 'action');
    }
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(CommentReportEntity);
      const report = await repo.findOne({ where: { id: request.reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report || report.reason !== CommentReportReason.SAFETY_CONCERN) {
        throw new CommentNotFoundError(CommentErrorCode.REPORT_NOT_FOUND, `No safety concern has id ${request.reportId}.`, 'reportId');
      }
      if (report.resolvedAt) {
        throw new CommentConflictError(CommentErrorCode.ALREADY_RESOLVED, 'This concern has already been handled; see how in the safeguarding queue.', 'reportId');
      }
      const before = { resolvedAt: report.resolvedAt, resolvedById: report.resolvedById, resolution: report.resolution };
      report.resolvedAt = new Date();
      report.resolvedById = leadId;
      report.resolution = `Safeguarding: ${request.action}`;
      const saved = await repo.save(report);
      const handlingRepo = m.getRepository(SafeguardingHandlingEntity);
      await handlingRepo.insert({ reportId: report.id, action: request.action, notes, handledById: leadId, handledAt: saved.resolvedAt! });
      const handling = await handlingRepo.findOneByOrFail({ reportId: report.id });
      // The trail says who handled it and what they did; the notes stay with the safeguarding leads.
      await this.audit.record(m, actor, {
        action: 'handleSafeguardingConcern',
        entityType: 'comment_report',
        entityId: saved.id,
        before,
        after: { resolvedAt: saved.resolvedAt, resolvedById: saved.resolvedById, resolution: saved.resolution },
      });
      return { report: saved, handling };
    });
  }

  private async assertLead(actor: Actor): Promise<void> {
    if (actor.system) return;
    requirePerson(actor);
    if (!(await this.access.actorHas(actor, Role.SAFEGUARDING_LEAD))) {
      throw new CommentForbiddenError(CommentErrorCode.NOT_A_SAFEGUARDING_LEAD, 'Only safeguarding leads see and handle concerns about someone’s safety.');
    }
  }
}
