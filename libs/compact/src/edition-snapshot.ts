import { AgreementState, PartyKind, Reciprocity } from '@app/agreements';
import { AreaRule, DeliveryModel, ProposalCategory } from '@app/proposals';

/** A party's agreement to an offer, as it stood when an edition was published. */
export interface SnapshotParty {
  kind: PartyKind;
  id: string;
  /** LA short code, area code or organisation code. */
  code: string;
  name: string;
  status: AgreementState;
  reciprocity: Reciprocity | null;
  /** YYYY-MM-DD */
  effectiveDate: string | null;
  reconfirmationNeeded: boolean;
}

export interface SnapshotPartner {
  id: string;
  code: string;
  name: string;
}

/**
 * An offer as published in an edition: its wording, eligibility and delivery, and every party's
 * agreement at that moment. Stored whole, so a published edition never changes.
 */
export interface OfferSnapshot {
  proposalId: string;
  houseId: string;
  houseName: string;
  title: string;
  summary: string;
  category: ProposalCategory;
  minAge: number;
  maxAge: number;
  deliveryModel: DeliveryModel;
  areaRule: AreaRule | null;
  uascConsiderations: string | null;
  wordingVersion: number;
  partners: SnapshotPartner[];
  parties: SnapshotParty[];
}

/** The parties an edition lists for an offer: those that have formally agreed or implemented it. */
export const LISTED_PARTY_STATES: readonly AgreementState[] = [AgreementState.FORMALLY_AGREED, AgreementState.IMPLEMENTED];

export function listedParties(offer: Pick<OfferSnapshot, 'parties'>): SnapshotParty[] {
  return offer.parties.filter((p) => LISTED_PARTY_STATES.includes(p.status));
}
