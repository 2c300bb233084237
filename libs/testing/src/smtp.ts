import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  /** The Message-ID header, as sent (`<…@…>`). */
  messageId: string;
}

export interface TestSmtpServer {
  /** smtp:// URL of the server, for the app's mail transport. */
  url: string;
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[];
  /** The next message to `to` not yet taken by this method, waiting for it if need be. */
  nextMailTo(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  /** Messages to `to` received so far that nextMailTo has not taken. */
  pendingFor(to: string): ReceivedMail[];
  close(): Promise<void>;
}

export interface SmtpServerOptions {
  /** Refuse mail to these addresses for good (550), as a server does for a mailbox that does not exist. */
  refuse?: (address: string) => boolean;
  /** Take this long over each message before accepting it (a slow mail server). */
  delayMs?: number;
}

/**
 * A real SMTP server on a spare loopback port, for tests to receive the app's mail through the
 * same transport production uses. No TLS or authentication: it is reachable only from this host.
 */
export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiters: (() => void)[] = [];

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address.toLowerCase())) {
        callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: no such mailbox`), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
          const to = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
          messages.push({
            from: parsed.from?.value[0]?.address ?? '',
            to: to.flatMap((t) => t.value.map((v) => (v.address ?? '').toLowerCase())),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? '',
          });
          waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // Once listening, a client that vanishes mid-conversation (a worker killed while it holds a
  // pooled connection) is routine for a mail server, not a failure of the test: carry on.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  const pendingFor = (to: string) => messages.filter((m) => !taken.has(m) && m.to.includes(to.toLowerCase()));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    pendingFor,
    async nextMailTo(to, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = pendingFor(to)[0];
        if (found) {
          taken.add(found);
          return found;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`No mail to ${to} arrived within ${timeoutMs} ms (received: ${messages.map((m) => m.to.join(',')).join('; ') || 'none'})`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
