/**
 * Import first in a test file that holds a transaction of its own on the app's pool (to make a
 * request wait behind a lock) while requests still need connections: it runs the file's app with
 * a pool of several connections instead of the suite's one.
 */
process.env.DATABASE_POOL_SIZE = '4';
