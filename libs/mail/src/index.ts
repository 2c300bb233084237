export * from './mail-transport';
export * from './mail.module';
export * from './outbox-mail.transport';
export * from './smtp-mail.transport';
