import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CoreConfigModule, DatabaseModule, QueueFactory, QueueModule } from '@app/core';
import { MailTransport, SmtpMailTransport } from '@app/mail';
import { NotificationsModule } from '@app/notifications';
import { OutboxModule, OutboxRelay } from '@app/outbox';
import { RemindersModule } from '@app/reminders';
import { EventsProcessor } from '../../apps/worker/src/events.processor';
import { NotificationsProcessor } from '../../apps/worker/src/notifications.processor';
import { OutboxRelayRunner } from '../../apps/worker/src/outbox-relay.runner';
import { RollupRequests } from '../../apps/worker/src/rollup-requests';

export interface InProcessWorker {
  /** The worker's own application context (its services, its database pool). */
  context: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The worker's outbox relay and its events and notifications processors, in this process, on
 * real BullMQ queues (the same wiring as WorkerService), mailing through `smtpUrl`.
 */
export async function startInProcessWorker(smtpUrl: string): Promise<InProcessWorker> {
  const transport = new SmtpMailTransport(smtpUrl, 'Compact tests <no-reply@compact.test>');
  const moduleRef = await Test.createTestingModule({
    imports: [CoreConfigModule, DatabaseModule, QueueModule, OutboxModule, NotificationsModule, RemindersModule],
    providers: [OutboxRelay, OutboxRelayRunner, EventsProcessor, NotificationsProcessor, RollupRequests],
  })
    .overrideProvider(MailTransport)
    .useValue(transport)
    .compile();
  moduleRef.useLogger(false);
  const context = await moduleRef.init();
  const factory = context.get(QueueFactory);
  const workers: { close(): Promise<void> }[] = [];
  for (const processor of [context.get(EventsProcessor), context.get(NotificationsProcessor)]) {
    const w = factory.worker(processor.queue, (job) => processor.handlers[job.name](job.data, job.id));
    await w.waitUntilReady();
    workers.push(w);
  }
  return {
    context,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await context.close();
      transport.close();
    },
  };
}

/** Polls `check` until it gives a value (every 100 ms, for up to 15 s). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 150; i += 1) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
