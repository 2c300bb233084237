import { Module } from '@nestjs/common';
import { QueueModule } from '@app/core';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { FailedJobsService } from './failed-jobs.service';
import { StrandedWorkService } from './stranded-work.service';

/** The background jobs' own health: failed jobs (counted, listed, retried) and stranded work (reported, put back). */
@Module({
  imports: [QueueModule, AuditModule, NotificationsModule, AccessModule],
  providers: [FailedJobsService, StrandedWorkService],
  exports: [FailedJobsService, StrandedWorkService],
})
export class JobsModule {}
