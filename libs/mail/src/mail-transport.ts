/** One email to send. Plain text: the product's messages are short and must read well anywhere. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /**
   * A line the local outbox logs so someone running the service without a mail server can act
   * at once (for example the sign-in code). Real transports never log it.
   */
  localNote?: string;
}

/** Sends mail. Inject this class; the MailModule picks SMTP or the local outbox from configuration. */
export abstract class MailTransport {
  abstract send(message: MailMessage): Promise<void>;
}
