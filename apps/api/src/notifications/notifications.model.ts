import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NotificationChannel,
  NotificationDelivery,
  NotificationEntity,
  NotificationKind,
  NotificationPreferenceView,
  NotificationStatus,
} from '../../../../libs/notifications/src';

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });
registerEnumType(NotificationDelivery, { name: 'NotificationDelivery', description: 'How a person wants to hear about one kind of notification.' });
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'Where a notification went (every one is also listed in the app).' });
registerEnumType(NotificationStatus, { name: 'NotificationStatus', description: 'Where a notification is in its delivery.' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() subject: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Where to act: a path in the app or an absolute URL.' }) link: string | null;
  @Field(() => NotificationChannel) channel: NotificationChannel;
  @Field(() => NotificationStatus) status: NotificationStatus;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;

  static from(e: NotificationEntity): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: e.id,
      kind: e.kind as NotificationKind,
      subject: e.subject,
      body: e.body,
      link: e.link,
      channel: e.channel,
      status: e.status,
      createdAt: e.createdAt,
      sentAt: e.sentAt,
      readAt: e.readAt,
    });
  }
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => NotificationDelivery) delivery: NotificationDelivery;
  @Field({ description: 'False when the default applies (email at once).' }) chosen: boolean;
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing this choice (0 when never chosen).' }) version: number;
  @Field({ description: 'False for kinds that always reach the person at once by email and in the app (a concern for someone\'s safety): there is no choice to offer.' })
  changeable: boolean;

  static from(v: NotificationPreferenceView): NotificationPreferenceModel {
    return Object.assign(new NotificationPreferenceModel(), v);
  }
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications marked read by this call.' }) marked: number;
  @Field(() => Int, { description: 'Notifications still unread.' }) unreadCount: number;
}

@ObjectType()
export class SetNotificationPreferencePayload {
  @Field(() => NotificationPreferenceModel) preference: NotificationPreferenceModel;
}
