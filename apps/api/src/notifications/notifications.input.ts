import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { NotificationDelivery, NotificationKind } from '../../../../libs/notifications/src';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [String], { nullable: true, description: 'The notifications to mark read (at most 100).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  notificationIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every notification read.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery)
  delivery: NotificationDelivery;

  @Field(() => Int, { nullable: true, description: 'The version you read (0 when never chosen); a stale one is refused.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number | null;
}

@InputType()
export class MyNotificationsFilterInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;

  @Field(() => NotificationKind, { nullable: true })
  @IsOptional()
  @IsEnum(NotificationKind)
  kind?: NotificationKind | null;
}
