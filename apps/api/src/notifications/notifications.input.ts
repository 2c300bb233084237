import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { NotificationDelivery, NotificationKind } from '@app/notifications';

/** The most notifications one call marks read by id. */
const MARK_READ_MAX = 100;

@InputType({ description: 'Which of your notifications to mark read: some by id, or all.' })
export class MarkNotificationsReadInput {
  @Field(() => [String], { nullable: true, description: `The notifications to mark read (at most ${MARK_READ_MAX}).` })
  @IsOptional()
  @ArrayMaxSize(MARK_READ_MAX)
  @IsUUID('all', { each: true })
  notificationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every notification read.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@InputType({ description: 'How you want to hear about one kind of notification.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'How you want to hear about it.' })
  @IsEnum(NotificationDelivery)
  delivery: NotificationDelivery;

  @Field(() => Int, { nullable: true, description: 'The version you read (0 when never chosen); a stale one is refused.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number | null;
}

@InputType({ description: 'Which of your notifications to list; every filter left out lists all.' })
export class MyNotificationsFilterInput {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;

  @Field(() => NotificationKind, { nullable: true, description: 'Only notifications of this kind.' })
  @IsOptional()
  @IsEnum(NotificationKind)
  kind?: NotificationKind | null;
}
