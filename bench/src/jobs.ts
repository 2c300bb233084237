import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueBackend, QueueFactory } from '@app/core';
import { startRedisServer, TestRedisServer } from '../../libs/testing/src/redis-server';
import { startWorkerProcess, WorkerProcess } from '../../libs/testing/src/worker-process';
import { BenchDatabase } from './database';
import { nodeArgs } from './processes';
import { BENCH_JWT_SECRET } from './viewer';

/** A pattern that does not come round during a run (29 February, 03:00), so no nightly pass mixes into the figures. */
export const NIGHTLY_NEVER = '0 3 29 2 *';

/**
 * The job side of a scenario, all of its own: a private redis-server on a spare loopback port
 * (the machine's Redis is never touched), a queue prefix, a scratch folder for local state, and
 * the real worker processes. `stop` ends only what was started here.
 */
export interface BenchJobs {
  redis: TestRedisServer;
  prefix: string;
  queues: QueueFactory;
  /** The environment of a service process (API or worker) on the bench database and these queues. */
  env(extra?: Record<string, string>): Record<string, string>;
  startWorkers(count: number, extra?: Record<string, string>): Promise<WorkerProcess[]>;
  /** Stops the workers started so far (SIGTERM: they finish what they hold). */
  stopWorkers(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchJobs(db: BenchDatabase): Promise<BenchJobs> {
  const redis = await startRedisServer();
  const prefix = `bench_${process.pid}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'compact-bench-'));
  const workers: WorkerProcess[] = [];
  const env = (extra: Record<string, string> = {}) => ({
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    QUEUE_BACKEND: 'redis',
    QUEUE_PREFIX: prefix,
    DATA_DIR: dataDir,
    JWT_SECRET: BENCH_JWT_SECRET,
    NIGHTLY_ROLLUP_CRON: NIGHTLY_NEVER,
    ...extra,
  });
  const jobs: BenchJobs = {
    redis,
    prefix,
    queues: new QueueFactory({ backend: QueueBackend.REDIS, url: redis.url, prefix }),
    env,
    async startWorkers(count, extra = {}) {
      // BENCH_PROFILE_DIR: a CPU profile of each worker too (see cpu-profile.js).
      const profile: Record<string, string> = process.env.BENCH_PROFILE_DIR ? { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}` } : {};
      // The compiled worker once `npm run build` has run (as the API), else its source.
      const started = await Promise.all(Array.from({ length: count }, () => startWorkerProcess(env({ ...profile, ...extra }), 90_000, nodeArgs('apps/worker/src/main.ts'))));
      workers.push(...started);
      return started;
    },
    async stopWorkers() {
      await Promise.all(
        workers.splice(0).map(async (w) => {
          const timer = setTimeout(() => void w.kill('SIGKILL'), 10_000);
          await w.kill('SIGTERM');
          clearTimeout(timer);
        }),
      );
    },
    async stop() {
      await jobs.stopWorkers();
      await redis.stop('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return jobs;
}

/** Polls `check` every `everyMs` until it is true or `timeoutMs` has passed; resolves with whether it came true. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (performance.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
