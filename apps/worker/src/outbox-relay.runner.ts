import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment } from '@app/core';
import { OutboxRelay } from '@app/outbox';

/**
 * Runs the outbox relay in a loop: every OUTBOX_POLL_MS it moves waiting events to BullMQ. A
 * timer (not a BullMQ job scheduler) on purpose: the relay must keep trying while the queue is
 * unreachable, and several workers share the work safely (rows are locked with SKIP LOCKED).
 */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayRunner.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing = false;
  private readonly intervalMs: number;

  constructor(
    private readonly relay: OutboxRelay,
    config: ConfigService<Environment, true>,
  ) {
    this.intervalMs = config.get('OUTBOX_POLL_MS', { infer: true });
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
      const result = await this.relay.drain();
      if (result.error && !this.failing) this.logger.warn(`Outbox events wait: ${result.error}. They go out when the queue is back.`);
      if (!result.error && this.failing) this.logger.log('Queue reachable again; outbox events are going out.');
      this.failing = !!result.error;
    } catch (error) {
      this.logger.error(`Outbox relay: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
