import Redis from 'ioredis';
import { Client } from 'pg';
import { DEFAULT_LOCAL_DATABASE_URL, Environment, QueueBackend, redact } from '@app/core';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  description: string;
  /** The embedded server's own log, when the launcher runs one. */
  logFile?: string;
  /** Stops what the launcher started (the embedded server), if anything. */
  stop: () => Promise<void>;
}

export interface ResolvedQueue {
  backend: QueueBackend;
  redisUrl?: string;
  description: string;
}

const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

/** True when a Postgres server accepts a connection at `url` within a second and a half. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database named in `url` if the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * DATABASE_URL if set; otherwise Postgres on 127.0.0.1:5432 if one answers (unless
 * EMBEDDED_POSTGRES is set); otherwise an embedded PostgreSQL whose data lives under
 * DATA_DIR/postgres and is kept between runs. `adopt`: see EmbeddedPostgresOptions.
 */
export async function resolveDatabase(env: Environment, options: { adopt: boolean }): Promise<ResolvedDatabase> {
  const nothingToStop = async () => undefined;
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, description: `PostgreSQL at ${redact(env.DATABASE_URL)} (DATABASE_URL)`, stop: nothingToStop };
  }
  if (!env.EMBEDDED_POSTGRES && (await postgresAnswers(DEFAULT_LOCAL_DATABASE_URL.replace(/\/compact$/, '/postgres')))) {
    await ensureDatabaseExists(DEFAULT_LOCAL_DATABASE_URL);
    return { url: DEFAULT_LOCAL_DATABASE_URL, description: `PostgreSQL at ${DEFAULT_LOCAL_DATABASE_URL} (found running locally)`, stop: nothingToStop };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_POSTGRES_PORT, adopt: options.adopt });
  try {
    await ensureDatabaseExists(embedded.url);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: embedded.url, description: embedded.description, logFile: embedded.logFile, stop: () => embedded.stop() };
}

/**
 * REDIS_URL if set; otherwise Redis on 127.0.0.1:6379 if one answers; otherwise BullMQ's
 * PostgreSQL backend in the service's own database.
 */
export async function resolveQueue(env: Environment): Promise<ResolvedQueue> {
  if (env.QUEUE_BACKEND === QueueBackend.POSTGRES) {
    return { backend: QueueBackend.POSTGRES, description: 'BullMQ on PostgreSQL (QUEUE_BACKEND=postgres)' };
  }
  if (env.REDIS_URL) return { backend: QueueBackend.REDIS, redisUrl: env.REDIS_URL, description: `BullMQ on Redis at ${redact(env.REDIS_URL)} (REDIS_URL)` };
  if (await redisAnswers(LOCAL_REDIS_URL)) {
    return { backend: QueueBackend.REDIS, redisUrl: LOCAL_REDIS_URL, description: `BullMQ on Redis at ${LOCAL_REDIS_URL} (found running locally)` };
  }
  return { backend: QueueBackend.POSTGRES, description: 'BullMQ on PostgreSQL (no Redis found), in the same database' };
}
