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
