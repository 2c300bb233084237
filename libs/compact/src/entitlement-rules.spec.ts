import { AgreementState, PartyKind, Reciprocity } from '@app/agreements';
import { AreaRule, DeliveryModel } from '@app/proposals';
import { EntitlementOffer, EntitlementParty, EntitlementQuery, EntitlementReason, EntitlementStatus, entitlementFor, partyStateOn } from './entitlement-rules';

const S = AgreementState;
const R = Reciprocity;
const E = EntitlementStatus;
const W = EntitlementReason;

const LAMBETH = { id: 'la-lam', name: 'Lambeth' };
const CROYDON = { id: 'la-crd', name: 'Croydon' };
const NCL = { id: 'area-ncl', name: 'North Central London' };
const NWL = { id: 'area-nwl', name: 'North West London' };
const SEL = { id: 'area-sel', name: 'South East London' };
const TFL = { id: 'org-tfl', name: 'Transport for London' };
const NHS = { id: 'org-nhse', name: 'NHS England' };

function la(ref: { id: string; name: string }, status: AgreementState, reciprocity: Reciprocity | null, effectiveDate: string | null = null): EntitlementParty {
  return {
    kind: PartyKind.LOCAL_AUTHORITY,
    ...ref,
    status,
    reciprocity,
    effectiveDate: status === S.IMPLEMENTED ? (effectiveDate ?? '2024-03-05') : effectiveDate,
  };
}

function area(ref: { id: string; name: string }, status: AgreementState, effectiveDate: string | null = null): EntitlementParty {
  return { kind: PartyKind.ICS_AREA, ...ref, status, reciprocity: null, effectiveDate: status === S.IMPLEMENTED ? (effectiveDate ?? '2024-03-05') : effectiveDate };
}

function partner(ref: { id: string; name: string }, status: AgreementState, effectiveDate: string | null = null): EntitlementParty {
  return { kind: PartyKind.ORGANISATION, ...ref, status, reciprocity: null, effectiveDate: status === S.IMPLEMENTED ? (effectiveDate ?? '2024-03-05') : effectiveDate };
}

function offer(deliveryModel: DeliveryModel, parties: EntitlementParty[], overrides: Partial<EntitlementOffer> = {}): EntitlementOffer {
  return {
    proposalId: 'p1',
    title: 'An offer',
    deliveryModel,
    minAge: 18,
    maxAge: 25,
    areaRule: deliveryModel === DeliveryModel.EACH_ICS_AREA ? AreaRule.RESPONSIBLE_AUTHORITY_AREA : null,
    uascConsiderations: 'Applies whatever the immigration status.',
    parties,
    ...overrides,
  };
}

function query(overrides: Partial<EntitlementQuery> = {}): EntitlementQuery {
  return {
    responsible: LAMBETH,
    resident: CROYDON,
    age: 20,
    formerUasc: false,
    on: '2025-06-01',
    responsibleAreas: [SEL],
    residentAreas: [SEL],
    ...overrides,
  };
}

const STATES = [S.IMPLEMENTED, S.FORMALLY_AGREED, S.DECLINED, S.NOT_STARTED] as const;

/** What happens to an offer one LA has taken to `state`, when that LA is involved through `role`. */
type Expectation = [EntitlementStatus, EntitlementReason, string | null];

function expected(role: 'SAME' | 'RESPONSIBLE' | 'RESIDENT', reciprocity: Reciprocity, state: AgreementState): Expectation {
  const covers = role === 'SAME' || reciprocity === R.BOTH || (role === 'RESPONSIBLE' ? reciprocity === R.OWN_CARE_LEAVERS_ANYWHERE : reciprocity === R.ANY_CARE_LEAVER_RESIDENT);
  const provider = role === 'RESIDENT' ? CROYDON.id : LAMBETH.id;
  if (state === S.DECLINED) return [E.NOT_AVAILABLE, W.DECLINED, null];
  if (state === S.NOT_STARTED) return [E.NOT_AVAILABLE, W.NOT_YET_AGREED, null];
  if (!covers) return [E.NOT_AVAILABLE, W.NOT_COVERED_BY_RECIPROCITY, null];
  if (state === S.FORMALLY_AGREED) return [E.COMING, W.AGREED_NOT_YET_IMPLEMENTED, provider];
  const reason = role === 'SAME' ? W.SAME_AUTHORITY : role === 'RESPONSIBLE' ? W.OWN_CARE_LEAVERS_ANYWHERE : W.ANY_CARE_LEAVER_RESIDENT;
  return [E.AVAILABLE, reason, provider];
}

