import { MembershipFacts, rolesFromMemberships } from './membership-roles';
import { Role, RoleAssignment, RoleScope, RoleSource, ScopeKind } from './role';
import { RoleGrantEntity } from './role-grant.entity';

/**
 * One row of what gives a person roles now: a current membership (with its body's kind and whom
 * it represents) or a current grant (with its scope). See roleFactsSql.
 */
export interface RoleFact extends MembershipFacts {
  source: RoleSource;
  scopeBodyId: string | null;
  scopeAuthorityId: string | null;
  scopeOrganisationId: string | null;
  scopeAreaId: string | null;
}

/**
 * A query for the facts that give the person in placeholder `person` (e.g. `$1`) their roles
 * now: current memberships, then current grants oldest first. One statement, so that reading a
 * caller's roles can ride along with another lookup (see rolesJsonSql).
 */
export function roleFactsSql(person: string): string {
  return `SELECT 'MEMBERSHIP' AS source, m.id, m.role::text AS role, m.body_id AS "bodyId", b.kind::text AS "bodyKind",
                 m.represents_authority_id AS "representsAuthorityId", m.represents_area_id AS "representsAreaId",
                 m.represents_organisation_id AS "representsOrganisationId",
                 NULL::uuid AS "scopeBodyId", NULL::uuid AS "scopeAuthorityId", NULL::uuid AS "scopeOrganisationId", NULL::uuid AS "scopeAreaId",
                 0 AS "sourceOrder", NULL::timestamptz AS "grantedAt"
            FROM membership m JOIN body b ON b.id = m.body_id
           WHERE m.person_id = ${person} AND m.ended_at IS NULL AND m.started_at <= now()
          UNION ALL
          SELECT 'GRANT', g.id, g.role::text, NULL, NULL, NULL, NULL, NULL,
                 g.scope_body_id, g.scope_authority_id, g.scope_organisation_id, g.scope_area_id, 1, g.granted_at
            FROM role_grant g
           WHERE g.person_id = ${person} AND g.revoked_at IS NULL
           ORDER BY "sourceOrder", "grantedAt", id`;
}

/** roleFactsSql as one json array, to select beside other columns (parse it with rolesFromFacts). */
export function rolesJsonSql(person: string): string {
  return `(SELECT coalesce(json_agg(f ORDER BY f."sourceOrder", f."grantedAt", f.id), '[]'::json) FROM (${roleFactsSql(person)}) f)`;
}

/** The roles the facts give. */
export function rolesFromFacts(facts: readonly RoleFact[]): RoleAssignment[] {
  const memberships = facts.filter((f) => f.source === RoleSource.MEMBERSHIP);
  const grants = facts.filter((f) => f.source === RoleSource.GRANT);
  return [
    ...rolesFromMemberships(memberships),
    ...grants.map((g) => ({ role: g.role as Role, scope: scopeOfGrant(g), source: RoleSource.GRANT, sourceId: g.id })),
  ];
}

/** The scope a grant names, if any. */
export function scopeOfGrant(grant: Pick<RoleGrantEntity, 'scopeBodyId' | 'scopeAuthorityId' | 'scopeOrganisationId' | 'scopeAreaId'>): RoleScope | null {
  if (grant.scopeBodyId) return { kind: ScopeKind.BODY, id: grant.scopeBodyId };
  if (grant.scopeAuthorityId) return { kind: ScopeKind.AUTHORITY, id: grant.scopeAuthorityId };
  if (grant.scopeOrganisationId) return { kind: ScopeKind.ORGANISATION, id: grant.scopeOrganisationId };
  if (grant.scopeAreaId) return { kind: ScopeKind.AREA, id: grant.scopeAreaId };
  return null;
}
