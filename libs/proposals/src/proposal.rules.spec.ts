import { MembershipRole } from '@app/governance';
import { DeliveryModel, ProposalCategory, ProposalStatus } from './proposal.entity';
import { escapeLike, normaliseContent, ProposalContent, SeatHolders, signOffState } from './proposal.rules';

const YP = MembershipRole.CO_CHAIR_YOUNG_PERSON;
const SL = MembershipRole.CO_CHAIR_SECTOR_LEAD;

const base: ProposalContent = {
  title: 'Council tax exemption to 25',
  summary: 'No council tax until 25.',
  rationale: '',
  evidenceLinks: [],
  category: ProposalCategory.HOUSING,
  minAge: 18,
  maxAge: 25,
  deliveryModel: DeliveryModel.EACH_LA,
  partnerIds: [],
  uascConsiderations: null,
};

function fieldOf(change: Partial<ProposalContent>): string | undefined {
  try {
    normaliseContent({ ...base, ...change });
    return undefined;
  } catch (error) {
    return (error as { field?: string }).field;
  }
}

describe('proposal content rules', () => {
  it('accepts a valid proposal and tidies it', () => {
    const tidy = normaliseContent({ ...base, title: '  Free bus travel  ', evidenceLinks: ['https://a.example/x', 'https://a.example/x'], uascConsiderations: '  ' });
    expect(tidy.title).toBe('Free bus travel');
    expect(tidy.evidenceLinks).toEqual(['https://a.example/x']);
    expect(tidy.uascConsiderations).toBeNull();
  });

  it.each([
    [{ title: 'ab' }, 'title'],
    [{ title: '   ab   ' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ summary: ' ' }, 'summary'],
    [{ summary: 'x'.repeat(4001) }, 'summary'],
    [{ rationale: 'x'.repeat(20001) }, 'rationale'],
    [{ evidenceLinks: ['ftp://files.example/x'] }, 'evidenceLinks'],
    [{ evidenceLinks: ['not a url'] }, 'evidenceLinks'],
    [{ evidenceLinks: Array.from({ length: 21 }, (_, i) => `https://e.example/${i}`) }, 'evidenceLinks'],
    [{ minAge: 15 }, 'minAge'],
    [{ maxAge: 26 }, 'maxAge'],
    [{ minAge: 18.5 }, 'minAge'],
    [{ minAge: 22, maxAge: 20 }, 'minAge'],
    [{ category: 'SPORT' as ProposalCategory }, 'category'],
    [{ deliveryModel: DeliveryModel.SINGLE_PARTNER }, 'partnerIds'],
    [{ deliveryModel: DeliveryModel.SINGLE_PARTNER, partnerIds: ['a', 'b'] }, 'partnerIds'],
    [{ deliveryModel: DeliveryModel.SEVERAL_PARTNERS, partnerIds: ['a'] }, 'partnerIds'],
    [{ deliveryModel: DeliveryModel.SEVERAL_PARTNERS, partnerIds: ['a', 'a'] }, 'partnerIds'],
    [{ deliveryModel: DeliveryModel.EACH_ICS_AREA, partnerIds: ['a'] }, 'partnerIds'],
  ] as [Partial<ProposalContent>, string][])('refuses %j naming %s', (change, field) => {
    expect(fieldOf(change)).toBe(field);
  });

  it.each([
    [DeliveryModel.EACH_LA, []],
    [DeliveryModel.EACH_ICS_AREA, []],
    [DeliveryModel.SINGLE_PARTNER, ['a']],
    [DeliveryModel.SEVERAL_PARTNERS, ['a', 'b']],
  ] as [DeliveryModel, string[]][])('accepts %s with %j partners', (deliveryModel, partnerIds) => {
    expect(fieldOf({ deliveryModel, partnerIds })).toBeUndefined();
  });

  it('accepts the age bounds 16 and 25', () => {
    expect(fieldOf({ minAge: 16, maxAge: 25 })).toBeUndefined();
    expect(fieldOf({ minAge: 21, maxAge: 21 })).toBeUndefined();
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});

describe('sign-off state', () => {
  const seats: SeatHolders = { [YP]: 'yp', [SL]: 'sl' };

  it('awaits both seats before anyone signs', () => {
    expect(signOffState(ProposalStatus.IN_CONSULTATION, [], seats)).toEqual({ signed: [], awaiting: [YP, SL], ready: false });
  });

  it('awaits the other seat after one signs', () => {
    const state = signOffState(ProposalStatus.IN_CONSULTATION, [{ personId: 'yp', role: YP }], seats);
    expect(state).toEqual({ signed: [{ personId: 'yp', role: YP }], awaiting: [SL], ready: false });
  });

  it('is ready when both current holders have signed', () => {
    const state = signOffState(ProposalStatus.IN_CONSULTATION, [{ personId: 'yp', role: YP }, { personId: 'sl', role: SL }], seats);
    expect(state.ready).toBe(true);
    expect(state.awaiting).toEqual([]);
  });

  it("does not count a replaced co-chair's sign-off", () => {
    const replaced: SeatHolders = { [YP]: 'new-yp', [SL]: 'sl' };
    const state = signOffState(ProposalStatus.IN_CONSULTATION, [{ personId: 'yp', role: YP }, { personId: 'sl', role: SL }], replaced);
    expect(state.signed).toEqual([{ personId: 'sl', role: SL }]);
    expect(state.awaiting).toEqual([YP]);
    expect(state.ready).toBe(false);
  });

  it('awaits an empty seat', () => {
    const empty: SeatHolders = { [YP]: 'yp', [SL]: null };
    expect(signOffState(ProposalStatus.IN_CONSULTATION, [{ personId: 'yp', role: YP }], empty).awaiting).toEqual([SL]);
  });

  it('keeps the record of a recommendation after the proposal moves on', () => {
    const replaced: SeatHolders = { [YP]: 'new-yp', [SL]: null };
    const state = signOffState(ProposalStatus.ENDORSED, [{ personId: 'yp', role: YP }, { personId: 'sl', role: SL }], replaced);
    expect(state).toEqual({ signed: [{ personId: 'yp', role: YP }, { personId: 'sl', role: SL }], awaiting: [], ready: true });
  });
});
