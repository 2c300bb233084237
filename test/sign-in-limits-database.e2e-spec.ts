import './support/database-queues';
import { SharedThrottlerStorage } from '@app/rate-limits';
import { startTestApp, TestApp } from '@app/testing';
import { sparePort } from '../libs/testing/src/redis-server';
import { describeSharedSignInLimits } from './support/shared-sign-in-limits';

describeSharedSignInLimits('PostgreSQL, without Redis');

describe('rate-limit counts while Redis does not answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('go to the database, where the limit still holds', async () => {
    const storage = new SharedThrottlerStorage(t.dataSource, { url: `redis://127.0.0.1:${await sparePort()}`, prefix: 'nowhere' });
    await storage.onModuleInit();
    try {
      const counts = [];
      for (let i = 0; i < 3; i++) counts.push(await storage.increment('someone', 60_000, 2, 60_000, 'email'));
      expect(counts.map((c) => [c.totalHits, c.isBlocked])).toEqual([[1, false], [2, false], [3, true]]);
      expect(counts[2].timeToBlockExpire).toBeGreaterThan(0);
      expect(await t.dataSource.query(`SELECT hits FROM rate_limit_counter WHERE key = 'email:someone'`)).toEqual([{ hits: 3 }]);
    } finally {
      storage.onApplicationShutdown();
    }
  });
});
