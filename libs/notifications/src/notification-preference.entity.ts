import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { NotificationDelivery } from './notification-kind';

/** A person's choice for one kind of notification. No row: the default (email at once). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preference' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_notification_preference_person' })
  person?: PersonEntity;

  /** A NotificationKind value. */
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'pk_notification_preference' })
  kind: string;

  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery: NotificationDelivery;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
