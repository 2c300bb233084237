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

@ObjectType('Notification', { description: 'A message to you from the service: in the app, and by email unless you chose otherwise.' })
export class NotificationModel {
  @Field(() => ID, { description: "The notification's id." }) id: string;
  @Field(() => NotificationKind, { description: 'What it is about.' }) kind: NotificationKind;
  @Field({ description: 'Its subject line.' }) subject: string;
  @Field({ description: 'Its text.' }) body: string;
  @Field(() => String, { nullable: true, description: 'Where to act: a path in the app or an absolute URL.' }) link: string | null;
  @Field(() => NotificationChannel, { description: 'Where it went: by email at once, in a weekly digest, or in the app only.' }) channel: NotificationChannel;
  @Field(() => NotificationStatus, { description: 'Where it is in its delivery.' }) status: NotificationStatus;
  @Field({ description: 'When it was made.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was emailed; null if not (yet).' }) sentAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' }) readAt: Date | null;

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

@ObjectType('NotificationPreference', { description: 'How you hear about one kind of notification.' })
export class NotificationPreferenceModel {
  @Field(() => NotificationKind, { description: 'The kind of notification.' }) kind: NotificationKind;
  @Field(() => NotificationDelivery, { description: 'How you hear about it (safeguarding notices are emailed at once whatever you choose).' }) delivery: NotificationDelivery;
  @Field({ description: 'False when the default applies (email at once).' }) chosen: boolean;
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing this choice (0 when never chosen).' }) version: number;

  static from(v: NotificationPreferenceView): NotificationPreferenceModel {
    return Object.assign(new NotificationPreferenceModel(), v);
  }
}

@ObjectType({ description: 'How many notifications were marked read and how many are left.' })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications marked read by this call.' }) marked: number;
  @Field(() => Int, { description: 'Notifications still unread.' }) unreadCount: number;
}

@ObjectType({ description: 'The choice as kept.' })
export class SetNotificationPreferencePayload {
  @Field(() => NotificationPreferenceModel, { description: 'Your choice for that kind now.' }) preference: NotificationPreferenceModel;
}
