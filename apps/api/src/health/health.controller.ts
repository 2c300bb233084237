import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Environment } from '@app/core';
import { FailedJobsService, publicFailureReason, StrandedWorkService } from '@app/jobs';
import { OUTBOX_STALE_AFTER_MS, OutboxService } from '@app/outbox';

/** Whole seconds from `since` to now (0 when there is nothing). */
function secondsSince(since: Date | null | undefined): number {
  return since ? Math.max(0, Math.round((Date.now() - new Date(since).getTime()) / 1000)) : 0;
}

@Controller('health')
export class HealthController {
  private readonly maxFailedJobs: number;

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly outbox: OutboxService,
    private readonly failedJobs: FailedJobsService,
    private readonly stranded: StrandedWorkService,
    config: ConfigService<Environment, true>,
  ) {
    this.maxFailedJobs = config.get('HEALTH_MAX_FAILED_JOBS', { infer: true });
  }

  /** Liveness and readiness: the API can serve (it keeps accepting changes while the queues are down). */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database')]);
  }

  /**
   * For monitoring, not for load balancers: whether the background jobs keep up. Down (503) when
   * an event has waited in the outbox longer than five minutes (the worker's relay has stopped, or
   * the queues cannot be reached); when more jobs have failed for good than HEALTH_MAX_FAILED_JOBS
   * (or the queues do not answer); or when work has been stranded longer than STRANDED_WORK_AFTER_MS.
   */
  @Get('jobs')
  @HealthCheck()
  jobs() {
    return this.health.check([() => this.outboxIndicator(), () => this.failedJobsIndicator(), () => this.strandedIndicator()]);
  }

  private async outboxIndicator() {
    const outbox = this.indicators.check('outbox');
    const backlog = await this.outbox.backlog();
    const waitingSeconds = secondsSince(backlog.oldestWaitingSince);
    const details = { waiting: backlog.waiting, oldestWaitingSeconds: waitingSeconds, failedAttempts: backlog.failedAttempts };
    return waitingSeconds * 1000 > OUTBOX_STALE_AFTER_MS ? outbox.down(details) : outbox.up(details);
  }

  /** Failed jobs per queue, with the oldest failure's age and reason (its first line, without addresses: this endpoint is public). */
  private async failedJobsIndicator() {
    const indicator = this.indicators.check('failedJobs');
    let summary: Awaited<ReturnType<FailedJobsService['summary']>>;
    try {
      summary = await this.failedJobs.summary();
    } catch {
      return indicator.down({ reachable: false, threshold: this.maxFailedJobs });
    }
    const total = summary.reduce((sum, q) => sum + q.failed, 0);
    const queues = Object.fromEntries(
      summary.map((q) => [
        q.queue,
        {
          failed: q.failed,
          ...(q.oldest ? { oldestFailedSeconds: secondsSince(q.oldest.failedAt), oldestReason: publicFailureReason(q.oldest.reason) } : {}),
        },
      ]),
    );
    const details = { reachable: true, total, threshold: this.maxFailedJobs, queues };
    return total > this.maxFailedJobs ? indicator.down(details) : indicator.up(details);
  }

  /** Work waiting past STRANDED_WORK_AFTER_MS (the worker puts it back in the queues). */
  private async strandedIndicator() {
    const indicator = this.indicators.check('stranded');
    const report = await this.stranded.report();
    const details = {
      thresholdSeconds: report.thresholdSeconds,
      notifications: report.notifications.waiting,
      oldestNotificationSeconds: secondsSince(report.notifications.oldestWaitingSince),
      rollups: report.rollups.outOfDate,
      oldestRollupSeconds: secondsSince(report.rollups.oldestChangeAt),
    };
    return details.notifications + details.rollups > 0 ? indicator.down(details) : indicator.up(details);
  }
}
