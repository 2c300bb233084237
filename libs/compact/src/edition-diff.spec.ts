import { AgreementState, PartyKind, Reciprocity } from '@app/agreements';
import { DeliveryModel, ProposalCategory } from '@app/proposals';
import { diffEditions } from './edition-diff';
import { OfferSnapshot, SnapshotParty } from './edition-snapshot';

function party(id: string, status: AgreementState, reciprocity: Reciprocity | null = Reciprocity.BOTH): SnapshotParty {
  return { kind: PartyKind.LOCAL_AUTHORITY, id, code: id, name: id, status, reciprocity, effectiveDate: status === AgreementState.IMPLEMENTED ? '2024-03-05' : null, reconfirmationNeeded: false };
}

function snapshot(id: string, overrides: Partial<OfferSnapshot> = {}): OfferSnapshot {
  return {
    proposalId: id,
    houseId: 'h',
    houseName: 'Housing',
    title: `Offer ${id}`,
    summary: 'Wording.',
    category: ProposalCategory.HOUSING,
    minAge: 18,
    maxAge: 25,
    deliveryModel: DeliveryModel.EACH_LA,
    areaRule: null,
    uascConsiderations: 'All.',
    wordingVersion: 1,
    partners: [],
    parties: [party('lam', AgreementState.IMPLEMENTED), party('crd', AgreementState.NOT_STARTED, null)],
    ...overrides,
  };
}

describe('diffEditions', () => {
  it('lists offers added and removed', () => {
    const diff = diffEditions([snapshot('a'), snapshot('b')], [snapshot('b'), snapshot('c')]);
    expect(diff.added.map((o) => o.proposalId)).toEqual(['c']);
    expect(diff.removed.map((o) => o.proposalId)).toEqual(['a']);
    expect(diff.changed).toEqual([]);
    expect(diff.unchangedCount).toBe(1);
  });

  it('reports changed wording and eligibility by field', () => {
    const diff = diffEditions([snapshot('a')], [snapshot('a', { summary: 'New wording.', maxAge: 21, wordingVersion: 2 })]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].changedFields).toEqual(['summary', 'maxAge']);
  });

  it('reports parties that came to agree, stopped being listed, or changed their terms', () => {
    const before = snapshot('a', { parties: [party('lam', AgreementState.IMPLEMENTED), party('crd', AgreementState.FORMALLY_AGREED), party('swr', AgreementState.FORMALLY_AGREED)] });
    const after = snapshot('a', {
      parties: [party('lam', AgreementState.IMPLEMENTED, Reciprocity.OWN_CARE_LEAVERS_ANYWHERE), party('crd', AgreementState.DECLINED), party('swr', AgreementState.IMPLEMENTED), party('cmd', AgreementState.FORMALLY_AGREED)],
    });
    const [change] = diffEditions([before], [after]).changed;
    expect(change.changedFields).toEqual([]);
    expect(change.partiesAdded.map((p) => p.id)).toEqual(['cmd']);
    expect(change.partiesRemoved.map((p) => p.id)).toEqual(['crd']);
    expect(change.partiesChanged.map((c) => [c.after.id, c.before.status, c.after.status])).toEqual([
      ['lam', AgreementState.IMPLEMENTED, AgreementState.IMPLEMENTED],
      ['swr', AgreementState.FORMALLY_AGREED, AgreementState.IMPLEMENTED],
    ]);
  });

  it('ignores movement among parties that are not listed (neither agreed nor implemented)', () => {
    const before = snapshot('a', { parties: [party('crd', AgreementState.NOT_STARTED, null)] });
    const after = snapshot('a', { parties: [party('crd', AgreementState.IN_DISCUSSION, null)] });
    const diff = diffEditions([before], [after]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchangedCount).toBe(1);
  });

  it('reports a change of partners', () => {
    const p = (id: string) => ({ id, code: id, name: id });
    const diff = diffEditions([snapshot('a', { partners: [p('tfl')] })], [snapshot('a', { partners: [p('tfl'), p('gla')] })]);
    expect(diff.changed[0].changedFields).toEqual(['partners']);
  });
});
