import { Module } from '@nestjs/common';
import { JobsModule } from '@app/jobs';
import { FailedJobsResolver } from './failed-jobs.resolver';

/** Failed background jobs, for programme admins to see and retry. */
@Module({
  imports: [JobsModule],
  providers: [FailedJobsResolver],
})
export class JobsApiModule {}
