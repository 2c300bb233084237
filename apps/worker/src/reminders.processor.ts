import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Clock, QueueFactory, QueueName, ReminderJob, SendDigestPayload } from '@app/core';
import { RemindersService } from '@app/reminders';
import { JobHandlers } from './job-handlers';
import { runTime } from './rollups.processor';

type ReminderQueue = ReturnType<QueueFactory['queue']>;

/**
 * The reminder rules and the weekly digest. Each rule job finds who is due at its run time and
 * creates their notifications (dedupe keys make a retry or a second run harmless). The weekly
 * digest job queues one SEND_DIGEST per person who has something in it, with a job id per
 * person and week, so the fan-out itself is idempotent.
 */
@Injectable()
export class RemindersProcessor implements OnModuleDestroy {
  readonly queue = QueueName.REMINDERS as const;
  private digestQueue?: ReminderQueue;

  constructor(
    private readonly reminders: RemindersService,
    private readonly queues: QueueFactory,
    private readonly clock: Clock,
  ) {}

  readonly handlers: JobHandlers<QueueName.REMINDERS> = {
    [ReminderJob.CONSULTATION_CLOSING]: async (data) => this.reminders.consultationsClosing(runTime(data, this.clock)),
    [ReminderJob.AGREEMENT_STALE]: async (data) => this.reminders.staleAgreements(runTime(data, this.clock)),
    [ReminderJob.CONSULTATION_STALLED]: async (data) => this.reminders.stalledConsultations(runTime(data, this.clock)),
    [ReminderJob.MEETING_UPCOMING]: async (data) => this.reminders.upcomingMeetings(runTime(data, this.clock)),
    [ReminderJob.ACTION_ITEMS_DUE]: async (data) => this.reminders.actionItemsDue(runTime(data, this.clock)),
    [ReminderJob.WEEKLY_DIGEST]: async (data) => {
      const now = runTime(data, this.clock);
      const recipients = await this.reminders.digestRecipients(now);
      const week = this.clock.calendar.dateOf(now);
      await this.digestJobs().addBulk(
        recipients.map((recipientId) => ({
          name: ReminderJob.SEND_DIGEST,
          data: { recipientId, now: now.toISOString() } satisfies SendDigestPayload,
          opts: { jobId: `digest-${week}-${recipientId}`, attempts: 8, backoff: { type: 'exponential' as const, delay: 1000 }, removeOnComplete: 10000, removeOnFail: false },
        })),
      );
      return { recipients: recipients.length };
    },
    [ReminderJob.SEND_DIGEST]: async ({ recipientId, now }) => ({ result: await this.reminders.sendDigest(recipientId, new Date(now)) }),
  };

  async onModuleDestroy(): Promise<void> {
    await this.digestQueue?.close().catch(() => undefined);
  }

  private digestJobs(): ReminderQueue {
    this.digestQueue ??= this.queues.queue(QueueName.REMINDERS);
    return this.digestQueue;
  }
}
