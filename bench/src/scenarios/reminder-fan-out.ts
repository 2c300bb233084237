import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Environment, QueueName, ReminderJob } from '@app/core';
import { messageIdFor, SMTP_POOL_CONNECTIONS } from '@app/mail';
import { emailText } from '@app/notifications';
import { startSmtpServer, TestSmtpServer } from '../../../libs/testing/src/smtp';
import { CpuSplit, measureCpu, perUnit } from '../cpu';
import { BenchDatabase } from '../database';
import { startBenchJobs, until } from '../jobs';

export interface ReminderFanOutOptions {
  /** CiCC members who have not voted: one reminder each. */
  members: number;
  workers: number;
  /** How long to wait for every reminder to arrive before counting what is missing. */
  timeoutMs: number;
  /** Appended to the workers' SMTP_URL: '' as deployed by default, or transport options such as `?pool=true`. */
  smtpUrlQuery: string;
}

export interface ReminderFanOutResult {
  members: number;
  workers: number;
  smtpUrlQuery: string;
  /** What the reminder job reported: reminders due and notifications it created. */
  due: number;
  created: number;
  /** From adding the job to the queue until the last expected reminder arrived at the SMTP server; null if some never did. */
  deliveredMs: number | null;
  /** Counted at the SMTP server: recipients who got it more than once (extra copies), and who never got it. */
  duplicates: number;
  missing: number;
  /** Mail to anyone outside the audience. */
  unexpected: number;
  mailsPerSecond: number;
  /** The floor: the same messages sent by one process through a pooled nodemailer transport to the same server. */
  floor: MailFloorResult;
  /** The workers' mails/s over the floor's. */
  ratio: number;
  /** CPU ms per message from the trigger until the last arrival: the workers, the database's backends, and this process (with the SMTP server). */
  cpuPerMail: CpuSplit;
}

export interface MailFloorResult {
  messages: number;
  /** From the go until the last message arrived; null if some never did. */
  deliveredMs: number | null;
  mailsPerSecond: number;
  duplicates: number;
  missing: number;
  failed: number;
  cpuPerMail: CpuSplit;
}

