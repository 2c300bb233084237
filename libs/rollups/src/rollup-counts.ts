import { Column } from 'typeorm';

/**
 * The agreement states, in the order the agreement_state enum declares them. Rollups read
 * agreement rows in SQL only, so they name the states rather than import the agreements lib
 * (which reads rollups); the rollups end-to-end spec checks the two lists stay equal.
 */
export const ROLLUP_STATES = [
  'NOT_STARTED',
  'IN_DISCUSSION',
  'AGREED_IN_PRINCIPLE',
  'FORMALLY_AGREED',
  'IMPLEMENTED',
  'DECLINED',
  'NOT_APPLICABLE',
] as const;

export type RollupState = (typeof ROLLUP_STATES)[number];

/** States that count as agreed in progress shares. */
export const ROLLUP_AGREED_STATES: readonly RollupState[] = ['FORMALLY_AGREED', 'IMPLEMENTED'];

/** Column of each state's count. */
export const stateColumn = (state: RollupState): string => state.toLowerCase();

/** Parties by status, as stored in every rollup and snapshot row. */
export abstract class RollupCounts {
  @Column({ type: 'integer', default: 0 })
  total: number;

  @Column({ type: 'integer', default: 0 })
  notStarted: number;

  @Column({ type: 'integer', default: 0 })
  inDiscussion: number;

  @Column({ type: 'integer', default: 0 })
  agreedInPrinciple: number;

  @Column({ type: 'integer', default: 0 })
  formallyAgreed: number;

  @Column({ type: 'integer', default: 0 })
  implemented: number;

  @Column({ type: 'integer', default: 0 })
  declined: number;

  @Column({ type: 'integer', default: 0 })
  notApplicable: number;
}

/** A tally as the progress views report it. */
export interface RollupTally {
  total: number;
  counts: Record<RollupState, number>;
  /** FORMALLY_AGREED or IMPLEMENTED over total (0 when there are no parties). */
  shareFormallyAgreedOrImplemented: number;
}

/** Reads a tally from a raw row that has `total` and one snake_case column per state. */
export function tallyFromRow(row: Record<string, unknown> | undefined): RollupTally {
  const counts = Object.fromEntries(ROLLUP_STATES.map((s) => [s, row ? Number(row[stateColumn(s)] ?? 0) : 0])) as Record<RollupState, number>;
  const total = row ? Number(row.total ?? 0) : 0;
  const agreed = ROLLUP_AGREED_STATES.reduce((n, s) => n + counts[s], 0);
  return { total, counts, shareFormallyAgreedOrImplemented: total === 0 ? 0 : agreed / total };
}
