import { DataSource } from 'typeorm';
import { QueueFactory, QueueName } from '@app/core';
import { eventually } from './eventually';

/**
 * Whether every queue has run all it was given: nothing waiting, running or delayed (the next
 * run of a job scheduler is not work given, and is left out).
 */
export async function queuesDrained(queues: QueueFactory): Promise<boolean> {
  for (const name of Object.values(QueueName)) {
    const queue = queues.queue(name);
    try {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      if (Object.values(counts).some((n) => n > 0)) return false;
      const delayed = await queue.getJobs(['delayed']);
      if (delayed.some((job) => !job.repeatJobKey)) return false;
    } finally {
      await queue.close();
    }
  }
  return true;
}

/**
 * Waits for the positive signal that background work is over: no event waits in the outbox, no
 * email is pending, and every queue has drained. After it, what has not happened will not.
 */
export async function settled(dataSource: DataSource, queues: QueueFactory, timeoutMs = 60000): Promise<void> {
  const nothingWaits = async () => {
    const [row] = await dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM outbox_event WHERE sent_at IS NULL)::int + (SELECT count(*) FROM notification WHERE status = 'PENDING')::int AS n`,
    );
    return row.n === 0;
  };
  // The tables before and after the queues: a job running at the first look has finished by the
  // queues' look, and what it wrote shows at the second.
  await eventually(
    async () => (await nothingWaits()) && (await queuesDrained(queues)) && (await nothingWaits()),
    'the outbox, email deliveries and every queue to drain',
    timeoutMs,
  );
}
