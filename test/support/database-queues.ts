/**
 * Import first in a test file whose app must run without Redis: queues (and rate-limit counts)
 * then live in PostgreSQL, as when `npm start` finds no Redis.
 */
process.env.QUEUE_BACKEND = 'postgres';