/** Counts arrivals at the SMTP server from `from` on, by recipient, as they come (each message read once). */
function arrivals(smtp: TestSmtpServer, audience: Set<string>, from = smtp.messages.length) {
  const got = new Map<string, number>();
  let unexpected = 0;
  let read = from;
  return {
    got,
    unexpected: () => unexpected,
    count(): number {
      for (; read < smtp.messages.length; read += 1) {
        for (const to of smtp.messages[read].to) {
          if (audience.has(to)) got.set(to, (got.get(to) ?? 0) + 1);
          else unexpected += 1;
        }
      }
      return got.size;
    },
    duplicates: () => [...got.values()].reduce((n, c) => n + c - 1, 0),
  };
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * Scenario 4: a CiCC consultation closes in under a day and none of its `members` has voted. The
 * closing-reminder rule is triggered through the queue with the clock moved to that moment, and
 * `workers` worker processes deliver the reminders to a real SMTP server on loopback, where every
 * message is counted by recipient.
 */
export async function reminderFanOutScenario(db: BenchDatabase, options: ReminderFanOutOptions): Promise<ReminderFanOutResult> {
  const ds = db.dataSource;
  // The rule's clock: a month ahead, so nothing the real clock does (the scheduled 07:00 run) overlaps.
  const now = new Date(Math.floor((Date.now() + 30 * DAY) / HOUR) * HOUR);
  const members = await ds.query<{ email: string }[]>(
    `WITH p AS (INSERT INTO person (display_name, email, care_experienced, birth_month)
                SELECT 'Member ' || g, 'cicc-' || g || '@bench.example', true, date '2004-01-01' + (g % 60) * interval '1 month'
                  FROM generate_series(1, $1::int) g RETURNING id, email),
          m AS (INSERT INTO membership (person_id, body_id, role) SELECT id, (SELECT id FROM body WHERE code = 'CICC'), 'MEMBER' FROM p)
     SELECT email FROM p`,
    [options.members],
  );
  await ds.query(
    `WITH p AS (INSERT INTO proposal (house_id, title, summary, category, delivery_model, uasc_considerations, status)
                SELECT id, 'Free bus travel to 25', 'Consultation under way', 'TRANSPORT', 'EACH_LA', 'Applies to all.', 'IN_CONSULTATION'
                  FROM body WHERE code = 'HOUSE_TRANSPORT' RETURNING id, house_id)
     INSERT INTO consultation (proposal_id, house_id, audience, opens_at, closes_at, tally_visibility)
     SELECT id, house_id, 'CICC', $1::timestamptz - interval '13 days', $1::timestamptz + interval '20 hours', 'ALWAYS' FROM p`,
    [now.toISOString()],
  );
  await ds.query('ANALYZE');
  const audience = new Set(members.map((m) => m.email));

  const smtp = await startSmtpServer();
  const jobs = await startBenchJobs(db);
  const queue = jobs.queues.queue(QueueName.REMINDERS);
  try {
    const workers = await jobs.startWorkers(options.workers, { SMTP_URL: smtp.url + options.smtpUrlQuery });
    // Tallied as messages arrive (each is read once), so watching costs next to nothing.
    const tally = arrivals(smtp, audience);
    const began = performance.now();
    let arrivedAt = 0;
    const { result: delivered, cpu } = await measureCpu(ds, db.name, { workers: workers.map((w) => w.pid) }, async () => {
      await queue.add(ReminderJob.CONSULTATION_CLOSING, { now: now.toISOString() }, { jobId: 'bench-closing', removeOnComplete: 100, removeOnFail: 100 });
      return until(async () => {
        const at = performance.now();
        const all = tally.count() === audience.size;
        if (all) arrivedAt = at;
        return all;
      }, options.timeoutMs, 20);
    });
    // Anything still on its way (a second copy) is given time to show up before counting.
    await until(async () => {
      const [{ n }] = await ds.query<{ n: string }[]>(
        `SELECT (SELECT count(*) FROM outbox_event WHERE sent_at IS NULL) + (SELECT count(*) FROM notification WHERE status = 'PENDING') AS n`,
      );
      return Number(n) === 0;
    }, 10_000, 200);
    await new Promise((r) => setTimeout(r, 1000));
    tally.count();
    const got = tally.got;
    const unexpected = tally.unexpected();
    const job = { id: 'bench-closing' };
    const run = ((await queue.getJob(job.id))?.returnvalue ?? { due: 0, created: 0 }) as { due: number; created: number };
    const seconds = ((delivered ? arrivedAt : performance.now()) - began) / 1000;
    const mailsPerSecond = got.size / seconds;
    await jobs.stopWorkers();
    const floor = await mailFloor(db, smtp, audience, options.timeoutMs);
    return {
      members: audience.size,
      workers: options.workers,
      smtpUrlQuery: options.smtpUrlQuery,
      due: run.due,
      created: run.created,
      deliveredMs: delivered ? arrivedAt - began : null,
      duplicates: [...got.values()].reduce((n, c) => n + c - 1, 0),
      missing: audience.size - got.size,
      unexpected,
      mailsPerSecond,
      floor,
      ratio: floor.mailsPerSecond > 0 ? mailsPerSecond / floor.mailsPerSecond : 0,
      cpuPerMail: perUnit(cpu, got.size),
    };
  } finally {
    await queue.close();
    await jobs.stop();
    await smtp.close();
  }
}

/**
 * The floor: the messages the workers sent (the same recipients, subjects, texts and Message-IDs,
 * from the notification rows) sent again by one process through a pooled nodemailer transport to
 * the same SMTP server, counted the same way.
 */
async function mailFloor(db: BenchDatabase, smtp: TestSmtpServer, audience: Set<string>, timeoutMs: number): Promise<MailFloorResult> {
  const defaults = new Environment();
  const rows = await db.dataSource.query<{ id: string; email: string; displayName: string; subject: string; body: string; link: string | null }[]>(
    `SELECT n.id, lower(p.email) AS email, p.display_name AS "displayName", n.subject, n.body, n.link
       FROM notification n JOIN person p ON p.id = n.recipient_id WHERE n.channel = 'EMAIL' ORDER BY n.created_at, n.id`,
  );
  const messages = rows.map((r) => ({
    to: r.email,
    subject: r.subject,
    text: emailText(defaults.APP_URL, { displayName: r.displayName, subject: r.subject, body: r.body, link: r.link }),
    messageId: messageIdFor(`notification-${r.id}`, defaults.MAIL_FROM),
  }));
  const dir = mkdtempSync(join(tmpdir(), 'compact-mail-floor-'));
  const file = join(dir, 'messages.json');
  writeFileSync(file, JSON.stringify(messages));
  const child = spawn(process.execPath, [join(__dirname, '..', 'peers', 'mail-floor.js')], {
    env: { ...process.env, MESSAGES_FILE: file, SMTP_URL: smtp.url, MAIL_FROM: defaults.MAIL_FROM, SMTP_POOL_CONNECTIONS: String(SMTP_POOL_CONNECTIONS) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const lines = createInterface({ input: child.stdout });
    const said = (pattern: RegExp) => new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => pattern.test(line) && resolve(line));
      child.once('exit', (code) => reject(new Error(`the mail floor exited with ${code}`)));
    });
    await said(/^ready$/);
    const done = said(/^sent /);
    const tally = arrivals(smtp, audience);
    let arrivedAt = 0;
    const began = performance.now();
    const { result: delivered, cpu } = await measureCpu(db.dataSource, db.name, { floor: [child.pid!] }, async () => {
      child.stdin.write('go\n');
      return until(async () => {
        const at = performance.now();
        const all = tally.count() === messages.length;
        if (all) arrivedAt = at;
        return all;
      }, timeoutMs, 20);
    });
    const [, , failed] = (await done).split(' ');
    await new Promise((r) => setTimeout(r, 1000));
    tally.count();
    const seconds = ((delivered ? arrivedAt : performance.now()) - began) / 1000;
    return {
      messages: messages.length,
      deliveredMs: delivered ? arrivedAt - began : null,
      mailsPerSecond: tally.got.size / seconds,
      duplicates: tally.duplicates(),
      missing: messages.length - tally.got.size,
      failed: Number(failed),
      cpuPerMail: perUnit(cpu, tally.got.size),
    };
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
