import { actsFor, actsForSql, partiesActedFor } from './acts-for';
import { MembershipFacts, roleHoldersSql, rolesFromMemberships } from './membership-roles';
import { areaScope, authorityScope, organisationScope, Role, RoleAssignment, RoleSource, ScopeKind } from './role';

const membership = (over: Partial<MembershipFacts>): MembershipFacts => ({
  id: 'm1',
  role: 'MEMBER',
  bodyId: 'llancl',
  bodyKind: 'NETWORK',
  representsAuthorityId: null,
  representsAreaId: null,
  representsOrganisationId: null,
  ...over,
});

const grant = (role: Role, scope: RoleAssignment['scope']): RoleAssignment => ({ role, scope, source: RoleSource.GRANT, sourceId: 'g1' });

describe('acting for a local authority, ICS area or partner', () => {
  it('an LA officer acts for their LA only', () => {
    const roles = rolesFromMemberships([membership({ representsAuthorityId: 'lam' })]);
    expect(actsFor(roles, authorityScope('lam'))).toBe(true);
    expect(actsFor(roles, authorityScope('crd'))).toBe(false);
  });

  it('a CiCC member recorded with their home LA does not act for it', () => {
    const roles = rolesFromMemberships([membership({ bodyKind: 'CICC', bodyId: 'cicc', representsAuthorityId: 'lam' })]);
    expect(actsFor(roles, authorityScope('lam'))).toBe(false);
    expect(partiesActedFor(roles)).toEqual([]);
  });

  it('an ICS officer acts for their area, and a partner officer for their organisation', () => {
    const roles = rolesFromMemberships([
      membership({ bodyKind: 'TRUST_BOARD', role: 'OBSERVER', representsAreaId: 'ncl' }),
      membership({ id: 'm2', bodyKind: 'WORKING_GROUP', representsOrganisationId: 'tfl' }),
    ]);
    expect(actsFor(roles, areaScope('ncl'))).toBe(true);
    expect(actsFor(roles, organisationScope('tfl'))).toBe(true);
    expect(actsFor(roles, areaScope('tfl'))).toBe(false);
    expect(partiesActedFor(roles)).toEqual([areaScope('ncl'), organisationScope('tfl')]);
    expect(partiesActedFor(roles, [ScopeKind.AREA])).toEqual([areaScope('ncl')]);
  });

  it('a grant acts like a membership; a role in the wrong kind of scope does not count', () => {
    expect(actsFor([grant(Role.LA_OFFICER, authorityScope('crd'))], authorityScope('crd'))).toBe(true);
    expect(actsFor([grant(Role.PARTNER_OFFICER, authorityScope('crd'))], authorityScope('crd'))).toBe(false);
    expect(actsFor([grant(Role.PROGRAMME_ADMIN, null)], authorityScope('crd'))).toBe(false);
  });

  it('lists each party once, however many memberships and grants give it', () => {
    const roles = [...rolesFromMemberships([membership({ representsAuthorityId: 'lam' })]), grant(Role.LA_OFFICER, authorityScope('lam'))];
    expect(partiesActedFor(roles)).toEqual([authorityScope('lam')]);
  });
});

describe('the same rules in SQL', () => {
  it('generates one branch per membership rule and one for grants, bounded by the instant given', () => {
    const sql = roleHoldersSql({ at: '$1::timestamptz' });
    expect(sql.match(/FROM membership m/g)).toHaveLength(7);
    expect(sql).toContain('FROM role_grant g');
    expect(sql).toContain("b.kind::text NOT IN ('CICC')");
    expect(sql).toContain('m.started_at <= $1::timestamptz');
    expect(sql).not.toContain('now()');
  });

  it('keeps only the branches of the roles asked for', () => {
    const sql = roleHoldersSql({ roles: [Role.CICC_MEMBER] });
    expect(sql.match(/FROM membership m/g)).toHaveLength(1);
    expect(sql).toContain("g.role::text IN ('CICC_MEMBER')");
  });

  it('acting for a party reads LA_OFFICER and PARTNER_OFFICER holders in the scope of their party', () => {
    const sql = actsForSql();
    expect(sql).toContain("(h.role = 'LA_OFFICER' AND h.scope_kind = 'AUTHORITY')");
    expect(sql).toContain("(h.role = 'PARTNER_OFFICER' AND h.scope_kind = 'AREA')");
    expect(sql).toContain("(h.role = 'PARTNER_OFFICER' AND h.scope_kind = 'ORGANISATION')");
  });
});
