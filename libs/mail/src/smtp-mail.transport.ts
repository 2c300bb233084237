import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, messageIdFor, MailTransport } from './mail-transport';

/** Sends through an SMTP server named by a URL (smtp:// or smtps://, credentials in the URL). */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport(url);
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
}
