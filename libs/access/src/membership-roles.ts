import { Role, RoleAssignment, RoleSource, ScopeKind } from './role';

/** A current membership, as much of it as decides the roles it gives. */
export interface MembershipFacts {
  id: string;
  /** MembershipRole value: CHAIR, CO_CHAIR_YOUNG_PERSON, CO_CHAIR_SECTOR_LEAD, MEMBER, ADVISER, OBSERVER. */
  role: string;
  bodyId: string;
  /** BodyKind value: TRUST_BOARD, CICC, WORKING_GROUP, NETWORK, HOUSE. */
  bodyKind: string;
  representsAuthorityId: string | null;
  representsAreaId: string | null;
  representsOrganisationId: string | null;
}

const CO_CHAIR = ['CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD'] as const;
/** Roles that make someone a full member of a body (advisers and observers take part without being members). */
const FULL_MEMBER = ['CHAIR', 'MEMBER', 'CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD'] as const;

/** The membership field a scoped role takes its scope from. */
type ScopeField = 'bodyId' | 'representsAuthorityId' | 'representsAreaId' | 'representsOrganisationId';

/**
 * One way a membership gives a role. A membership gives `role` when its body is of one of
 * `bodies` (or of any kind but `notBodies`), its role is one of `memberRoles` (or any but
 * `notMemberRoles`), and — for a scoped role — it names the scope (`scope.from` is set).
 */
export interface MembershipRoleRule {
  role: Role;
  bodies?: readonly string[];
  notBodies?: readonly string[];
  memberRoles?: readonly string[];
  notMemberRoles?: readonly string[];
  scope?: { kind: ScopeKind; from: ScopeField };
}

/**
 * The roles current memberships give — the one definition, read by rolesFromMemberships (in
 * TypeScript) and by roleHoldersSql (in SQL):
 * - a House's co-chair ⇒ HOUSE_CO_CHAIR and HOUSE_MEMBER of that House; its chair or a member ⇒ HOUSE_MEMBER;
 * - a member (or chair) of the CiCC ⇒ CICC_MEMBER;
 * - a member, chair or adviser of the Trust Board ⇒ TRUST_BOARD_MEMBER (observers are not members);
 * - a membership representing an LA ⇒ LA_OFFICER for that LA, and one representing a partner
 *   organisation or an ICS area ⇒ PARTNER_OFFICER for it — except on the CiCC, where young people
 *   are recorded with the LA they come from, which makes them no officer of it.
 */
export const MEMBERSHIP_ROLE_RULES: readonly MembershipRoleRule[] = [
  { role: Role.HOUSE_CO_CHAIR, bodies: ['HOUSE'], memberRoles: CO_CHAIR, scope: { kind: ScopeKind.BODY, from: 'bodyId' } },
  { role: Role.HOUSE_MEMBER, bodies: ['HOUSE'], memberRoles: FULL_MEMBER, scope: { kind: ScopeKind.BODY, from: 'bodyId' } },
  { role: Role.CICC_MEMBER, bodies: ['CICC'], memberRoles: FULL_MEMBER },
  { role: Role.TRUST_BOARD_MEMBER, bodies: ['TRUST_BOARD'], notMemberRoles: ['OBSERVER'] },
  { role: Role.LA_OFFICER, notBodies: ['CICC'], scope: { kind: ScopeKind.AUTHORITY, from: 'representsAuthorityId' } },
  { role: Role.PARTNER_OFFICER, notBodies: ['CICC'], scope: { kind: ScopeKind.ORGANISATION, from: 'representsOrganisationId' } },
  { role: Role.PARTNER_OFFICER, notBodies: ['CICC'], scope: { kind: ScopeKind.AREA, from: 'representsAreaId' } },
];

function ruleApplies(rule: MembershipRoleRule, row: MembershipFacts): boolean {
  if (rule.bodies && !rule.bodies.includes(row.bodyKind)) return false;
  if (rule.notBodies && rule.notBodies.includes(row.bodyKind)) return false;
  if (rule.memberRoles && !rule.memberRoles.includes(row.role)) return false;
  if (rule.notMemberRoles && rule.notMemberRoles.includes(row.role)) return false;
  return !rule.scope || row[rule.scope.from] !== null;
}

/** The roles current memberships give (see MEMBERSHIP_ROLE_RULES). */
export function rolesFromMemberships(rows: readonly MembershipFacts[]): RoleAssignment[] {
  const out: RoleAssignment[] = [];
  for (const row of rows) {
    for (const rule of MEMBERSHIP_ROLE_RULES) {
      if (!ruleApplies(rule, row)) continue;
      const scope = rule.scope ? { kind: rule.scope.kind, id: row[rule.scope.from] as string } : null;
      out.push({ role: rule.role, scope, source: RoleSource.MEMBERSHIP, sourceId: row.id });
    }
  }
  return out;
}

