import { AgreementState, PartyKind, Reciprocity } from '@app/agreements';
import { AreaRule, DEFAULT_AREA_RULE, DeliveryModel } from '@app/proposals';

/** Whether an offer applies to the young person on the date asked. */
export enum EntitlementStatus {
  AVAILABLE = 'AVAILABLE',
  /** Agreed, or implemented from a later date, but not yet in place on the date asked. */
  COMING = 'COMING',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  /** The young person is outside the offer's eligibility (age). */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /**
   * The party that would provide it agreed an earlier wording of the offer and has not confirmed
   * the wording of this edition: the answer does not promise the new terms on its behalf.
   */
  UNCONFIRMED = 'UNCONFIRMED',
}

/** Why: a stable code per rule, with a sentence for people beside it. */
export enum EntitlementReason {
  OUTSIDE_AGE_RANGE = 'OUTSIDE_AGE_RANGE',
  /** Responsible and resident LA are the same, and it provides the offer. */
  SAME_AUTHORITY = 'SAME_AUTHORITY',
  /** The responsible LA provides it to its own care leavers wherever they live. */
  OWN_CARE_LEAVERS_ANYWHERE = 'OWN_CARE_LEAVERS_ANYWHERE',
  /** The resident LA provides it to any care leaver living there. */
  ANY_CARE_LEAVER_RESIDENT = 'ANY_CARE_LEAVER_RESIDENT',
  /** Both LAs would provide it; the responsible LA does. */
  BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES = 'BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES',
  /** An ICS-area offer provided by the area of the responsible LA. */
  AREA_OF_RESPONSIBLE_AUTHORITY = 'AREA_OF_RESPONSIBLE_AUTHORITY',
  /** An ICS-area offer provided by the area of the LA the young person lives in. */
  AREA_OF_RESIDENT_AUTHORITY = 'AREA_OF_RESIDENT_AUTHORITY',
  /** A partner's offer, open to every care leaver in the age range. */
  PARTNER_OFFER = 'PARTNER_OFFER',
  AGREED_NOT_YET_IMPLEMENTED = 'AGREED_NOT_YET_IMPLEMENTED',
  /** An LA provides it, but only to care leavers this young person is not one of. */
  NOT_COVERED_BY_RECIPROCITY = 'NOT_COVERED_BY_RECIPROCITY',
  /** An ICS area provides it, but its area rule does not reach this young person. */
  NOT_COVERED_BY_AREA_RULE = 'NOT_COVERED_BY_AREA_RULE',
  DECLINED = 'DECLINED',
  NOT_YET_AGREED = 'NOT_YET_AGREED',
  /** The LA the area rule looks at was in no ICS area on the date asked. */
  NO_AREA_ON_DATE = 'NO_AREA_ON_DATE',
  /** The party that would provide it has not confirmed the offer's current wording (see UNCONFIRMED). */
  AWAITING_RECONFIRMATION = 'AWAITING_RECONFIRMATION',
}

/** A party's agreement as the rules need it. */
export interface EntitlementParty {
  kind: PartyKind;
  id: string;
  name: string;
  status: AgreementState;
  reciprocity: Reciprocity | null;
  /** YYYY-MM-DD */
  effectiveDate: string | null;
  /** The party agreed an earlier wording and had not confirmed this one when the edition was published. */
  reconfirmationNeeded?: boolean;
}

