import { isDateOnly } from '@app/core';
import { AGREEMENT_NOTE_MAX, AgreementState, EVIDENCE_URL_MAX, PartyKind, Reciprocity } from './agreement-status.entity';
import { AgreementErrorCode, AgreementInputError } from './agreements.errors';

/** What a party's agreement says now. */
export interface AgreementValues {
  status: AgreementState;
  reciprocity: Reciprocity | null;
  effectiveDate: string | null;
  note: string | null;
  evidenceUrl: string | null;
}

/**
 * A requested change. An optional field that is absent keeps the current value; null clears it.
 */
export interface AgreementChange {
  status: AgreementState;
  reciprocity?: Reciprocity | null;
  effectiveDate?: string | null;
  note?: string | null;
  evidenceUrl?: string | null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
}

/**
 * Applies a change to an agreement and checks the result: reciprocity belongs to LA offers only
 * and is required once an LA has formally agreed or implemented; implementation needs the date
 * it took effect; evidence is an http(s) link; notes are at most 2000 characters.
 * `prefix` is prepended to field names (e.g. `items.3.`) so errors point at the input at fault.
 */
export function applyAgreementChange(partyKind: PartyKind, current: AgreementValues, change: AgreementChange, prefix = ''): AgreementValues {
  const next: AgreementValues = {
    status: change.status,
    reciprocity: pick(change.reciprocity, current.reciprocity),
    effectiveDate: pick(change.effectiveDate, current.effectiveDate),
    note: pick(change.note, current.note),
    evidenceUrl: pick(change.evidenceUrl, current.evidenceUrl),
  };
  const isAuthority = partyKind === PartyKind.LOCAL_AUTHORITY;

  if (!Object.values(AgreementState).includes(next.status)) {
    throw new AgreementInputError(AgreementErrorCode.BAD_ITEMS, `Unknown agreement status ${String(next.status)}.`, `${prefix}status`);
  }
  if (change.reciprocity != null && !isAuthority) {
    throw new AgreementInputError(
      AgreementErrorCode.RECIPROCITY_ONLY_FOR_LOCAL_AUTHORITIES,
      'Reciprocity applies only to local authority offers; leave it out for ICS areas and partners.',
      `${prefix}reciprocity`,
    );
  }
  if (isAuthority && (next.status === AgreementState.FORMALLY_AGREED || next.status === AgreementState.IMPLEMENTED) && !next.reciprocity) {
    throw new AgreementInputError(
      AgreementErrorCode.RECIPROCITY_REQUIRED,
      `Say which care leavers the authority extends the offer to (reciprocity: ${Object.values(Reciprocity).join(', ')}) before marking it ${next.status}.`,
      `${prefix}reciprocity`,
    );
  }
  if (next.effectiveDate !== null && !isDateOnly(next.effectiveDate)) {
    throw new AgreementInputError(AgreementErrorCode.BAD_DATE, 'The effective date must be a real date written YYYY-MM-DD.', `${prefix}effectiveDate`);
  }
  if (next.status === AgreementState.IMPLEMENTED && !next.effectiveDate) {
    throw new AgreementInputError(
      AgreementErrorCode.EFFECTIVE_DATE_REQUIRED,
      'Give the date the offer took effect (effectiveDate) when marking it IMPLEMENTED.',
      `${prefix}effectiveDate`,
    );
  }
  if (next.evidenceUrl !== null && (next.evidenceUrl.length > EVIDENCE_URL_MAX || !isHttpUrl(next.evidenceUrl))) {
    throw new AgreementInputError(
      AgreementErrorCode.BAD_EVIDENCE_URL,
      `Evidence must be a web link starting http:// or https:// (at most ${EVIDENCE_URL_MAX} characters).`,
      `${prefix}evidenceUrl`,
    );
  }
  if (next.note !== null && next.note.length > AGREEMENT_NOTE_MAX) {
    throw new AgreementInputError(AgreementErrorCode.NOTE_TOO_LONG, `Keep the note to ${AGREEMENT_NOTE_MAX} characters or fewer.`, `${prefix}note`);
  }
  return next;
}
