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
  /** Why, in a sentence. */
  explanation: string;
  /** Who provides it (or will): one LA or area; for partner offers, every partner that does. */
  providers: EntitlementProvider[];
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

const RECIPROCITY_WORDS: Record<Reciprocity, string> = {
  [Reciprocity.OWN_CARE_LEAVERS_ANYWHERE]: 'only to its own care leavers, wherever they live',
  [Reciprocity.ANY_CARE_LEAVER_RESIDENT]: 'only to care leavers living in it',
  [Reciprocity.BOTH]: 'to its own care leavers and to any care leaver living in it',
};

const AREA_RULE_WORDS: Record<AreaRule, string> = {
  [AreaRule.RESPONSIBLE_AUTHORITY_AREA]: "to care leavers of its local authorities, wherever they live",
  [AreaRule.RESIDENT_AUTHORITY_AREA]: 'to care leavers living in its local authorities',
  [AreaRule.EITHER_AREA]: 'to care leavers of its local authorities and to care leavers living in them',
};

function names(refs: readonly { name: string }[]): string {
  const list = refs.map((r) => r.name);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function provider(p: EntitlementParty): EntitlementProvider {
  return { kind: p.kind, id: p.id, name: p.name };
}

function earliest(dates: (string | null)[]): string | null {
  const known = dates.filter((d): d is string => !!d).sort();
  return known[0] ?? null;
}

function base(offer: EntitlementOffer, query: EntitlementQuery): Pick<Entitlement, 'proposalId' | 'uascNote'> {
  return { proposalId: offer.proposalId, uascNote: query.formerUasc ? (offer.uascConsiderations ?? null) : null };
}

function coming(offer: EntitlementOffer, query: EntitlementQuery, parties: EntitlementParty[]): Entitlement {
  const from = earliest(parties.filter((p) => p.status === AgreementState.IMPLEMENTED).map((p) => p.effectiveDate));
  return {
    ...base(offer, query),
    status: EntitlementStatus.COMING,
    reason: EntitlementReason.AGREED_NOT_YET_IMPLEMENTED,
    explanation: `${names(parties)} ${parties.length > 1 ? 'have' : 'has'} agreed this offer but it is not in place yet${from ? `; it starts on ${from}` : ''}.`,
    providers: parties.map(provider),
    howToAccess: `Not available yet; your personal adviser at ${query.responsible.name} can tell you when it starts.`,
    availableFrom: from,
  };
}

function notAvailable(offer: EntitlementOffer, query: EntitlementQuery, reason: EntitlementReason, explanation: string): Entitlement {
  return { ...base(offer, query), status: EntitlementStatus.NOT_AVAILABLE, reason, explanation, providers: [], howToAccess: null, availableFrom: null };
}

/**
 * Whether one offer of the Compact applies to a young person, who provides it and why. Pure:
 * everything it needs is passed in (the offer as published, the parties' agreements, the ICS
 * areas each LA belonged to on the date asked).
 */
export function entitlementFor(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  if (query.age < offer.minAge || query.age > offer.maxAge) {
    return {
      ...base(offer, query),
      status: EntitlementStatus.NOT_ELIGIBLE,
      reason: EntitlementReason.OUTSIDE_AGE_RANGE,
      explanation: `This offer is for care leavers aged ${offer.minAge} to ${offer.maxAge}; at ${query.age} you are outside that range.`,
      providers: [],
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

/** Does an LA's reciprocity reach its own care leavers living elsewhere, or care leavers living in it? */
function reaches(reciprocity: Reciprocity | null, who: 'OWN' | 'RESIDENT'): boolean {
  if (reciprocity === Reciprocity.BOTH) return true;
  return who === 'OWN' ? reciprocity === Reciprocity.OWN_CARE_LEAVERS_ANYWHERE : reciprocity === Reciprocity.ANY_CARE_LEAVER_RESIDENT;
}

function authorityOffer(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  const party = (id: string) => offer.parties.find((p) => p.kind === PartyKind.LOCAL_AUTHORITY && p.id === id);
  const responsible = party(query.responsible.id);
  const resident = party(query.resident.id);
  const same = query.responsible.id === query.resident.id;

  // Who could provide it to this young person, responsible LA first.
  const candidates: { party: EntitlementParty; role: 'SAME' | 'RESPONSIBLE' | 'RESIDENT' }[] = [];
  if (same) {
    if (responsible) candidates.push({ party: responsible, role: 'SAME' });
  } else {
    if (responsible && reaches(responsible.reciprocity, 'OWN')) candidates.push({ party: responsible, role: 'RESPONSIBLE' });
    if (resident && reaches(resident.reciprocity, 'RESIDENT')) candidates.push({ party: resident, role: 'RESIDENT' });
  }
  const available = candidates.filter((c) => partyStateOn(c.party, query.on) === 'AVAILABLE');
  const adviser = `your personal adviser at ${query.responsible.name}`;

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
      howToAccess:
        chosen.role === 'RESIDENT'
          ? `Contact ${chosen.party.name}, where you live; ${adviser} can confirm that you are a care leaver.`
          : `Ask ${adviser}.`,
      availableFrom: null,
    };
  }

  const soon = candidates.filter((c) => partyStateOn(c.party, query.on) === 'COMING');
  if (soon.length > 0) return coming(offer, query, [soon[0].party]);

  // Not provided to this young person: say why, naming the LA(s) concerned.
  const involved = same ? [responsible] : [responsible, resident];
  const providing = involved.filter((p): p is EntitlementParty => !!p && ['AVAILABLE', 'COMING'].includes(partyStateOn(p, query.on)));
  if (providing.length > 0) {
    const detail = providing
      .map((p) => `${p.name} provides it ${p.reciprocity ? RECIPROCITY_WORDS[p.reciprocity] : 'to some care leavers only'}`)
      .join('; ');
    return notAvailable(
      offer,
      query,
      EntitlementReason.NOT_COVERED_BY_RECIPROCITY,
      `${detail}. You are ${query.responsible.name}'s care leaver living in ${query.resident.name}, so neither provides it to you.`,
    );
  }
  const declined = involved.filter((p): p is EntitlementParty => !!p && p.status === AgreementState.DECLINED);
  if (declined.length > 0) {
    return notAvailable(offer, query, EntitlementReason.DECLINED, `${names(declined)} ${declined.length > 1 ? 'have' : 'has'} declined this offer.`);
  }
  return notAvailable(
    offer,
    query,
    EntitlementReason.NOT_YET_AGREED,
    same
      ? `${query.responsible.name} has not agreed this offer yet.`
      : `Neither ${query.responsible.name} nor ${query.resident.name} has agreed this offer yet.`,
  );
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
    return notAvailable(offer, query, EntitlementReason.NO_AREA_ON_DATE, `${la.name} was not in any ICS area on ${query.on}, so no area provides this offer to you.`);
  }
  const party = (id: string) => offer.parties.find((p) => p.kind === PartyKind.ICS_AREA && p.id === id);
  const withParty = candidates.map((c) => ({ ...c, party: party(c.area.id) })).filter((c): c is typeof c & { party: EntitlementParty } => !!c.party);

  const available = withParty.find((c) => partyStateOn(c.party, query.on) === 'AVAILABLE');
  if (available) {
    const own = available.role === 'RESPONSIBLE';
    return {
      ...base(offer, query),
      status: EntitlementStatus.AVAILABLE,
      reason: own ? EntitlementReason.AREA_OF_RESPONSIBLE_AUTHORITY : EntitlementReason.AREA_OF_RESIDENT_AUTHORITY,
      explanation: own
        ? `${available.party.name} provides this offer to care leavers of its local authorities wherever they live, and ${query.responsible.name}, which is responsible for you, was in it on ${query.on}.`
        : `${available.party.name} provides this offer to care leavers living in its local authorities, and you live in ${query.resident.name}, which was in it on ${query.on}.`,
      providers: [provider(available.party)],
      howToAccess: `Use it through ${available.party.name}'s services; your personal adviser at ${query.responsible.name} can confirm that you are a care leaver.`,
      availableFrom: null,
    };
  }
  const soon = withParty.find((c) => partyStateOn(c.party, query.on) === 'COMING');
  if (soon) return coming(offer, query, [soon.party]);

  // Is it provided by an area the rule does not point at (e.g. the area the young person lives in)?
  const otherAreas = [...query.responsibleAreas, ...query.residentAreas].filter((a) => !candidates.some((c) => c.area.id === a.id));
  const elsewhere = otherAreas.map((a) => party(a.id)).find((p) => p && ['AVAILABLE', 'COMING'].includes(partyStateOn(p, query.on)));
  if (elsewhere) {
    return notAvailable(
      offer,
      query,
      EntitlementReason.NOT_COVERED_BY_AREA_RULE,
      `${elsewhere.name} provides this offer ${AREA_RULE_WORDS[rule]}, and that does not include you (responsible: ${query.responsible.name}; living in: ${query.resident.name}).`,
    );
  }
  const declined = withParty.filter((c) => c.party.status === AgreementState.DECLINED).map((c) => c.party);
  if (declined.length > 0) {
    return notAvailable(offer, query, EntitlementReason.DECLINED, `${names(declined)} ${declined.length > 1 ? 'have' : 'has'} declined this offer.`);
  }
  return notAvailable(offer, query, EntitlementReason.NOT_YET_AGREED, `${names(candidates.map((c) => c.area))} ${candidates.length > 1 ? 'have' : 'has'} not agreed this offer yet.`);
}

function partnerOffer(offer: EntitlementOffer, query: EntitlementQuery): Entitlement {
  const partners = offer.parties.filter((p) => p.kind === PartyKind.ORGANISATION);
  const available = partners.filter((p) => partyStateOn(p, query.on) === 'AVAILABLE');
  if (available.length > 0) {
    return {
      ...base(offer, query),
      status: EntitlementStatus.AVAILABLE,
      reason: EntitlementReason.PARTNER_OFFER,
      explanation: `${names(available)} ${available.length > 1 ? 'provide' : 'provides'} this offer to every care leaver aged ${offer.minAge} to ${offer.maxAge}, whichever authority is responsible for them and wherever they live.`,
      providers: available.map(provider),
      howToAccess: `Apply to ${names(available)}; ${query.responsible.name}, which is responsible for you, confirms to them that you are a care leaver.`,
      availableFrom: null,
    };
  }
  const soon = partners.filter((p) => partyStateOn(p, query.on) === 'COMING');
  if (soon.length > 0) return coming(offer, query, soon);
  if (partners.length > 0 && partners.every((p) => p.status === AgreementState.DECLINED)) {
    return notAvailable(offer, query, EntitlementReason.DECLINED, `${names(partners)} ${partners.length > 1 ? 'have' : 'has'} declined this offer.`);
  }
  return notAvailable(
    offer,
    query,
    EntitlementReason.NOT_YET_AGREED,
    partners.length ? `${names(partners)} ${partners.length > 1 ? 'have' : 'has'} not agreed this offer yet.` : 'No partner has agreed this offer yet.',
  );
}
