import { AgreementState, ProposalStatus } from './statuses';

/**
 * The one contract between the API (which enqueues) and the worker (which processes). Queue
 * names, job names and payloads are stored in Redis or Postgres: add new ones, never rename.
 */
export enum QueueName {
  SYSTEM = 'system',
  /** Domain events moved here from the outbox by the relay; processors turn them into notifications. */
  EVENTS = 'domain-events',
  /** Delivery of one notification by email. */
  NOTIFICATIONS = 'notifications',
  /** Progress rollups: one recomputation per proposal after a burst of changes, and the nightly full pass. */
  ROLLUPS = 'rollups',
  /** Reminder rules and the weekly digest, run by job schedulers. */
  REMINDERS = 'reminders',
}

export enum SystemJob {
  HEARTBEAT = 'heartbeat',
  /** Puts stranded work back in the queues (see STRANDED_WORK_AFTER_MS); run by a job scheduler. */
  SWEEP_STRANDED_WORK = 'sweep-stranded-work',
}

export interface HeartbeatPayload {
  /** Who sent the heartbeat: "api" or "worker". */
  from: string;
  at: string;
}

export enum EventJob {
  PROPOSAL_STATUS_CHANGED = 'proposal-status-changed',
  CONSULTATION_OPENED = 'consultation-opened',
  CONSULTATION_CLOSED = 'consultation-closed',
  CONSULTATION_OUTCOME_RECORDED = 'consultation-outcome-recorded',
  COMMENT_REPLIED = 'comment-replied',
  AGREEMENT_STATUS_CHANGED = 'agreement-status-changed',
  /** Someone raised a concern for a person's safety: the safeguarding leads (or, with none, programme admins) and the reporter hear at once. */
  SAFEGUARDING_CONCERN_RAISED = 'safeguarding-concern-raised',
  /** A safeguarding lead recorded a concern handled: the person who raised it hears that it was, without details. */
  SAFEGUARDING_CONCERN_HANDLED = 'safeguarding-concern-handled',
  /** An endorsed or adopted offer was reworded: parties that agreed the earlier wording must re-confirm. */
  OFFER_REVISED = 'offer-revised',
  /** Someone was made a safeguarding lead: concerns already waiting reach them at once. */
  SAFEGUARDING_LEAD_APPOINTED = 'safeguarding-lead-appointed',
  /** Many AGREEMENT_STATUS_CHANGED events in one job, packed by the outbox relay (see PACKED_EVENTS). */
  AGREEMENT_STATUSES_CHANGED = 'agreement-statuses-changed',
}

export enum NotificationJob {
  DELIVER_EMAIL = 'deliver-email',
  /** Many DELIVER_EMAIL events in one job, packed by the outbox relay (see PACKED_EVENTS). */
  DELIVER_EMAILS = 'deliver-emails',
}

export interface ProposalStatusChangedPayload {
  proposalId: string;
  transitionId: string;
  /** Null when the proposal was just created. */
  from: ProposalStatus | null;
  to: ProposalStatus;
}

export interface ConsultationEventPayload {
  consultationId: string;
}

export interface CommentRepliedPayload {
  /** The reply. */
  commentId: string;
  /** The comment replied to. */
  parentId: string;
}

export interface AgreementStatusChangedPayload {
  agreementStatusId: string;
  proposalId: string;
  /** Null when the agreement row was just opened. */
  from: AgreementState | null;
  to: AgreementState;
}

export interface SafeguardingConcernPayload {
  /** The comment report (reason SAFETY_CONCERN). */
  reportId: string;
}

export interface SafeguardingLeadAppointedPayload {
  /** The role grant that made them a lead. */
  grantId: string;
  personId: string;
}

/** One field of an offer as it read before and after a revision, in words. */
export interface OfferWordingChange {
  /** e.g. "summary", "maxAge". */
  field: string;
  before: string;
  after: string;
}

