import { Injectable, Logger } from '@nestjs/common';
import { QueueName, RecomputeProposalRollupPayload, RollupJob, ScheduledRunPayload } from '@app/core';
import { RollupsService } from '@app/rollups';
import { JobHandlers } from './job-handlers';

/** Progress rollups: one proposal after a burst of agreement changes, and the nightly full pass. */
@Injectable()
export class RollupsProcessor {
  private readonly logger = new Logger(RollupsProcessor.name);

  readonly queue = QueueName.ROLLUPS;

  constructor(private readonly rollups: RollupsService) {}

  readonly handlers: JobHandlers = {
    [RollupJob.RECOMPUTE_PROPOSAL]: async (data) => {
      const { proposalId } = data as RecomputeProposalRollupPayload;
      await this.rollups.recompute(proposalId);
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
