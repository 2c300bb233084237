import { isISO8601, ValidateBy } from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_ONLY_EXPECTED, isDateOnly } from '@app/core';

/** A date, a time and its offset from UTC: 2026-03-02T10:00:00Z, 2026-03-02T10:00+01:00, with optional fractions of a second. */
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** What a DateTime input must be, said the same way wherever one is refused. */
export const DATE_TIME_EXPECTED = 'a real date and time in ISO 8601, with its offset from UTC, like 2026-03-02T10:00:00Z';

/**
 * The instant an ISO 8601 date-time names, or null unless it is a real one with an offset:
 * "2026-02-30T10:00:00Z" and "25:00" are refused rather than moved on, and so are times without
 * an offset (which a server would read in its own time zone).
 */
export function parseDateTime(text: string): Date | null {
  if (!DATE_TIME_SHAPE.test(text) || !isISO8601(text, { strict: true, strictSeparator: true })) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * The DateTime scalar: sent as ISO 8601 at UTC; accepted only as a real date and time with an
 * offset. Every DateTime input is checked, with its field named, before an operation runs
 * (validation.ts), so an input that reaches here is a real one. A literal that is not is let
 * through document validation as an invalid date for that check to refuse, with the field named.
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A date and time in ISO 8601 with its offset from UTC, such as 2026-03-02T10:00:00Z; always sent at UTC.',
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseValue(value) {
    // A Date is a value this scalar has already read (JSON variables cannot carry one).
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const at = typeof value === 'string' ? parseDateTime(value) : null;
    if (!at) throw new GraphQLError(`A DateTime must be ${DATE_TIME_EXPECTED}.`);
    return at;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`A DateTime is written as a string: ${DATE_TIME_EXPECTED}.`);
    return parseDateTime(ast.value) ?? new Date(Number.NaN);
  },
});

/**
 * The Date scalar: a calendar date without a time or zone, YYYY-MM-DD (a due date, an effective
 * date, the day a snapshot describes). Held as that string on both sides; accepted only as a
 * real date. Like DateTime, every Date input is checked with its field named before an operation
 * runs (validation.ts); a literal that is not one is let through document validation for that
 * check to refuse.
 */
export const DateScalar = new GraphQLScalarType<string | null, string | null>({
  name: 'Date',
  description: "A calendar date without a time, YYYY-MM-DD, such as 2026-03-02; days are those of the programme's time zone (London).",
  serialize(value) {
    return isDateOnly(value) ? value : null;
  },
  parseValue(value) {
    if (!isDateOnly(value)) throw new GraphQLError(`A Date must be ${DATE_ONLY_EXPECTED}.`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`A Date is written as a string: ${DATE_ONLY_EXPECTED}.`);
    return ast.value;
  },
});

/**
 * Marks an input property that holds a Date. The value was checked when the operation was read
 * (validation.ts); this checks it again for inputs built in code and keeps the property through the
 * validation pipe, which drops properties without a rule.
 */
export function IsDateOnly(): PropertyDecorator {
  return ValidateBy({ name: 'isDateOnly', validator: { validate: isDateOnly, defaultMessage: (args) => `${args?.property ?? 'The date'} must be ${DATE_ONLY_EXPECTED}` } });
}
