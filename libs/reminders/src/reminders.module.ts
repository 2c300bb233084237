import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '@app/core';
import { NotificationsModule } from '@app/notifications';
import { REMINDER_SETTINGS, RemindersService } from './reminders.service';
import { reminderSettingsFromEnvironment } from './reminder-rules';

@Module({
  imports: [NotificationsModule],
  providers: [
    RemindersService,
    {
      provide: REMINDER_SETTINGS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        reminderSettingsFromEnvironment({
          REMINDER_CLOSING_DAYS: config.get('REMINDER_CLOSING_DAYS', { infer: true }),
          REMINDER_STALE_AFTER_DAYS: config.get('REMINDER_STALE_AFTER_DAYS', { infer: true }),
          REMINDER_STALE_REPEAT_DAYS: config.get('REMINDER_STALE_REPEAT_DAYS', { infer: true }),
          REMINDER_STALLED_AFTER_DAYS: config.get('REMINDER_STALLED_AFTER_DAYS', { infer: true }),
          REMINDER_MEETING_NOTICE_DAYS: config.get('REMINDER_MEETING_NOTICE_DAYS', { infer: true }),
          REMINDER_ACTION_DUE_DAYS: config.get('REMINDER_ACTION_DUE_DAYS', { infer: true }),
        }),
    },
  ],
  exports: [RemindersService],
})
export class RemindersModule {}
