import { QueueName, ReminderJob } from '@app/core';
import { startSmtpServer } from '../../../libs/testing/src/smtp';
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
  const members = (await ds.query(
    `WITH p AS (INSERT INTO person (display_name, email, care_experienced, birth_month)
                SELECT 'Member ' || g, 'cicc-' || g || '@bench.example', true, date '2004-01-01' + (g % 60) * interval '1 month'
                  FROM generate_series(1, $1::int) g RETURNING id, email),
          m AS (INSERT INTO membership (person_id, body_id, role) SELECT id, (SELECT id FROM body WHERE code = 'CICC'), 'MEMBER' FROM p)
     SELECT email FROM p`,
    [options.members],
  )) as { email: string }[];
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
    await jobs.startWorkers(options.workers, { SMTP_URL: smtp.url + options.smtpUrlQuery });
    // Tallied as messages arrive (each is read once), so watching costs next to nothing.
    const got = new Map<string, number>();
    let unexpected = 0;
    let read = 0;
    const count = () => {
      for (; read < smtp.messages.length; read += 1) {
        for (const to of smtp.messages[read].to) {
          if (audience.has(to)) got.set(to, (got.get(to) ?? 0) + 1);
          else unexpected += 1;
        }
      }
      return got.size;
    };
    const began = performance.now();
    const job = await queue.add(ReminderJob.CONSULTATION_CLOSING, { now: now.toISOString() }, { removeOnComplete: 100, removeOnFail: 100 });
    let arrivedAt = 0;
    const delivered = await until(async () => {
      const at = performance.now();
      const all = count() === audience.size;
      if (all) arrivedAt = at;
      return all;
    }, options.timeoutMs, 20);
    // Anything still on its way (a second copy) is given time to show up before counting.
    await until(async () => {
      const [{ n }] = (await ds.query(
        `SELECT (SELECT count(*) FROM outbox_event WHERE sent_at IS NULL) + (SELECT count(*) FROM notification WHERE status = 'PENDING') AS n`,
      )) as { n: string }[];
      return Number(n) === 0;
    }, 10_000, 200);
    await new Promise((r) => setTimeout(r, 1000));
    count();
    const run = ((await queue.getJob(job.id!))?.returnvalue ?? { due: 0, created: 0 }) as { due: number; created: number };
    const seconds = ((delivered ? arrivedAt : performance.now()) - began) / 1000;
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
      mailsPerSecond: got.size / seconds,
    };
  } finally {
    await queue.close();
    await jobs.stop();
    await smtp.close();
  }
}
