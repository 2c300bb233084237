import { Injectable } from '@nestjs/common';
import { DeliverEmailPayload, NotificationJob, QueueName } from '@app/core';
import { NotificationsService } from '@app/notifications';
import { JobHandlers } from './job-handlers';

/** Sends notification emails; a notification already sent is skipped, so a repeated job sends nothing. */
@Injectable()
export class NotificationsProcessor {
  readonly queue = QueueName.NOTIFICATIONS;

  constructor(private readonly notifications: NotificationsService) {}

  readonly handlers: JobHandlers = {
    [NotificationJob.DELIVER_EMAIL]: async (data) => ({ result: await this.notifications.deliverEmail((data as DeliverEmailPayload).notificationId) }),
  };
}
