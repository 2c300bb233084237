import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import {
  type CommentReportReason,
  HideReportedCommentDocument,
  type ModeratedReportFragment,
  ModerationHouseDocument,
  ModerationHousesDocument,
  ModerationReportsDocument,
  ResolveCommentReportDocument,
  UnhideReportedCommentDocument,
} from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FormErrors } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { idFromPath } from '../proposal/proposal-page';
import { formText, takeFlash } from '../../forms/form-text';

/** Reports shown on a proposal's page, open ones first. */
const REPORTS_SHOWN = 50;
const PROPOSALS_SHOWN = 100;
const REASON_MAX = 2000;

/** Why a comment was reported, as a moderator reads it. */
export const REPORT_REASON_TEXT: Record<CommentReportReason, string> = {
  ABUSIVE: 'Rude, unkind or bullying',
  OFF_TOPIC: 'Off topic',
  OTHER: 'Something else',
  PERSONAL_INFORMATION: 'Shares private details',
  SAFETY_CONCERN: 'A worry about someone’s safety',
  SPAM: 'Spam',
};

type ReasonForm = 'hide' | 'restore' | 'resolve';

const FORMS: Record<ReasonForm, { title: string; label: string; hint: string; button: string; empty: string; done: string }> = {
  hide: {
    title: 'Hide a comment',
    label: 'Why are you hiding it?',
    hint: 'Only the House’s co-chairs see this.',
    button: 'Hide comment',
    empty: 'Enter why you are hiding the comment',
    done: 'The comment is hidden and its reports are closed. Only the House’s co-chairs can see it.',
  },
  restore: {
    title: 'Show a comment again',
    label: 'Why can it be shown again?',
    hint: 'Only the House’s co-chairs see this.',
    button: 'Show comment again',
    empty: 'Enter why the comment can be shown again',
    done: 'The comment is shown again.',
  },
  resolve: {
    title: 'Close a report',
    label: 'What did you do about it?',
    hint: 'For example, “Hid the comment” or “Read it: nothing needed”.',
    button: 'Close report',
    empty: 'Enter what you did about the report',
    done: 'The report is closed.',
  },
};

/** What a moderator sees of a reported comment, and whether it is shown to others now. */
function commentText(c: ModeratedReportFragment['comment']): { text: string; shown: string } {
  if (!c) return { text: 'You cannot see this comment.', shown: '' };
  const text = c.deleted ? 'Deleted by its author.' : (c.body ?? c.heldNotice ?? 'You cannot see this comment.');
  const shown = c.held ? 'Held while the safeguarding team looks at it' : c.hidden ? `Hidden: ${c.hiddenReason ?? 'no reason given'}` : 'Shown to everyone';
  return { text, shown };
}

/** A report as the page shows it: the comment, who wrote and reported it, why, and what may be done now. */
function reportView(r: ModeratedReportFragment, proposalId: string) {
  const c = r.comment;
  const open = !r.resolvedAt;
  const canHide = !!c?.viewerCan.hide;
  const canRestore = !!c?.viewerCan.restore;
  const canResolve = !!c?.viewerCan.moderate && open;
  const about = { visuallyHiddenText: `(report ${r.id.slice(0, 8)})` };
  const base = `/moderation/proposals/${proposalId}`;
  const actions = [
    ...(canHide && c ? [{ href: `${base}/comments/${c.id}/hide`, text: 'Hide comment', ...about }] : []),
    ...(canRestore && c ? [{ href: `${base}/comments/${c.id}/restore`, text: 'Show comment again', ...about }] : []),
    ...(canResolve ? [{ href: `${base}/reports/${r.id}/resolve`, text: 'Close report', ...about }] : []),
  ];
  const comment = commentText(c);
  return {
    ...r,
    reasonText: REPORT_REASON_TEXT[r.reason] ?? r.reason,
    commentText: comment.text,
    shown: comment.shown,
    open,
    canHide,
    canRestore,
    canResolve,
    actions,
  };
}

/**
 * Moderating comments, for a House's co-chairs: the reported comments on each of their House's
 * proposals, with who reported them and why; hiding a comment or showing it again with a reason,
 * and closing a report. What each person may do is the API's to say (the comment's viewerCan).
 */
