import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A one-time link to the background job queues dashboard.' })
export class OpenQueueDashboardPayload {
  @Field(() => String, { description: 'Open this in a browser: it works once, within a minute, for the session that asked for it.' })
  url: string;

  @Field(() => Date, { description: 'When the link stops working if unopened.' })
  expiresAt: Date;
}
