import { Injectable, Logger } from '@nestjs/common';
import { Clock, QueueName, SystemJob } from '@app/core';
import { StrandedWorkService } from '@app/jobs';
import { JobHandlers } from './job-handlers';
import { runTime } from './rollups.processor';

/** Housekeeping jobs: a heartbeat proves the worker is connected and consuming; the sweep puts stranded work back in the queues. */
@Injectable()
export class SystemProcessor {
  private readonly logger = new Logger(SystemProcessor.name);

  readonly queue = QueueName.SYSTEM as const;

  constructor(
    private readonly stranded: StrandedWorkService,
    private readonly clock: Clock,
  ) {}

  readonly handlers: JobHandlers<QueueName.SYSTEM> = {
    [SystemJob.HEARTBEAT]: async (payload) => {
      this.logger.debug(`Heartbeat from ${payload.from} sent at ${payload.at}`);
      return { receivedAt: this.clock.now().toISOString() };
    },
    [SystemJob.SWEEP_STRANDED_WORK]: async (data) => this.stranded.sweep(runTime(data, this.clock)),
  };
}