export interface OfferRevisedPayload {
  proposalId: string;
  /** The wording version after the revision. */
  wordingVersion: number;
  previousWordingVersion: number;
  reason: string;
  changes: OfferWordingChange[];
}
/** One event inside a packed job: its outbox id (the job id it would have had alone), when it was written, and its payload. */
export interface PackedEvent<P> {
  eventId: string;
  /** ISO time the change was committed with its event. */
  at: string;
  payload: P;
}

export interface AgreementStatusesChangedPayload {
  events: PackedEvent<AgreementStatusChangedPayload>[];
}

/**
 * Events the outbox relay hands over many to a job: every waiting event of the job on the left
 * (without job options of its own) goes, with the others of its relay pass, into one job on the
 * right (emails: several jobs of at most MAIL_PACK_SIZE). A burst of agreement changes then costs
 * the worker one job per pass instead of one per change, and a fan-out of reminders one job per pack.
 * Handlers of packed jobs treat each event as they would alone (same dedupe keys).
 */
export const PACKED_EVENTS: Readonly<Partial<Record<JobName, { queue: QueueName; packedAs: JobName }>>> = {
  [EventJob.AGREEMENT_STATUS_CHANGED]: { queue: QueueName.EVENTS, packedAs: EventJob.AGREEMENT_STATUSES_CHANGED },
  // At most MAIL_PACK_SIZE emails to a job, so a fan-out of thousands still spreads over every worker.
  [NotificationJob.DELIVER_EMAIL]: { queue: QueueName.NOTIFICATIONS, packedAs: NotificationJob.DELIVER_EMAILS },
};

export interface DeliverEmailPayload {
  notificationId: string;
}

export interface DeliverEmailsPayload {
  events: PackedEvent<DeliverEmailPayload>[];
}

export enum RollupJob {
  /** Recompute one proposal's rollup; deduplicated per proposal (see rollupRequestOptions). */
  RECOMPUTE_PROPOSAL = 'recompute-proposal-rollup',
  /** Recompute every rollup from source rows, record drift, write the day's snapshots. */
  NIGHTLY_RECOMPUTE = 'nightly-rollup-recompute',
}

export enum ReminderJob {
  CONSULTATION_CLOSING = 'consultation-closing',
  AGREEMENT_STALE = 'agreement-stale',
  CONSULTATION_STALLED = 'consultation-stalled',
  MEETING_UPCOMING = 'meeting-upcoming',
  ACTION_ITEMS_DUE = 'action-items-due',
  /** Finds who has something in this week's digest and queues one SEND_DIGEST per recipient. */
  WEEKLY_DIGEST = 'weekly-digest',
  SEND_DIGEST = 'send-digest',
}

export interface RecomputeProposalRollupPayload {
  proposalId: string;
}

/** A scheduled run. `now` (ISO time) moves the rule's clock; scheduled runs leave it out and use the time they run. */
export interface ScheduledRunPayload {
  now?: string;
}

export interface SendDigestPayload {
  recipientId: string;
  /** ISO time the digest is as of: it covers the seven days before. */
  now: string;
}

