import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SmtpMailTransport } from './smtp-mail.transport';

/** A real SMTP server on a spare loopback port that counts connections and messages. */
async function countingServer(): Promise<{ url: string; connections: () => number; messages: () => number; close: () => Promise<void> }> {
  let connections = 0;
  let messages = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        messages += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, connections: () => connections, messages: () => messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('SmtpMailTransport', () => {
  it('reuses its connections to the mail server instead of opening one per message', async () => {
    const server = await countingServer();
    const transport = new SmtpMailTransport(server.url, 'Compact <no-reply@example.org>');
    try {
      for (let i = 0; i < 6; i += 1) await transport.send({ to: `person-${i}@example.org`, subject: 'Closes within a day', text: 'Please vote.' });
      expect(server.messages()).toBe(6);
      expect(server.connections()).toBe(1);
    } finally {
      transport.close();
      await server.close();
    }
  });

  it('lets the URL turn pooling off', async () => {
    const server = await countingServer();
    const transport = new SmtpMailTransport(`${server.url}?pool=false`, 'Compact <no-reply@example.org>');
    try {
      for (let i = 0; i < 3; i += 1) await transport.send({ to: `person-${i}@example.org`, subject: 'Closes within a day', text: 'Please vote.' });
      expect(server.messages()).toBe(3);
      expect(server.connections()).toBe(3);
    } finally {
      transport.close();
      await server.close();
    }
  });
});
