import { Logger } from '@nestjs/common';
import { QueueFactory } from '@app/core';

export type AnyQueue = ReturnType<QueueFactory['queue']>;

/**
 * One queue object per queue name, opened on first use and kept for the life of the service.
 * Each logs its connection errors: without a listener an unreachable backend would crash the
 * process, and callers see their own failure (or timeout) instead.
 */
export class OpenQueues {
  private readonly queues = new Map<string, AnyQueue>();

  constructor(
    private readonly factory: QueueFactory,
    private readonly logger: Logger,
  ) {}

  get(name: string): AnyQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.factory.queue(name);
      queue.on('error', (error: Error) => this.logger.warn(`Queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.queues.clear();
  }
}
