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
import { SafeguardingNotifier } from './safeguarding-notifier';

/** Notification records, preferences and email delivery; `DomainEventNotifier` decides who hears about what. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity]), OutboxModule, AuditModule, MailModule, GovernanceModule],
  providers: [NotificationsService, DomainEventNotifier, SafeguardingNotifier],
  exports: [NotificationsService, DomainEventNotifier, SafeguardingNotifier],
})
export class NotificationsModule {}
