import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '@app/core';
import { MailTransport } from './mail-transport';
import { OutboxMailTransport } from './outbox-mail.transport';
import { SmtpMailTransport } from './smtp-mail.transport';

/** The transport for this configuration: SMTP when SMTP_URL is set, otherwise DATA_DIR/outbox. */
export function mailTransportFor(env: Pick<Environment, 'SMTP_URL' | 'MAIL_FROM' | 'DATA_DIR'>): MailTransport {
  if (env.SMTP_URL) return new SmtpMailTransport(env.SMTP_URL, env.MAIL_FROM);
  return new OutboxMailTransport(join(env.DATA_DIR, 'outbox'), env.MAIL_FROM);
}

@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) =>
        mailTransportFor({
          SMTP_URL: config.get('SMTP_URL', { infer: true }),
          MAIL_FROM: config.get('MAIL_FROM', { infer: true }),
          DATA_DIR: config.get('DATA_DIR', { infer: true }),
        }),
    },
  ],
  exports: [MailTransport],
})
export class MailModule {}
