import { Actor } from '@app/core';
import { isUnder18 } from './person-age';

/** What the privacy rule needs to know about a person. */
export interface PersonPrivacyFacts {
  id: string;
  displayName: string;
  email: string;
  /** Stored first-of-month date, or null. */
  birthMonth: string | null;
  homeAuthorityName: string | null;
  /** Houses the person is a current member of (any role). */
  houseIds: string[];
  /** Left the CiCC and holds no current membership anywhere. */
  formerCiccMember: boolean;
}

/** Who is looking, as much as the privacy rule needs. */
export interface PersonViewer {
  personId: string | null;
  system?: boolean;
  programmeAdmin: boolean;
  /** Houses the viewer co-chairs now. */
  coChairOf: readonly string[];
  /** Safeguarding leads must know whom a concern is about, so they see young people's names. */
  safeguardingLead?: boolean;
}

/** A person as a given viewer may see them. */
export interface ShownPerson {
  displayName: string;
  email: string | null;
  /** Birth month as stored, or null when hidden. */
  birthMonth: string | null;
  /** True when the name was replaced to protect the person. */
  masked: boolean;
}

export const FORMER_CICC_MEMBER = 'Former CiCC member';

/** How a protected young person is named: "CiCC member (Lambeth)". */
export function ciccMemberLabel(homeAuthorityName: string | null): string {
  return homeAuthorityName ? `CiCC member (${homeAuthorityName})` : 'CiCC member';
}

/**
 * The one rule for how a person appears to a viewer, wherever a person leaves the API:
 * - the person themself, programme admins and the system see everything;
 * - emails are seen by nobody else;
 * - a person under 18 appears as "CiCC member (<home LA>)", with no birth month, to everyone
 *   except the co-chairs of a House they belong to and safeguarding leads, who see the name;
 * - someone who has left the CiCC (and holds no other membership) appears as "Former CiCC member",
 *   whatever their age.
 */
export function showPerson(viewer: PersonViewer, person: PersonPrivacyFacts, today: Date = new Date()): ShownPerson {
  const everything = viewer.system === true || viewer.programmeAdmin || (viewer.personId !== null && viewer.personId === person.id);
  if (everything) return { displayName: person.displayName, email: person.email, birthMonth: person.birthMonth, masked: false };
  if (isUnder18(person.birthMonth, today) === true) {
    const ownCoChair = person.houseIds.some((h) => viewer.coChairOf.includes(h));
    return ownCoChair || viewer.safeguardingLead === true
      ? { displayName: person.displayName, email: null, birthMonth: person.birthMonth, masked: false }
      : { displayName: person.formerCiccMember ? FORMER_CICC_MEMBER : ciccMemberLabel(person.homeAuthorityName), email: null, birthMonth: null, masked: true };
  }
  if (person.formerCiccMember) return { displayName: FORMER_CICC_MEMBER, email: null, birthMonth: null, masked: true };
  return { displayName: person.displayName, email: null, birthMonth: person.birthMonth, masked: false };
}

/**
 * Whether the actor may see a person's email address without knowing their roles: only the
 * person themself and the system. Use showPerson where roles are known (programme admins see emails).
 */
export function canSeeEmail(actor: Actor, personId: string): boolean {
  return actor.system === true || (actor.personId !== null && actor.personId === personId);
}
