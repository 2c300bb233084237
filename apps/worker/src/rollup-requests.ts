import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, QueueFactory, QueueName, RollupJob, rollupRequestOptions } from '@app/core';

type RollupQueue = ReturnType<QueueFactory['queue']>;

/**
 * Asks for a proposal's rollup to be recomputed after a change to one of its agreements. Requests
 * for the same proposal within the debounce delay collapse into one job (see rollupRequestOptions).
 */
@Injectable()
export class RollupRequests implements OnModuleDestroy {
  private readonly logger = new Logger(RollupRequests.name);
  private queue?: RollupQueue;

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async request(proposalId: string): Promise<void> {
    await this.requestMany([{ proposalId }]);
  }

  /**
   * Asks for many proposals' rollups at once (one round trip to the queue). The debounce counts
   * from when each change was made (`changedAt`, default now), not from when the worker got to
   * it, so a worker that is behind does not push the recomputation later still.
   */
  async requestMany(requests: readonly { proposalId: string; changedAt?: Date }[]): Promise<void> {
    if (requests.length === 0) return;
    const debounce = this.config.get('ROLLUP_DEBOUNCE_MS', { infer: true });
    const now = Date.now();
    const latest = new Map<string, number>();
    for (const r of requests) latest.set(r.proposalId, Math.max(latest.get(r.proposalId) ?? -Infinity, Math.min(now, r.changedAt?.getTime() ?? now)));
    await this.rollups().addBulk(
      [...latest].map(([proposalId, changedAt]) => ({
        name: RollupJob.RECOMPUTE_PROPOSAL,
        data: { proposalId },
        opts: rollupRequestOptions(proposalId, Math.max(0, changedAt + debounce - now)),
      })),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  private rollups(): RollupQueue {
    if (!this.queue) {
      this.queue = this.queues.queue(QueueName.ROLLUPS);
      this.queue.on('error', (e: Error) => this.logger.warn(`Queue ${QueueName.ROLLUPS}: ${e.message}`));
    }
    return this.queue;
  }
}
