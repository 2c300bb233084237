import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../../../libs/notifications/src';
import { NotificationsResolver } from './notifications.resolver';

@Module({
  imports: [NotificationsModule],
  providers: [NotificationsResolver],
})
export class NotificationsApiModule {}
