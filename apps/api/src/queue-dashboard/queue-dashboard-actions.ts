import { QueueName } from '@app/core';
import { QueueDashboardAction } from '@app/identity';

const QUEUES: readonly string[] = Object.values(QueueName);

/** Largest request body kept in the audit trail with an action (job data is ids and scalars). */
const MAX_RECORDED_BODY = 2000;

/** Changes to one queue: PUT /api/queues/<queue>/<verb>. */
const QUEUE_ACTIONS = new Map<string, string>([
  ['promote', 'promoteAllJobs'],
  ['pause', 'pauseQueue'],
  ['resume', 'resumeQueue'],
  ['empty', 'emptyQueue'],
  ['obliterate', 'obliterateQueue'],
  ['concurrency', 'setQueueConcurrency'],
  ['rate-limit', 'setQueueRateLimit'],
]);

/** Changes to one job: <method> /api/queues/<queue>/<job id>/<verb>. */
const JOB_ACTIONS = new Map<string, readonly [method: string, action: string]>([
  ['retry', ['PUT', 'retryJob']],
  ['clean', ['PUT', 'removeJob']],
  ['promote', ['PUT', 'promoteJob']],
  ['remove-unprocessed-children', ['PUT', 'removeUnprocessedChildren']],
  ['update-data', ['PATCH', 'updateJobData']],
  ['delay', ['PATCH', 'changeJobDelay']],
  ['priority', ['PATCH', 'changeJobPriority']],
]);

/**
 * Names a change a dashboard request asks for (method and path below the dashboard, e.g.
 * `PUT /api/queues/rollups/42/retry`), for the audit trail. Null when it is not a change the
 * dashboard makes to one of our queues: such a request is refused rather than made unrecorded.
 */
export function dashboardAction(method: string, path: string, body: unknown): QueueDashboardAction | null {
  const parts = path.split('/').filter(Boolean).map(decodeSegment);
  if (parts.length < 3 || parts[0] !== 'api' || parts[1] !== 'queues' || parts.some((p) => p === null)) return null;
  const [queue, ...rest] = parts.slice(2) as string[];
  const verb = method.toUpperCase();
  const recorded = recordedBody(body);
  if (rest.length === 0 && verb === 'PUT' && (queue === 'pause' || queue === 'resume')) {
    return { action: queue === 'pause' ? 'pauseAllQueues' : 'resumeAllQueues', queues: QUEUES, details: {} };
  }
  if (!QUEUES.includes(queue)) return null;
  const on = (action: string, details: Record<string, unknown> = {}): QueueDashboardAction => ({ action, queues: [queue], details: { ...details, ...recorded } });
  const [a, b, c] = rest;
  if (verb === 'POST' && rest.length === 1 && a === 'add') return on('addJob');
  if (verb !== 'PUT' && verb !== 'PATCH') return null;
  if (rest.length === 1 && verb === 'PUT' && QUEUE_ACTIONS.has(a)) return on(QUEUE_ACTIONS.get(a)!);
  if (rest.length === 2 && verb === 'PUT' && a === 'rate-limit' && b === 'release') return on('releaseQueueRateLimit');
  if (rest.length === 2 && verb === 'PUT' && (a === 'retry' || a === 'clean')) return on(a === 'retry' ? 'retryAllJobs' : 'removeAllJobs', { jobState: b });
  if (a === 'job-schedulers' && rest.length === 2 && verb === 'PATCH') return on('updateJobScheduler', { schedulerId: b });
  if (a === 'job-schedulers' && rest.length === 3 && verb === 'PUT' && (c === 'remove' || c === 'run')) {
    return on(c === 'remove' ? 'removeJobScheduler' : 'runJobScheduler', { schedulerId: b });
  }
  const job = rest.length === 2 ? JOB_ACTIONS.get(b) : undefined;
  if (job && job[0] === verb) return on(job[1], { jobId: a });
  return null;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function recordedBody(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0)) return {};
  const text = JSON.stringify(body);
  return text.length <= MAX_RECORDED_BODY ? { request: body } : { request: `(${text.length} characters, not recorded)` };
}
