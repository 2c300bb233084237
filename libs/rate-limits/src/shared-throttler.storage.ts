import { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PostgresThrottlerStorage, ThrottlerStorageRecord } from './postgres-throttler.storage';

/**
 * Where rate-limit counts live: shared by every API process and kept across restarts. With Redis
 * (the queues' Redis, under the same QUEUE_PREFIX) the counts go there; without it, or while it
 * does not answer, to the `rate_limit_counter` table, so signing in never depends on Redis being up.
 */
export class SharedThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly database: PostgresThrottlerStorage;
  private readonly redis: Redis | null;
  private readonly redisStore: ThrottlerStorageRedisService | null;
  private redisDown = false;

  constructor(dataSource: DataSource, redis: { url: string; prefix: string } | null) {
    this.database = new PostgresThrottlerStorage(dataSource);
    this.redis = redis
      ? new Redis(redis.url, {
          keyPrefix: `${redis.prefix}:rate-limits:`,
          lazyConnect: true,
          // Fail at once while Redis is away, and count in the database meanwhile.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          connectTimeout: 2000,
        })
      : null;
    this.redis?.on('error', () => undefined);
    this.redisStore = this.redis ? new ThrottlerStorageRedisService(this.redis) : null;
  }

  async onModuleInit(): Promise<void> {
    await this.redis?.connect().catch((error: unknown) => this.noteRedisDown(error));
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    if (this.redisStore) {
      try {
        const counted = await this.redisStore.increment(key, ttl, limit, blockDuration, throttlerName);
        if (this.redisDown) {
          this.redisDown = false;
          this.logger.log('Redis answers again: rate limits are counted there once more.');
        }
        return counted;
      } catch (error) {
        this.noteRedisDown(error);
      }
    }
    return this.database.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  private noteRedisDown(error: unknown): void {
    if (this.redisDown) return;
    this.redisDown = true;
    this.logger.warn({ err: error }, 'Redis does not answer: rate limits are counted in the database until it does.');
  }
}
