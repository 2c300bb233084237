import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, messageIdFor, MailTransport } from './mail-transport';

/**
 * For local runs without a mail server: writes each message as an .eml file (open it in any mail
 * program) and logs where it went, with the message's local note (such as a sign-in code).
 */
export class OutboxMailTransport extends MailTransport {
  private readonly logger = new Logger('Mail');
  private readonly composer: Transporter;

  constructor(
    readonly directory: string,
    private readonly from: string,
  ) {
    super();
    this.composer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.composer.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: message.id ? messageIdFor(message.id, this.from) : undefined,
    });
    const raw = (info as unknown as { message: Buffer }).message;
    await mkdir(this.directory, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(this.directory, `${stamp}-${randomBytes(3).toString('hex')}.eml`);
    await writeFile(file, raw);
    const note = message.localNote ? ` ${message.localNote}` : '';
    this.logger.log(`Mail to ${message.to} ("${message.subject}") written to ${file}.${note}`);
  }
}
