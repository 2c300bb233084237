/**
 * Statuses that travel in job payloads as well as in their own tables. They are defined here, with
 * the job contract that carries them, and each domain lib re-exports its own: values are stored in
 * Postgres and Redis, so add new ones, never rename.
 */

/** Where a proposal stands on its way from draft to adoption (or not). */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  IN_CONSULTATION = 'IN_CONSULTATION',
  RECOMMENDED = 'RECOMMENDED',
  ENDORSED = 'ENDORSED',
  ADOPTED = 'ADOPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Where one party stands on one endorsed offer. */
export enum AgreementState {
  NOT_STARTED = 'NOT_STARTED',
  IN_DISCUSSION = 'IN_DISCUSSION',
  AGREED_IN_PRINCIPLE = 'AGREED_IN_PRINCIPLE',
  FORMALLY_AGREED = 'FORMALLY_AGREED',
  IMPLEMENTED = 'IMPLEMENTED',
  DECLINED = 'DECLINED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
