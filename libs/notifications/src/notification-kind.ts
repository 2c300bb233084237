/**
 * What a notification is about. Each person chooses, per kind, how they hear about it. Stored as
 * text (not a Postgres enum) so a new kind needs no migration; values are stable: never rename.
 */
export enum NotificationKind {
  PROPOSAL_STATUS_CHANGED = 'PROPOSAL_STATUS_CHANGED',
  CONSULTATION_OPENED = 'CONSULTATION_OPENED',
  CONSULTATION_CLOSING = 'CONSULTATION_CLOSING',
  CONSULTATION_CLOSED = 'CONSULTATION_CLOSED',
  CONSULTATION_STALLED = 'CONSULTATION_STALLED',
  /** "You said, we did": what happened to something a person took part in, and why. */
  YOU_SAID_WE_DID = 'YOU_SAID_WE_DID',
  COMMENT_REPLY = 'COMMENT_REPLY',
  AGREEMENT_STATUS_CHANGED = 'AGREEMENT_STATUS_CHANGED',
  AGREEMENT_STATUS_STALE = 'AGREEMENT_STATUS_STALE',
  /** An offer was endorsed: each party's officers are asked to record their position. */
  AGREEMENT_REQUESTED = 'AGREEMENT_REQUESTED',
  /** An offer a party agreed was reworded: its officers see the old and new wording and are asked to re-confirm. */
  OFFER_REVISED = 'OFFER_REVISED',
  MEETING_UPCOMING = 'MEETING_UPCOMING',
  ACTION_ITEM_DUE = 'ACTION_ITEM_DUE',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  /** A concern for someone's safety is waiting: to every safeguarding lead (or, with none, programme admins). Always emailed at once. */
  SAFEGUARDING_CONCERN = 'SAFEGUARDING_CONCERN',
  /** To the person who raised a safety concern: what happens next, then that it was handled. */
  SAFEGUARDING_UPDATE = 'SAFEGUARDING_UPDATE',
}

/**
 * Kinds emailed at once to everyone with an address, whatever they chose: a concern for someone's
 * safety cannot wait for a digest or for someone to open the app. They are listed in the app too.
 */
export const ALWAYS_EMAILED_KINDS: ReadonlySet<NotificationKind> = new Set([NotificationKind.SAFEGUARDING_CONCERN]);

/** How a person wants to hear about one kind of notification. */
export enum NotificationDelivery {
  EMAIL_NOW = 'EMAIL_NOW',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  IN_APP_ONLY = 'IN_APP_ONLY',
}

/** Where a notification goes; every notification is also listed in the app. */
export enum NotificationChannel {
  EMAIL = 'EMAIL',
  DIGEST = 'DIGEST',
  IN_APP = 'IN_APP',
}

export enum NotificationStatus {
  /** Waiting for its email to be sent. */
  PENDING = 'PENDING',
  /** Emailed (alone, or in a weekly digest). */
  SENT = 'SENT',
  /** Could not be emailed; `lastError` says why. */
  FAILED = 'FAILED',
  /** Waiting for the recipient's next weekly digest. */
  AWAITING_DIGEST = 'AWAITING_DIGEST',
  /** In-app only: shown in the app, never emailed. */
  IN_APP = 'IN_APP',
  /** Never sent: the recipient left the CiCC (and holds no other membership) before it went. */
  CANCELLED = 'CANCELLED',
}

/** Without a stored choice, everything is emailed at once. */
export const DEFAULT_DELIVERY = NotificationDelivery.EMAIL_NOW;

/** The channel a notification takes for a delivery choice; without an email address it stays in the app. */
export function channelFor(delivery: NotificationDelivery, hasEmail: boolean, kind: NotificationKind): NotificationChannel {
  if (!hasEmail) return NotificationChannel.IN_APP;
  if (ALWAYS_EMAILED_KINDS.has(kind)) return NotificationChannel.EMAIL;
  if (delivery === NotificationDelivery.IN_APP_ONLY) return NotificationChannel.IN_APP;
  // The weekly digest is itself an email: choosing "in the digest" for it means "email it".
  if (delivery === NotificationDelivery.WEEKLY_DIGEST && kind !== NotificationKind.WEEKLY_DIGEST) return NotificationChannel.DIGEST;
  return NotificationChannel.EMAIL;
}

export function initialStatus(channel: NotificationChannel): NotificationStatus {
  switch (channel) {
    case NotificationChannel.EMAIL:
      return NotificationStatus.PENDING;
    case NotificationChannel.DIGEST:
      return NotificationStatus.AWAITING_DIGEST;
    case NotificationChannel.IN_APP:
      return NotificationStatus.IN_APP;
  }
}
