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
  /**
   * A stable identity for this message (letters, digits, `.`, `-`, `_`), sent as its Message-ID.
   * A message sent again after a crash carries the same Message-ID, so mail servers and programs
   * that drop repeats show it once. Unset: the transport makes a fresh one.
   */
  id?: string;
}

/** The Message-ID for a message `id` sent from `from` ("Name <address>" or an address): `<id@domain of from>`. */
export function messageIdFor(id: string, from: string): string {
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(id)) throw new Error(`A message id must be 1-200 letters, digits, ".", "-" or "_"; got "${id}".`);
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1).trim() : '';
  return `<${id}@${domain || 'localhost'}>`;
}

/** Sends mail. Inject this class; the MailModule picks SMTP or the local outbox from configuration. */
export abstract class MailTransport {
  abstract send(message: MailMessage): Promise<void>;
}
