import { Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/** What a store answers for one count. */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Expired counters are deleted on every this many-th count. */
const SWEEP_EVERY = 500;

/**
 * Rate-limit counters in the `rate_limit_counter` table, with the same rules as the Redis store
 * (@nest-lab/throttler-storage-redis): a window of `ttl` starts at the first hit; the hit that
 * passes `limit` blocks the key for `blockDuration`; a new window starts once the window or the
 * block is over. One statement per count, so concurrent requests from any process count exactly.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimits');
  private counted = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const rows = await this.dataSource.query<{ hits: number; windowSeconds: number; blockSeconds: number }[]>(
      `INSERT INTO rate_limit_counter AS c (key, hits, window_ends_at, blocked_until)
       VALUES ($1, 1, now() + $2::float8 * interval '1 millisecond', CASE WHEN 1 > $3::int THEN now() + $4::float8 * interval '1 millisecond' END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_ends_at <= now() OR c.blocked_until <= now() THEN 1 ELSE c.hits + 1 END,
         window_ends_at = CASE WHEN c.window_ends_at <= now() OR c.blocked_until <= now() THEN EXCLUDED.window_ends_at ELSE c.window_ends_at END,
         blocked_until = CASE
           WHEN c.blocked_until > now() THEN c.blocked_until
           WHEN c.window_ends_at <= now() OR c.blocked_until <= now() THEN EXCLUDED.blocked_until
           WHEN c.hits + 1 > $3::int THEN now() + $4::float8 * interval '1 millisecond'
         END
       RETURNING hits,
                 EXTRACT(EPOCH FROM window_ends_at - now())::float8 AS "windowSeconds",
                 COALESCE(EXTRACT(EPOCH FROM blocked_until - now()), 0)::float8 AS "blockSeconds"`,
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    );
    await this.sweepNowAndThen();
    const { hits, windowSeconds, blockSeconds } = rows[0];
    return {
      totalHits: hits,
      timeToExpire: Math.max(0, Math.ceil(windowSeconds)),
      isBlocked: blockSeconds > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockSeconds)),
    };
  }

  private async sweepNowAndThen(): Promise<void> {
    this.counted += 1;
    if (this.counted % SWEEP_EVERY !== 0) return;
    await this.dataSource
      .query(`DELETE FROM rate_limit_counter WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Could not delete expired rate-limit counters'));
  }
}
