import { ProposalStatus } from '@app/proposals';
import { DecisionKind } from './decision.entity';
import { MeetingErrorCode, MeetingInputError } from './meetings.errors';

/** The status each kind of decision moves its proposal to; NOTE moves nothing. */
export const DECISION_MOVES: Readonly<Record<DecisionKind, ProposalStatus | null>> = {
  [DecisionKind.ENDORSE]: ProposalStatus.ENDORSED,
  [DecisionKind.ADOPT]: ProposalStatus.ADOPTED,
  [DecisionKind.DECLINE]: ProposalStatus.DECLINED,
  [DecisionKind.SEND_BACK]: ProposalStatus.DRAFT,
  [DecisionKind.NOTE]: null,
};

/** Body code of the only body whose decisions move proposals. */
export const TRUST_BOARD_CODE = 'TRUST_BOARD';

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 5000;
export const DESCRIPTION_MAX = 1000;
export const LOCATION_MAX = 300;

/**
 * Checks a decision before it is recorded and returns the status it moves its proposal to (or
 * null): a moving decision needs a proposal and a Trust Board meeting.
 */
export function planDecision(kind: DecisionKind, bodyCode: string, bodyName: string, proposalId: string | null | undefined): ProposalStatus | null {
  const to = DECISION_MOVES[kind];
  if (to === null) return null;
  if (bodyCode !== TRUST_BOARD_CODE) {
    throw new MeetingInputError(
      MeetingErrorCode.BOARD_DECISION_ONLY,
      `Only the Trust Board can ${kind.toLowerCase().replace('_', ' ')} a proposal; ${bodyName} can record it as NOTE, or take it to a Trust Board meeting.`,
      'kind',
    );
  }
  if (!proposalId) {
    throw new MeetingInputError(MeetingErrorCode.PROPOSAL_REQUIRED, `Say which proposal the ${kind} decision is about (proposalId).`, 'proposalId');
  }
  return to;
}

/** Refuses an end before the start (or equal to it, when `strict`). */
export function assertOrdered(start: Date | null | undefined, end: Date | null | undefined, field: string, what: string, strict: boolean): void {
  if (!start || !end) return;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new MeetingInputError(MeetingErrorCode.BAD_DATES, `${what}: give valid dates.`, field);
  }
  if (end.getTime() < start.getTime() || (strict && end.getTime() === start.getTime())) {
    throw new MeetingInputError(MeetingErrorCode.BAD_DATES, `${what}: the end must come after the start.`, field);
  }
}
