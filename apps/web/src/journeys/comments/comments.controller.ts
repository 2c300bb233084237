import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { AddCommentDocument, CommentPageDocument, CommentReportReason, DeleteCommentDocument, EditCommentDocument, ReportCommentDocument } from '../../api/generated/graphql';
import { FormErrors, formErrors, formErrorsFromApi } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { idFromPath, ProposalPage } from '../proposal/proposal-page';
import { withActions } from '../proposal/proposal-view';

const BODY_FIELDS = { body: 'body' };
const REPORT_FIELDS = { reason: 'reason', details: 'details' };
export const COMMENT_MAX_LENGTH = 5000;
const DETAILS_MAX_LENGTH = 1000;

/** The reasons to report a comment, in the order the report page asks them. */
export const REPORT_REASONS: { value: CommentReportReason; text: string; hint?: string }[] = [
  { value: 'SAFETY_CONCERN', text: 'I’m worried about someone’s safety', hint: 'We tell the safety team straight away.' },
  { value: 'ABUSIVE', text: 'It is rude or unkind' },
  { value: 'PERSONAL_INFORMATION', text: 'It shares private details' },
  { value: 'SPAM', text: 'It is spam' },
  { value: 'OFF_TOPIC', text: 'It is off topic' },
  { value: 'OTHER', text: 'Something else' },
];

function text(raw: unknown): string {
  return typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
}

function bodyProblem(body: string, empty: string): FormErrors | null {
  if (!body) return formErrors([{ field: 'body', text: empty }], BODY_FIELDS);
  if (body.length > COMMENT_MAX_LENGTH) return formErrors([{ field: 'body', text: `Your comment must be ${COMMENT_MAX_LENGTH} characters or fewer` }], BODY_FIELDS);
  return null;
}

/**
 * A proposal's discussion: adding a comment (the form on the proposal's page), replying, editing
 * your own, and reporting one, with "I'm worried about someone's safety" leading to what happens
 * next and who to call now.
 */
@Controller('proposals/:id/comments')
export class CommentsController {
  constructor(
    private readonly api: ApiClient,
    private readonly proposalPage: ProposalPage,
  ) {}

  @Post()
  async add(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Body('body') raw: unknown): Promise<void> {
    const proposalId = idFromPath(id);
    const body = text(raw);
    const problem = bodyProblem(body, 'Enter your comment');
    if (problem) return this.proposalPage.render(req, res, proposalId, { errors: problem, body });
    let commentId: string;
    try {
      ({ addComment: { comment: { id: commentId } } } = await this.api.request(req, AddCommentDocument, { input: { proposalId, body } }));
    } catch (error) {
      return this.proposalPage.render(req, res, proposalId, { errors: formErrorsFromApi(error, BODY_FIELDS), body });
    }
    req.session.flash = 'Your comment has been posted.';
    await redirectAfterSaving(req, res, `/proposals/${proposalId}#comment-${commentId}`);
  }

  @Get(':commentId/reply')
  async replyPage(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string): Promise<void> {
    await this.renderForm(req, res, 'reply', id, commentId, null, '');
  }

  @Post(':commentId/reply')
  async reply(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string, @Body('body') raw: unknown): Promise<void> {
    const proposalId = idFromPath(id);
    const parentId = idFromPath(commentId);
    const body = text(raw);
    const problem = bodyProblem(body, 'Enter your reply');
    if (problem) return this.renderForm(req, res, 'reply', proposalId, parentId, problem, body);
    let replyId: string;
    try {
      ({ addComment: { comment: { id: replyId } } } = await this.api.request(req, AddCommentDocument, { input: { proposalId, parentId, body } }));
    } catch (error) {
      return this.renderForm(req, res, 'reply', proposalId, parentId, formErrorsFromApi(error, BODY_FIELDS), body);
    }
    req.session.flash = 'Your reply has been posted.';
    await redirectAfterSaving(req, res, `/proposals/${proposalId}#comment-${replyId}`);
  }

  @Get(':commentId/edit')
  async editPage(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string): Promise<void> {
    await this.renderForm(req, res, 'edit', id, commentId, null, null);
  }

  @Post(':commentId/edit')
  async edit(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Param('commentId') commentId: string,
    @Body('body') raw: unknown,
    @Body('version') version: unknown,
  ): Promise<void> {
    const proposalId = idFromPath(id);
    const cid = idFromPath(commentId);
    const body = text(raw);
    const problem = bodyProblem(body, 'Enter your comment');
    if (problem) return this.renderForm(req, res, 'edit', proposalId, cid, problem, body);
    const expectedVersion = Number(version);
    try {
      await this.api.request(req, EditCommentDocument, { input: { commentId: cid, body, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : 0 } });
    } catch (error) {
      return this.renderForm(req, res, 'edit', proposalId, cid, formErrorsFromApi(error, BODY_FIELDS), body);
    }
    req.session.flash = 'Your comment has been changed.';
    await redirectAfterSaving(req, res, `/proposals/${proposalId}#comment-${cid}`);
  }

