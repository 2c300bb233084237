import { Injectable, Logger } from '@nestjs/common';
import { HeartbeatPayload, QueueName, SystemJob } from '@app/core';
import { JobHandlers } from './job-handlers';

/** Housekeeping jobs: a heartbeat proves the worker is connected and consuming. */
@Injectable()
export class SystemProcessor {
  private readonly logger = new Logger(SystemProcessor.name);

  readonly queue = QueueName.SYSTEM;

  readonly handlers: JobHandlers = {
    [SystemJob.HEARTBEAT]: async (data) => {
      const payload = data as HeartbeatPayload;
      this.logger.debug(`Heartbeat from ${payload.from} sent at ${payload.at}`);
      return { receivedAt: new Date().toISOString() };
    },
  };
}
