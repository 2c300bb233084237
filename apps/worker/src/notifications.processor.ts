import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, NotificationJob, QueueName } from '@app/core';
import { NotificationsService } from '@app/notifications';
import { JobHandlers } from './job-handlers';

/**
 * Sends notification emails; a notification already sent is skipped, so a repeated job sends
 * nothing. MAIL_CONCURRENCY jobs run at once (a packed job sends its emails together), so the mail
 * server's and the database's round trips overlap.
 */
@Injectable()
export class NotificationsProcessor {
  readonly queue = QueueName.NOTIFICATIONS as const;
  readonly concurrency: number;

  constructor(
    private readonly notifications: NotificationsService,
    config: ConfigService<Environment, true>,
  ) {
    this.concurrency = config.get('MAIL_CONCURRENCY', { infer: true });
  }

  readonly handlers: JobHandlers<QueueName.NOTIFICATIONS> = {
    [NotificationJob.DELIVER_EMAIL]: async ({ notificationId }) => ({ result: await this.notifications.deliverEmail(notificationId) }),
    // Emails as the relay packs them: sent together, each at most once; one not sent tries again alone.
    [NotificationJob.DELIVER_EMAILS]: async ({ events }) => this.notifications.deliverEmails(events.map((e) => e.payload.notificationId)),
  };
}
