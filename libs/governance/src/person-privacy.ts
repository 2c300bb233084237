import { Injectable } from '@nestjs/common';
import { AccessService, Role, RoleAssignment, ScopeKind } from '@app/access';
import { Actor, Clock, ForbiddenError, requirePerson, Tx } from '@app/core';
import { CICC_BODY_CODE } from './governance-permissions';
import { isUnder18, YearMonth } from './person-age';

/** What the privacy rule needs to know about a person. */
export interface PersonPrivacyFacts {
  id: string;
  displayName: string;
  email: string;
  /** Stored first-of-month date, or null. */
  birthMonth: string | null;
  careExperienced: boolean;
  homeAuthorityId: string | null;
  homeAuthorityName: string | null;
  /** Houses the person is a current member of (any role). */
  houseIds: string[];
  /** Left the CiCC and holds no current membership anywhere. */
  formerCiccMember: boolean;
  /** Their data was erased: the stored name is already a pseudonym. */
  erased?: boolean;
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

/** A person as a given viewer may see them; null where a detail is hidden from that viewer. */
export interface ShownPerson {
  displayName: string;
  email: string | null;
  /** Birth month as stored, or null when hidden. */
  birthMonth: string | null;
  /** Under 18 today (null when hidden, or the birth month is unknown). */
  under18: boolean | null;
  careExperienced: boolean | null;
  homeAuthorityId: string | null;
  /** True when the name was replaced to protect the person. */
  masked: boolean;
}

export const FORMER_CICC_MEMBER = 'Former CiCC member';

export enum PrivacyErrorCode {
  NOT_ALLOWED_TO_FILTER_CARE_EXPERIENCED = 'NOT_ALLOWED_TO_FILTER_CARE_EXPERIENCED',
}

export class PrivacyForbiddenError extends ForbiddenError {}

/** How a protected young person is named: "CiCC member (Lambeth)". */
export function ciccMemberLabel(homeAuthorityName: string | null): string {
  return homeAuthorityName ? `CiCC member (${homeAuthorityName})` : 'CiCC member';
}

/**
 * Whether a viewer may know a person's personal details — birth month (and so whether they are
 * under 18), whether they are care-experienced, their home LA — and an under-18's name: the
 * person themself, programme admins and the system; the co-chairs of a House the person belongs
 * to; and safeguarding leads, who must know whom a concern is about.
 */
export function maySeeDetails(viewer: PersonViewer, person: Pick<PersonPrivacyFacts, 'id' | 'houseIds'>): boolean {
  return (
    seesEverything(viewer, person.id) || viewer.safeguardingLead === true || person.houseIds.some((h) => viewer.coChairOf.includes(h))
  );
}

function seesEverything(viewer: PersonViewer, personId: string): boolean {
  return viewer.system === true || viewer.programmeAdmin || (viewer.personId !== null && viewer.personId === personId);
}

/**
 * The one rule for how a person appears to a viewer, wherever a person leaves the service
 * (GraphQL, CSV downloads, emails that name someone): PersonPrivacyService applies it.
 * - the person themself, programme admins and the system see everything;
 * - emails are seen by nobody else;
 * - birth month, under 18, care experience and home LA only by those maySeeDetails names;
 * - a person under 18 appears as "CiCC member (<home LA>)" to everyone else ("Former CiCC member"
 *   once they have left);
 * - someone who has left the CiCC (and holds no other membership) appears as "Former CiCC member"
 *   to all but those who see everything;
 * - someone whose data was erased appears under the pseudonym that replaced their name.
 */
export function showPerson(viewer: PersonViewer, person: PersonPrivacyFacts, thisMonth: YearMonth): ShownPerson {
  const under18 = isUnder18(person.birthMonth, thisMonth);
  const details = maySeeDetails(viewer, person)
    ? { birthMonth: person.birthMonth, under18, careExperienced: person.careExperienced, homeAuthorityId: person.homeAuthorityId }
    : { birthMonth: null, under18: null, careExperienced: null, homeAuthorityId: null };
  if (seesEverything(viewer, person.id)) return { displayName: person.displayName, email: person.email, ...details, masked: false };
  if (under18 === true) {
    return maySeeDetails(viewer, person)
      ? { displayName: person.displayName, email: null, ...details, masked: false }
      : { displayName: person.formerCiccMember ? FORMER_CICC_MEMBER : ciccMemberLabel(person.homeAuthorityName), email: null, ...details, masked: true };
  }
  if (person.formerCiccMember && !person.erased) return { displayName: FORMER_CICC_MEMBER, email: null, ...details, masked: true };
  return { displayName: person.displayName, email: null, ...details, masked: false };
}

/**
 * Whether the actor may see a person's email address without knowing their roles: only the
 * person themself and the system. Use showPerson where roles are known (programme admins see emails).
 */
export function canSeeEmail(actor: Actor, personId: string): boolean {
  return actor.system === true || (actor.personId !== null && actor.personId === personId);
}

/** The caller as the privacy rule sees them, from the roles they hold. */
export function personViewer(actor: Actor, roles: readonly RoleAssignment[]): PersonViewer {
  return {
    personId: actor.personId,
    system: actor.system,
    programmeAdmin: roles.some((a) => a.role === Role.PROGRAMME_ADMIN),
    safeguardingLead: roles.some((a) => a.role === Role.SAFEGUARDING_LEAD),
    coChairOf: roles.filter((a) => a.role === Role.HOUSE_CO_CHAIR && a.scope?.kind === ScopeKind.BODY).map((a) => a.scope!.id),
  };
}

/**
 * Who may look for people by whether they are care-experienced: programme admins and
 * safeguarding leads anywhere, and a House's co-chairs among their own House's members (with
 * bodyId set to it) — the same people who see that detail on each person.
 */
export function mayFilterByCareExperience(viewer: PersonViewer, bodyId: string | null | undefined): boolean {
  return viewer.system === true || viewer.programmeAdmin || viewer.safeguardingLead === true || (!!bodyId && viewer.coChairOf.includes(bodyId));
}

/**
 * Applies the privacy rule: every output that shows a person — the GraphQL fields, the CSV
 * downloads and emails that name someone — asks this service how the reader may see them.
 */
@Injectable()
export class PersonPrivacyService {
  constructor(
    private readonly txHost: Tx,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The actor as the privacy rule sees them (their roles are read once per actor object). */
  async viewer(actor: Actor): Promise<PersonViewer> {
    return personViewer(actor, await this.access.rolesOfActor(actor));
  }

  /** The given people as `actor` may see them, by id (unknown ids are left out). */
  async show(actor: Actor, ids: readonly string[], now: Date = this.clock.now()): Promise<Map<string, ShownPerson>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const [viewer, facts] = await Promise.all([this.viewer(actor), this.facts(unique)]);
    return new Map(facts.map((f) => [f.id, showPerson(viewer, f, this.clock.calendar.yearMonthOf(now))]));
  }