@Controller('moderation')
export class ModerationController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async houses(@Req() req: Request, @Res() res: Response): Promise<void> {
    const data = await this.api.request(req, ModerationHousesDocument, {});
    const houses = data.myHouses;
    if (houses.length === 1) return res.redirect(303, `/moderation/houses/${houses[0].id}`);
    res.render('journeys/moderation/houses.njk', { pageTitle: 'Moderate comments', houses });
  }

  @Get('houses/:houseId')
  async house(@Req() req: Request, @Res() res: Response, @Param('houseId') houseId: string): Promise<void> {
    const data = await this.api.request(req, ModerationHouseDocument, { houseId: idFromPath(houseId), first: PROPOSALS_SHOWN });
    if (!data.body) throw new NotFoundException();
    res.render('journeys/moderation/house.njk', {
      pageTitle: `Moderate comments: ${data.body.name}`,
      backLink: '/moderation',
      house: data.body,
      // Those with reports waiting first, the most waiting first; the rest in the API's order.
      proposals: data.proposals.edges
        .map((e, i) => ({ ...e.node, waiting: e.node.openCommentReportCount ?? 0, i }))
        .sort((a, b) => b.waiting - a.waiting || a.i - b.i),
    });
  }

  @Get('proposals/:proposalId')
  async reports(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Query('after') after: unknown): Promise<void> {
    const data = await this.api.request(req, ModerationReportsDocument, {
      proposalId: idFromPath(proposalId),
      first: REPORTS_SHOWN,
      after: typeof after === 'string' && after ? after : null,
    });
    if (!data.proposal) throw new NotFoundException();
    const reports = data.commentReports.edges.map((e) => reportView(e.node, data.proposal!.id));
    res.render('journeys/moderation/reports.njk', {
      pageTitle: `Reported comments: ${data.proposal.title}`,
      backLink: `/moderation/houses/${data.proposal.house.id}`,
      flash: takeFlash(req),
      proposal: data.proposal,
      openReports: reports.filter((r) => r.open),
      closedReports: reports.filter((r) => !r.open),
      totalCount: data.commentReports.totalCount,
      next: data.commentReports.pageInfo.hasNextPage ? `/moderation/proposals/${data.proposal.id}?after=${encodeURIComponent(data.commentReports.pageInfo.endCursor ?? '')}` : null,
    });
  }

  @Get('proposals/:proposalId/comments/:commentId/hide')
  async hidePage(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Param('commentId') commentId: string): Promise<void> {
    await this.renderReasonForm(req, res, 'hide', proposalId, { commentId }, null, '');
  }

  @Post('proposals/:proposalId/comments/:commentId/hide')
  async hide(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Param('commentId') commentId: string, @Body('reason') raw: unknown): Promise<void> {
    await this.save(req, res, 'hide', proposalId, { commentId }, formText(raw), async (reason) => {
      await this.api.request(req, HideReportedCommentDocument, { input: { commentId: idFromPath(commentId), reason } });
    });
  }

  @Get('proposals/:proposalId/comments/:commentId/restore')
  async restorePage(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Param('commentId') commentId: string): Promise<void> {
    await this.renderReasonForm(req, res, 'restore', proposalId, { commentId }, null, '');
  }

  @Post('proposals/:proposalId/comments/:commentId/restore')
  async restore(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Param('commentId') commentId: string, @Body('reason') raw: unknown): Promise<void> {
    await this.save(req, res, 'restore', proposalId, { commentId }, formText(raw), async (reason) => {
      await this.api.request(req, UnhideReportedCommentDocument, { input: { commentId: idFromPath(commentId), reason } });
    });
  }

  @Get('proposals/:proposalId/reports/:reportId/resolve')
  async resolvePage(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Param('reportId') reportId: string): Promise<void> {
    await this.renderReasonForm(req, res, 'resolve', proposalId, { reportId }, null, '');
  }

  @Post('proposals/:proposalId/reports/:reportId/resolve')
  async resolve(@Req() req: Request, @Res() res: Response, @Param('proposalId') proposalId: string, @Param('reportId') reportId: string, @Body('reason') raw: unknown): Promise<void> {
    await this.save(req, res, 'resolve', proposalId, { reportId }, formText(raw), async (resolution) => {
      await this.api.request(req, ResolveCommentReportDocument, { input: { reportId: idFromPath(reportId), resolution } });
    });
  }

  /** Checks the reason, makes the change through the API, and goes back to the proposal's reports. */
  private async save(
    req: Request,
    res: Response,
    form: ReasonForm,
    proposalId: string,
    target: { commentId?: string; reportId?: string },
    reason: string,
    change: (reason: string) => Promise<void>,
  ): Promise<void> {
    const pid = idFromPath(proposalId);
    const fields = { reason: 'reason' };
    let errors: FormErrors | null = null;
    if (!reason) errors = formErrors([{ field: 'reason', text: FORMS[form].empty }], fields);
    else if (reason.length > REASON_MAX) errors = formErrors([{ field: 'reason', text: `Keep it to ${REASON_MAX} characters or fewer` }], fields);
    if (!errors) {
      try {
        await change(reason);
        req.session.flash = FORMS[form].done;
        return redirectAfterSaving(req, res, `/moderation/proposals/${pid}`);
      } catch (error) {
        errors = formErrorsFromApi(error, { reason: 'reason', resolution: 'reason' });
      }
    }
    await this.renderReasonForm(req, res, form, pid, target, errors, reason);
  }

  /** A form asking why, about one reported comment (found among the proposal's reports). */
  private async renderReasonForm(
    req: Request,
    res: Response,
    form: ReasonForm,
    proposalId: string,
    target: { commentId?: string; reportId?: string },
    errors: FormErrors | null,
    reason: string,
  ): Promise<void> {
    const pid = idFromPath(proposalId);
    const data = await this.api.request(req, ModerationReportsDocument, { proposalId: pid, first: 100, after: null });
    const reports = data.commentReports.edges.map((e) => reportView(e.node, pid));
    const report = target.reportId ? reports.find((r) => r.id === target.reportId) : reports.find((r) => r.comment?.id === target.commentId);
    if (!data.proposal || !report?.comment) throw new NotFoundException();
    const allowed = form === 'hide' ? report.canHide : form === 'restore' ? report.canRestore : report.canResolve;
    // A form sent back with the API's refusal is shown again; otherwise only what the API allows now.
    if (!allowed && !errors) return res.redirect(303, `/moderation/proposals/${pid}`);
    const { id: commentId } = report.comment;
    const action =
      form === 'resolve' ? `/moderation/proposals/${pid}/reports/${report.id}/resolve` : `/moderation/proposals/${pid}/comments/${commentId}/${form}`;
    res.status(errors ? 400 : 200).render('journeys/moderation/reason.njk', {
      pageTitle: FORMS[form].title,
      backLink: `/moderation/proposals/${pid}`,
      form: FORMS[form],
      action,
      proposal: data.proposal,
      report,
      reason,
      errors,
    });
  }
}