const LA_TABLE = (['SAME', 'RESPONSIBLE', 'RESIDENT'] as const).flatMap((role) =>
  Object.values(Reciprocity).flatMap((reciprocity) => STATES.map((state) => [role, reciprocity, state, ...expected(role, reciprocity, state)] as const)),
);

describe('entitlementFor: an offer each LA agrees', () => {
  it.each(LA_TABLE)('%s LA, reciprocity %s, %s → %s (%s) from %s', (role, reciprocity, state, status, reason, providerId) => {
    const declinedOrNot = state === S.DECLINED || state === S.NOT_STARTED;
    const party = (ref: typeof LAMBETH) => la(ref, state, declinedOrNot ? null : reciprocity);
    const parties =
      role === 'SAME'
        ? [party(LAMBETH), la(CROYDON, S.IMPLEMENTED, R.BOTH)]
        : role === 'RESPONSIBLE'
          ? [party(LAMBETH), la(CROYDON, S.NOT_STARTED, null)]
          : [la(LAMBETH, S.NOT_STARTED, null), party(CROYDON)];
    const q = role === 'SAME' ? query({ resident: LAMBETH }) : query();
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, parties), q);
    expect([result.status, result.reason]).toEqual([status, reason]);
    expect(result.providers.map((p) => p.id)).toEqual(providerId ? [providerId] : []);
    expect(result.explanation.length).toBeGreaterThan(20);
    if (status === E.AVAILABLE) expect(result.howToAccess).toContain('Lambeth');
  });

  it('names one provider when both LAs would provide it: the responsible LA', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, [la(LAMBETH, S.IMPLEMENTED, R.BOTH), la(CROYDON, S.IMPLEMENTED, R.ANY_CARE_LEAVER_RESIDENT)]), query());
    expect(result.status).toBe(E.AVAILABLE);
    expect(result.reason).toBe(W.BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES);
    expect(result.providers).toEqual([{ kind: PartyKind.LOCAL_AUTHORITY, ...LAMBETH }]);
    expect(result.explanation).toContain('Lambeth, which is responsible for you, provides it');
  });

  it('uses the LA that has implemented when the other has only agreed', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, [la(LAMBETH, S.FORMALLY_AGREED, R.BOTH), la(CROYDON, S.IMPLEMENTED, R.BOTH)]), query());
    expect([result.status, result.reason, result.providers[0].id]).toEqual([E.AVAILABLE, W.ANY_CARE_LEAVER_RESIDENT, CROYDON.id]);
  });

  it('lists an offer implemented from a later date as coming, with that date', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, [la(LAMBETH, S.IMPLEMENTED, R.OWN_CARE_LEAVERS_ANYWHERE, '2025-09-01')]), query());
    expect([result.status, result.reason, result.availableFrom]).toEqual([E.COMING, W.AGREED_NOT_YET_IMPLEMENTED, '2025-09-01']);
    const later = entitlementFor(offer(DeliveryModel.EACH_LA, [la(LAMBETH, S.IMPLEMENTED, R.OWN_CARE_LEAVERS_ANYWHERE, '2025-09-01')]), query({ on: '2025-09-01' }));
    expect(later.status).toBe(E.AVAILABLE);
  });

  it('does not count agreement in principle or discussion as coming', () => {
    for (const state of [S.AGREED_IN_PRINCIPLE, S.IN_DISCUSSION, S.NOT_APPLICABLE]) {
      const result = entitlementFor(offer(DeliveryModel.EACH_LA, [la(LAMBETH, state, R.BOTH)]), query());
      expect([result.status, result.reason]).toEqual([E.NOT_AVAILABLE, W.NOT_YET_AGREED]);
    }
  });

  it('explains reciprocity that does not reach the young person', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, [la(LAMBETH, S.IMPLEMENTED, R.ANY_CARE_LEAVER_RESIDENT), la(CROYDON, S.IMPLEMENTED, R.OWN_CARE_LEAVERS_ANYWHERE)]), query());
    expect(result.reason).toBe(W.NOT_COVERED_BY_RECIPROCITY);
    expect(result.explanation).toContain('Lambeth provides it only to care leavers living in it');
    expect(result.explanation).toContain('Croydon provides it only to its own care leavers');
  });
});

