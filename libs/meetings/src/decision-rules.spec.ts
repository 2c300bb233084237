import { ProposalStatus } from '@app/proposals';
import { assertOrdered, DECISION_MOVES, planDecision, TRUST_BOARD_CODE } from './decision-rules';
import { DecisionKind } from './decision.entity';
import { MeetingInputError } from './meetings.errors';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MeetingInputError);
    return (error as MeetingInputError).field;
  }
  throw new Error('expected a MeetingInputError');
}

describe('planDecision', () => {
  it('maps each moving decision to its proposal status at the Trust Board', () => {
    expect(planDecision(DecisionKind.ENDORSE, TRUST_BOARD_CODE, 'Board', 'p')).toBe(ProposalStatus.ENDORSED);
    expect(planDecision(DecisionKind.ADOPT, TRUST_BOARD_CODE, 'Board', 'p')).toBe(ProposalStatus.ADOPTED);
    expect(planDecision(DecisionKind.DECLINE, TRUST_BOARD_CODE, 'Board', 'p')).toBe(ProposalStatus.DECLINED);
    expect(planDecision(DecisionKind.SEND_BACK, TRUST_BOARD_CODE, 'Board', 'p')).toBe(ProposalStatus.DRAFT);
    expect(Object.keys(DECISION_MOVES).sort()).toEqual(Object.values(DecisionKind).sort());
  });

  it('lets any body note things, with or without a proposal', () => {
    expect(planDecision(DecisionKind.NOTE, 'HOUSE_HOUSING', 'Housing House', null)).toBeNull();
    expect(planDecision(DecisionKind.NOTE, TRUST_BOARD_CODE, 'Board', 'p')).toBeNull();
  });

  it('keeps moving decisions for the Trust Board, and needs the proposal', () => {
    expect(fieldOf(() => planDecision(DecisionKind.ENDORSE, 'HOUSE_HOUSING', 'Housing House', 'p'))).toBe('kind');
    expect(fieldOf(() => planDecision(DecisionKind.SEND_BACK, 'CICC', 'CiCC', 'p'))).toBe('kind');
    expect(fieldOf(() => planDecision(DecisionKind.ADOPT, TRUST_BOARD_CODE, 'Board', null))).toBe('proposalId');
  });
});

describe('assertOrdered', () => {
  it('refuses reversed ranges, and equal ones when strict', () => {
    const a = new Date('2026-03-05T10:00:00Z');
    const b = new Date('2026-03-05T12:00:00Z');
    expect(() => assertOrdered(a, b, 'endsAt', 'Meeting times', true)).not.toThrow();
    expect(() => assertOrdered(a, null, 'endsAt', 'Meeting times', true)).not.toThrow();
    expect(fieldOf(() => assertOrdered(b, a, 'endsAt', 'Meeting times', true))).toBe('endsAt');
    expect(fieldOf(() => assertOrdered(a, a, 'endsAt', 'Meeting times', true))).toBe('endsAt');
    expect(() => assertOrdered(a, a, 'filter.to', 'Meeting dates', false)).not.toThrow();
  });
});
