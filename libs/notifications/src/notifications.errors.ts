import { InvalidInputError } from '@app/core';

/** Stable codes for the notification domain's errors. */
export enum NotificationsErrorCode {
  UNKNOWN_KIND = 'UNKNOWN_NOTIFICATION_KIND',
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  BAD_ADDRESS = 'EMAIL_ADDRESS_REFUSED',
  NOTHING_TO_MARK = 'NOTHING_TO_MARK',
  FIXED_DELIVERY = 'NOTIFICATION_DELIVERY_FIXED',
}

export class NotificationsError extends InvalidInputError {}
