import { createPostgresBackend, Queue, Worker, withBackend } from 'bullmq';
import { QueueBackend } from '../config/environment';

export interface QueueConnection {
  backend: QueueBackend;
  /** redis:// URL for the Redis backend, postgres:// URL for the Postgres backend. */
  url: string;
  prefix: string;
}

/** How workers claim jobs: how many at once, how long a claim lasts, how often lapsed claims are recovered. */
export interface WorkerTuning {
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
}

/**
 * The longest wait between attempts to reconnect to Redis after it went away (ms). BullMQ's own
 * back-off grows to 20 s, so a queue could stay away that long after Redis was back.
 */
export const QUEUE_RECONNECT_MAX_MS = 1000;

/** Options of one queue handle. */
export interface QueueOptions {
  /** Reconnect to Redis at least this often while it is away (at most QUEUE_RECONNECT_MAX_MS apart otherwise). */
  reconnectMaxMs?: number;
}

/** BullMQ's own defaults. */
export const DEFAULT_WORKER_TUNING: WorkerTuning = { concurrency: 4, lockDurationMs: 30000, stalledIntervalMs: 30000 };

type AnyQueue = Queue<any, any, string, any, any, string, any, any>;
type AnyWorker = Worker<any, any, string, any, any, any>;
type Processor = (job: { name: string; data: unknown; id?: string }) => Promise<unknown>;

/**
 * Builds BullMQ queues and workers on the configured backend: Redis in production, or BullMQ's
 * PostgreSQL backend (jobs kept in the `bullmq` schema of the service's database) when no Redis
 * is available. Callers see the same Queue / Worker API either way.
 */
export class QueueFactory {
  constructor(
    readonly connection: QueueConnection,
    readonly tuning: WorkerTuning = DEFAULT_WORKER_TUNING,
  ) {}

  describe(): string {
    return this.connection.backend === QueueBackend.REDIS ? `Redis (${redact(this.connection.url)})` : 'PostgreSQL (BullMQ postgres backend, schema "bullmq")';
  }

  queue(name: string, options: QueueOptions = {}): AnyQueue {
    if (this.connection.backend === QueueBackend.POSTGRES) {
      const classes = withBackend(createPostgresBackend);
      return new classes.Queue(name, {
        connection: { connectionString: this.connection.url, migrate: true },
        prefix: this.connection.prefix,
      });
    }
    return new Queue(name, { connection: redisOptions(this.connection.url, options.reconnectMaxMs), prefix: this.connection.prefix });
  }

  /** A worker on queue `name`, running `concurrency` jobs at once (default: the tuning's). */
  worker(name: string, processor: Processor, concurrency?: number): AnyWorker {
    const claims = {
      prefix: this.connection.prefix,
      concurrency: concurrency ?? this.tuning.concurrency,
      lockDuration: this.tuning.lockDurationMs,
      stalledInterval: this.tuning.stalledIntervalMs,
    };
    if (this.connection.backend === QueueBackend.POSTGRES) {
      const classes = withBackend(createPostgresBackend);
      return new classes.Worker(name, processor as never, {
        connection: { connectionString: this.connection.url, migrate: true },
        ...claims,
      });
    }
    return new Worker(name, processor as never, {
      connection: { ...redisOptions(this.connection.url), maxRetriesPerRequest: null },
      ...claims,
    });
  }
}

/**
 * Waits between reconnection attempts: 100 ms, doubling, never more than `maxMs` (nor
 * QUEUE_RECONNECT_MAX_MS), so a queue is back within about that long of Redis.
 */
export function reconnectDelay(attempt: number, maxMs = QUEUE_RECONNECT_MAX_MS): number {
  return Math.min(100 * 2 ** Math.max(0, attempt - 1), Math.max(50, Math.min(maxMs, QUEUE_RECONNECT_MAX_MS)));
}

function redisOptions(url: string, reconnectMaxMs?: number) {
  const parsed = new URL(url);
  return {
    retryStrategy: (attempt: number) => reconnectDelay(attempt, reconnectMaxMs),
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