describe('entitlementFor: "our own care leavers, only while they live here"', () => {
  const KINGSTON = { id: 'la-kng', name: 'Kingston upon Thames' };
  const SUTTON = { id: 'la-stn', name: 'Sutton' };
  const kingstonOnly = offer(DeliveryModel.EACH_LA, [la(KINGSTON, S.IMPLEMENTED, R.OWN_CARE_LEAVERS_RESIDENT), la(SUTTON, S.NOT_STARTED, null)]);

  it('reaches a Kingston care leaver living in Kingston', () => {
    const result = entitlementFor(kingstonOnly, query({ responsible: KINGSTON, resident: KINGSTON }));
    expect([result.status, result.reason, result.providers.map((p) => p.id)]).toEqual([E.AVAILABLE, W.SAME_AUTHORITY, [KINGSTON.id]]);
  });

  it('promises nothing to a Kingston care leaver living in Sutton, and says why and what to do', () => {
    const result = entitlementFor(kingstonOnly, query({ responsible: KINGSTON, resident: SUTTON }));
    expect([result.status, result.reason, result.providers]).toEqual([E.NOT_AVAILABLE, W.NOT_COVERED_BY_RECIPROCITY, []]);
    expect(result.explanation).toBe(
      "Kingston upon Thames provides it only to its own care leavers, and only while they live in it, so not to you. Sutton, where you live, has not agreed this offer yet. You are Kingston upon Thames's care leaver living in Sutton.",
    );
    expect(result.notAgreedBy.map((p) => p.id)).toEqual([SUTTON.id]);
    expect(result.howToAccess).toContain('they can also ask Sutton to agree this offer');
  });

  it('does not reach another LA’s care leaver living in Kingston', () => {
    const result = entitlementFor(kingstonOnly, query({ responsible: SUTTON, resident: KINGSTON }));
    expect([result.status, result.reason]).toEqual([E.NOT_AVAILABLE, W.NOT_COVERED_BY_RECIPROCITY]);
  });
});

describe('entitlementFor: a party that has not confirmed a revised wording', () => {
  const unconfirmedParty = (p: EntitlementParty): EntitlementParty => ({ ...p, reconfirmationNeeded: true });

  it('is not promised as a provider; the answer says who must confirm and to ask', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, [unconfirmedParty(la(LAMBETH, S.IMPLEMENTED, R.BOTH))]), query());
    expect([result.status, result.reason, result.providers]).toEqual([E.UNCONFIRMED, W.AWAITING_RECONFIRMATION, []]);
    expect(result.notAgreedBy.map((p) => p.id)).toEqual([LAMBETH.id]);
    expect(result.explanation).toContain('Lambeth agreed an earlier wording of this offer');
    expect(result.howToAccess).toBe('Ask your personal adviser at Lambeth whether Lambeth provides it to you now, and on which terms.');
  });

  it('gives way to a party that has confirmed', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, [unconfirmedParty(la(LAMBETH, S.IMPLEMENTED, R.BOTH)), la(CROYDON, S.IMPLEMENTED, R.BOTH)]), query());
    expect([result.status, result.providers.map((p) => p.id)]).toEqual([E.AVAILABLE, [CROYDON.id]]);
  });

  it('applies to areas and partners too', () => {
    const areaResult = entitlementFor(offer(DeliveryModel.EACH_ICS_AREA, [unconfirmedParty(area(NCL, S.IMPLEMENTED))]), query({ responsibleAreas: [NCL] }));
    expect(areaResult.status).toBe(E.UNCONFIRMED);
    const partnerResult = entitlementFor(offer(DeliveryModel.SINGLE_PARTNER, [unconfirmedParty(partner(TFL, S.FORMALLY_AGREED))]), query());
    expect(partnerResult.status).toBe(E.UNCONFIRMED);
  });
});

