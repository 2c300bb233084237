import { QUEUE_RECONNECT_MAX_MS, reconnectDelay } from './queue-backend';

describe('queue reconnection', () => {
  it('tries again soon and never waits longer than the cap, however long Redis is away', () => {
    const waits = Array.from({ length: 50 }, (_, i) => reconnectDelay(i + 1));
    expect(waits.slice(0, 4)).toEqual([100, 200, 400, 800]);
    expect(Math.max(...waits)).toBe(QUEUE_RECONNECT_MAX_MS);
  });

  it('keeps to a shorter cap when one is asked for (the outbox relay asks for its poll interval)', () => {
    expect(Math.max(...Array.from({ length: 50 }, (_, i) => reconnectDelay(i + 1, 500)))).toBe(500);
    expect(reconnectDelay(30, 60_000)).toBe(QUEUE_RECONNECT_MAX_MS);
  });
});
