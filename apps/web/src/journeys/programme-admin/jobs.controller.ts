import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../api/api-client';
import { WEB_CONFIG, type WebConfig } from '../../config/web-config';
import { FailedJobsDocument, OpenQueueDashboardDocument, type QueueName, RetryFailedJobsDocument } from '../../api/generated/graphql';
import { formErrors, formErrorsFromApi, type FormErrors } from '../../forms/form-errors';
import { redirectAfterSaving } from '../../setup/session';
import { longDate } from '../../views/dates';
import { takeFlash } from '../../forms/form-text';

const JOBS_SHOWN = 50;

/** The queues, in the order the page lists them, with what each holds. */
export const QUEUES: { name: QueueName; text: string }[] = [
  { name: 'EVENTS', text: 'Events' },
  { name: 'NOTIFICATIONS', text: 'Emails' },
  { name: 'REMINDERS', text: 'Reminders and digests' },
  { name: 'ROLLUPS', text: 'Progress figures' },
  { name: 'SYSTEM', text: 'Housekeeping' },
];

function queueOf(raw: unknown): QueueName {
  return QUEUES.find((q) => q.name === raw)?.name ?? QUEUES[0].name;
}

function selected(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

/**
 * Background jobs that failed for good, for programme admins: one queue at a time, the chosen ones
 * put back in their queue, and the queue dashboard opened through a one-time link.
 */
@Controller('admin/jobs')
export class JobsController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get()
  async jobs(@Req() req: Request, @Res() res: Response, @Query('queue') queue: unknown, @Query('after') after: unknown): Promise<void> {
    await this.render(req, res, queueOf(queue), typeof after === 'string' && after ? after : null, null, []);
  }

  @Post('retry')
  async retry(@Req() req: Request, @Res() res: Response, @Body('queue') rawQueue: unknown, @Body('jobIds') rawIds: unknown): Promise<void> {
    const queue = queueOf(rawQueue);
    const jobIds = selected(rawIds);
    const fields = { jobIds: 'jobIds' };
    let errors: FormErrors | null = null;
    if (!jobIds.length) errors = formErrors([{ field: 'jobIds', text: 'Select the jobs to retry' }], fields);
    if (!errors) {
      try {
        const { retryFailedJobs } = await this.api.request(req, RetryFailedJobsDocument, { input: { queue, jobIds } });
        const n = retryFailedJobs.retriedJobIds.length;
        req.session.flash = n === 1 ? '1 job is back in its queue.' : `${n} jobs are back in their queue.`;
        return redirectAfterSaving(req, res, `/admin/jobs?queue=${queue}`);
      } catch (error) {
        errors = formErrorsFromApi(error, fields);
      }
    }
    await this.render(req, res, queue, null, errors, jobIds);
  }

  /** The API gives a link that works once, for a minute: go straight to it. */
  @Post('dashboard')
  async dashboard(@Req() req: Request, @Res() res: Response, @Body('queue') rawQueue: unknown): Promise<void> {
    const { openQueueDashboard } = await this.api.request(req, OpenQueueDashboardDocument, { input: { queue: queueOf(rawQueue) } });
    res.redirect(303, openQueueDashboard.url);
  }

  /**
   * The dashboard form's answer redirects to the API's address, which the page's
   * Content-Security-Policy (form-action 'self') would otherwise block: this page allows it.
   */
  private allowDashboardRedirect(res: Response): void {
    const csp = res.getHeader('content-security-policy');
    if (typeof csp !== 'string') return;
    const apiOrigin = new URL(this.config.apiUrl).origin;
    res.setHeader('content-security-policy', csp.replace(/form-action ([^;]*)/, `form-action $1 ${apiOrigin}`));
  }

  private async render(req: Request, res: Response, queue: QueueName, after: string | null, errors: FormErrors | null, chosen: string[]): Promise<void> {
    const data = await this.api.request(req, FailedJobsDocument, { queue, first: JOBS_SHOWN, after });
    const { edges, pageInfo, totalCount } = data.failedJobs;
    const current = QUEUES.find((q) => q.name === queue)!;
    this.allowDashboardRedirect(res);
    res.status(errors ? 400 : 200).render('journeys/programme-admin/jobs.njk', {
      pageTitle: `Failed background jobs: ${current.text}`,
      flash: takeFlash(req),
      queue: current,
      queues: QUEUES.map((q) => ({ ...q, current: q.name === queue })),
      totalCount,
      can: data.viewerCan,
      jobs: edges.map((e) => ({
        value: e.node.id,
        checked: chosen.includes(e.node.id),
        text: `${e.node.name} (job ${e.node.id})`,
        hint: {
          text: `Failed${e.node.failedAt ? ` on ${longDate(e.node.failedAt)} at ${e.node.failedAt.slice(11, 16)} UTC` : ''} after ${e.node.attemptsMade} ${e.node.attemptsMade === 1 ? 'try' : 'tries'}: ${e.node.failedReason}`,
        },
      })),
      next: pageInfo.hasNextPage && pageInfo.endCursor ? `/admin/jobs?queue=${queue}&after=${encodeURIComponent(pageInfo.endCursor)}` : null,
      errors,
    });
  }
}
