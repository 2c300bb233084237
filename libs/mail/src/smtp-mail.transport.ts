import { OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, messageIdFor, MailTransport } from './mail-transport';

/** Connections kept open to the mail server at most, per process. */
export const SMTP_POOL_CONNECTIONS = 5;

/**
 * Sends through an SMTP server named by a URL (smtp:// or smtps://, credentials in the URL).
 * Connections are pooled and reused: a mail server greets each new connection only after a
 * pause (often 100 ms or more, to catch spam bots), which would otherwise be paid per message.
 * Options in the URL's query (`?pool=false`, `?maxConnections=2`) win over these.
 */
export class SmtpMailTransport extends MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport({ url, pool: true, maxConnections: SMTP_POOL_CONNECTIONS });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: message.id ? messageIdFor(message.id, this.from) : undefined,
    });
  }

  close(): void {
    this.transporter.close();
  }

  onModuleDestroy(): void {
    this.close();
  }
}