describe('entitlementFor: every NOT_AVAILABLE answer names who has not agreed and what to do', () => {
  it.each(LA_TABLE.filter((row) => row[3] === E.NOT_AVAILABLE))('%s LA, reciprocity %s, %s', (role, reciprocity, state) => {
    const declinedOrNot = state === S.DECLINED || state === S.NOT_STARTED;
    const party = (ref: typeof LAMBETH) => la(ref, state, declinedOrNot ? null : reciprocity);
    const parties = role === 'SAME' ? [party(LAMBETH)] : role === 'RESPONSIBLE' ? [party(LAMBETH), la(CROYDON, S.NOT_STARTED, null)] : [la(LAMBETH, S.NOT_STARTED, null), party(CROYDON)];
    const result = entitlementFor(offer(DeliveryModel.EACH_LA, parties), role === 'SAME' ? query({ resident: LAMBETH }) : query());
    expect(result.notAgreedBy.length).toBeGreaterThan(0);
    for (const p of result.notAgreedBy) expect(result.explanation).toContain(p.name);
    expect(result.howToAccess).toMatch(/^Ask your personal adviser at Lambeth/);
  });

  it('for partners', () => {
    const result = entitlementFor(offer(DeliveryModel.SINGLE_PARTNER, [partner(TFL, S.IN_DISCUSSION)]), query());
    expect(result.explanation).toBe('Transport for London has not agreed this offer yet.');
    expect(result.notAgreedBy.map((p) => p.id)).toEqual([TFL.id]);
    expect(result.howToAccess).toContain('they can also ask Transport for London to agree this offer');
  });
});

describe('entitlementFor: age bounds', () => {
  const implemented = offer(DeliveryModel.EACH_LA, [la(LAMBETH, S.IMPLEMENTED, R.BOTH)], { minAge: 18, maxAge: 21 });
  it.each([
    [17, E.NOT_ELIGIBLE],
    [18, E.AVAILABLE],
    [21, E.AVAILABLE],
    [22, E.NOT_ELIGIBLE],
  ])('age %i → %s', (age, status) => {
    const result = entitlementFor(implemented, query({ age }));
    expect(result.status).toBe(status);
    if (status === E.NOT_ELIGIBLE) {
      expect(result.reason).toBe(W.OUTSIDE_AGE_RANGE);
      expect(result.explanation).toContain('aged 18 to 21');
      expect(result.providers).toEqual([]);
    }
  });
});

