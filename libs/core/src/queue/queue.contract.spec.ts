import { EventJob, isJobName, JOBS_BY_QUEUE, NotificationJob, queueOf, QueueName, ReminderJob, RollupJob, SystemJob } from './queue.contract';

describe('the job contract', () => {
  it('gives every job exactly one queue, the one its name fixes', () => {
    const all = Object.values(JOBS_BY_QUEUE).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [queue, jobs] of Object.entries(JOBS_BY_QUEUE)) for (const job of jobs) expect(queueOf(job)).toBe(queue);
    expect(queueOf(SystemJob.HEARTBEAT)).toBe(QueueName.SYSTEM);
    expect(queueOf(EventJob.AGREEMENT_STATUSES_CHANGED)).toBe(QueueName.EVENTS);
    expect(queueOf(NotificationJob.DELIVER_EMAIL)).toBe(QueueName.NOTIFICATIONS);
    expect(queueOf(RollupJob.NIGHTLY_RECOMPUTE)).toBe(QueueName.ROLLUPS);
    expect(queueOf(ReminderJob.SEND_DIGEST)).toBe(QueueName.REMINDERS);
  });

  it('knows its own job names and no others', () => {
    expect(isJobName('deliver-email')).toBe(true);
    expect(isJobName('mystery')).toBe(false);
  });
});
