import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { Actor } from '@app/core';
import { FailedJobsService } from '@app/jobs';
import { RequireRole } from '../access/access.decorators';
import { Connection, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor } from '../graphql/current-actor.decorator';
import { FailedJobsArgs, RetryFailedJobsInput } from './failed-jobs.input';
import { FailedJobModel, RetryFailedJobsPayload } from './failed-jobs.model';

@ObjectType('FailedJobConnection', { description: 'A page of failed background jobs.' })
export class FailedJobConnection extends Connection(FailedJobModel, 'FailedJob') {}

@Resolver(() => FailedJobModel)
export class FailedJobsResolver {
  constructor(private readonly jobs: FailedJobsService) {}

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Query(() => FailedJobConnection, { description: 'Background jobs of one queue that used up their attempts, most recent failure first. Programme admins only.' })
  async failedJobs(@Args() args: FailedJobsArgs, @Args() page: PageArgs): Promise<FailedJobConnection> {
    return toConnection(await this.jobs.list(args.queue, page), FailedJobModel.from);
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Mutation(() => RetryFailedJobsPayload, { description: 'Puts failed jobs back in their queue with their attempts renewed; each is recorded in the audit trail (programme admins).' })
  async retryFailedJobs(@CurrentActor() actor: Actor, @Args('input', { description: 'The queue and the jobs to retry.' }) input: RetryFailedJobsInput): Promise<RetryFailedJobsPayload> {
    return Object.assign(new RetryFailedJobsPayload(), { retriedJobIds: await this.jobs.retry(actor, input.queue, input.jobIds) });
  }
}
