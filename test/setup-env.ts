import { randomBytes } from 'node:crypto';

// Each test file gets its own database (a copy of the migrated template) and queue prefix.
const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
const server = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = `${server}/compact_test_${id}`;
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
process.env.QUEUE_BACKEND = 'redis';
process.env.QUEUE_PREFIX = `test_${id}`;
process.env.LOG_LEVEL = 'silent';
// One pooled connection per process unless a file needs more (test/support/database-pool.ts): an
// operation that takes a second connection while its transaction holds the first then waits for
// itself and fails here — the pool deadlock that would stall a busy API for good.
process.env.DATABASE_POOL_SIZE ??= '1';
