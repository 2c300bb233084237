import { AuditValues } from './audit-event.entity';

/** The changed fields of a record: their values before and after. */
export interface AuditChange {
  before: AuditValues | null;
  after: AuditValues | null;
}

/**
 * Fields never recorded, whatever the caller passes: secrets (sign-in codes, tokens and their
 * hashes) and bookkeeping that changes on every write.
 */
export const UNRECORDED_FIELDS: ReadonlySet<string> = new Set([
  'updatedAt',
  'code',
  'codeHash',
  'token',
  'tokenHash',
  'accessToken',
  'refreshToken',
  'refreshTokenHash',
  'secret',
  'password',
  'passwordHash',
]);

/**
 * Personal data never recorded, by the kind of record (entityType): what people are called and
 * how to reach them, their age, care experience and home LA, and the words they write (comments,
 * reports, and the reasons given for their memberships and roles). The trail names people by id
 * only, so that erasing or pseudonymising the person is enough to remove them. A change to one of
 * these fields is recorded by name alone, in a `withheld` list (see auditDiff).
 *
 * The database's redaction function (`audit_redacted`, used only by erasure for events written
 * before this rule) withholds the same fields; test/audit.e2e-spec.ts checks that they agree.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  '*': ['displayName', 'email', 'birthMonth'],
  person: ['careExperienced', 'homeAuthorityId'],
  comment: ['body'],
  comment_revision: ['body'],
  comment_report: ['details'],
  membership: ['startReason', 'endReason'],
  role_grant: ['reason', 'revokeReason'],
};

/** The field under which an event lists the personal fields that changed (their values are not recorded). */
export const WITHHELD_FIELD = 'withheld';

/** The personal fields of a kind of record (see PERSONAL_FIELDS). */
export function personalFieldsOf(entityType: string): ReadonlySet<string> {
  return new Set([...PERSONAL_FIELDS['*'], ...(PERSONAL_FIELDS[entityType] ?? [])]);
}

/** A value as it is stored in jsonb: dates as ISO strings, undefined dropped, objects plain. */
export function toAuditValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => toAuditValue(v) ?? null);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const out: AuditValues = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const converted = toAuditValue(v);
      if (converted !== undefined) out[k] = converted;
    }
    return out;
  }
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  return value;
}

/** A record's recordable fields (or only `fields`, when given) as audit values, leaving out `withhold`. */
export function auditSnapshot(record: object | null | undefined, fields?: readonly string[], withhold: ReadonlySet<string> = new Set()): AuditValues | null {
  if (!record) return null;
  const source = record as Record<string, unknown>;
  const out: AuditValues = {};
  for (const key of fields ?? Object.keys(source)) {
    if (UNRECORDED_FIELDS.has(key) || withhold.has(key)) continue;
    const value = toAuditValue(source[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as AuditValues)[k], (b as AuditValues)[k]));
}

/** The withheld fields that differ between two states (a field on one side only differs unless it is null). */
function changedWithheld(before: object | null, after: object | null, withhold: ReadonlySet<string>): string[] {
  const value = (record: object | null, key: string) => (record ? (toAuditValue((record as Record<string, unknown>)[key]) ?? null) : null);
  return [...withhold].filter((key) => !sameValue(value(before, key), value(after, key))).sort();
}

/**
 * The fields that differ between two states of a record, with their old and new values. A
 * created record has `before: null` and all its fields in `after`; a removed one the reverse.
 * Returns null when nothing changed. Fields present on only one side count as changed (the
 * missing side reads as null). Secrets and `updatedAt` are never included. Fields in `withhold`
 * (personal data: see personalFieldsOf) are never recorded either: those that changed are named
 * in a `withheld` list, in `after` (in `before` for a removed record).
 */
export function auditDiff(before: object | null | undefined, after: object | null | undefined, withhold: ReadonlySet<string> = new Set()): AuditChange | null {
  const b = auditSnapshot(before, undefined, withhold);
  const a = auditSnapshot(after, undefined, withhold);
  if (!b && !a) return null;
  const withheld = changedWithheld(before ?? null, after ?? null, withhold);
  const listed = withheld.length > 0 ? { [WITHHELD_FIELD]: withheld } : {};
  if (!b) return { before: null, after: { ...a, ...listed } };
  if (!a) return { before: { ...b, ...listed }, after: null };
  const changedBefore: AuditValues = {};
  const changedAfter: AuditValues = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const old = key in b ? b[key] : null;
    const now = key in a ? a[key] : null;
    if (sameValue(old, now)) continue;
    changedBefore[key] = old;
    changedAfter[key] = now;
  }
  if (Object.keys(changedAfter).length === 0 && withheld.length === 0) return null;
  return { before: changedBefore, after: { ...changedAfter, ...listed } };
}