describe('entitlementFor: an offer each ICS area agrees', () => {
  const prescriptions = (rule: AreaRule, parties: EntitlementParty[]) => offer(DeliveryModel.EACH_ICS_AREA, parties, { areaRule: rule });

  it('applies by the responsible LA’s area wherever the young person lives', () => {
    const result = entitlementFor(prescriptions(AreaRule.RESPONSIBLE_AUTHORITY_AREA, [area(NCL, S.IMPLEMENTED), area(SEL, S.NOT_STARTED)]), query({ responsibleAreas: [NCL], residentAreas: [SEL] }));
    expect([result.status, result.reason, result.providers[0].id]).toEqual([E.AVAILABLE, W.AREA_OF_RESPONSIBLE_AUTHORITY, NCL.id]);
  });

  it('does not apply by the resident area under the responsible-area rule: says first that their own area has not agreed', () => {
    const result = entitlementFor(prescriptions(AreaRule.RESPONSIBLE_AUTHORITY_AREA, [area(NCL, S.NOT_STARTED), area(SEL, S.IMPLEMENTED)]), query({ responsibleAreas: [NCL], residentAreas: [SEL] }));
    expect([result.status, result.reason]).toEqual([E.NOT_AVAILABLE, W.NOT_YET_AGREED]);
    expect(result.explanation).toBe(
      'NHS North Central London (the area of Lambeth, which is responsible for you) has not agreed this offer yet. NHS South East London provides it to care leavers of its local authorities, wherever they live, which does not include you.',
    );
    expect(result.notAgreedBy).toEqual([{ kind: PartyKind.ICS_AREA, id: NCL.id, name: 'NHS North Central London' }]);
    expect(result.howToAccess).toBe(
      "Ask your personal adviser at Lambeth what Lambeth's own local offer for care leavers gives you instead; they can also ask NHS North Central London to agree this offer.",
    );
  });

  it('names ICS areas as people know them', () => {
    const result = entitlementFor(prescriptions(AreaRule.RESPONSIBLE_AUTHORITY_AREA, [area(NCL, S.IMPLEMENTED)]), query({ responsibleAreas: [NCL] }));
    expect(result.providers).toEqual([{ kind: PartyKind.ICS_AREA, id: NCL.id, name: 'NHS North Central London' }]);
    expect(result.explanation).toMatch(/^NHS North Central London provides/);
  });

  it('applies by the resident LA’s area under the resident-area rule', () => {
    const result = entitlementFor(prescriptions(AreaRule.RESIDENT_AUTHORITY_AREA, [area(NCL, S.NOT_STARTED), area(SEL, S.IMPLEMENTED)]), query({ responsibleAreas: [NCL], residentAreas: [SEL] }));
    expect([result.status, result.reason, result.providers[0].id]).toEqual([E.AVAILABLE, W.AREA_OF_RESIDENT_AUTHORITY, SEL.id]);
  });

  it('applies through either area under the either-area rule, the responsible one first', () => {
    const both = entitlementFor(prescriptions(AreaRule.EITHER_AREA, [area(NCL, S.IMPLEMENTED), area(SEL, S.IMPLEMENTED)]), query({ responsibleAreas: [NCL], residentAreas: [SEL] }));
    expect([both.reason, both.providers.map((p) => p.id)]).toEqual([W.AREA_OF_RESPONSIBLE_AUTHORITY, [NCL.id]]);
    const residentOnly = entitlementFor(prescriptions(AreaRule.EITHER_AREA, [area(NCL, S.DECLINED), area(SEL, S.IMPLEMENTED)]), query({ responsibleAreas: [NCL], residentAreas: [SEL] }));
    expect(residentOnly.reason).toBe(W.AREA_OF_RESIDENT_AUTHORITY);
  });

  it('follows area membership on the date asked: the same LA in NCL, then (after a change) in NWL', () => {
    const o = prescriptions(AreaRule.RESPONSIBLE_AUTHORITY_AREA, [area(NCL, S.IMPLEMENTED), area(NWL, S.NOT_STARTED)]);
    expect(entitlementFor(o, query({ responsibleAreas: [NCL] })).status).toBe(E.AVAILABLE);
    const after = entitlementFor(o, query({ responsibleAreas: [NWL] }));
    expect([after.status, after.reason]).toEqual([E.NOT_AVAILABLE, W.NOT_YET_AGREED]);
  });

  it('is not available when the LA the rule looks at is in no area on the date', () => {
    const result = entitlementFor(prescriptions(AreaRule.RESPONSIBLE_AUTHORITY_AREA, [area(NCL, S.IMPLEMENTED)]), query({ responsibleAreas: [] }));
    expect([result.status, result.reason]).toEqual([E.NOT_AVAILABLE, W.NO_AREA_ON_DATE]);
  });

  it.each([
    [S.FORMALLY_AGREED, E.COMING, W.AGREED_NOT_YET_IMPLEMENTED],
    [S.DECLINED, E.NOT_AVAILABLE, W.DECLINED],
    [S.NOT_STARTED, E.NOT_AVAILABLE, W.NOT_YET_AGREED],
  ])('an area that is %s → %s (%s)', (state, status, reason) => {
    const result = entitlementFor(prescriptions(AreaRule.RESPONSIBLE_AUTHORITY_AREA, [area(NCL, state)]), query({ responsibleAreas: [NCL] }));
    expect([result.status, result.reason]).toEqual([status, reason]);
  });

  it('defaults to the responsible LA’s area when no rule was recorded', () => {
    const result = entitlementFor(offer(DeliveryModel.EACH_ICS_AREA, [area(NCL, S.IMPLEMENTED)], { areaRule: null }), query({ responsibleAreas: [NCL], residentAreas: [SEL] }));
    expect(result.reason).toBe(W.AREA_OF_RESPONSIBLE_AUTHORITY);
  });
});

