export * from './digest';
export * from './reminder-messages';
export * from './reminder-rules';
export * from './reminders.module';
export * from './reminders.service';
