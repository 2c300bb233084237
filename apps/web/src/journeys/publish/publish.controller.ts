import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-errors';
import { EditionPreviewDocument, type EditionPreviewQuery, PublishEditionDocument } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FieldProblem, type FormErrors, type FormFields } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { londonDay } from '../../views/london-time';
import { FIELD_NAMES, STATUS_WORDS } from '../compact/compact.controller';

declare module 'express-session' {
  interface SessionData {
    /** The next edition's details as the admin wrote them, waiting for them to confirm. */
    editionDraft?: { number: number; title: string; day: string; month: string; year: string; introduction: string };
  }
}

type Draft = NonNullable<import('express-session').SessionData['editionDraft']>;
type Preview = EditionPreviewQuery['compactEditionPreview'];

const FIELDS: FormFields = { title: 'title', publishedOn: 'publishedOn-day', introduction: 'introduction', number: 'title' };
const TITLE_MAX = 200;
const INTRODUCTION_MAX = 20000;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isoDate(draft: Pick<Draft, 'day' | 'month' | 'year'>): string {
  return `${draft.year}-${draft.month.padStart(2, '0')}-${draft.day.padStart(2, '0')}`;
}

/** What would change, in the words the published "what changed" page uses. */
function changesOf(preview: Preview) {
  return preview.changed.map((c) => ({
    title: c.after.title,
    fields: c.changedFields.map((f) => FIELD_NAMES[f] ?? f),
    summaryChanged: c.changedFields.includes('summary') ? { before: c.before.summary, after: c.after.summary } : null,
    added: c.partiesAdded.map((p) => `${p.name} (${STATUS_WORDS[p.status] ?? p.status.toLowerCase()})`),
    removed: c.partiesRemoved.map((p) => p.name),
    moved: c.partiesChanged.map((p) => `${p.after.name}: now ${STATUS_WORDS[p.after.status] ?? p.after.status.toLowerCase()}`),
  }));
}

/**
 * Publishing the next edition of the Compact (programme admins): what it would add, change and
 * take out compared with the latest edition (the API's preview), the edition's title, date and
 * introduction, a confirmation, and then a link to the published Compact.
 */
@Controller('admin/publish')
export class PublishController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    const preview = await this.preview(req, res);
    if (!preview) return;
    const [year, month, day] = londonDay(new Date()).split('-');
    const draft = req.session.editionDraft?.number === preview.nextNumber
      ? req.session.editionDraft
      : { number: preview.nextNumber, title: preview.latest?.title ?? 'The London Care Leavers Compact', day: String(Number(day)), month: String(Number(month)), year, introduction: '' };
    this.renderForm(res, preview, draft, null);
  }

  @Post()
  async check(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const draft: Draft = {
      number: Number(text(body.number)),
      title: text(body.title),
      day: text(body['publishedOn-day']),
      month: text(body['publishedOn-month']),
      year: text(body['publishedOn-year']),
      introduction: text(body.introduction),
    };
    const problems: FieldProblem[] = [];
    if (!draft.title) problems.push({ field: 'title', text: 'Enter the edition’s title' });
    else if (draft.title.length > TITLE_MAX) problems.push({ field: 'title', text: `Keep the title to ${TITLE_MAX} characters or fewer` });
    if (!/^\d{1,2}$/.test(draft.day) || !/^\d{1,2}$/.test(draft.month) || !/^\d{4}$/.test(draft.year)) problems.push({ field: 'publishedOn', text: 'Enter the edition’s date as a day, month and year, like 5 3 2024' });
    if (draft.introduction.length > INTRODUCTION_MAX) problems.push({ field: 'introduction', text: `Keep the introduction to ${INTRODUCTION_MAX} characters or fewer` });
    if (problems.length) {
      const preview = await this.preview(req, res);
      if (!preview) return;
      return this.renderForm(res.status(400), preview, draft, formErrors(problems, FIELDS));
    }
    req.session.editionDraft = draft;
    await redirectAfterSaving(req, res, '/admin/publish/confirm');
  }

  @Get('confirm')
  async confirmPage(@Req() req: Request, @Res() res: Response): Promise<void> {
    const draft = req.session.editionDraft;
    if (!draft) return res.redirect(303, '/admin/publish');
    const preview = await this.preview(req, res);
    if (!preview) return;
    // Someone published meanwhile: start again from what the next edition now is.
    if (preview.nextNumber !== draft.number) return res.redirect(303, '/admin/publish');
    this.renderConfirm(res, preview, draft, null);
  }

  @Post('confirm')
  async publish(@Req() req: Request, @Res() res: Response): Promise<void> {
    const draft = req.session.editionDraft;
    if (!draft) return res.redirect(303, '/admin/publish');
    let number: number;
    try {
      const { publishCompactEdition } = await this.api.request(req, PublishEditionDocument, {
        input: { number: draft.number, title: draft.title, publishedOn: isoDate(draft), introduction: draft.introduction || null },
      });
      number = publishCompactEdition.edition.number;
    } catch (error) {
      const errors = error instanceof ApiError && error.code === 'FORBIDDEN' ? formErrors([{ field: '', text: error.message }], FIELDS) : formErrorsFromApi(error, FIELDS);
      const preview = await this.preview(req, res);
      if (!preview) return;
      return this.renderForm(res.status(400), preview, { ...draft, number: preview.nextNumber }, errors);
    }
    delete req.session.editionDraft;
    await redirectAfterSaving(req, res, `/admin/publish/published/${number}`);
  }

  @Get('published/:number')
  published(@Res() res: Response, @Param('number') number: string): void {
    if (!/^\d{1,6}$/.test(number)) throw new NotFoundException();
    res.render('journeys/publish/published.njk', { pageTitle: `Edition ${number} is published`, number: Number(number) });
  }

  /** The API's preview, or the API's refusal shown as a page (only programme admins publish). */
  private async preview(req: Request, res: Response): Promise<Preview | null> {
    try {
      return (await this.api.request(req, EditionPreviewDocument, {})).compactEditionPreview;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'FORBIDDEN') throw error;
      res.status(403).render('journeys/publish/not-allowed.njk', { pageTitle: 'You cannot publish the Compact', message: error.message });
      return null;
    }
  }

  private renderForm(res: Response, preview: Preview, draft: Draft, errors: FormErrors | null): void {
    res.render('journeys/publish/publish.njk', { pageTitle: 'Publish the next edition of the Compact', preview, changed: changesOf(preview), draft, errors });
  }

  private renderConfirm(res: Response, preview: Preview, draft: Draft, errors: FormErrors | null): void {
    res.render('journeys/publish/confirm.njk', {
      pageTitle: `Publish edition ${draft.number}`,
      backLink: '/admin/publish',
      preview,
      draft,
      publishedOn: isoDate(draft),
      errors,
    });
  }
}
