/**
 * What a person may do, by role. Roles come from memberships where possible (a House co-chair's
 * membership gives HOUSE_CO_CHAIR for that House) and from explicit grants by programme admins.
 * Scoped roles name the House, authority, organisation or area they apply to.
 */
export enum Role {
  PROGRAMME_ADMIN = 'PROGRAMME_ADMIN',
  TRUST_BOARD_MEMBER = 'TRUST_BOARD_MEMBER',
  HOUSE_CO_CHAIR = 'HOUSE_CO_CHAIR',
  HOUSE_MEMBER = 'HOUSE_MEMBER',
  CICC_MEMBER = 'CICC_MEMBER',
  LA_OFFICER = 'LA_OFFICER',
  PARTNER_OFFICER = 'PARTNER_OFFICER',
  ALDCS_VIEWER = 'ALDCS_VIEWER',
  SAFEGUARDING_LEAD = 'SAFEGUARDING_LEAD',
}

/** What a scoped role applies to. */
export enum ScopeKind {
  /** A House (or another governance body). */
  BODY = 'BODY',
  AUTHORITY = 'AUTHORITY',
  ORGANISATION = 'ORGANISATION',
  AREA = 'AREA',
}

export interface RoleScope {
  kind: ScopeKind;
  id: string;
}

/** Where a role came from. */
export enum RoleSource {
  MEMBERSHIP = 'MEMBERSHIP',
  GRANT = 'GRANT',
}

/** One role a person holds now, with its scope (null for roles that apply everywhere). */
export interface RoleAssignment {
  role: Role;
  scope: RoleScope | null;
  source: RoleSource;
  /** The membership or grant that gives it. */
  sourceId: string;
}

/** The kinds of scope each role takes; an empty list means the role is not scoped. */
export const ROLE_SCOPES: Readonly<Record<Role, readonly ScopeKind[]>> = {
  [Role.PROGRAMME_ADMIN]: [],
  [Role.TRUST_BOARD_MEMBER]: [],
  [Role.HOUSE_CO_CHAIR]: [ScopeKind.BODY],
  [Role.HOUSE_MEMBER]: [ScopeKind.BODY],
  [Role.CICC_MEMBER]: [],
  [Role.LA_OFFICER]: [ScopeKind.AUTHORITY],
  [Role.PARTNER_OFFICER]: [ScopeKind.ORGANISATION, ScopeKind.AREA],
  [Role.ALDCS_VIEWER]: [],
  [Role.SAFEGUARDING_LEAD]: [],
};

/**
 * Who reads London's progress: the agreement matrix, the rollups and the board overview, on screen
 * and as CSV. Directors and the Trust Board, the programme's admins, the Houses, and the officers of
 * every authority and partner.
 */
export const PROGRESS_READER_ROLES: readonly Role[] = [
  Role.ALDCS_VIEWER,
  Role.TRUST_BOARD_MEMBER,
  Role.PROGRAMME_ADMIN,
  Role.HOUSE_CO_CHAIR,
  Role.HOUSE_MEMBER,
  Role.LA_OFFICER,
  Role.PARTNER_OFFICER,
];

/** Whether an assignment gives `role`, in `scope` when one is asked for. */
export function assignmentMatches(assignment: RoleAssignment, role: Role, scope?: RoleScope | null): boolean {
  if (assignment.role !== role) return false;
  if (!scope) return true;
  return assignment.scope !== null && assignment.scope.kind === scope.kind && assignment.scope.id === scope.id;
}

/** Whether a list of assignments gives `role` (in `scope`, when given). */
export function holds(assignments: readonly RoleAssignment[], role: Role, scope?: RoleScope | null): boolean {
  return assignments.some((a) => assignmentMatches(a, role, scope));
}

/** The scopes in which a list of assignments gives `role`. */
export function scopesOf(assignments: readonly RoleAssignment[], role: Role, kind?: ScopeKind): RoleScope[] {
  return assignments
    .filter((a) => a.role === role && a.scope !== null && (!kind || a.scope.kind === kind))
    .map((a) => a.scope as RoleScope);
}

export const bodyScope = (id: string): RoleScope => ({ kind: ScopeKind.BODY, id });
export const authorityScope = (id: string): { kind: ScopeKind.AUTHORITY; id: string } => ({ kind: ScopeKind.AUTHORITY, id });
export const organisationScope = (id: string): { kind: ScopeKind.ORGANISATION; id: string } => ({ kind: ScopeKind.ORGANISATION, id });
export const areaScope = (id: string): { kind: ScopeKind.AREA; id: string } => ({ kind: ScopeKind.AREA, id });
