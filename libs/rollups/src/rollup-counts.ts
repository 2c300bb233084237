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

/**
 * Counts beside the per-state ones, each a condition over an agreement row `r`: parties that
 * agreed an earlier wording and have not confirmed the current one, in all and among those
 * formally agreed or implemented, and among those implemented. Headline figures leave them out.
 */
export const RECONFIRMATION_COUNTS = [
  { column: 'awaiting_reconfirmation', where: 'r.reconfirmation_needed' },
  { column: 'agreed_unconfirmed', where: `r.reconfirmation_needed AND r.status IN ('FORMALLY_AGREED', 'IMPLEMENTED')` },
  { column: 'implemented_unconfirmed', where: `r.reconfirmation_needed AND r.status = 'IMPLEMENTED'` },
] as const;

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

  /** Parties that agreed an earlier wording and have not confirmed the current one. */
  @Column({ type: 'integer', default: 0 })
  awaitingReconfirmation: number;

  /** …of them, formally agreed or implemented. */
  @Column({ type: 'integer', default: 0 })
  agreedUnconfirmed: number;

  /** …of them, implemented. */
  @Column({ type: 'integer', default: 0 })
  implementedUnconfirmed: number;
}

/** A tally as the progress views report it. */
export interface RollupTally {
  total: number;
  /** Parties by status, whatever wording they agreed. */
  counts: Record<RollupState, number>;
  /** Formally agreed or implemented, on the offer's current wording. */
  agreed: number;
  /** Implemented (in place), on the offer's current wording. */
  implemented: number;
  /** Parties that agreed an earlier wording and have not confirmed the current one (counted in neither figure above). */
  awaitingReconfirmation: number;
  /** agreed over total (0 when there are no parties). */
  shareAgreed: number;
  /** implemented over total (0 when there are no parties). */
  shareImplemented: number;
  /** FORMALLY_AGREED or IMPLEMENTED over total, whatever wording was agreed (kept for existing readers). */
  shareFormallyAgreedOrImplemented: number;
}

/** Reads a tally from a raw row that has `total`, one snake_case column per state and the re-confirmation counts. */
export function tallyFromRow(row: Record<string, unknown> | undefined): RollupTally {
  const counts = Object.fromEntries(ROLLUP_STATES.map((s) => [s, row ? Number(row[stateColumn(s)] ?? 0) : 0])) as Record<RollupState, number>;
  const n = (column: string) => (row ? Number(row[column] ?? 0) : 0);
  const total = n('total');
  const agreedAnyWording = ROLLUP_AGREED_STATES.reduce((sum, s) => sum + counts[s], 0);
  const agreed = agreedAnyWording - n('agreed_unconfirmed');
  const implemented = counts.IMPLEMENTED - n('implemented_unconfirmed');
  const share = (x: number) => (total === 0 ? 0 : x / total);
  return {
    total,
    counts,
    agreed,
    implemented,
    awaitingReconfirmation: n('awaiting_reconfirmation'),
    shareAgreed: share(agreed),
    shareImplemented: share(implemented),
    shareFormallyAgreedOrImplemented: share(agreedAnyWording),
  };
}
