import { roleHoldersSql, RoleHoldersOptions } from './membership-roles';
import { assignmentMatches, Role, RoleAssignment, RoleScope, ScopeKind } from './role';

/** A party someone can act for: a local authority, an ICS area or a partner organisation. */
export type PartyScopeKind = ScopeKind.AUTHORITY | ScopeKind.AREA | ScopeKind.ORGANISATION;

export interface PartyScope extends RoleScope {
  kind: PartyScopeKind;
}

/**
 * The role that makes someone act for each kind of party: LA_OFFICER for a local authority,
 * PARTNER_OFFICER for an ICS area or a partner organisation — held in that party's scope, from a
 * membership that represents it (never a CiCC membership: young people are recorded with their
 * home LA, which makes them no officer of it) or from a programme admin's grant.
 */
export const ACTING_ROLE: Readonly<Record<PartyScopeKind, Role>> = {
  [ScopeKind.AUTHORITY]: Role.LA_OFFICER,
  [ScopeKind.AREA]: Role.PARTNER_OFFICER,
  [ScopeKind.ORGANISATION]: Role.PARTNER_OFFICER,
};

const PARTY_KINDS = Object.keys(ACTING_ROLE) as PartyScopeKind[];

export function isPartyScope(scope: RoleScope | null | undefined): scope is PartyScope {
  return !!scope && (PARTY_KINDS as string[]).includes(scope.kind);
}

/**
 * Whether someone holding `roles` acts for `party`: answers for it, changes its agreements and is
 * reminded of what it owes. The one rule; actsForSql is the same rule in SQL.
 */
export function actsFor(roles: readonly RoleAssignment[], party: PartyScope): boolean {
  return roles.some((a) => assignmentMatches(a, ACTING_ROLE[party.kind], party));
}

/** Every party the roles act for (each once), optionally of the given kinds only. */
export function partiesActedFor(roles: readonly RoleAssignment[], kinds: readonly PartyScopeKind[] = PARTY_KINDS): PartyScope[] {
  const out: PartyScope[] = [];
  for (const a of roles) {
    if (!isPartyScope(a.scope) || !kinds.includes(a.scope.kind) || a.role !== ACTING_ROLE[a.scope.kind]) continue;
    if (!out.some((p) => p.kind === a.scope!.kind && p.id === a.scope!.id)) out.push({ kind: a.scope.kind, id: a.scope.id });
  }
  return out;
}

/**
 * Who acts for which party at an instant, in SQL generated from the same rule (roleHoldersSql over
 * ACTING_ROLE). Columns: person_id, and exactly one of authority_id, area_id, organisation_id.
 * Distinct rows.
 */
export function actsForSql(options: Pick<RoleHoldersOptions, 'at'> = {}): string {
  const roles = [...new Set(Object.values(ACTING_ROLE))];
  const pairs = PARTY_KINDS.map((k) => `(h.role = '${ACTING_ROLE[k]}' AND h.scope_kind = '${k}')`).join(' OR ');
  const column = (kind: PartyScopeKind) => `CASE WHEN h.scope_kind = '${kind}' THEN h.scope_id END`;
  return `SELECT DISTINCT h.person_id, ${column(ScopeKind.AUTHORITY)} AS authority_id, ${column(ScopeKind.AREA)} AS area_id,
         ${column(ScopeKind.ORGANISATION)} AS organisation_id
    FROM (${roleHoldersSql({ roles, at: options.at })}) h
   WHERE ${pairs}`;
}
