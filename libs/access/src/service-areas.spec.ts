import { Role, RoleAssignment, RoleSource, ScopeKind } from './role';
import { areasFor, ServiceArea } from './service-areas';

function holding(...roles: Role[]): RoleAssignment[] {
  return roles.map((role) => ({ role, scope: role === Role.HOUSE_CO_CHAIR ? { kind: ScopeKind.BODY, id: 'house' } : null, source: RoleSource.GRANT, sourceId: role }));
}

describe('the areas a person may open', () => {
  it('gives a CiCC member none of the areas of those who run the Compact', () => {
    expect(areasFor(holding(Role.CICC_MEMBER))).toEqual([]);
  });

  it('gives a House co-chair their House, its moderation, people and London’s progress', () => {
    expect(areasFor(holding(Role.HOUSE_CO_CHAIR, Role.HOUSE_MEMBER))).toEqual([ServiceArea.OUR_HOUSE, ServiceArea.LONDONS_PROGRESS, ServiceArea.MODERATION, ServiceArea.PEOPLE]);
  });

  it('gives the officers of a council and of an ICS area or partner their agreements and London’s progress', () => {
    expect(areasFor(holding(Role.LA_OFFICER))).toEqual([ServiceArea.OUR_AUTHORITY, ServiceArea.LONDONS_PROGRESS]);
    expect(areasFor(holding(Role.PARTNER_OFFICER))).toEqual([ServiceArea.OUR_AUTHORITY, ServiceArea.LONDONS_PROGRESS]);
  });

  it('gives a programme admin the admin areas, listed once each, in order', () => {
    expect(areasFor(holding(Role.PROGRAMME_ADMIN, Role.SAFEGUARDING_LEAD))).toEqual([
      ServiceArea.LONDONS_PROGRESS,
      ServiceArea.TRUST_BOARD,
      ServiceArea.SAFEGUARDING,
      ServiceArea.PEOPLE,
      ServiceArea.PUBLISHING,
      ServiceArea.AUDIT,
      ServiceArea.JOBS,
    ]);
  });
});
