import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, StaleVersionError } from '@app/core';

export enum AgreementErrorCode {
  AGREEMENT_NOT_FOUND = 'AGREEMENT_NOT_FOUND',
  RECIPROCITY_ONLY_FOR_LOCAL_AUTHORITIES = 'RECIPROCITY_ONLY_FOR_LOCAL_AUTHORITIES',
  RECIPROCITY_REQUIRED = 'RECIPROCITY_REQUIRED',
  EFFECTIVE_DATE_REQUIRED = 'EFFECTIVE_DATE_REQUIRED',
  BAD_DATE = 'BAD_DATE',
  BAD_EVIDENCE_URL = 'BAD_EVIDENCE_URL',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
  BAD_ITEMS = 'BAD_ITEMS',
  DUPLICATE_ITEM = 'DUPLICATE_ITEM',
  NOT_THIS_AUTHORITY = 'NOT_THIS_AUTHORITY',
  NOT_THIS_PARTY = 'NOT_THIS_PARTY',
  PARTY_NOT_FOUND = 'PARTY_NOT_FOUND',
  PROPOSAL_NOT_OPEN = 'PROPOSAL_NOT_OPEN',
  NOT_A_REPRESENTATIVE = 'NOT_A_REPRESENTATIVE',
  NOTHING_TO_CONFIRM = 'NOTHING_TO_CONFIRM',
}

export class AgreementNotFoundError extends NotFoundError {}
export class AgreementInputError extends InvalidInputError {}
export class AgreementConflictError extends ConflictError {}
export class AgreementForbiddenError extends ForbiddenError {}

/** A stale version, naming the input field that carried it (e.g. `items.3.expectedVersion`). */
export function staleAgreement(expected: number, actual: number, field: string): StaleVersionError {
  return Object.assign(new StaleVersionError('agreement', expected, actual), { field });
}
