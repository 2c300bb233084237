import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { messageIdFor } from './mail-transport';
import { mailTransportFor } from './mail.module';
import { OutboxMailTransport } from './outbox-mail.transport';
import { SmtpMailTransport } from './smtp-mail.transport';

describe('mail transports', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('picks SMTP when SMTP_URL is set and the outbox otherwise', () => {
    const smtp = mailTransportFor({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'a@example.org', DATA_DIR: dir });
    expect(smtp).toBeInstanceOf(SmtpMailTransport);
    (smtp as SmtpMailTransport).close();
    const outbox = mailTransportFor({ SMTP_URL: undefined, MAIL_FROM: 'a@example.org', DATA_DIR: dir });
    expect(outbox).toBeInstanceOf(OutboxMailTransport);
    expect((outbox as OutboxMailTransport).directory).toBe(join(dir, 'outbox'));
  });

  it('makes a Message-ID from a message id and the sender\'s domain, and refuses ids that could break the header', () => {
    expect(messageIdFor('notification-1f2e', 'London Care Leavers Compact <no-reply@compact.example.org>')).toBe('<notification-1f2e@compact.example.org>');
    expect(messageIdFor('n-1', 'no-reply@example.org')).toBe('<n-1@example.org>');
    expect(messageIdFor('n-1', 'Compact')).toBe('<n-1@localhost>');
    expect(() => messageIdFor('a>b', 'no-reply@example.org')).toThrow(/letters, digits/);
    expect(() => messageIdFor('', 'no-reply@example.org')).toThrow(/letters, digits/);
  });

  it('writes the same Message-ID every time a message with an id is sent', async () => {
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const outbox = new OutboxMailTransport(join(dir, 'outbox'), 'Compact <no-reply@example.org>');
    const message = { id: 'notification-42', to: 'sam@example.org', subject: 'Closes within a day', text: 'Please vote.' };
    await outbox.send(message);
    await outbox.send(message);
    await outbox.send({ ...message, id: undefined });
    const files = await readdir(join(dir, 'outbox'));
    const ids = await Promise.all(files.map(async (f) => /^Message-ID: (.*)$/m.exec(await readFile(join(dir, 'outbox', f), 'utf8'))?.[1]));
    expect(ids.filter((id) => id === '<notification-42@example.org>')).toHaveLength(2);
    expect(ids.filter((id) => id !== '<notification-42@example.org>')).toEqual([expect.stringMatching(/^<.+@.+>$/)]);
    jest.restoreAllMocks();
  });

  it('writes an .eml file and logs the local note', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const outbox = new OutboxMailTransport(join(dir, 'outbox'), 'Compact <no-reply@example.org>');
    await outbox.send({ to: 'sam@example.org', subject: 'Your code', text: 'Your code is 123456.', localNote: 'Code: 123456' });
    const files = await readdir(join(dir, 'outbox'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const raw = await readFile(join(dir, 'outbox', files[0]), 'utf8');
    expect(raw).toContain('To: sam@example.org');
    expect(raw).toContain('Subject: Your code');
    expect(raw).toContain('Your code is 123456.');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Code: 123456'));
    log.mockRestore();
  });
});
