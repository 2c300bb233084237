import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { RemindersService } from './reminders.service';

@Module({
  imports: [NotificationsModule],
  providers: [RemindersService],
  exports: [RemindersService],
})
export class RemindersModule {}
