import { Field, Int, ObjectType } from '@nestjs/graphql';
import { QueueName } from '@app/core';
import { FailedJobView } from '@app/jobs';
// Registers the QueueName enum with GraphQL.
import '../queue-dashboard/queue-dashboard.input';

@ObjectType('FailedJob', { description: 'A background job that used up its attempts, or failed for good: work that did not happen.' })
export class FailedJobModel {
  @Field(() => QueueName, { description: 'The queue the job belongs to.' }) queue: QueueName;
  @Field(() => String, { description: "The job's id in its queue (an outbox event's id, or a name the worker gives it)." }) id: string;
  @Field({ description: 'What the job does, e.g. consultation-opened or deliver-email.' }) name: string;
  @Field({ description: 'The error of its last attempt.' }) failedReason: string;
  @Field(() => Int, { description: 'How many times it was tried.' }) attemptsMade: number;
  @Field(() => Date, { nullable: true, description: 'When its last attempt failed.' }) failedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the job was added.' }) createdAt: Date | null;
  @Field({ description: 'The job’s data as JSON (ids and plain values).' }) data: string;

  static from(v: FailedJobView): FailedJobModel {
    return Object.assign(new FailedJobModel(), { ...v, data: JSON.stringify(v.data ?? null) });
  }
}

@ObjectType({ description: 'The jobs put back in their queue.' })
export class RetryFailedJobsPayload {
  @Field(() => [String], { description: 'The jobs put back in their queue, with their attempts renewed.' }) retriedJobIds: string[];
}
