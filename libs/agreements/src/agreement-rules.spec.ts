import { isDateOnly } from '@app/core';
import { AgreementValues, applyAgreementChange, isHttpUrl } from './agreement-rules';
import { AgreementState, PartyKind, Reciprocity } from './agreement-status.entity';
import { AgreementInputError } from './agreements.errors';

const fresh: AgreementValues = { status: AgreementState.NOT_STARTED, reciprocity: null, effectiveDate: null, note: null, evidenceUrl: null };

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AgreementInputError);
    return (error as AgreementInputError).field;
  }
  throw new Error('expected an AgreementInputError');
}

describe('applyAgreementChange', () => {
  it('keeps values that are left out, replaces given ones and clears nulls', () => {
    const current: AgreementValues = { ...fresh, status: AgreementState.IN_DISCUSSION, note: 'Cabinet in May', evidenceUrl: 'https://example.org/a' };
    const next = applyAgreementChange(PartyKind.LOCAL_AUTHORITY, current, { status: AgreementState.AGREED_IN_PRINCIPLE, evidenceUrl: null });
    expect(next).toEqual({ status: AgreementState.AGREED_IN_PRINCIPLE, reciprocity: null, effectiveDate: null, note: 'Cabinet in May', evidenceUrl: null });
  });

  it('refuses reciprocity for ICS areas and partners, naming the field with the item prefix', () => {
    for (const kind of [PartyKind.ICS_AREA, PartyKind.ORGANISATION]) {
      expect(fieldOf(() => applyAgreementChange(kind, fresh, { status: AgreementState.IN_DISCUSSION, reciprocity: Reciprocity.BOTH }, 'items.3.'))).toBe(
        'items.3.reciprocity',
      );
    }
  });

  it('requires reciprocity once an LA has formally agreed or implemented, but not for other parties', () => {
    expect(fieldOf(() => applyAgreementChange(PartyKind.LOCAL_AUTHORITY, fresh, { status: AgreementState.FORMALLY_AGREED }))).toBe('reciprocity');
    expect(
      fieldOf(() => applyAgreementChange(PartyKind.LOCAL_AUTHORITY, fresh, { status: AgreementState.IMPLEMENTED, effectiveDate: '2026-04-01' })),
    ).toBe('reciprocity');
    expect(applyAgreementChange(PartyKind.ICS_AREA, fresh, { status: AgreementState.FORMALLY_AGREED }).status).toBe(AgreementState.FORMALLY_AGREED);
    // Reciprocity recorded earlier still counts.
    const withReciprocity = { ...fresh, reciprocity: Reciprocity.OWN_CARE_LEAVERS_ANYWHERE };
    expect(applyAgreementChange(PartyKind.LOCAL_AUTHORITY, withReciprocity, { status: AgreementState.FORMALLY_AGREED }).reciprocity).toBe(
      Reciprocity.OWN_CARE_LEAVERS_ANYWHERE,
    );
    // …unless the change clears it.
    expect(fieldOf(() => applyAgreementChange(PartyKind.LOCAL_AUTHORITY, withReciprocity, { status: AgreementState.FORMALLY_AGREED, reciprocity: null }))).toBe(
      'reciprocity',
    );
  });

  it('requires an effective date for IMPLEMENTED and checks dates are real', () => {
    expect(fieldOf(() => applyAgreementChange(PartyKind.ORGANISATION, fresh, { status: AgreementState.IMPLEMENTED }))).toBe('effectiveDate');
    expect(fieldOf(() => applyAgreementChange(PartyKind.ORGANISATION, fresh, { status: AgreementState.IMPLEMENTED, effectiveDate: '2026-02-30' }))).toBe(
      'effectiveDate',
    );
    expect(applyAgreementChange(PartyKind.ORGANISATION, fresh, { status: AgreementState.IMPLEMENTED, effectiveDate: '2026-02-28' }).effectiveDate).toBe(
      '2026-02-28',
    );
  });

  it('accepts only http(s) evidence and notes up to 2000 characters', () => {
    expect(fieldOf(() => applyAgreementChange(PartyKind.ICS_AREA, fresh, { status: AgreementState.IN_DISCUSSION, evidenceUrl: 'ftp://x.org/a' }))).toBe(
      'evidenceUrl',
    );
    expect(fieldOf(() => applyAgreementChange(PartyKind.ICS_AREA, fresh, { status: AgreementState.IN_DISCUSSION, note: 'x'.repeat(2001) }))).toBe('note');
    expect(applyAgreementChange(PartyKind.ICS_AREA, fresh, { status: AgreementState.IN_DISCUSSION, note: 'x'.repeat(2000) }).note).toHaveLength(2000);
  });
});

describe('helpers', () => {
  it('recognises calendar dates and web links', () => {
    expect(isDateOnly('2024-02-29')).toBe(true);
    expect(isDateOnly('2023-02-29')).toBe(false);
    expect(isDateOnly('2024-2-1')).toBe(false);
    expect(isHttpUrl('https://lambeth.gov.uk/council-tax')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
