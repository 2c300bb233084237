import { Injectable, Logger } from '@nestjs/common';
import { HeartbeatPayload, QueueName, ScheduledRunPayload, SystemJob } from '@app/core';
import { StrandedWorkService } from '@app/jobs';
import { JobHandlers } from './job-handlers';
import { runTime } from './rollups.processor';

/** Housekeeping jobs: a heartbeat proves the worker is connected and consuming; the sweep puts stranded work back in the queues. */
@Injectable()
export class SystemProcessor {
  private readonly logger = new Logger(SystemProcessor.name);

  readonly queue = QueueName.SYSTEM;

  constructor(private readonly stranded: StrandedWorkService) {}

  readonly handlers: JobHandlers = {
    [SystemJob.HEARTBEAT]: async (data) => {
      const payload = data as HeartbeatPayload;
      this.logger.debug(`Heartbeat from ${payload.from} sent at ${payload.at}`);
      return { receivedAt: new Date().toISOString() };
    },
    [SystemJob.SWEEP_STRANDED_WORK]: async (data) => this.stranded.sweep(runTime(data as ScheduledRunPayload)),
  };
}
