import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NotificationChannel,
  NotificationDelivery,
  NotificationEntity,
  NotificationKind,
  NotificationPreferenceView,
  NotificationStatus,
} from '@app/notifications';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    PROPOSAL_STATUS_CHANGED: { description: "Kept for stored choices: a proposal's moves now reach those who took part as YOU_SAID_WE_DID." },
    CONSULTATION_OPENED: { description: "A consultation opened: its audience is asked to take part before it closes, and the running House's co-chairs are told." },
    CONSULTATION_CLOSING: { description: 'A reminder that a consultation you have not answered closes soon.' },
    CONSULTATION_CLOSED: { description: 'A consultation you took part in, or run, has closed.' },
    CONSULTATION_STALLED: { description: "To a House's co-chairs: a proposal has not moved since its consultation closed." },
    YOU_SAID_WE_DID: { description: 'What happened to something you took part in, and why.' },
    COMMENT_REPLY: { description: 'Someone replied to your comment.' },
    AGREEMENT_STATUS_CHANGED: { description: "To a House's co-chairs: a party changed where it stands on one of the House's offers." },
    AGREEMENT_STATUS_STALE: { description: 'A reminder that an agreement has not moved for a while.' },
    AGREEMENT_REQUESTED: { description: "An offer was endorsed: each party's officers are asked to record their position." },
    OFFER_REVISED: { description: 'An offer a party agreed was reworded: its officers see the old and new wording and are asked to re-confirm.' },
    MEETING_UPCOMING: { description: 'A meeting of a body you sit on is coming up.' },
    ACTION_ITEM_DUE: { description: 'A meeting action you own is due.' },
    WEEKLY_DIGEST: { description: 'Your weekly summary of what waits for you.' },
    SAFEGUARDING_CONCERN: { description: "A concern for someone's safety is waiting: to every safeguarding lead (or, with none, programme admins). Always emailed at once." },
    SAFEGUARDING_UPDATE: { description: 'To the person who raised a safety concern: what happens next, then that it was handled.' },
  },
});
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a person wants to hear about one kind of notification (without a choice: email at once).',
  valuesMap: {
    EMAIL_NOW: { description: 'An email at once, and in the app.' },
    WEEKLY_DIGEST: { description: 'Gathered into one weekly email, and in the app.' },
    IN_APP_ONLY: { description: 'In the app only, never emailed.' },
  },
});
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'Where a notification went (every one is also listed in the app).',
  valuesMap: {
    EMAIL: { description: 'Emailed on its own.' },
    DIGEST: { description: 'Emailed in a weekly digest.' },
    IN_APP: { description: 'Shown in the app only (also when the person has no email address).' },
  },
});
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  description: 'Where a notification is in its delivery.',
  valuesMap: {
    PENDING: { description: 'Waiting for its email to be sent.' },
    SENT: { description: 'Emailed (alone, or in a weekly digest).' },
    FAILED: { description: 'Could not be emailed; it is still in the app.' },
    AWAITING_DIGEST: { description: "Waiting for the recipient's next weekly digest." },
    IN_APP: { description: 'In-app only: shown in the app, never emailed.' },
    CANCELLED: { description: 'Never sent: the recipient left the CiCC (and holds no other membership) before it went.' },
  },
});

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
  @Field({ description: 'False for kinds that always reach the person at once by email and in the app (a concern for someone\'s safety): there is no choice to offer.' })
  changeable: boolean;

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
