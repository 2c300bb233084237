export * from './domain-event-notifier';
export * from './email-text';
export * from './notification-kind';
export * from './notification-preference.entity';
export * from './notification.entity';
export * from './notifications.errors';
export * from './notifications.module';
export * from './notifications.service';
