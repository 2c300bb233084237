export * from './outbox-event.entity';
export * from './outbox-relay';
export * from './outbox.module';
export * from './outbox.service';