  /** Refuses to look for people by care experience to anyone mayFilterByCareExperience does not name. */
  async assertMayFilterByCareExperience(actor: Actor, bodyId: string | null | undefined): Promise<void> {
    requirePerson(actor);
    if (mayFilterByCareExperience(await this.viewer(actor), bodyId)) return;
    throw new PrivacyForbiddenError(
      PrivacyErrorCode.NOT_ALLOWED_TO_FILTER_CARE_EXPERIENCED,
      "Only programme admins, safeguarding leads and a House's co-chairs (among their own House's members: set bodyId to the House) can look for people by whether they are care-experienced.",
      'careExperienced',
    );
  }

  /** What the rule needs to know about each person, in one statement. */
  async facts(ids: readonly string[]): Promise<PersonPrivacyFacts[]> {
    if (ids.length === 0) return [];
    const rows = await this.txHost.tx.query<{
      id: string;
      display_name: string;
      email: string;
      birth_month: string | null;
      care_experienced: boolean;
      home_authority_id: string | null;
      home_authority_name: string | null;
      house_ids: string[];
      former_cicc_member: boolean;
      erased: boolean;
    }[]>(
      `SELECT p.id, p.display_name, p.email, to_char(p.birth_month, 'YYYY-MM-DD') AS birth_month, p.care_experienced,
              p.home_authority_id, la.name AS home_authority_name,
              coalesce(array_agg(DISTINCT m.body_id) FILTER (WHERE m.ended_at IS NULL AND b.kind = 'HOUSE'), '{}') AS house_ids,
              coalesce(bool_or(b.code = $2 AND m.ended_at IS NOT NULL), false)
                AND NOT coalesce(bool_or(m.ended_at IS NULL), false) AS former_cicc_member,
              p.erased_at IS NOT NULL AS erased
         FROM person p
         LEFT JOIN local_authority la ON la.id = p.home_authority_id
         LEFT JOIN membership m ON m.person_id = p.id
         LEFT JOIN body b ON b.id = m.body_id
        WHERE p.id = ANY($1::uuid[])
        GROUP BY p.id, la.name`,
      [[...ids], CICC_BODY_CODE],
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      email: r.email,
      birthMonth: r.birth_month,
      careExperienced: r.care_experienced,
      homeAuthorityId: r.home_authority_id,
      homeAuthorityName: r.home_authority_name,
      houseIds: r.house_ids,
      formerCiccMember: r.former_cicc_member,
      erased: r.erased,
    }));
  }
}
