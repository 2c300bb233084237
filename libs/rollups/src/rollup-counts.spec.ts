import { RECONFIRMATION_COUNTS, ROLLUP_STATES, stateColumn, tallyFromRow } from './rollup-counts';
import { COUNT_NAMES, figures } from './rollup-sql';

describe('rollup counts', () => {
  it('reads every state (zeros included) and the agreed share from a row', () => {
    const tally = tallyFromRow({ total: 33, not_started: 29, in_discussion: 1, formally_agreed: 1, implemented: 1, declined: 1 });
    expect(tally.total).toBe(33);
    expect(Object.keys(tally.counts)).toEqual([...ROLLUP_STATES]);
    expect(tally.counts).toMatchObject({ NOT_STARTED: 29, AGREED_IN_PRINCIPLE: 0, NOT_APPLICABLE: 0 });
    expect(tally.shareFormallyAgreedOrImplemented).toBeCloseTo(2 / 33, 12);
  });

  it('reports agreed and implemented apart, on the current wording only', () => {
    const tally = tallyFromRow({ total: 5, formally_agreed: 3, implemented: 2, awaiting_reconfirmation: 2, agreed_unconfirmed: 2, implemented_unconfirmed: 1 });
    expect(tally).toMatchObject({ agreed: 3, implemented: 1, awaitingReconfirmation: 2, shareAgreed: 3 / 5, shareImplemented: 1 / 5, shareFormallyAgreedOrImplemented: 1 });
  });

  it('gives a zero share, not a division by zero, when there are no parties', () => {
    expect(tallyFromRow(undefined)).toMatchObject({ total: 0, shareFormallyAgreedOrImplemented: 0 });
    expect(tallyFromRow({ total: 0 }).shareFormallyAgreedOrImplemented).toBe(0);
  });

  it('stores one snake_case column per state and compares every one of them for drift', () => {
    expect(COUNT_NAMES).toEqual(['total', ...ROLLUP_STATES.map(stateColumn), ...RECONFIRMATION_COUNTS.map((c) => c.column)]);
    const sql = figures('o', 'areas');
    for (const column of COUNT_NAMES) expect(sql).toContain(`'${column}', o.${column}`);
    expect(sql).toContain("'areas'");
  });
});
