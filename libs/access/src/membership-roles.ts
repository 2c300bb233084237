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

const CO_CHAIR = new Set(['CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD']);
/** Roles that make someone a full member of a body (advisers and observers take part without being members). */
const FULL_MEMBER = new Set(['CHAIR', 'MEMBER', 'CO_CHAIR_YOUNG_PERSON', 'CO_CHAIR_SECTOR_LEAD']);

/**
 * The roles current memberships give:
 * - a House's co-chair ⇒ HOUSE_CO_CHAIR and HOUSE_MEMBER of that House; its chair or a member ⇒ HOUSE_MEMBER;
 * - a member (or chair) of the CiCC ⇒ CICC_MEMBER;
 * - a member, chair or adviser of the Trust Board ⇒ TRUST_BOARD_MEMBER (observers are not members);
 * - a membership representing an LA ⇒ LA_OFFICER for that LA, and one representing a partner
 *   organisation or an ICS area ⇒ PARTNER_OFFICER for it — except on the CiCC, where young people
 *   are recorded with the LA they come from, which makes them no officer of it.
 */
export function rolesFromMemberships(rows: readonly MembershipFacts[]): RoleAssignment[] {
  const out: RoleAssignment[] = [];
  const add = (role: Role, scope: RoleAssignment['scope'], sourceId: string) => out.push({ role, scope, source: RoleSource.MEMBERSHIP, sourceId });
  for (const row of rows) {
    const body = { kind: ScopeKind.BODY, id: row.bodyId };
    if (row.bodyKind === 'HOUSE') {
      if (CO_CHAIR.has(row.role)) add(Role.HOUSE_CO_CHAIR, body, row.id);
      if (FULL_MEMBER.has(row.role)) add(Role.HOUSE_MEMBER, body, row.id);
    }
    if (row.bodyKind === 'CICC' && FULL_MEMBER.has(row.role)) add(Role.CICC_MEMBER, null, row.id);
    if (row.bodyKind === 'TRUST_BOARD' && row.role !== 'OBSERVER') add(Role.TRUST_BOARD_MEMBER, null, row.id);
    if (row.bodyKind !== 'CICC') {
      if (row.representsAuthorityId) add(Role.LA_OFFICER, { kind: ScopeKind.AUTHORITY, id: row.representsAuthorityId }, row.id);
      if (row.representsOrganisationId) add(Role.PARTNER_OFFICER, { kind: ScopeKind.ORGANISATION, id: row.representsOrganisationId }, row.id);
      if (row.representsAreaId) add(Role.PARTNER_OFFICER, { kind: ScopeKind.AREA, id: row.representsAreaId }, row.id);
    }
  }
  return out;
}
