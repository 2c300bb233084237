import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, QueueFactory } from '@app/core';
import { OutboxRelay, RelayFailure, RelayResult } from '@app/outbox';

/**
 * Runs the outbox relay in a loop: every OUTBOX_POLL_MS it moves waiting events to BullMQ. A
 * timer (not a BullMQ job scheduler) on purpose: the relay must keep trying while the queue is
 * unreachable, and several workers share the work safely (rows are locked with SKIP LOCKED).
 * Its queue connections try to reconnect at least every OUTBOX_POLL_MS, so events go out within
 * about that long of Redis coming back. Its log says which side failed: the queue, or PostgreSQL
 * (where the outbox is).
 */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayRunner.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing: RelayFailure | undefined;
  private readonly intervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly queues: QueueFactory,
    config: ConfigService<Environment, true>,
  ) {
    this.intervalMs = config.get('OUTBOX_POLL_MS', { infer: true });
    this.batchSize = config.get('OUTBOX_BATCH_SIZE', { infer: true });
    this.relay.reconnectMaxMs = this.intervalMs;
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule(this.intervalMs));
    }, delay);
  }

  private async tick(): Promise<void> {
    try {
      this.report(await this.relay.drain(this.batchSize));
    } catch (error) {
      this.logger.error(`Outbox relay: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Logs each change of state once: which side failed, and when it is back. */
  private report(result: RelayResult): void {
    if (result.failed !== this.failing) {
      if (this.failing === RelayFailure.QUEUE) this.logger.log(`The queue (${this.queues.describe()}) is reachable again; outbox events are going out.`);
      if (this.failing === RelayFailure.DATABASE) this.logger.log('PostgreSQL is reachable again; the outbox relay reads the outbox again.');
      if (result.failed === RelayFailure.QUEUE) {
        this.logger.warn(`Outbox events wait: the queue (${this.queues.describe()}) failed: ${result.error}. They go out when it is back (tried every ${this.intervalMs} ms).`);
      }
      if (result.failed === RelayFailure.DATABASE) {
        this.logger.warn(`The outbox relay cannot read the outbox: PostgreSQL failed: ${result.error}. Trying again every ${this.intervalMs} ms; no event is lost.`);
      }
    }
    this.failing = result.failed;
  }
}
