import { PROGRESS_READER_ROLES, Role, RoleAssignment, ScopeKind } from './role';

/** The parts of the service a signed-in person may open, each for the roles its pages serve. */
export enum ServiceArea {
  OUR_HOUSE = 'OUR_HOUSE',
  OUR_AUTHORITY = 'OUR_AUTHORITY',
  LONDONS_PROGRESS = 'LONDONS_PROGRESS',
  TRUST_BOARD = 'TRUST_BOARD',
  MODERATION = 'MODERATION',
  SAFEGUARDING = 'SAFEGUARDING',
  PEOPLE = 'PEOPLE',
  PUBLISHING = 'PUBLISHING',
  AUDIT = 'AUDIT',
  JOBS = 'JOBS',
}

/** Who may open each area: the roles its operations let in. In this order the areas are listed. */
export const AREA_ROLES: Readonly<Record<ServiceArea, readonly Role[]>> = {
  // A House's two co-chairs run it.
  [ServiceArea.OUR_HOUSE]: [Role.HOUSE_CO_CHAIR],
  // The officers of an LA, an ICS area or a partner organisation record its agreements.
  [ServiceArea.OUR_AUTHORITY]: [Role.LA_OFFICER, Role.PARTNER_OFFICER],
  [ServiceArea.LONDONS_PROGRESS]: PROGRESS_READER_ROLES,
  [ServiceArea.TRUST_BOARD]: [Role.TRUST_BOARD_MEMBER, Role.PROGRAMME_ADMIN],
  // A House's co-chairs moderate its comments.
  [ServiceArea.MODERATION]: [Role.HOUSE_CO_CHAIR],
  [ServiceArea.SAFEGUARDING]: [Role.SAFEGUARDING_LEAD],
  // Programme admins grant roles and invite anyone; co-chairs invite people into their own House.
  [ServiceArea.PEOPLE]: [Role.PROGRAMME_ADMIN, Role.HOUSE_CO_CHAIR],
  [ServiceArea.PUBLISHING]: [Role.PROGRAMME_ADMIN],
  [ServiceArea.AUDIT]: [Role.PROGRAMME_ADMIN, Role.SAFEGUARDING_LEAD],
  [ServiceArea.JOBS]: [Role.PROGRAMME_ADMIN],
};

/** The areas a person holding these roles may open, in the order of ServiceArea. */
export function areasFor(assignments: readonly RoleAssignment[]): ServiceArea[] {
  const held = new Set(assignments.map((a) => a.role));
  return Object.values(ServiceArea).filter((area) => AREA_ROLES[area].some((role) => held.has(role)));
}

/** The Houses whose co-chair these roles make someone now (by a seat or a grant), by id: the Houses of Our House and moderation. */
export function housesCoChaired(assignments: readonly RoleAssignment[]): string[] {
  return [...new Set(assignments.filter((a) => a.role === Role.HOUSE_CO_CHAIR && a.scope?.kind === ScopeKind.BODY).map((a) => a.scope!.id))];
}
