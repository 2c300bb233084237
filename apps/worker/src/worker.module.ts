import { Module } from '@nestjs/common';
import { CoreConfigModule, DatabaseModule, LoggingModule, QueueModule } from '@app/core';
import { SystemProcessor } from './system.processor';
import { WorkerService } from './worker.service';

/** The worker process: BullMQ processors only; no HTTP, no GraphQL. */
@Module({
  imports: [CoreConfigModule, LoggingModule, DatabaseModule, QueueModule],
  providers: [SystemProcessor, WorkerService],
})
export class WorkerModule {}
