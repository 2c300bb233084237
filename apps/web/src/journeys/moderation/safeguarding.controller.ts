import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import {
  HandleSafeguardingConcernDocument,
  type SafeguardingAction,
  type SafeguardingCommentOutcome,
  type SafeguardingConcernShownFragment,
  SafeguardingConcernDocument,
  SafeguardingConcernsDocument,
} from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FieldProblem, type FormErrors } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { idFromPath } from '../proposal/proposal-page';
import { formText } from '../../forms/form-text';

const CONCERNS_SHOWN = 50;
const NOTES_MAX = 4000;

/** What a lead may have done, in the order the form asks. */
export const ACTIONS: { value: SafeguardingAction; text: string }[] = [
  { value: 'CONTACTED_PERSON', text: 'Spoke to the young person, or to the person the concern is about' },
  { value: 'REFERRED_TO_LOCAL_AUTHORITY', text: 'Passed it to the responsible council’s children’s or leaving care service' },
  { value: 'REFERRED_TO_EMERGENCY_SERVICES', text: 'Passed it to the police or emergency services' },
  { value: 'NO_SAFETY_RISK_FOUND', text: 'Looked into it and found no risk to anyone’s safety' },
  { value: 'OTHER', text: 'Something else (say what in your notes)' },
];

export const OUTCOMES: { value: SafeguardingCommentOutcome; text: string; hint: string }[] = [
  { value: 'KEEP_HIDDEN', text: 'Keep it hidden', hint: 'Only its author and the safeguarding team can read it. Others see “This comment has been removed.”' },
  { value: 'RESTORE', text: 'Show it to everyone again', hint: 'If another concern about it is still open, it stays hidden until that one is handled too.' },
];

const FIELDS = { action: 'action', commentOutcome: 'commentOutcome', notes: 'notes' };

interface HandlingForm {
  action: SafeguardingAction | null;
  commentOutcome: SafeguardingCommentOutcome | null;
  notes: string;
}

function concernView(c: SafeguardingConcernShownFragment) {
  const h = c.handling;
  return {
    ...c,
    commentText: c.commentBody ?? 'No text',
    held: c.commentHold === 'UNDER_REVIEW' ? 'Hidden from others while the concern is open' : c.commentHold === 'KEPT_HIDDEN' ? 'Kept hidden from others' : 'Shown to everyone',
    actionText: h ? (ACTIONS.find((a) => a.value === h.action)?.text ?? h.action) : null,
    outcomeText: h?.commentOutcome ? OUTCOMES.find((o) => o.value === h.commentOutcome)?.text : null,
  };
}

/**
 * Safety concerns, for the safeguarding leads: those waiting, each concern's page with the comment
 * and who raised it, and recording how it was handled and what becomes of the comment.
 */
@Controller('safeguarding')
export class SafeguardingController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async queue(@Req() req: Request, @Res() res: Response, @Query('after') after: unknown): Promise<void> {
    const data = await this.api.request(req, SafeguardingConcernsDocument, { first: CONCERNS_SHOWN, after: typeof after === 'string' && after ? after : null });
    const concerns = data.safeguardingQueue.edges.map((e) => concernView(e.node));
    const { pageInfo } = data.safeguardingQueue;
    res.render('journeys/moderation/safeguarding-queue.njk', {
      pageTitle: 'Safety concerns',
      waiting: concerns.filter((c) => !c.handling),
      handled: concerns.filter((c) => c.handling),
      next: pageInfo.hasNextPage && pageInfo.endCursor ? `/safeguarding?after=${encodeURIComponent(pageInfo.endCursor)}` : null,
    });
  }

  @Get('concerns/:id')
  async concern(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    await this.renderConcern(req, res, idFromPath(id), null, { action: null, commentOutcome: null, notes: '' });
  }

  @Post('concerns/:id')
  async handle(
    @Req() req: Request,
    @Res() res: Response,
    @Param('id') id: string,
    @Body('action') rawAction: unknown,
    @Body('commentOutcome') rawOutcome: unknown,
    @Body('notes') rawNotes: unknown,
  ): Promise<void> {
    const reportId = idFromPath(id);
    const form: HandlingForm = {
      action: ACTIONS.find((a) => a.value === rawAction)?.value ?? null,
      commentOutcome: OUTCOMES.find((o) => o.value === rawOutcome)?.value ?? null,
      notes: formText(rawNotes),
    };
    const problems: FieldProblem[] = [];
    if (!form.action) problems.push({ field: 'action', text: 'Choose what you did' });
    if (!form.commentOutcome) problems.push({ field: 'commentOutcome', text: 'Choose what happens to the comment' });
    if (!form.notes) problems.push({ field: 'notes', text: 'Enter your notes' });
    else if (form.notes.length > NOTES_MAX) problems.push({ field: 'notes', text: `Keep your notes to ${NOTES_MAX} characters or fewer` });
    let errors: FormErrors | null = problems.length ? formErrors(problems, FIELDS) : null;
    if (!errors) {
      try {
        await this.api.request(req, HandleSafeguardingConcernDocument, { input: { reportId, action: form.action!, commentOutcome: form.commentOutcome!, notes: form.notes } });
        return redirectAfterSaving(req, res, `/safeguarding/concerns/${reportId}/handled`);
      } catch (error) {
        errors = formErrorsFromApi(error, { ...FIELDS, reportId: 'action' });
      }
    }
    await this.renderConcern(req, res, reportId, errors, form);
  }

  /** The confirmation, from the concern as the API now holds it. */
  @Get('concerns/:id/handled')
  async handled(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const concern = await this.find(req, idFromPath(id));
    if (!concern.handling) return res.redirect(303, `/safeguarding/concerns/${concern.id}`);
    res.render('journeys/moderation/safeguarding-handled.njk', { pageTitle: 'Concern recorded as handled', concern });
  }

  private async find(req: Request, reportId: string): Promise<ReturnType<typeof concernView>> {
    const { safeguardingConcern } = await this.api.request(req, SafeguardingConcernDocument, { id: reportId });
    if (!safeguardingConcern) throw new NotFoundException();
    return concernView(safeguardingConcern);
  }

  private async renderConcern(req: Request, res: Response, reportId: string, errors: FormErrors | null, form: HandlingForm): Promise<void> {
    const concern = await this.find(req, reportId);
    res.status(errors ? 400 : 200).render('journeys/moderation/safeguarding-concern.njk', {
      pageTitle: concern.handling ? 'A handled safety concern' : 'A safety concern',
      backLink: '/safeguarding',
      concern,
      actions: ACTIONS.map((a) => ({ ...a, checked: form.action === a.value })),
      outcomes: OUTCOMES.map((o) => ({ value: o.value, text: o.text, hint: { text: o.hint }, checked: form.commentOutcome === o.value })),
      notes: form.notes,
      errors,
    });
  }
}