/** The membership column (alias `m`) behind each scope field. */
const SCOPE_COLUMN: Readonly<Record<ScopeField, string>> = {
  bodyId: 'm.body_id',
  representsAuthorityId: 'm.represents_authority_id',
  representsAreaId: 'm.represents_area_id',
  representsOrganisationId: 'm.represents_organisation_id',
};

const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** The grant columns (alias `g`) that carry each kind of scope. */
const GRANT_SCOPE_COLUMN: Readonly<Record<ScopeKind, string>> = {
  [ScopeKind.BODY]: 'g.scope_body_id',
  [ScopeKind.AUTHORITY]: 'g.scope_authority_id',
  [ScopeKind.ORGANISATION]: 'g.scope_organisation_id',
  [ScopeKind.AREA]: 'g.scope_area_id',
};

export interface RoleHoldersOptions {
  /** Only these roles (all when absent). */
  roles?: readonly Role[];
  /**
   * The instant, as an SQL expression (e.g. `$1::timestamptz`; `now()` when absent): memberships
   * that have started and not ended by then, and grants given and not revoked by then.
   */
  at?: string;
  /** Only this person (an SQL expression, e.g. `$1::uuid`), for a check on its way through another statement. */
  person?: string;
}

/**
 * Everyone who holds a role at an instant, in SQL generated from MEMBERSHIP_ROLE_RULES and the
 * grants, so a statement that picks people by role (reminders, digests, whom to tell) names the
 * same people rolesOf does. Columns: person_id, role (text), scope_kind (text, null for unscoped
 * roles), scope_id (uuid or null), source ('MEMBERSHIP' or 'GRANT'). One row per membership or
 * grant that gives the role, so the same person may appear more than once.
 */
export function roleHoldersSql(options: RoleHoldersOptions = {}): string {
  const at = options.at ?? 'now()';
  const wanted = (role: Role) => !options.roles || options.roles.includes(role);
  const parts = MEMBERSHIP_ROLE_RULES.filter((rule) => wanted(rule.role)).map((rule) => {
    const where = [`m.started_at <= ${at}`, `(m.ended_at IS NULL OR m.ended_at > ${at})`];
    if (options.person) where.push(`m.person_id = ${options.person}`);
    if (rule.bodies) where.push(`b.kind::text IN (${sqlList(rule.bodies)})`);
    if (rule.notBodies) where.push(`b.kind::text NOT IN (${sqlList(rule.notBodies)})`);
    if (rule.memberRoles) where.push(`m.role::text IN (${sqlList(rule.memberRoles)})`);
    if (rule.notMemberRoles) where.push(`m.role::text NOT IN (${sqlList(rule.notMemberRoles)})`);
    if (rule.scope) where.push(`${SCOPE_COLUMN[rule.scope.from]} IS NOT NULL`);
    const scopeKind = rule.scope ? `'${rule.scope.kind}'::text` : 'NULL::text';
    const scopeId = rule.scope ? SCOPE_COLUMN[rule.scope.from] : 'NULL::uuid';
    return `SELECT m.person_id, '${rule.role}'::text AS role, ${scopeKind} AS scope_kind, ${scopeId} AS scope_id, 'MEMBERSHIP'::text AS source
      FROM membership m JOIN body b ON b.id = m.body_id
     WHERE ${where.join(' AND ')}`;
  });
  const grantRoles = `${options.roles ? ` AND g.role::text IN (${sqlList(options.roles)})` : ''}${options.person ? ` AND g.person_id = ${options.person}` : ''}`;
  const kinds = Object.values(ScopeKind);
  parts.push(`SELECT g.person_id, g.role::text, CASE ${kinds.map((k) => `WHEN ${GRANT_SCOPE_COLUMN[k]} IS NOT NULL THEN '${k}'`).join(' ')} END::text,
           coalesce(${kinds.map((k) => GRANT_SCOPE_COLUMN[k]).join(', ')}), 'GRANT'::text
      FROM role_grant g
     WHERE g.granted_at <= ${at} AND (g.revoked_at IS NULL OR g.revoked_at > ${at})${grantRoles}`);
  return parts.join('\n    UNION ALL\n    ');
}

/** The people who hold any of `roles` at an instant (each once), optionally only in one scope (`scopeId`, an SQL expression). */
export function roleHolderIdsSql(options: RoleHoldersOptions & { scopeId?: string }): string {
  return `SELECT DISTINCT h.person_id FROM (${roleHoldersSql(options)}) h${options.scopeId ? ` WHERE h.scope_id = ${options.scopeId}` : ''}`;
}