  /** Deleting cannot be undone: a page to confirm it first. */
  @Get(':commentId/delete')
  async deletePage(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string): Promise<void> {
    await this.renderForm(req, res, 'delete', id, commentId, null, null);
  }

  @Post(':commentId/delete')
  async delete(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string, @Body('version') version: unknown): Promise<void> {
    const proposalId = idFromPath(id);
    const cid = idFromPath(commentId);
    const expectedVersion = Number(version);
    try {
      await this.api.request(req, DeleteCommentDocument, { input: { commentId: cid, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : null } });
    } catch (error) {
      return this.renderForm(req, res, 'delete', proposalId, cid, formErrorsFromApi(error, { version: 'delete-button' }), null);
    }
    req.session.flash = 'Your comment has been deleted.';
    await redirectAfterSaving(req, res, `/proposals/${proposalId}#comments`);
  }

  @Get(':commentId/report')
  async reportPage(@Req() req: Request, @Res() res: Response, @Param('id') id: string, @Param('commentId') commentId: string): Promise<void> {
    await this.renderForm(req, res, 'report', id, commentId, null, null);
  }

  @Post(':commentId/report')
  async report(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Param('commentId') commentId: string,
    @Body('reason') rawReason: unknown,
    @Body('details') rawDetails: unknown,
  ): Promise<void> {
    const proposalId = idFromPath(id);
    const cid = idFromPath(commentId);
    const reason = REPORT_REASONS.find((r) => r.value === rawReason)?.value;
    const details = text(rawDetails);
    const state = { reason: reason ?? null, details };
    if (!reason) return this.renderForm(req, res, 'report', proposalId, cid, formErrors([{ field: 'reason', text: 'Choose a reason' }], REPORT_FIELDS), state);
    if (details.length > DETAILS_MAX_LENGTH) {
      return this.renderForm(req, res, 'report', proposalId, cid, formErrors([{ field: 'details', text: `Tell us more in ${DETAILS_MAX_LENGTH} characters or fewer` }], REPORT_FIELDS), state);
    }
    let safetyConcern;
    try {
      ({ reportComment: { safetyConcern } } = await this.api.request(req, ReportCommentDocument, { input: { commentId: cid, reason, details: details || null } }));
    } catch (error) {
      return this.renderForm(req, res, 'report', proposalId, cid, formErrorsFromApi(error, REPORT_FIELDS), state);
    }
    req.session.reported = { proposalId, safetyConcern: safetyConcern ?? null };
    await redirectAfterSaving(req, res, `/proposals/${proposalId}/comments/${cid}/reported`);
  }

  /** What happens next: for a safety concern, by when and who to call now (as the API says). */
  @Get(':commentId/reported')
  reported(@Req() req: Request, @Res() res: Response, @Param('id') id: string): void {
    const proposalId = idFromPath(id);
    const reported = req.session.reported;
    if (!reported || reported.proposalId !== proposalId) return res.redirect(303, `/proposals/${proposalId}`);
    const concern = reported.safetyConcern;
    res.render('journeys/comments/reported.njk', {
      pageTitle: concern ? 'We have told the safeguarding team' : 'Thank you for reporting this comment',
      proposalId,
      concern,
    });
  }

  /** The reply, edit and report pages: the comment they are about, from one API round trip. */
  private async renderForm(
    req: Request,
    res: Response,
    kind: 'reply' | 'edit' | 'delete' | 'report',
    id: string,
    commentId: string,
    errors: FormErrors | null,
    value: string | null | { reason: CommentReportReason | null; details: string },
  ): Promise<void> {
    const proposalId = idFromPath(id);
    const cid = idFromPath(commentId);
    // A comment that is gone, or hidden from this person, is a page not found (the API says NOT_FOUND).
    const data = await this.api.request(req, CommentPageDocument, { id: proposalId, commentId: cid });
    const found = data.comment;
    if (!found || !data.proposal || found.proposalId !== data.proposal.id) throw new NotFoundException();
    const comment = withActions(found, !found.parentId);
    // Only what the API says the viewer may do now (a form sent back with errors is shown again).
    if (!comment.actions[kind] && !errors) throw new ForbiddenException();
    const titles = { reply: 'Reply to a comment', edit: 'Change your comment', delete: 'Delete your comment', report: 'Report a comment' };
    const report = typeof value === 'object' && value !== null ? value : { reason: null, details: '' };
    res.status(errors ? 400 : 200).render(`journeys/comments/${kind}.njk`, {
      pageTitle: titles[kind],
      backLink: `/proposals/${proposalId}#comment-${cid}`,
      proposal: data.proposal,
      comment,
      body: typeof value === 'string' ? value : kind === 'edit' ? comment.body : '',
      reasons: REPORT_REASONS.map((r) => ({ value: r.value, text: r.text, hint: r.hint ? { text: r.hint } : undefined, checked: report.reason === r.value })),
      details: report.details,
      errors,
    });
  }
}
