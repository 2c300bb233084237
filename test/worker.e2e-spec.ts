import { Test } from '@nestjs/testing';
import { Clock, JOBS_BY_QUEUE, QueueBackend, QueueFactory, QueueName, SystemJob } from '@app/core';
import { createDatabaseFromTemplate, dropDatabase } from '@app/testing';
import { checkHandlers } from '../apps/worker/src/job-handlers';
import { SystemProcessor } from '../apps/worker/src/system.processor';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { WorkerService } from '../apps/worker/src/worker.service';

async function completedHeartbeats(factory: QueueFactory): Promise<number> {
  const queue = factory.queue(QueueName.SYSTEM);
  try {
    const jobs = await queue.getJobs(['completed']);
    return jobs.filter((j) => j.name === SystemJob.HEARTBEAT).length;
  } finally {
    await queue.close();
  }
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('worker process', () => {
  const dbName = new URL(process.env.DATABASE_URL as string).pathname.slice(1);
  beforeAll(() => createDatabaseFromTemplate(dbName));
  afterAll(() => dropDatabase(dbName));

  it('boots, connects to Redis and processes a heartbeat round trip', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    moduleRef.useLogger(false);
    const context = await moduleRef.init();
    const factory = context.get(QueueFactory);
    expect(factory.connection.backend).toBe(QueueBackend.REDIS);
    try {
      await eventually(async () => (await completedHeartbeats(factory)) >= 1, 'the heartbeat on Redis');
    } finally {
      await context.close();
    }
  });

  it('runs the same processors on BullMQ’s PostgreSQL backend when there is no Redis', async () => {
    const factory = new QueueFactory({ backend: QueueBackend.POSTGRES, url: process.env.DATABASE_URL as string, prefix: 'pgtest' });
    // Processors other than the heartbeat's do nothing here: this proves the backend, not their rules.
    const idle = (queue: QueueName) => ({ queue, handlers: Object.fromEntries(JOBS_BY_QUEUE[queue].map((job) => [job, async () => undefined])) }) as never;
    const worker = new WorkerService(factory, new SystemProcessor({ sweep: async () => undefined } as never, new Clock()), idle(QueueName.EVENTS), idle(QueueName.NOTIFICATIONS), idle(QueueName.ROLLUPS), idle(QueueName.REMINDERS));
    await worker.onApplicationBootstrap();
    try {
      await eventually(async () => (await completedHeartbeats(factory)) >= 1, 'the heartbeat on PostgreSQL');
    } finally {
      await worker.onApplicationShutdown();
    }
  });

  it('refuses to start when a job in the contract has no handler', () => {
    expect(() => checkHandlers([])).toThrow(`queue "system" has no handler for job "heartbeat"`);
    expect(() => checkHandlers([{ queue: QueueName.SYSTEM, handlers: { heartbeat: async () => 1, mystery: async () => 1 } }])).toThrow(
      'handles unknown job "mystery"',
    );
  });
});
