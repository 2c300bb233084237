import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, QueueBackend } from '../config/environment';
import { DEFAULT_LOCAL_DATABASE_URL } from '../database/data-source-options';
import { QueueFactory } from './queue-backend';

/** Chooses the queue backend from configuration: Redis when REDIS_URL is set, else PostgreSQL. */
export function queueFactoryFromEnvironment(config: ConfigService<Environment, true>): QueueFactory {
  const redisUrl = config.get('REDIS_URL', { infer: true });
  const backend = config.get('QUEUE_BACKEND', { infer: true }) ?? (redisUrl ? QueueBackend.REDIS : QueueBackend.POSTGRES);
  const url = backend === QueueBackend.REDIS ? (redisUrl as string) : (config.get('DATABASE_URL', { infer: true }) ?? DEFAULT_LOCAL_DATABASE_URL);
  return new QueueFactory(
    { backend, url, prefix: config.get('QUEUE_PREFIX', { infer: true }) },
    {
      concurrency: config.get('WORKER_CONCURRENCY', { infer: true }),
      lockDurationMs: config.get('QUEUE_LOCK_DURATION_MS', { infer: true }),
      stalledIntervalMs: config.get('QUEUE_STALLED_INTERVAL_MS', { infer: true }),
    },
  );
}

@Global()
@Module({
  providers: [{ provide: QueueFactory, inject: [ConfigService], useFactory: queueFactoryFromEnvironment }],
  exports: [QueueFactory],
})
export class QueueModule {}
