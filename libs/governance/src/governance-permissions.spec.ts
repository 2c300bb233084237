import { Role, RoleAssignment, RoleSource, ScopeKind, Viewer } from '@app/access';
import { Permission } from '@app/core';
import { BodyKind } from '@app/reference';
import { GovernanceErrorCode } from './governance.errors';
import { endCoChairTermPermission, endMembershipPermission, LeavingFacts, leaveCiccPermission } from './governance-permissions';
import { MembershipRole } from './membership.entity';

const role = (r: Role, scope: RoleAssignment['scope'] = null): RoleAssignment => ({ role: r, scope, source: RoleSource.GRANT, sourceId: `${r}-${scope?.id ?? 'all'}` });
const viewer = (...roles: RoleAssignment[]): Viewer => ({ personId: 'caller', system: false, roles });
const admin = viewer(role(Role.PROGRAMME_ADMIN));
const housingCoChair = viewer(role(Role.HOUSE_CO_CHAIR, { kind: ScopeKind.BODY, id: 'housing' }));
const housing = { id: 'housing', code: 'HOUSE_HOUSING', name: 'Housing House', kind: BodyKind.HOUSE };
const cicc = { id: 'cicc', code: 'CICC', name: 'Children in Care Council', kind: BodyKind.CICC };
const current = (r: MembershipRole) => ({ role: r, endedAt: null });
const leaving = (over: Partial<LeavingFacts> = {}): LeavingFacts => ({ personId: 'p1', displayName: 'Sam', ciccPlaces: 1, youngPersonSeats: [], ...over });
const codeOf = (p: Permission) => (p.allowed ? 'ALLOWED' : p.refusal.reason);

describe('who may end a membership', () => {
  it("lets programme admins, and a House's co-chairs for its members, advisers and observers", () => {
    expect(codeOf(endMembershipPermission(admin, current(MembershipRole.MEMBER), housing, null))).toBe('ALLOWED');
    expect(codeOf(endMembershipPermission(housingCoChair, current(MembershipRole.OBSERVER), housing, null))).toBe('ALLOWED');
    expect(codeOf(endMembershipPermission(housingCoChair, current(MembershipRole.CHAIR), housing, null))).toBe(GovernanceErrorCode.NOT_ALLOWED);
    expect(codeOf(endMembershipPermission(viewer(), current(MembershipRole.MEMBER), housing, null))).toBe(GovernanceErrorCode.NOT_ALLOWED);
  });

  it('refuses a place already ended, then a co-chair term, before asking who the caller is', () => {
    expect(codeOf(endMembershipPermission(viewer(), { role: MembershipRole.MEMBER, endedAt: new Date('2026-01-01') }, housing, null))).toBe(GovernanceErrorCode.ALREADY_ENDED);
    expect(codeOf(endMembershipPermission(admin, current(MembershipRole.CO_CHAIR_SECTOR_LEAD), housing, null))).toBe(GovernanceErrorCode.CO_CHAIR_NEEDS_APPOINTMENT);
  });

  it("keeps a young-person co-chair's last CiCC place, naming their Houses", () => {
    const seated = leaving({ youngPersonSeats: [{ houseId: 'housing', houseName: 'Housing House' }] });
    const refused = endMembershipPermission(admin, current(MembershipRole.MEMBER), cicc, seated);
    expect(codeOf(refused)).toBe(GovernanceErrorCode.STILL_A_YOUNG_PERSON_CO_CHAIR);
    expect(!refused.allowed && refused.refusal.message).toMatch(/^Sam is the young-person co-chair of Housing House/);
    // With another CiCC place, or without a seat, the place can end.
    expect(codeOf(endMembershipPermission(admin, current(MembershipRole.MEMBER), cicc, { ...seated, ciccPlaces: 2 }))).toBe('ALLOWED');
    expect(codeOf(endMembershipPermission(admin, current(MembershipRole.MEMBER), cicc, leaving()))).toBe('ALLOWED');
  });
});

describe("who may end a co-chair's term", () => {
  it('lets programme admins end a current term only', () => {
    expect(codeOf(endCoChairTermPermission(admin, current(MembershipRole.CO_CHAIR_YOUNG_PERSON), 'Housing House', 'young-person'))).toBe('ALLOWED');
    expect(codeOf(endCoChairTermPermission(admin, null, 'Housing House', 'young-person'))).toBe(GovernanceErrorCode.SEAT_EMPTY);
    expect(codeOf(endCoChairTermPermission(housingCoChair, current(MembershipRole.CO_CHAIR_SECTOR_LEAD), 'Housing House', 'sector-lead'))).toBe(GovernanceErrorCode.NOT_ALLOWED);
  });
});

describe('who may leave the CiCC', () => {
  it('lets a current member leave, unless they hold a young-person co-chair seat', () => {
    expect(codeOf(leaveCiccPermission(leaving()))).toBe('ALLOWED');
    expect(codeOf(leaveCiccPermission(leaving({ ciccPlaces: 0 })))).toBe(GovernanceErrorCode.NOT_IN_CICC);
    expect(codeOf(leaveCiccPermission(leaving({ youngPersonSeats: [{ houseId: 'housing', houseName: 'Housing House' }] })))).toBe(GovernanceErrorCode.STILL_A_YOUNG_PERSON_CO_CHAIR);
  });
});
