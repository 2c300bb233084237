import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { OUTBOX_STALE_AFTER_MS, OutboxService } from '@app/outbox';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Liveness and readiness: the API can serve (it keeps accepting changes while the queues are down). */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database')]);
  }

  /**
   * For monitoring, not for load balancers: whether the background jobs keep up. Down (503) when
   * an event has waited in the outbox longer than five minutes — the worker's relay has stopped,
   * or the queues cannot be reached — with how many wait (the reason is in the worker's log).
   */
  @Get('jobs')
  @HealthCheck()
  jobs() {
    return this.health.check([
      async () => {
        const outbox = this.indicators.check('outbox');
        const backlog = await this.outbox.backlog(this.dataSource.manager);
        const waitingSeconds = backlog.oldestWaitingSince ? Math.max(0, Math.round((Date.now() - backlog.oldestWaitingSince.getTime()) / 1000)) : 0;
        const details = {
          waiting: backlog.waiting,
          oldestWaitingSeconds: waitingSeconds,
          failedAttempts: backlog.failedAttempts,
        };
        return waitingSeconds * 1000 > OUTBOX_STALE_AFTER_MS ? outbox.down(details) : outbox.up(details);
      },
    ]);
  }
}
