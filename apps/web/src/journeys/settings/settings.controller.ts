import { Body, Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-errors';
import { LeaveCiccDocument, MyDataDocument, MyDataDownloadDocument, NotificationKind, NotificationPreferencesDocument, SetNotificationPreferenceDocument } from '../../api/generated/graphql';
import { FormErrors, formErrors, formErrorsFromApi } from '../../forms/form-errors';
import { passOnDownload } from '../../api/downloads';
import { redirectAfterSaving } from '../../setup/session';
import { choiceText } from '../proposal/proposal-view';
import { DELIVERIES, deliveryText, kindWords } from './notification-kinds';

const DELIVERY_FIELDS = { delivery: 'delivery' };
const LEAVE_FIELDS = { confirm: 'confirm', reason: 'reason' };
const REASON_MAX_LENGTH = 2000;

function destroy(req: Request): Promise<void> {
  return new Promise((resolve) => req.session.destroy(() => resolve()));
}

/** Your settings: how you hear about things, what the service holds about you, leaving the CiCC. */
@Controller()
export class SettingsController {
  constructor(private readonly api: ApiClient) {}

  @Get('settings')
  settings(@Req() req: Request, @Res() res: Response): void {
    const flash = req.session.flash;
    delete req.session.flash;
    res.render('journeys/settings/settings.njk', { pageTitle: 'Your settings', flash });
  }

  @Get('settings/messages')
  async messages(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { notificationPreferences } = await this.api.request(req, NotificationPreferencesDocument, {});
    const flash = req.session.flash;
    delete req.session.flash;
    const rows = notificationPreferences
      .map((p) => ({ ...p, words: kindWords(p.kind) }))
      .filter((p) => p.words)
      .map((p) => ({
        forMembers: p.words!.forMembers,
        key: { text: p.words!.text },
        value: { text: deliveryText(p.delivery) },
        actions: p.changeable
          ? { items: [{ href: `/settings/messages/${p.kind.toLowerCase().replace(/_/g, '-')}`, text: 'Change', visuallyHiddenText: p.words!.text.toLowerCase() }] }
          : undefined,
      }));
    res.render('journeys/settings/messages.njk', {
      pageTitle: 'How you hear about things',
      backLink: '/settings',
      flash,
      memberRows: rows.filter((r) => r.forMembers),
      otherRows: rows.filter((r) => !r.forMembers),
      someFixed: rows.some((r) => !r.actions),
    });
  }

  @Get('settings/messages/:kind')
  async messageKind(@Req() req: Request, @Res() res: Response, @Param('kind') slug: string): Promise<void> {
    await this.renderKind(req, res, slug, null);
  }

  @Post('settings/messages/:kind')
  async setMessageKind(
    @Req() req: Request,
    @Res() res: Response,
    @Param('kind') slug: string,
    @Body('delivery') delivery: unknown,
    @Body('version') version: unknown,
  ): Promise<void> {
    const kind = kindFromSlug(slug);
    const chosen = DELIVERIES.find((d) => d.value === delivery)?.value;
    if (!chosen) return this.renderKind(req, res, slug, formErrors([{ field: 'delivery', text: 'Choose how you want to hear about this' }], DELIVERY_FIELDS));
    const expectedVersion = Number(version);
    try {
      await this.api.request(req, SetNotificationPreferenceDocument, {
        input: { kind, delivery: chosen, expectedVersion: Number.isInteger(expectedVersion) ? expectedVersion : null },
      });
    } catch (error) {
      return this.renderKind(req, res, slug, formErrorsFromApi(error, DELIVERY_FIELDS));
    }
    req.session.flash = `Saved. ${kindWords(kind)!.text}: ${deliveryText(chosen).toLowerCase()}.`;
    await redirectAfterSaving(req, res, '/settings/messages');
  }

  /** One kind's question page, with the version read, so a change made elsewhere meanwhile is not overwritten. */
  private async renderKind(req: Request, res: Response, slug: string, errors: FormErrors | null): Promise<void> {
    const kind = kindFromSlug(slug);
    const { notificationPreferences } = await this.api.request(req, NotificationPreferencesDocument, {});
    const current = notificationPreferences.find((p) => p.kind === kind);
    if (!current || !current.changeable) throw new NotFoundException();
    const words = kindWords(kind)!;
    res.status(errors ? 400 : 200).render('journeys/settings/message-kind.njk', {
      pageTitle: `How do you want to hear about this? ${words.text}`,
      backLink: '/settings/messages',
      slug,
      words,
      version: current.version,
      items: DELIVERIES.map((d) => ({ value: d.value, text: d.text, hint: { text: d.hint }, checked: d.value === current.delivery })),
      errors,
    });
  }

  @Get('settings/your-data')
  async yourData(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { myData } = await this.api.request(req, MyDataDocument, {});
    res.render('journeys/settings/your-data.njk', {
      pageTitle: 'What we hold about you',
      backLink: '/settings',
      data: myData,
      votes: myData.votes.map((v) => ({ ...v, choiceText: choiceText(v.choice as never) })),
      preferences: myData.notificationPreferences.map((p) => ({ text: kindWords(p.kind)?.text ?? p.kind, delivery: deliveryText(p.delivery as never) })),
    });
  }

  /** The same, every field, as a file the person keeps (a machine-readable copy of their data). */
  @Get('settings/your-data/download')
  async downloadYourData(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { myData } = await this.api.request(req, MyDataDownloadDocument, {});
    passOnDownload(res, { filename: `your-data-${myData.generatedAt.slice(0, 10)}.json`, contentType: 'application/json; charset=utf-8', body: JSON.stringify(myData, null, 2) });
  }

  @Get('settings/leave-the-cicc')
  leavePage(@Res() res: Response): void {
    res.render('journeys/settings/leave-cicc.njk', { pageTitle: 'Leaving the CiCC', backLink: '/settings' });
  }

  @Get('settings/leave-the-cicc/confirm')
  confirmPage(@Res() res: Response): void {
    res.render('journeys/settings/leave-cicc-confirm.njk', { pageTitle: 'Are you sure you want to leave the CiCC?', backLink: '/settings/leave-the-cicc' });
  }

  @Post('settings/leave-the-cicc/confirm')
  async leave(@Req() req: Request, @Res() res: Response, @Body('confirm') confirm: unknown, @Body('reason') raw: unknown): Promise<void> {
    const reason = typeof raw === 'string' ? raw.trim() : '';
    const render = (errors: FormErrors) =>
      res.status(400).render('journeys/settings/leave-cicc-confirm.njk', { pageTitle: 'Are you sure you want to leave the CiCC?', backLink: '/settings/leave-the-cicc', errors, reason });
    if (confirm !== 'yes') return render(formErrors([{ field: 'confirm', text: 'Tick the box to say you want to leave the CiCC' }], LEAVE_FIELDS));
    if (reason.length > REASON_MAX_LENGTH) return render(formErrors([{ field: 'reason', text: `Your reason must be ${REASON_MAX_LENGTH} characters or fewer` }], LEAVE_FIELDS));
    try {
      await this.api.request(req, LeaveCiccDocument, { input: { reason: reason || null } });
    } catch (error) {
      // Not a member now, or a young co-chair who must step down first: the API says so, on the form.
      if (error instanceof ApiError && (error.code === 'CONFLICT' || error.code === 'FORBIDDEN')) {
        return render(formErrors([{ field: error.field ?? 'confirm', text: error.message }], LEAVE_FIELDS));
      }
      return render(formErrorsFromApi(error, LEAVE_FIELDS));
    }
    // The API has ended every session of theirs: this one ends here too.
    await destroy(req);
    res.redirect(303, '/you-have-left-the-cicc');
  }

  @Get('you-have-left-the-cicc')
  left(@Res() res: Response): void {
    res.render('journeys/settings/left-cicc.njk', { pageTitle: 'You have left the CiCC' });
  }
}

/** "comment-reply" → COMMENT_REPLY, for the kinds the settings list; anything else is not a page. */
function kindFromSlug(slug: string): NotificationKind {
  const kind = slug.toUpperCase().replace(/-/g, '_');
  if (!/^[A-Z_]{3,40}$/.test(kind) || !kindWords(kind)) throw new NotFoundException();
  return kind as NotificationKind;
}
