import { bodyScope, Role, RoleSource, Viewer } from '@app/access';
import { MembershipRole } from '@app/governance';
import { movableStatuses, moveProposalPermission, ProposalFacts, signOffPermission, updateProposalPermission } from './proposal-permissions';
import { ProposalStatus } from './proposal.entity';

const HOUSE = '00000000-0000-4000-8000-000000000001';
const YP = 'young-person';
const SL = 'sector-lead';

function facts(status: ProposalStatus, overrides: Partial<ProposalFacts> = {}): ProposalFacts {
  return {
    proposal: { id: 'p', houseId: HOUSE, status, uascConsiderations: 'Applies whatever the immigration status.' },
    houseName: 'Housing House',
    seats: { [MembershipRole.CO_CHAIR_YOUNG_PERSON]: YP, [MembershipRole.CO_CHAIR_SECTOR_LEAD]: SL },
    signOffs: [],
    ...overrides,
  };
}

const person = (personId: string, roles: Role[] = []): Viewer => ({
  personId,
  system: false,
  roles: roles.map((role) => ({ role, scope: bodyScope(HOUSE), source: RoleSource.MEMBERSHIP, sourceId: `${personId}-${role}` })),
});

describe('proposal permissions', () => {
  it('lists as next statuses only the House moves a co-chair can make now', () => {
    expect(movableStatuses(person(YP, [Role.HOUSE_CO_CHAIR]), facts(ProposalStatus.DRAFT))).toEqual([ProposalStatus.IN_CONSULTATION, ProposalStatus.WITHDRAWN]);
    expect(movableStatuses(person(YP, [Role.HOUSE_CO_CHAIR]), facts(ProposalStatus.IN_CONSULTATION))).toEqual([
      ProposalStatus.DRAFT,
      ProposalStatus.DECLINED,
      ProposalStatus.WITHDRAWN,
    ]);
    expect(movableStatuses(person(YP, [Role.HOUSE_CO_CHAIR]), facts(ProposalStatus.ENDORSED))).toEqual([ProposalStatus.WITHDRAWN]);
    expect(movableStatuses(person('member', [Role.HOUSE_MEMBER]), facts(ProposalStatus.DRAFT))).toEqual([]);
  });

  it('keeps a draft without UASC considerations, or with an empty seat, from moving forward', () => {
    const chair = person(YP, [Role.HOUSE_CO_CHAIR]);
    const noUasc = facts(ProposalStatus.DRAFT, { proposal: { id: 'p', houseId: HOUSE, status: ProposalStatus.DRAFT, uascConsiderations: null } });
    expect(movableStatuses(chair, noUasc)).toEqual([ProposalStatus.WITHDRAWN]);
    const emptySeat = facts(ProposalStatus.DRAFT, { seats: { [MembershipRole.CO_CHAIR_YOUNG_PERSON]: YP, [MembershipRole.CO_CHAIR_SECTOR_LEAD]: null } });
    const refused = moveProposalPermission(chair, emptySeat, ProposalStatus.IN_CONSULTATION);
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.refusal.reason).toBe('MISSING_CO_CHAIRS');
  });

  it('refuses RECOMMENDED as a move: it comes from both co-chairs signing off', () => {
    const refused = moveProposalPermission(person(YP, [Role.HOUSE_CO_CHAIR]), facts(ProposalStatus.IN_CONSULTATION), ProposalStatus.RECOMMENDED);
    expect(!refused.allowed && refused.refusal.reason).toBe('SIGN_OFF_REQUIRED');
  });

  it('lets a seated co-chair sign off once, and a member edit only while editable', () => {
    const signed = facts(ProposalStatus.IN_CONSULTATION, { signOffs: [{ personId: YP, role: MembershipRole.CO_CHAIR_YOUNG_PERSON }] });
    expect(signOffPermission(person(SL, [Role.HOUSE_CO_CHAIR]), signed).allowed).toBe(true);
    expect(signOffPermission(person(YP, [Role.HOUSE_CO_CHAIR]), signed).allowed).toBe(false);
    expect(updateProposalPermission(person('member', [Role.HOUSE_MEMBER]), facts(ProposalStatus.IN_CONSULTATION)).allowed).toBe(true);
    expect(updateProposalPermission(person('member', [Role.HOUSE_MEMBER]), facts(ProposalStatus.RECOMMENDED)).allowed).toBe(false);
  });
});
