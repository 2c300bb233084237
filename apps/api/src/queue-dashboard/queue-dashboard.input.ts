import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { QueueName } from '@app/core';

registerEnumType(QueueName, {
  name: 'QueueName',
  description: 'A background job queue.',
  valuesMap: {
    SYSTEM: { description: "The service's own housekeeping, such as sweeping up stranded work." },
    EVENTS: { description: 'What happened in the programme, turned into notifications.' },
    NOTIFICATIONS: { description: 'Emails waiting to be sent.' },
    ROLLUPS: { description: 'Agreement progress figures being recomputed, and the nightly snapshots.' },
    REMINDERS: { description: 'Reminders and the weekly digest, run on a schedule.' },
  },
});

/** What a value of the wrong queue is told, wherever a queue is named. */
export const QUEUE_MESSAGE = `queue must be one of ${Object.keys(QueueName).join(', ')}`;

@InputType({ description: 'Where to open the background job queues dashboard.' })
export class OpenQueueDashboardInput {
  @Field(() => QueueName, { nullable: true, description: 'Open the dashboard at this queue; otherwise at the list of queues.' })
  @IsOptional()
  @IsEnum(QueueName, { message: QUEUE_MESSAGE })
  queue?: QueueName | null;
}
