import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { GovernanceModule } from '@app/governance';
import { MailModule } from '@app/mail';
import { OutboxModule } from '@app/outbox';
import { DomainEventNotifier } from './domain-event-notifier';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

/** Notification records, preferences and email delivery; `DomainEventNotifier` decides who hears about what. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity]), OutboxModule, AuditModule, MailModule, GovernanceModule],
  providers: [NotificationsService, DomainEventNotifier],
  exports: [NotificationsService, DomainEventNotifier],
})
export class NotificationsModule {}
