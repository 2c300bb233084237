import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { NotificationsResolver } from './notifications.resolver';

@Module({
  imports: [NotificationsModule],
  providers: [NotificationsResolver],
})
export class NotificationsApiModule {}
