import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, QueueName, RecomputeProposalRollupPayload, RollupJob, ScheduledRunPayload } from '@app/core';
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

  readonly queue = QueueName.ROLLUPS;
  readonly concurrency: number;
  private readonly recomputes: Batcher<string>;

  constructor(
    private readonly rollups: RollupsService,
    config: ConfigService<Environment, true>,
  ) {
    this.concurrency = config.get('ROLLUP_BATCH_SIZE', { infer: true });
    this.recomputes = new Batcher(async (ids) => void (await this.rollups.recomputeMany(ids)), this.concurrency);
  }

  readonly handlers: JobHandlers = {
    [RollupJob.RECOMPUTE_PROPOSAL]: async (data) => {
      const { proposalId } = data as RecomputeProposalRollupPayload;
      await this.recomputes.add(proposalId);
      return { proposalId };
    },
    [RollupJob.NIGHTLY_RECOMPUTE]: async (data) => {
      const result = await this.rollups.recomputeAll(runTime(data as ScheduledRunPayload));
      if (result.drifted.length > 0) this.logger.warn(`Nightly rollup corrected drift in ${result.drifted.length} proposal(s): ${result.drifted.join(', ')}`);
      return result;
    },
  };
}

/** The clock a scheduled job runs on: `now` from its data when given (to replay a run), else the present. */
export function runTime(data: ScheduledRunPayload | undefined): Date {
  if (data?.now) {
    const at = new Date(data.now);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}
