import type { AgreementStatus, Reciprocity } from '../../api/generated/graphql';
import type { FieldProblem, FormFields } from '../../forms/form-errors';
import { UUID } from '../../forms/ids';

export const STATUS_OPTIONS: { value: AgreementStatus; text: string }[] = [
  { value: 'NOT_STARTED', text: 'Not started' },
  { value: 'IN_DISCUSSION', text: 'In discussion' },
  { value: 'AGREED_IN_PRINCIPLE', text: 'Agreed in principle' },
  { value: 'FORMALLY_AGREED', text: 'Formally agreed' },
  { value: 'IMPLEMENTED', text: 'In place' },
  { value: 'DECLINED', text: 'Declined' },
  { value: 'NOT_APPLICABLE', text: 'Does not apply to us' },
];

export const RECIPROCITY_OPTIONS: { value: Reciprocity; text: string }[] = [
  { value: 'OWN_CARE_LEAVERS_ANYWHERE', text: 'Our care leavers, wherever they live' },
  { value: 'OWN_CARE_LEAVERS_RESIDENT', text: 'Our care leavers, while they live in our area' },
  { value: 'ANY_CARE_LEAVER_RESIDENT', text: 'Any care leaver who lives in our area' },
  { value: 'BOTH', text: 'Our care leavers anywhere, and any care leaver living here' },
];

export function statusText(status: string | null | undefined): string {
  return STATUS_OPTIONS.find((o) => o.value === status)?.text ?? '';
}

export function reciprocityText(reciprocity: string | null | undefined): string {
  return RECIPROCITY_OPTIONS.find((o) => o.value === reciprocity)?.text ?? '';
}

/** What an officer sets on one agreement. */
export interface RowValues {
  status: AgreementStatus;
  reciprocity: Reciprocity | null;
  /** YYYY-MM-DD */
  effectiveDate: string | null;
  evidenceUrl: string | null;
}

/** One change to send: the values and the version they were made from. */
export interface RowChange extends RowValues {
  agreementId: string;
  expectedVersion: number;
}