describe('entitlementFor: partner offers apply by eligibility alone', () => {
  it('half-price travel from TfL whatever the LAs', () => {
    const result = entitlementFor(offer(DeliveryModel.SINGLE_PARTNER, [partner(TFL, S.IMPLEMENTED)]), query({ responsibleAreas: [], residentAreas: [] }));
    expect([result.status, result.reason, result.providers.map((p) => p.id)]).toEqual([E.AVAILABLE, W.PARTNER_OFFER, [TFL.id]]);
    expect(result.howToAccess).toContain('Lambeth, which is responsible for you, confirms');
  });

  it('names every partner that provides a several-partner offer', () => {
    const result = entitlementFor(offer(DeliveryModel.SEVERAL_PARTNERS, [partner(TFL, S.IMPLEMENTED), partner(NHS, S.IMPLEMENTED)]), query());
    expect(result.providers.map((p) => p.id)).toEqual([TFL.id, NHS.id]);
  });

  it.each([
    [[S.FORMALLY_AGREED], E.COMING, W.AGREED_NOT_YET_IMPLEMENTED],
    [[S.DECLINED], E.NOT_AVAILABLE, W.DECLINED],
    [[S.NOT_STARTED], E.NOT_AVAILABLE, W.NOT_YET_AGREED],
    [[S.DECLINED, S.NOT_STARTED], E.NOT_AVAILABLE, W.NOT_YET_AGREED],
  ])('partners %j → %s (%s)', (states, status, reason) => {
    const parties = states.map((s, i) => partner(i === 0 ? TFL : NHS, s));
    const result = entitlementFor(offer(DeliveryModel.SEVERAL_PARTNERS, parties), query());
    expect([result.status, result.reason]).toEqual([status, reason]);
  });

  it('still checks age', () => {
    const result = entitlementFor(offer(DeliveryModel.SINGLE_PARTNER, [partner(TFL, S.IMPLEMENTED)]), query({ age: 26 }));
    expect(result.status).toBe(E.NOT_ELIGIBLE);
  });
});

describe('entitlementFor: former UASC', () => {
  it('adds how the offer works for them only when asked', () => {
    const o = offer(DeliveryModel.SINGLE_PARTNER, [partner(TFL, S.IMPLEMENTED)]);
    expect(entitlementFor(o, query({ formerUasc: true })).uascNote).toBe('Applies whatever the immigration status.');
    expect(entitlementFor(o, query({ formerUasc: false })).uascNote).toBeNull();
  });
});

describe('partyStateOn', () => {
  it.each([
    [S.IMPLEMENTED, '2025-01-01', 'AVAILABLE'],
    [S.IMPLEMENTED, '2025-06-01', 'AVAILABLE'],
    [S.IMPLEMENTED, '2025-06-02', 'COMING'],
    [S.FORMALLY_AGREED, null, 'COMING'],
    [S.DECLINED, null, 'DECLINED'],
    [S.NOT_STARTED, null, 'NONE'],
  ])('%s effective %s on 2025-06-01 → %s', (status, effectiveDate, state) => {
    expect(partyStateOn({ status, effectiveDate }, '2025-06-01')).toBe(state);
  });
});
