import { Module } from '@nestjs/common';
import { CoreConfigModule, DatabaseModule, LoggingModule, QueueModule } from '@app/core';
import { JobsModule } from '@app/jobs';
import { NotificationsModule } from '@app/notifications';
import { OutboxModule, OutboxRelay } from '@app/outbox';
import { RemindersModule } from '@app/reminders';
import { RollupsModule } from '@app/rollups';
import { EventsProcessor } from './events.processor';
import { NotificationsProcessor } from './notifications.processor';
import { OutboxRelayRunner } from './outbox-relay.runner';
import { JobSchedulesRegistrar } from './job-schedules';
import { RemindersProcessor } from './reminders.processor';
import { RollupRequests } from './rollup-requests';
import { RollupsProcessor } from './rollups.processor';
import { SystemProcessor } from './system.processor';
import { WorkerService } from './worker.service';

/** The worker process: BullMQ processors only; no HTTP, no GraphQL. */
@Module({
  imports: [CoreConfigModule, LoggingModule, DatabaseModule, QueueModule, OutboxModule, NotificationsModule, RollupsModule, RemindersModule, JobsModule],
  providers: [
    SystemProcessor, WorkerService, OutboxRelay, OutboxRelayRunner, EventsProcessor, NotificationsProcessor,
    RollupsProcessor, RollupRequests, RemindersProcessor, JobSchedulesRegistrar,
  ],
})
export class WorkerModule {}
