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
    const delay = this.config.get('ROLLUP_DEBOUNCE_MS', { infer: true });
    await this.rollups().add(RollupJob.RECOMPUTE_PROPOSAL, { proposalId }, rollupRequestOptions(proposalId, delay));
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
