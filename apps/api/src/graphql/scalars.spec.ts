import { DateScalar, parseDateTime } from './scalars';
import { InputProblemReason, scalarProblem } from './validation';

describe('parseDateTime', () => {
  it.each(['2026-03-02T10:00:00Z', '2026-03-02T10:00Z', '2026-03-02T10:00:00.123+01:00', '2028-02-29T23:59:59-05:00'])('reads %s', (text) => {
    expect(parseDateTime(text)).toEqual(new Date(text));
  });

  it.each(['2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-13-01T10:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T10:60:00Z', '2026-03-02T10:00:00', '2026-03-02', 'yesterday', '2026-W10', ''])(
    'refuses %j rather than moving it',
    (text) => {
      expect(parseDateTime(text)).toBeNull();
    },
  );
});

describe('scalarProblem', () => {
  it('allows line breaks and tabs in text, and refuses other controls and direction overrides', () => {
    expect(scalarProblem('String', 'a\nb\r\nc\td', 'body')).toBeNull();
    expect(scalarProblem('String', 'مرحبا world', 'body')).toBeNull();
    for (const c of ['\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '\u009F', '\u202A', '\u202E', '\u2066', '\u2069']) {
      expect(scalarProblem('String', `x${c}y`, 'body')?.reason).toBe(InputProblemReason.BAD_TEXT);
    }
  });

  it('takes ids only as UUIDs, and names the field', () => {
    expect(scalarProblem('ID', '3f2b8c1e-6a4d-4e0b-9c57-2d1f0a8e4b6c', 'id')).toBeNull();
    expect(scalarProblem('ID', 42, 'proposalId')).toMatchObject({ field: 'proposalId', reason: InputProblemReason.MALFORMED_ID });
  });

  it('takes dates only as real ones written YYYY-MM-DD, and names the field', () => {
    expect(scalarProblem('Date', '2028-02-29', 'dueOn')).toBeNull();
    for (const value of ['2027-02-29', '2026-3-2', '2026-03-02T10:00:00Z', 20260302]) {
      expect(scalarProblem('Date', value, 'dueOn')).toMatchObject({ field: 'dueOn', reason: InputProblemReason.BAD_DATE });
    }
  });

  it('leaves other scalars alone', () => {
    expect(scalarProblem('Int', 'whatever', 'first')).toBeNull();
  });
});

describe('DateScalar', () => {
  it('sends and takes a calendar date as YYYY-MM-DD, and refuses anything else', () => {
    expect(DateScalar.serialize('2026-03-02')).toBe('2026-03-02');
    expect(DateScalar.parseValue('2026-03-02')).toBe('2026-03-02');
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow('A Date must be a real date written YYYY-MM-DD');
    expect(() => DateScalar.parseValue(20260302)).toThrow('A Date must be a real date written YYYY-MM-DD');
  });
});