export interface JobPayloads {
  [SystemJob.HEARTBEAT]: HeartbeatPayload;
  [SystemJob.SWEEP_STRANDED_WORK]: ScheduledRunPayload;
  [EventJob.PROPOSAL_STATUS_CHANGED]: ProposalStatusChangedPayload;
  [EventJob.CONSULTATION_OPENED]: ConsultationEventPayload;
  [EventJob.CONSULTATION_CLOSED]: ConsultationEventPayload;
  [EventJob.CONSULTATION_OUTCOME_RECORDED]: ConsultationEventPayload;
  [EventJob.COMMENT_REPLIED]: CommentRepliedPayload;
  [EventJob.AGREEMENT_STATUS_CHANGED]: AgreementStatusChangedPayload;
  [EventJob.SAFEGUARDING_CONCERN_RAISED]: SafeguardingConcernPayload;
  [EventJob.SAFEGUARDING_CONCERN_HANDLED]: SafeguardingConcernPayload;
  [EventJob.OFFER_REVISED]: OfferRevisedPayload;
  [EventJob.SAFEGUARDING_LEAD_APPOINTED]: SafeguardingLeadAppointedPayload;
  [EventJob.AGREEMENT_STATUSES_CHANGED]: AgreementStatusesChangedPayload;
  [NotificationJob.DELIVER_EMAIL]: DeliverEmailPayload;
  [NotificationJob.DELIVER_EMAILS]: DeliverEmailsPayload;
  [RollupJob.RECOMPUTE_PROPOSAL]: RecomputeProposalRollupPayload;
  [RollupJob.NIGHTLY_RECOMPUTE]: ScheduledRunPayload;
  [ReminderJob.CONSULTATION_CLOSING]: ScheduledRunPayload;
  [ReminderJob.AGREEMENT_STALE]: ScheduledRunPayload;
  [ReminderJob.CONSULTATION_STALLED]: ScheduledRunPayload;
  [ReminderJob.MEETING_UPCOMING]: ScheduledRunPayload;
  [ReminderJob.ACTION_ITEMS_DUE]: ScheduledRunPayload;
  [ReminderJob.WEEKLY_DIGEST]: ScheduledRunPayload;
  [ReminderJob.SEND_DIGEST]: SendDigestPayload;
}

/** The jobs of each queue: a job's name fixes the queue it runs on. */
export interface QueueJobs {
  [QueueName.SYSTEM]: SystemJob;
  [QueueName.EVENTS]: EventJob;
  [QueueName.NOTIFICATIONS]: NotificationJob;
  [QueueName.ROLLUPS]: RollupJob;
  [QueueName.REMINDERS]: ReminderJob;
}

/** Every job name in the contract. */
export type JobName = QueueJobs[QueueName];

/** The queue job `N` runs on. */
export type QueueOf<N extends JobName> = { [Q in QueueName]: N extends QueueJobs[Q] ? Q : never }[QueueName];

/** Every job name has a payload type, and every payload type a job name. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const EVERY_JOB_HAS_A_PAYLOAD: Exactly<JobName, keyof JobPayloads> = true;
void EVERY_JOB_HAS_A_PAYLOAD;

/** Every job name the worker must have a handler for, by queue. */
export const JOBS_BY_QUEUE: { readonly [Q in QueueName]: readonly QueueJobs[Q][] } = {
  [QueueName.SYSTEM]: Object.values(SystemJob),
  [QueueName.EVENTS]: Object.values(EventJob),
  [QueueName.NOTIFICATIONS]: Object.values(NotificationJob),
  [QueueName.ROLLUPS]: Object.values(RollupJob),
  [QueueName.REMINDERS]: Object.values(ReminderJob),
};

const QUEUE_OF_JOB = new Map<string, QueueName>(
  (Object.entries(JOBS_BY_QUEUE) as [QueueName, readonly JobName[]][]).flatMap(([queue, jobs]) => jobs.map((job) => [job, queue] as const)),
);

/** The queue a job runs on. */
export function queueOf<N extends JobName>(job: N): QueueOf<N> {
  return QUEUE_OF_JOB.get(job) as QueueOf<N>;
}

/** Whether `name` (read from a queue or a table) is a job the contract knows. */
export function isJobName(name: string): name is JobName {
  return QUEUE_OF_JOB.has(name);
}

/**
 * Options for a rollup request (debounce): while a proposal's job waits, each new request
 * replaces it and restarts the delay, so a burst of changes makes one job that runs once the
 * burst has been quiet for `delayMs`. A request after the job started makes one more job.
 */
export function rollupRequestOptions(proposalId: string, delayMs: number) {
  return {
    delay: delayMs,
    deduplication: { id: `rollup-${proposalId}`, ttl: Math.max(delayMs, 1), extend: true, replace: true },
    attempts: 5,
    backoff: { type: 'exponential' as const, delay: 1000 },
    removeOnComplete: 1000,
    removeOnFail: 5000,
  };
}