/** A row as the form shows it: what was entered (dates as typed) and any problem with it. */
export interface EnteredRow {
  agreementId: string;
  expectedVersion: number;
  status: string;
  reciprocity: string;
  day: string;
  month: string;
  year: string;
  evidenceUrl: string;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** The form's field ids for one row, for error links. */
export function fieldIds(agreementId: string): Record<'status' | 'reciprocity' | 'effectiveDate' | 'evidenceUrl', string> {
  return {
    status: `status-${agreementId}`,
    reciprocity: `reciprocity-${agreementId}`,
    effectiveDate: `date-${agreementId}-day`,
    evidenceUrl: `evidence-${agreementId}`,
  };
}

/** The rows of a submitted bulk form, in the order they were on the page. */
export function enteredRows(body: Record<string, unknown>): EnteredRow[] {
  return Object.keys(body)
    .map((key) => /^version-(.+)$/.exec(key)?.[1])
    .filter((id): id is string => !!id && UUID.test(id))
    .map((id) => ({
      agreementId: id,
      expectedVersion: Number(text(body, `version-${id}`)),
      status: text(body, `status-${id}`),
      reciprocity: text(body, `reciprocity-${id}`),
      day: text(body, `date-${id}-day`),
      month: text(body, `date-${id}-month`),
      year: text(body, `date-${id}-year`),
      evidenceUrl: text(body, `evidence-${id}`),
    }));
}

/** "2025-04-01" from the three boxes; null when all are empty; undefined when it is no real date. */
export function dateOf(day: string, month: string, year: string): string | null | undefined {
  if (!day && !month && !year) return null;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

/** The values of a row as stored, in the same shape, to tell what the officer changed. */
export function sameValues(a: RowValues, b: RowValues): boolean {
  return a.status === b.status && a.reciprocity === b.reciprocity && a.effectiveDate === b.effectiveDate && a.evidenceUrl === b.evidenceUrl;
}

/**
 * The changes a submitted form makes, measured against the values each row had when the page was
 * drawn (`was`, by agreement id), and the problems that stop it being sent. Rows left as they were
 * are not sent, so they neither move on a version nor clash with someone else's change.
 */
export function changesOf(rows: EnteredRow[], was: ReadonlyMap<string, RowValues>): { changes: RowChange[]; problems: FieldProblem[] } {
  const changes: RowChange[] = [];
  const problems: FieldProblem[] = [];
  for (const row of rows) {
    const before = was.get(row.agreementId);
    if (!before || !Number.isInteger(row.expectedVersion)) continue;
    const effectiveDate = dateOf(row.day, row.month, row.year);
    if (effectiveDate === undefined) {
      problems.push({ field: `${row.agreementId}.effectiveDate`, text: 'Enter the date it took effect as a real date, for example 1 4 2025' });
      continue;
    }
    const status = STATUS_OPTIONS.some((o) => o.value === row.status) ? (row.status as AgreementStatus) : before.status;
    const reciprocity = RECIPROCITY_OPTIONS.some((o) => o.value === row.reciprocity) ? (row.reciprocity as Reciprocity) : null;
    const values: RowValues = { status, reciprocity, effectiveDate, evidenceUrl: row.evidenceUrl || null };
    if (sameValues(values, before)) continue;
    changes.push({ agreementId: row.agreementId, expectedVersion: row.expectedVersion, ...values });
  }
  return { changes, problems };
}

/** The form fields for the error summary, in page order: `<agreementId>.<field>` → input id. */
export function formFields(agreementIds: readonly string[]): FormFields {
  const fields: FormFields = {};
  for (const id of agreementIds) {
    const ids = fieldIds(id);
    for (const [name, inputId] of Object.entries(ids)) fields[`${id}.${name}`] = inputId;
  }
  return fields;
}

/** The API names an item's field as `items.<n>.<field>`: the same field as this form names it. */
export function formFieldOfApi(field: string | null, sent: readonly RowChange[]): string {
  const match = /^items\.(\d+)\.(\w+)$/.exec(field ?? '');
  const change = match ? sent[Number(match[1])] : undefined;
  if (!match || !change) return '';
  const name = match[2] === 'expectedVersion' || match[2] === 'agreementId' ? 'status' : match[2];
  return `${change.agreementId}.${name}`;
}

/** The stored row, to compare with a pending change. */
export interface StoredRow extends RowValues {
  id: string;
  version: number;
  updatedAt: string;
}

export interface Conflict {
  mine: RowChange;
  theirs: StoredRow;
}

/**
 * Sorts pending changes against the rows as they are now: a change made from an older version
 * than the row's is a conflict (someone else changed it first); the others can go as they are.
 */
export function conflictsOf(pending: readonly RowChange[], current: ReadonlyMap<string, StoredRow>): { conflicts: Conflict[]; clear: RowChange[] } {
  const conflicts: Conflict[] = [];
  const clear: RowChange[] = [];
  for (const mine of pending) {
    const theirs = current.get(mine.agreementId);
    if (!theirs) continue;
    if (theirs.version !== mine.expectedVersion) conflicts.push({ mine, theirs });
    else clear.push(mine);
  }
  return { conflicts, clear };
}

/**
 * What to send once the officer has chosen, for the changes the conflict page showed against a
 * newer version of theirs (`theirVersions`): "mine" goes again from their version (so it replaces
 * it), "theirs" is dropped; changes without a conflict go as they were. `unchosen` lists the
 * conflicts with no choice made.
 */
export function resolved(
  pending: readonly RowChange[],
  theirVersions: ReadonlyMap<string, number>,
  choices: ReadonlyMap<string, 'mine' | 'theirs'>,
): { items: RowChange[]; unchosen: string[] } {
  const items: RowChange[] = [];
  const unchosen: string[] = [];
  for (const mine of pending) {
    const theirs = theirVersions.get(mine.agreementId);
    if (theirs === undefined || theirs === mine.expectedVersion) items.push(mine);
    else if (choices.get(mine.agreementId) === 'mine') items.push({ ...mine, expectedVersion: theirs });
    else if (!choices.has(mine.agreementId)) unchosen.push(mine.agreementId);
  }
  return { items, unchosen };
}
