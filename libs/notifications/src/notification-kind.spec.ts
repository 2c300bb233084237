import { channelFor, initialStatus, NotificationChannel, NotificationDelivery, NotificationKind, NotificationStatus } from './notification-kind';

describe('how a notification is delivered', () => {
  const kind = NotificationKind.COMMENT_REPLY;

  it('follows the person’s choice', () => {
    expect(channelFor(NotificationDelivery.EMAIL_NOW, true, kind)).toBe(NotificationChannel.EMAIL);
    expect(channelFor(NotificationDelivery.WEEKLY_DIGEST, true, kind)).toBe(NotificationChannel.DIGEST);
    expect(channelFor(NotificationDelivery.IN_APP_ONLY, true, kind)).toBe(NotificationChannel.IN_APP);
  });

  it('stays in the app for a person without an email address', () => {
    expect(channelFor(NotificationDelivery.EMAIL_NOW, false, kind)).toBe(NotificationChannel.IN_APP);
  });

  it('emails the weekly digest itself when the person chose the digest for it', () => {
    expect(channelFor(NotificationDelivery.WEEKLY_DIGEST, true, NotificationKind.WEEKLY_DIGEST)).toBe(NotificationChannel.EMAIL);
  });

  it('emails a safeguarding concern at once whatever the person chose, and keeps it in the app without an address', () => {
    for (const delivery of Object.values(NotificationDelivery)) {
      expect(channelFor(delivery, true, NotificationKind.SAFEGUARDING_CONCERN)).toBe(NotificationChannel.EMAIL);
    }
    expect(channelFor(NotificationDelivery.EMAIL_NOW, false, NotificationKind.SAFEGUARDING_CONCERN)).toBe(NotificationChannel.IN_APP);
    expect(channelFor(NotificationDelivery.IN_APP_ONLY, true, NotificationKind.SAFEGUARDING_UPDATE)).toBe(NotificationChannel.IN_APP);
  });

  it('starts each channel in its own status', () => {
    expect(initialStatus(NotificationChannel.EMAIL)).toBe(NotificationStatus.PENDING);
    expect(initialStatus(NotificationChannel.DIGEST)).toBe(NotificationStatus.AWAITING_DIGEST);
    expect(initialStatus(NotificationChannel.IN_APP)).toBe(NotificationStatus.IN_APP);
  });
});
