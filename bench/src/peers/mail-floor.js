// The reminder fan-out's floor: one process sending the same messages through a pooled nodemailer
// transport (as the workers' transport is set up: pool, SMTP_POOL_CONNECTIONS connections, the
// same Message-IDs) to the same SMTP server, with no queue and no database. Plain JavaScript, so
// nothing but nodemailer is loaded. Reads the messages from the JSON file named by MESSAGES_FILE,
// prints "ready", sends them all once it reads a line on stdin, then prints "sent <n> <failed>".
const { readFileSync } = require('node:fs');
const { createInterface } = require('node:readline');
const { createTransport } = require('nodemailer');

const messages = JSON.parse(readFileSync(process.env.MESSAGES_FILE, 'utf8'));
const transport = createTransport({ url: process.env.SMTP_URL, pool: true, maxConnections: Number(process.env.SMTP_POOL_CONNECTIONS) });
const from = process.env.MAIL_FROM;

const lines = createInterface({ input: process.stdin });
lines.once('line', async () => {
  let failed = 0;
  await Promise.all(
    messages.map((m) =>
      transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId }).catch(() => {
        failed += 1;
      }),
    ),
  );
  transport.close();
  console.log(`sent ${messages.length - failed} ${failed}`);
  lines.close();
});
console.log('ready');
