/**
 * The one contract between the API (which enqueues) and the worker (which processes). Queue
 * names, job names and payloads are stored in Redis or Postgres: add new ones, never rename.
 */
export enum QueueName {
  SYSTEM = 'system',
}

export enum SystemJob {
  HEARTBEAT = 'heartbeat',
}

export interface HeartbeatPayload {
  /** Who sent the heartbeat: "api" or "worker". */
  from: string;
  at: string;
}

export interface JobPayloads {
  [SystemJob.HEARTBEAT]: HeartbeatPayload;
}

/** Every job name the worker must have a handler for, by queue. */
export const JOBS_BY_QUEUE: Record<QueueName, readonly string[]> = {
  [QueueName.SYSTEM]: [SystemJob.HEARTBEAT],
};
