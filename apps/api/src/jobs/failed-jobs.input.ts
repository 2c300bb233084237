import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsString, MaxLength } from 'class-validator';
import { QueueName } from '@app/core';
import { MAX_RETRY } from '@app/jobs';
import { QUEUE_MESSAGE } from '../queue-dashboard/queue-dashboard.input';

@ArgsType()
export class FailedJobsArgs {
  @Field(() => QueueName, { description: 'The queue whose failed jobs to list (GET /health/jobs counts them per queue).' })
  @IsEnum(QueueName, { message: QUEUE_MESSAGE })
  queue: QueueName;
}

@InputType({ description: 'Failed jobs of one queue to run again.' })
export class RetryFailedJobsInput {
  @Field(() => QueueName, { description: 'The queue they belong to.' })
  @IsEnum(QueueName, { message: QUEUE_MESSAGE })
  queue: QueueName;

  @Field(() => [String], { description: `The failed jobs to retry (1 to ${MAX_RETRY}), by the ids failedJobs gives (a queue's own ids, not UUIDs).` })
  @ArrayMinSize(1, { message: 'Name at least one failed job to retry.' })
  @ArrayMaxSize(MAX_RETRY, { message: `Retry at most ${MAX_RETRY} jobs at a time.` })
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  jobIds: string[];
}
