import { MembershipRole } from '@app/governance';
import { DeliveryModel, ProposalCategory, ProposalStatus } from './proposal.entity';
import { ProposalErrorCode, ProposalInputError } from './proposals.errors';

export const TITLE_MIN = 3;
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 4000;
export const RATIONALE_MAX = 20000;
export const UASC_MAX = 20000;
export const EVIDENCE_LINKS_MAX = 20;
export const EVIDENCE_LINK_MAX_LENGTH = 2000;
export const AGE_MIN = 16;
export const AGE_MAX = 25;
export const REASON_MAX = 2000;
export const NOTE_MAX = 2000;

/** Statuses in which a proposal's content may still be edited. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = [ProposalStatus.DRAFT, ProposalStatus.IN_CONSULTATION];

/** The content of a proposal, as a House drafts it. */
export interface ProposalContent {
  title: string;
  summary: string;
  rationale: string;
  evidenceLinks: string[];
  category: ProposalCategory;
  minAge: number;
  maxAge: number;
  deliveryModel: DeliveryModel;
  partnerIds: string[];
  uascConsiderations: string | null;
}

function invalid(field: string, message: string, code: ProposalErrorCode = ProposalErrorCode.INVALID_PROPOSAL): ProposalInputError {
  return new ProposalInputError(code, message, field);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** How many partners a delivery model needs, as a sentence fragment, or null when the count fits. */
export function partnerCountProblem(model: DeliveryModel, count: number): string | null {
  switch (model) {
    case DeliveryModel.SINGLE_PARTNER:
      return count === 1 ? null : `A single-partner offer names exactly one partner (partnerIds has ${count}).`;
    case DeliveryModel.SEVERAL_PARTNERS:
      return count >= 2 ? null : `An offer delivered by several partners names two or more partners (partnerIds has ${count}).`;
    case DeliveryModel.EACH_LA:
    case DeliveryModel.EACH_ICS_AREA:
      return count === 0
        ? null
        : `An offer agreed by each ${model === DeliveryModel.EACH_LA ? 'local authority' : 'ICS area'} names no partners; leave partnerIds empty or choose a partner delivery model.`;
    default: {
      const unreachable: never = model;
      return `Unknown delivery model ${String(unreachable)}.`;
    }
  }
}

/**
 * Checks and tidies a proposal's content (trims text, drops duplicate links and partners).
 * Throws BAD_USER_INPUT naming the first field at fault.
 */
export function normaliseContent(content: ProposalContent): ProposalContent {
  const title = content.title.trim();
  if (title.length < TITLE_MIN || title.length > TITLE_MAX) {
    throw invalid('title', `The title must be ${TITLE_MIN}–${TITLE_MAX} characters (it has ${title.length}).`);
  }
  const summary = content.summary.trim();
  if (summary.length < 1 || summary.length > SUMMARY_MAX) {
    throw invalid('summary', `The summary must be 1–${SUMMARY_MAX} characters (it has ${summary.length}).`);
  }
  const rationale = content.rationale.trim();
  if (rationale.length > RATIONALE_MAX) {
    throw invalid('rationale', `The rationale can be at most ${RATIONALE_MAX} characters (it has ${rationale.length}).`);
  }
  const evidenceLinks = [...new Set(content.evidenceLinks.map((l) => l.trim()))];
  if (evidenceLinks.length > EVIDENCE_LINKS_MAX) {
    throw invalid('evidenceLinks', `Give at most ${EVIDENCE_LINKS_MAX} evidence links (there are ${evidenceLinks.length}).`);
  }
  const badLink = evidenceLinks.find((l) => l.length > EVIDENCE_LINK_MAX_LENGTH || !isHttpUrl(l));
  if (badLink !== undefined) {
    throw invalid('evidenceLinks', `Evidence links must be http or https web addresses; "${badLink.slice(0, 100)}" is not.`);
  }
  if (!Object.values(ProposalCategory).includes(content.category)) {
    throw invalid('category', `Unknown category ${String(content.category)}.`);
  }
  if (!Object.values(DeliveryModel).includes(content.deliveryModel)) {
    throw invalid('deliveryModel', `Unknown delivery model ${String(content.deliveryModel)}.`);
  }
  for (const [field, age] of [['minAge', content.minAge], ['maxAge', content.maxAge]] as const) {
    if (!Number.isInteger(age) || age < AGE_MIN || age > AGE_MAX) {
      throw invalid(field, `${field} must be a whole number of years from ${AGE_MIN} to ${AGE_MAX} (it is ${age}).`);
    }
  }
  if (content.minAge > content.maxAge) {
    throw invalid('minAge', `The youngest age (${content.minAge}) cannot be above the oldest age (${content.maxAge}).`);
  }
  const partnerIds = [...new Set(content.partnerIds)];
  const partnerProblem = partnerCountProblem(content.deliveryModel, partnerIds.length);
  if (partnerProblem) throw invalid('partnerIds', partnerProblem, ProposalErrorCode.PARTNERS_REQUIRED);
  const uasc = content.uascConsiderations?.trim() ?? '';
  if (uasc.length > UASC_MAX) {
    throw invalid('uascConsiderations', `UASC considerations can be at most ${UASC_MAX} characters (they have ${uasc.length}).`);
  }
  return {
    title,
    summary,
    rationale,
    evidenceLinks,
    category: content.category,
    minAge: content.minAge,
    maxAge: content.maxAge,
    deliveryModel: content.deliveryModel,
    partnerIds,
    uascConsiderations: uasc.length > 0 ? uasc : null,
  };
}

/** Escapes LIKE wildcards so a search matches the text typed, literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A sign-off as the rules see it. */
export interface SignOffRecord {
  personId: string;
  role: MembershipRole;
}

/** Who sits in each co-chair seat now (null when the seat is empty). */
export interface SeatHolders {
  [MembershipRole.CO_CHAIR_YOUNG_PERSON]: string | null;
  [MembershipRole.CO_CHAIR_SECTOR_LEAD]: string | null;
}

export const SIGNING_SEATS = [MembershipRole.CO_CHAIR_YOUNG_PERSON, MembershipRole.CO_CHAIR_SECTOR_LEAD] as const;

export interface SignOffState<T extends SignOffRecord> {
  /** Sign-offs that count. */
  signed: T[];
  /** Seats whose sign-off is still needed. */
  awaiting: MembershipRole[];
  /** Both seats have signed. */
  ready: boolean;
}

/**
 * Which sign-offs count. While a proposal is being worked on (draft or in consultation) a
 * sign-off counts only while its signer still holds the seat they signed from: a replaced
 * co-chair's sign-off does not carry over to their successor. Once the proposal has moved on,
 * the sign-offs that were not voided are the record of its recommendation.
 */
export function signOffState<T extends SignOffRecord>(status: ProposalStatus, signOffs: readonly T[], seats: SeatHolders): SignOffState<T> {
  const live = status === ProposalStatus.DRAFT || status === ProposalStatus.IN_CONSULTATION;
  const signed = live
    ? signOffs.filter((s) => (SIGNING_SEATS as readonly MembershipRole[]).includes(s.role) && seats[s.role as (typeof SIGNING_SEATS)[number]] === s.personId)
    : [...signOffs];
  const signedRoles = new Set(signed.map((s) => s.role));
  const missing = SIGNING_SEATS.filter((role) => !signedRoles.has(role));
  return { signed, awaiting: live ? missing : [], ready: missing.length === 0 };
}
