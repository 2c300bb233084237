import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Clock, Environment, QueueName, RollupJob, ScheduledRunPayload } from '@app/core';
import { RollupsService } from '@app/rollups';
import { Batcher } from './batcher';
import { JobHandlers } from './job-handlers';

/**
 * Progress rollups: one proposal after a burst of agreement changes, and the nightly full pass.
 * Recompute jobs that run at once in this process (up to ROLLUP_BATCH_SIZE, its concurrency on
 * this queue) are done together, in one transaction, as one recomputation of all their proposals.
 */
@Injectable()
export class RollupsProcessor {
  private readonly logger = new Logger(RollupsProcessor.name);

  readonly queue = QueueName.ROLLUPS as const;
  readonly concurrency: number;
  private readonly recomputes: Batcher<string>;

  constructor(
    private readonly rollups: RollupsService,
    config: ConfigService<Environment, true>,
    private readonly clock: Clock,
  ) {
    this.concurrency = config.get('ROLLUP_BATCH_SIZE', { infer: true });
    this.recomputes = new Batcher(async (ids) => void (await this.rollups.recomputeMany(ids)), this.concurrency);
  }

  readonly handlers: JobHandlers<QueueName.ROLLUPS> = {
    [RollupJob.RECOMPUTE_PROPOSAL]: async ({ proposalId }) => {
      await this.recomputes.add(proposalId);
      return { proposalId };
    },
    [RollupJob.NIGHTLY_RECOMPUTE]: async (data) => {
      const result = await this.rollups.recomputeAll(runTime(data, this.clock));
      if (result.drifted.length > 0) this.logger.warn(`Nightly rollup corrected drift in ${result.drifted.length} proposal(s): ${result.drifted.join(', ')}`);
      return result;
    },
  };
}

/** The time a scheduled job runs as of: `now` from its data when given (to replay a run), else the clock's. */
export function runTime(data: ScheduledRunPayload | undefined, clock: Clock): Date {
  if (data?.now) {
    const at = new Date(data.now);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return clock.now();
}