export interface EntitlementOffer {
  proposalId: string;
  title: string;
  deliveryModel: DeliveryModel;
  minAge: number;
  maxAge: number;
  areaRule: AreaRule | null;
  uascConsiderations: string | null;
  parties: readonly EntitlementParty[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface EntitlementQuery {
  responsible: NamedRef;
  resident: NamedRef;
  age: number;
  formerUasc: boolean;
  /** YYYY-MM-DD */
  on: string;
  /** ICS areas the responsible LA belonged to on `on`. */
  responsibleAreas: readonly NamedRef[];
  /** ICS areas the resident LA belonged to on `on`. */
  residentAreas: readonly NamedRef[];
}

export interface EntitlementProvider {
  kind: PartyKind;
  id: string;
  name: string;
}

export interface Entitlement {
  proposalId: string;
  status: EntitlementStatus;
  reason: EntitlementReason;
  /** Why, in a sentence or two. */
  explanation: string;
  /** Who provides it (or will): one LA or area; for partner offers, every partner that does. */
  providers: EntitlementProvider[];
  /**
   * Who could provide it to this young person but has not agreed it, has declined it, or has not
   * confirmed its current wording. Empty when the offer is available or coming.
   */
  notAgreedBy: EntitlementProvider[];
  /** What to do: how to get it, or (when it is not available) what the young person or their adviser can do. */
  howToAccess: string | null;
  /** For COMING offers, the date it takes effect when known. */
  availableFrom: string | null;
  /** For former unaccompanied asylum-seeking children: how the offer works for them. */
  uascNote: string | null;
}

type PartyState = 'AVAILABLE' | 'COMING' | 'DECLINED' | 'NONE';

/**
 * Where a party stands on the date asked: implemented and in effect; formally agreed, or
 * implemented from a later date ("coming"); declined; or none of these.
 */
export function partyStateOn(party: Pick<EntitlementParty, 'status' | 'effectiveDate'>, on: string): PartyState {
  switch (party.status) {
    case AgreementState.IMPLEMENTED:
      return party.effectiveDate && party.effectiveDate > on ? 'COMING' : 'AVAILABLE';
    case AgreementState.FORMALLY_AGREED:
      return 'COMING';
    case AgreementState.DECLINED:
      return 'DECLINED';
    default:
      return 'NONE';
  }
}

const provides = (p: EntitlementParty, on: string): boolean => ['AVAILABLE', 'COMING'].includes(partyStateOn(p, on));
const confirmed = (p: EntitlementParty): boolean => !p.reconfirmationNeeded;

/** Which care leavers an LA extends an offer to, in words ("… provides it only to …"). */
export const RECIPROCITY_WORDS: Record<Reciprocity, string> = {
  [Reciprocity.OWN_CARE_LEAVERS_ANYWHERE]: 'only to its own care leavers, wherever they live',
  [Reciprocity.ANY_CARE_LEAVER_RESIDENT]: 'only to care leavers living in it',
  [Reciprocity.BOTH]: 'to its own care leavers and to any care leaver living in it',
  [Reciprocity.OWN_CARE_LEAVERS_RESIDENT]: 'only to its own care leavers, and only while they live in it',
};

const AREA_RULE_WORDS: Record<AreaRule, string> = {
  [AreaRule.RESPONSIBLE_AUTHORITY_AREA]: 'to care leavers of its local authorities, wherever they live',
  [AreaRule.RESIDENT_AUTHORITY_AREA]: 'to care leavers living in its local authorities',
  [AreaRule.EITHER_AREA]: 'to care leavers of its local authorities and to care leavers living in them',
};

/** A party's name as people know it: ICS areas are the NHS in that area ("NHS North Central London"). */
export function knownName(kind: PartyKind, name: string): string {
  return kind === PartyKind.ICS_AREA && !/^NHS\b/.test(name) ? `NHS ${name}` : name;
}

function names(refs: readonly { name: string }[]): string {
  const list = refs.map((r) => r.name);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

const has = (refs: readonly unknown[]): string => (refs.length > 1 ? 'have' : 'has');

/** A party with the name people know it by. */
function known(p: EntitlementParty): EntitlementParty {
  return { ...p, name: knownName(p.kind, p.name) };
}

function provider(p: EntitlementParty): EntitlementProvider {
  return { kind: p.kind, id: p.id, name: knownName(p.kind, p.name) };
}

function earliest(dates: (string | null)[]): string | null {
  const known = dates.filter((d): d is string => !!d).sort();
  return known[0] ?? null;
}

function base(offer: EntitlementOffer, query: EntitlementQuery): Pick<Entitlement, 'proposalId' | 'uascNote'> {
  return { proposalId: offer.proposalId, uascNote: query.formerUasc ? (offer.uascConsiderations ?? null) : null };
}

function adviser(query: EntitlementQuery): string {
  return `your personal adviser at ${query.responsible.name}`;
}

function coming(offer: EntitlementOffer, query: EntitlementQuery, parties: EntitlementParty[]): Entitlement {
  const from = earliest(parties.filter((p) => p.status === AgreementState.IMPLEMENTED).map((p) => p.effectiveDate));
  const named = parties.map(known);
  return {
    ...base(offer, query),
    status: EntitlementStatus.COMING,
    reason: EntitlementReason.AGREED_NOT_YET_IMPLEMENTED,
    explanation: `${names(named)} ${has(named)} agreed this offer but it is not in place yet${from ? `; it starts on ${from}` : ''}.`,
    providers: parties.map(provider),
    notAgreedBy: [],
    howToAccess: `Not available yet; ${adviser(query)} can tell you when it starts.`,
    availableFrom: from,
  };
}

/**
 * The party that would provide it agreed an earlier wording and has not confirmed this edition's:
 * nothing is promised on its behalf; the young person is told to ask.
 */
function unconfirmed(offer: EntitlementOffer, query: EntitlementQuery, parties: EntitlementParty[]): Entitlement {
  const named = parties.map(known);
  return {
    ...base(offer, query),
    status: EntitlementStatus.UNCONFIRMED,
    reason: EntitlementReason.AWAITING_RECONFIRMATION,
    explanation: `${names(named)} agreed an earlier wording of this offer and ${has(named)} not yet confirmed the wording in this edition of the Compact, so we cannot say that ${names(named)} ${parties.length > 1 ? 'provide' : 'provides'} it on these terms.`,
    providers: [],
    notAgreedBy: parties.map(provider),
    howToAccess: `Ask ${adviser(query)} whether ${names(named)} ${parties.length > 1 ? 'provide' : 'provides'} it to you now, and on which terms.`,
    availableFrom: null,
  };
}

/**
 * Not provided to this young person. `missing` are the parties that could provide it to them but
 * have not agreed it (or declined); the explanation names them first, then anything else relevant.
 */
function notAvailable(
  offer: EntitlementOffer,
  query: EntitlementQuery,
  reason: EntitlementReason,
  explanation: string,
  missing: EntitlementParty[],
  howToAccess?: string,
): Entitlement {
  const waiting = missing.filter((p) => p.status !== AgreementState.DECLINED).map(known);
  const next =
    howToAccess ??
    `Ask ${adviser(query)} what ${query.responsible.name}'s own local offer for care leavers gives you instead${
      waiting.length ? `; they can also ask ${names(waiting)} to agree this offer` : ''
    }.`;
  return {
    ...base(offer, query),
    status: EntitlementStatus.NOT_AVAILABLE,
    reason,
    explanation,
    providers: [],
    notAgreedBy: missing.map(provider),
    howToAccess: next,
    availableFrom: null,
  };
}

/**
 * Whether one offer of the Compact applies to a young person, who provides it and why. Pure:
 * everything it needs is passed in (the offer as published, the parties' agreements, the ICS
 * areas each LA belonged to on the date asked).
 *
 * A party that agreed an earlier wording and had not confirmed the edition's wording when it was
 * published is not counted as providing the offer: if nobody else does, the answer is UNCONFIRMED
 * and tells the young person to ask, rather than promising the new terms on that party's behalf.
 */
export function entitlementFor(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  if (query.age < offer.minAge || query.age > offer.maxAge) {
    return {
      ...base(offer, query),
      status: EntitlementStatus.NOT_ELIGIBLE,
      reason: EntitlementReason.OUTSIDE_AGE_RANGE,
      explanation: `This offer is for care leavers aged ${offer.minAge} to ${offer.maxAge}; at ${query.age} you are outside that range.`,
      providers: [],
      notAgreedBy: [],
      howToAccess: null,
      availableFrom: null,
    };
  }
  switch (offer.deliveryModel) {
    case DeliveryModel.EACH_LA:
      return authorityOffer(offer, query);
    case DeliveryModel.EACH_ICS_AREA:
      return areaOffer(offer, query);
    case DeliveryModel.SINGLE_PARTNER:
    case DeliveryModel.SEVERAL_PARTNERS:
      return partnerOffer(offer, query);
    default: {
      const unreachable: never = offer.deliveryModel;
      throw new Error(`Unknown delivery model ${String(unreachable)}`);
    }
  }
}

/**
 * Does an LA's reciprocity reach its own care leavers living elsewhere, or care leavers of other
 * LAs living in it? (Its own care leavers living in it are reached by every term.)
 */
function reaches(reciprocity: Reciprocity | null, who: 'OWN' | 'RESIDENT'): boolean {
  if (reciprocity === Reciprocity.BOTH) return true;
  return who === 'OWN' ? reciprocity === Reciprocity.OWN_CARE_LEAVERS_ANYWHERE : reciprocity === Reciprocity.ANY_CARE_LEAVER_RESIDENT;
}

type Role = 'SAME' | 'RESPONSIBLE' | 'RESIDENT';

function authorityOffer(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  const party = (id: string) => offer.parties.find((p) => p.kind === PartyKind.LOCAL_AUTHORITY && p.id === id);
  const responsible = party(query.responsible.id);
  const resident = party(query.resident.id);
  const same = query.responsible.id === query.resident.id;

  // Who could provide it to this young person, responsible LA first.
  const candidates: { party: EntitlementParty; role: Role }[] = [];
  if (same) {
    if (responsible) candidates.push({ party: responsible, role: 'SAME' });
  } else {
    if (responsible && reaches(responsible.reciprocity, 'OWN')) candidates.push({ party: responsible, role: 'RESPONSIBLE' });
    if (resident && reaches(resident.reciprocity, 'RESIDENT')) candidates.push({ party: resident, role: 'RESIDENT' });
  }
  const available = candidates.filter((c) => confirmed(c.party) && partyStateOn(c.party, query.on) === 'AVAILABLE');

  if (available.length > 0) {
    const chosen = available[0];
    const both = available.length > 1;
    const reason = both
      ? EntitlementReason.BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES
      : chosen.role === 'SAME'
        ? EntitlementReason.SAME_AUTHORITY
        : chosen.role === 'RESPONSIBLE'
          ? EntitlementReason.OWN_CARE_LEAVERS_ANYWHERE
          : EntitlementReason.ANY_CARE_LEAVER_RESIDENT;
    const explanation = both
      ? `Both ${query.responsible.name} and ${query.resident.name} would provide this offer to you; ${query.responsible.name}, which is responsible for you, provides it.`
      : chosen.role === 'SAME'
        ? `${chosen.party.name} is responsible for you and you live there, and it provides this offer.`
        : chosen.role === 'RESPONSIBLE'
          ? `${chosen.party.name} is responsible for you and provides this offer to its own care leavers wherever they live.`
          : `You live in ${chosen.party.name}, which provides this offer to any care leaver living there, whichever authority is responsible for them.`;
    return {
      ...base(offer, query),
      status: EntitlementStatus.AVAILABLE,
      reason,
      explanation,
      providers: [provider(chosen.party)],
      notAgreedBy: [],
      howToAccess:
        chosen.role === 'RESIDENT'
          ? `Contact ${chosen.party.name}, where you live; ${adviser(query)} can confirm that you are a care leaver.`
          : `Ask ${adviser(query)}.`,
      availableFrom: null,
    };
  }

  const soon = candidates.filter((c) => confirmed(c.party) && partyStateOn(c.party, query.on) === 'COMING');
  if (soon.length > 0) return coming(offer, query, [soon[0].party]);
  const waiting = candidates.filter((c) => !confirmed(c.party) && provides(c.party, query.on));
  if (waiting.length > 0) return unconfirmed(offer, query, [waiting[0].party]);

  // Not provided to this young person: say where each LA concerned stands, responsible LA first.
  const involved: { ref: NamedRef; party: EntitlementParty | undefined; role: Role }[] = same
    ? [{ ref: query.responsible, party: responsible, role: 'SAME' }]
    : [
        { ref: query.responsible, party: responsible, role: 'RESPONSIBLE' },
        { ref: query.resident, party: resident, role: 'RESIDENT' },
      ];
  const where = (role: Role, name: string) => (role === 'SAME' ? name : role === 'RESPONSIBLE' ? `${name}, which is responsible for you,` : `${name}, where you live,`);
  const sentences: string[] = [];
  const missing: EntitlementParty[] = [];
  let reason = EntitlementReason.NOT_YET_AGREED;
  let anyDeclined = false;
  let anyNarrow = false;
  for (const { ref, party: p, role } of involved) {
    if (p && provides(p, query.on)) {
      anyNarrow = true;
      sentences.push(`${p.name} provides it ${p.reciprocity ? RECIPROCITY_WORDS[p.reciprocity] : 'to some care leavers only'}, so not to you.`);
    } else if (p && p.status === AgreementState.DECLINED) {
      anyDeclined = true;
      missing.push(p);
      sentences.push(`${where(role, p.name)} has declined this offer.`);
    } else {
      if (p) missing.push(p);
      sentences.push(`${where(role, ref.name)} has not agreed this offer yet.`);
    }
  }
  if (anyNarrow) reason = EntitlementReason.NOT_COVERED_BY_RECIPROCITY;
  else if (anyDeclined) reason = EntitlementReason.DECLINED;
  // What would reach them: their own LA agreeing for its care leavers wherever they live, or the LA they live in agreeing for residents.
  const wanted = same ? '' : ` You are ${query.responsible.name}'s care leaver living in ${query.resident.name}.`;
  return notAvailable(offer, query, reason, `${sentences.join(' ')}${wanted}`, missing);
}

function areaOffer(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  const rule = offer.areaRule ?? DEFAULT_AREA_RULE;
  const byResponsible = rule === AreaRule.RESPONSIBLE_AUTHORITY_AREA || rule === AreaRule.EITHER_AREA;
  const byResident = rule === AreaRule.RESIDENT_AUTHORITY_AREA || rule === AreaRule.EITHER_AREA;
  const candidates: { area: NamedRef; role: 'RESPONSIBLE' | 'RESIDENT' }[] = [];
  if (byResponsible) for (const area of query.responsibleAreas) candidates.push({ area, role: 'RESPONSIBLE' });
  if (byResident) {
    for (const area of query.residentAreas) if (!candidates.some((c) => c.area.id === area.id)) candidates.push({ area, role: 'RESIDENT' });
  }
  if (candidates.length === 0) {
    const la = byResponsible ? query.responsible : query.resident;
    return notAvailable(
      offer,
      query,
      EntitlementReason.NO_AREA_ON_DATE,
      `${la.name} was not in any ICS area on ${query.on}, so no area provides this offer to you.`,
      [],
      `Ask ${adviser(query)} which NHS area serves you and what it offers care leavers.`,
    );
  }
  const party = (id: string) => offer.parties.find((p) => p.kind === PartyKind.ICS_AREA && p.id === id);
  const withParty = candidates.map((c) => ({ ...c, party: party(c.area.id) })).filter((c): c is typeof c & { party: EntitlementParty } => !!c.party);

  const available = withParty.find((c) => confirmed(c.party) && partyStateOn(c.party, query.on) === 'AVAILABLE');
  if (available) {
    const own = available.role === 'RESPONSIBLE';
    const name = knownName(PartyKind.ICS_AREA, available.party.name);
    return {
      ...base(offer, query),
      status: EntitlementStatus.AVAILABLE,
      reason: own ? EntitlementReason.AREA_OF_RESPONSIBLE_AUTHORITY : EntitlementReason.AREA_OF_RESIDENT_AUTHORITY,
      explanation: own
        ? `${name} provides this offer to care leavers of its local authorities wherever they live, and ${query.responsible.name}, which is responsible for you, was in it on ${query.on}.`
        : `${name} provides this offer to care leavers living in its local authorities, and you live in ${query.resident.name}, which was in it on ${query.on}.`,
      providers: [provider(available.party)],
      notAgreedBy: [],
      howToAccess: `Use it through ${name}'s services; ${adviser(query)} can confirm that you are a care leaver.`,
      availableFrom: null,
    };
  }
  const soon = withParty.find((c) => confirmed(c.party) && partyStateOn(c.party, query.on) === 'COMING');
  if (soon) return coming(offer, query, [soon.party]);
  const waiting = withParty.find((c) => !confirmed(c.party) && provides(c.party, query.on));
  if (waiting) return unconfirmed(offer, query, [waiting.party]);

  // The areas the rule points at have not agreed (or declined): name them first, with whose area each is.
  const whose = (c: (typeof candidates)[number]) =>
    c.role === 'RESPONSIBLE' ? `the area of ${query.responsible.name}, which is responsible for you` : `the area of ${query.resident.name}, where you live`;
  const sentences: string[] = [];
  const missing: EntitlementParty[] = [];
  let anyDeclined = false;
  for (const c of candidates) {
    const p = party(c.area.id);
    const name = knownName(PartyKind.ICS_AREA, c.area.name);
    if (p?.status === AgreementState.DECLINED) {
      anyDeclined = true;
      missing.push(p);
      sentences.push(`${name} (${whose(c)}) has declined this offer.`);
    } else if (p) {
      missing.push(p);
      sentences.push(`${name} (${whose(c)}) has not agreed this offer yet.`);
    }
  }
  // An area the rule does not point at (e.g. the one the young person lives in) may provide it to others.
  const otherAreas = [...query.responsibleAreas, ...query.residentAreas].filter((a) => !candidates.some((c) => c.area.id === a.id));
  const elsewhere = otherAreas.map((a) => party(a.id)).find((p): p is EntitlementParty => !!p && provides(p, query.on));
  if (elsewhere) sentences.push(`${knownName(PartyKind.ICS_AREA, elsewhere.name)} provides it ${AREA_RULE_WORDS[rule]}, which does not include you.`);
  const reason = missing.length === 0 && elsewhere ? EntitlementReason.NOT_COVERED_BY_AREA_RULE : anyDeclined ? EntitlementReason.DECLINED : EntitlementReason.NOT_YET_AGREED;
  if (sentences.length === 0) sentences.push(`No NHS area that covers you (${names(candidates.map((c) => ({ name: knownName(PartyKind.ICS_AREA, c.area.name) })))}) was asked to agree this offer.`);
  return notAvailable(offer, query, reason, sentences.join(' '), missing);
}

function partnerOffer(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  const partners = offer.parties.filter((p) => p.kind === PartyKind.ORGANISATION);
  const available = partners.filter((p) => confirmed(p) && partyStateOn(p, query.on) === 'AVAILABLE');
  if (available.length > 0) {
    return {
      ...base(offer, query),
      status: EntitlementStatus.AVAILABLE,
      reason: EntitlementReason.PARTNER_OFFER,
      explanation: `${names(available)} ${available.length > 1 ? 'provide' : 'provides'} this offer to every care leaver aged ${offer.minAge} to ${offer.maxAge}, whichever authority is responsible for them and wherever they live.`,
      providers: available.map(provider),
      notAgreedBy: [],
      howToAccess: `Apply to ${names(available)}; ${query.responsible.name}, which is responsible for you, confirms to them that you are a care leaver.`,
      availableFrom: null,
    };
  }
  const soon = partners.filter((p) => confirmed(p) && partyStateOn(p, query.on) === 'COMING');
  if (soon.length > 0) return coming(offer, query, soon);
  const waiting = partners.filter((p) => !confirmed(p) && provides(p, query.on));
  if (waiting.length > 0) return unconfirmed(offer, query, waiting);
  const declined = partners.filter((p) => p.status === AgreementState.DECLINED);
  const pending = partners.filter((p) => p.status !== AgreementState.DECLINED);
  if (partners.length > 0 && pending.length === 0) {
    return notAvailable(offer, query, EntitlementReason.DECLINED, `${names(partners)} ${has(partners)} declined this offer.`, partners);
  }
  const sentences = [
    ...(pending.length ? [`${names(pending)} ${has(pending)} not agreed this offer yet.`] : ['No partner has agreed this offer yet.']),
    ...(declined.length ? [`${names(declined)} ${has(declined)} declined it.`] : []),
  ];
  return notAvailable(offer, query, EntitlementReason.NOT_YET_AGREED, sentences.join(' '), partners);
}
