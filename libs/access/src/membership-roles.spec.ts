import { MembershipFacts, rolesFromMemberships } from './membership-roles';
import { authorityScope, bodyScope, holds, Role, ROLE_SCOPES, RoleSource, ScopeKind, scopesOf } from './role';

const row = (over: Partial<MembershipFacts>): MembershipFacts => ({
  id: 'm1',
  role: 'MEMBER',
  bodyId: 'housing',
  bodyKind: 'HOUSE',
  representsAuthorityId: null,
  representsAreaId: null,
  representsOrganisationId: null,
  ...over,
});

const rolesOf = (rows: MembershipFacts[]) => rolesFromMemberships(rows).map((a) => `${a.role}${a.scope ? `(${a.scope.id})` : ''}`).sort();

describe('roles from memberships', () => {
  it('gives a House co-chair co-chair and member rights in that House only', () => {
    expect(rolesOf([row({ role: 'CO_CHAIR_YOUNG_PERSON' })])).toEqual(['HOUSE_CO_CHAIR(housing)', 'HOUSE_MEMBER(housing)']);
    expect(rolesOf([row({ role: 'CO_CHAIR_SECTOR_LEAD', bodyId: 'health' })])).toEqual(['HOUSE_CO_CHAIR(health)', 'HOUSE_MEMBER(health)']);
  });

  it('gives House members and chairs member rights, and advisers and observers none', () => {
    expect(rolesOf([row({ role: 'MEMBER' }), row({ role: 'CHAIR', bodyId: 'ete' })])).toEqual(['HOUSE_MEMBER(ete)', 'HOUSE_MEMBER(housing)']);
    expect(rolesOf([row({ role: 'ADVISER' }), row({ role: 'OBSERVER' })])).toEqual([]);
  });

  it('makes CiCC members CICC_MEMBER, but not officers of the LA they come from', () => {
    expect(rolesOf([row({ bodyKind: 'CICC', bodyId: 'cicc', representsAuthorityId: 'lam' })])).toEqual(['CICC_MEMBER']);
  });

  it('makes Trust Board members (not observers) TRUST_BOARD_MEMBER', () => {
    expect(rolesOf([row({ bodyKind: 'TRUST_BOARD', bodyId: 'tb' })])).toEqual(['TRUST_BOARD_MEMBER']);
    expect(rolesOf([row({ bodyKind: 'TRUST_BOARD', bodyId: 'tb', role: 'OBSERVER', representsAreaId: 'ncl' })])).toEqual(['PARTNER_OFFICER(ncl)']);
  });

  it('makes whoever represents an LA its officer, and whoever represents a partner or area its partner officer', () => {
    expect(rolesOf([row({ bodyKind: 'NETWORK', bodyId: 'llancl', representsAuthorityId: 'lam' })])).toEqual(['LA_OFFICER(lam)']);
    expect(rolesOf([row({ bodyKind: 'WORKING_GROUP', bodyId: 'wg', representsOrganisationId: 'tfl' })])).toEqual(['PARTNER_OFFICER(tfl)']);
  });
});

describe('holding a role in a scope', () => {
  const held = rolesFromMemberships([row({ role: 'CO_CHAIR_SECTOR_LEAD' }), row({ id: 'm2', bodyKind: 'NETWORK', bodyId: 'llancl', representsAuthorityId: 'lam' })]);

  it('counts a scoped role only in its own scope', () => {
    expect(holds(held, Role.HOUSE_CO_CHAIR, bodyScope('housing'))).toBe(true);
    expect(holds(held, Role.HOUSE_CO_CHAIR, bodyScope('health'))).toBe(false);
    expect(holds(held, Role.LA_OFFICER, authorityScope('lam'))).toBe(true);
    expect(holds(held, Role.LA_OFFICER, authorityScope('crd'))).toBe(false);
    expect(holds(held, Role.LA_OFFICER)).toBe(true);
    expect(holds(held, Role.PROGRAMME_ADMIN)).toBe(false);
    expect(scopesOf(held, Role.LA_OFFICER, ScopeKind.AUTHORITY)).toEqual([authorityScope('lam')]);
    expect(held.every((a) => a.source === RoleSource.MEMBERSHIP)).toBe(true);
  });

  it('says which roles are scoped and by what', () => {
    expect(ROLE_SCOPES[Role.PARTNER_OFFICER]).toEqual([ScopeKind.ORGANISATION, ScopeKind.AREA]);
    expect(ROLE_SCOPES[Role.PROGRAMME_ADMIN]).toEqual([]);
  });
});
