import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DomainError, ErrorKind, HeartbeatPayload, QueueFactory, QueueName, SystemJob } from '@app/core';
import { AnyProcessor, checkHandlers, handlerFor } from './job-handlers';
import { EventsProcessor } from './events.processor';
import { NotificationsProcessor } from './notifications.processor';
import { RemindersProcessor } from './reminders.processor';
import { RollupsProcessor } from './rollups.processor';
import { SystemProcessor } from './system.processor';

type Closable = { close(): Promise<void> };

/** Starts one BullMQ worker per queue on the configured backend and routes jobs to handlers. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerService.name);
  private readonly closables: Closable[] = [];
  private readonly processors: AnyProcessor[];

  constructor(
    private readonly queues: QueueFactory,
    system: SystemProcessor,
    events: EventsProcessor,
    notifications: NotificationsProcessor,
    rollups: RollupsProcessor,
    reminders: RemindersProcessor,
  ) {
    this.processors = [system, events, notifications, rollups, reminders];
    checkHandlers(this.processors);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const queueName of Object.values(QueueName)) {
      const processors = this.processors.filter((p) => p.queue === queueName);
      const concurrency = Math.max(0, ...processors.map((p) => p.concurrency ?? 0)) || undefined;
      const worker = this.queues.worker(queueName, async (job) => {
        const handler = processors.map((p) => handlerFor(p, job.name)).find((h) => h !== null);
        if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${queueName}"`);
        try {
          return await handler(job.data, job.id);
        } catch (error) {
          // Errors a retry cannot fix fail for good; anything else is retried with backoff.
          if (error instanceof DomainError && error.kind !== ErrorKind.CONFLICT) throw new UnrecoverableError(error.message);
          throw error;
        }
      }, concurrency);
      worker.on('failed', (job, err) => this.logger.warn(`Job ${job?.name}#${job?.id} on ${queueName} failed: ${err.message}`));
      worker.on('error', (err) => this.logger.error(`Queue ${queueName}: ${err.message}`));
      await worker.waitUntilReady();
      this.closables.push(worker);
    }
    const queue = this.queues.queue(QueueName.SYSTEM);
    this.closables.push(queue);
    await queue.add(SystemJob.HEARTBEAT, { from: 'worker', at: new Date().toISOString() } satisfies HeartbeatPayload, { removeOnComplete: 100, removeOnFail: 1000 });
    this.logger.log(`Worker consuming ${Object.values(QueueName).join(', ')} on ${this.queues.describe()}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.closables.map((c) => c.close().catch(() => undefined)));
  }
}
