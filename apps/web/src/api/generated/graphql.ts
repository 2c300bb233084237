/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The token from the invitation link. */
  token: string;
};

/** Who is asked to agree an offer. */
export type AgreementPartyKind =
  | 'ICS_AREA'
  | 'LOCAL_AUTHORITY'
  | 'ORGANISATION';

/** Where one party stands on one endorsed offer. */
export type AgreementStatus =
  | 'AGREED_IN_PRINCIPLE'
  | 'DECLINED'
  | 'FORMALLY_AGREED'
  | 'IMPLEMENTED'
  | 'IN_DISCUSSION'
  | 'NOT_APPLICABLE'
  | 'NOT_STARTED';

/** For an ICS-area offer, whose care leavers an area's agreement covers. */
export type AreaRule =
  /** Both. */
  | 'EITHER_AREA'
  /** Care leavers living in the area's LAs, whoever is responsible for them. */
  | 'RESIDENT_AUTHORITY_AREA'
  /** Care leavers of the area's LAs, wherever they live. */
  | 'RESPONSIBLE_AUTHORITY_AREA';

export type AuthorityAgreementItemInput = {
  agreementId: string | number;
  /** When the offer took effect for the party; required for IMPLEMENTED. */
  effectiveDate?: string | null | undefined;
  /** An http(s) link to the decision or policy. */
  evidenceUrl?: string | null | undefined;
  /** The version you last read; a newer one means someone else changed it. */
  expectedVersion: number;
  note?: string | null | undefined;
  /** LA offers only; required once FORMALLY_AGREED or IMPLEMENTED. */
  reciprocity?: Reciprocity | null | undefined;
  status: AgreementStatus;
};

export type ConfirmAgreementWordingInput = {
  agreementId: string | number;
  /** The version you last read. */
  expectedVersion: number;
};

/** Who a consultation asks. */
export type ConsultationAudience =
  | 'ALDCS'
  | 'CICC'
  | 'HOUSING_DIRECTORS'
  | 'LOCAL_AUTHORITIES'
  | 'PARTNERS';

/** Who must agree the offer: each LA, each ICS area, one partner, or several named partners. */
export type DeliveryModel =
  | 'EACH_ICS_AREA'
  | 'EACH_LA'
  | 'SEVERAL_PARTNERS'
  | 'SINGLE_PARTNER';

/** Why an offer does or does not apply (see explanation for the sentence). */
export type EntitlementReason =
  | 'AGREED_NOT_YET_IMPLEMENTED'
  | 'ANY_CARE_LEAVER_RESIDENT'
  | 'AREA_OF_RESIDENT_AUTHORITY'
  | 'AREA_OF_RESPONSIBLE_AUTHORITY'
  | 'AWAITING_RECONFIRMATION'
  | 'BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES'
  | 'DECLINED'
  | 'NOT_COVERED_BY_AREA_RULE'
  | 'NOT_COVERED_BY_RECIPROCITY'
  | 'NOT_YET_AGREED'
  | 'NO_AREA_ON_DATE'
  | 'OUTSIDE_AGE_RANGE'
  | 'OWN_CARE_LEAVERS_ANYWHERE'
  | 'PARTNER_OFFER'
  | 'SAME_AUTHORITY';

/** Whether an offer applies to the young person on the date asked. */
export type EntitlementStatus =
  | 'AVAILABLE'
  | 'COMING'
  | 'NOT_AVAILABLE'
  | 'NOT_ELIGIBLE'
  /** The party that would provide it agreed an earlier wording and has not confirmed this edition’s wording: nothing is promised on its behalf; ask the personal adviser. */
  | 'UNCONFIRMED';

export type MarkNotificationsReadInput = {
  /** Mark every notification read. */
  all?: boolean | null | undefined;
  /** The notifications to mark read (at most 100). */
  notificationIds?: Array<string> | null | undefined;
};

export type MembershipRole =
  | 'ADVISER'
  | 'CHAIR'
  | 'CO_CHAIR_SECTOR_LEAD'
  | 'CO_CHAIR_YOUNG_PERSON'
  | 'MEMBER'
  | 'OBSERVER';

export type ProposalStatus =
  | 'ADOPTED'
  | 'DECLINED'
  | 'DRAFT'
  | 'ENDORSED'
  | 'IN_CONSULTATION'
  | 'RECOMMENDED'
  | 'WITHDRAWN';

/** For an LA offer: which care leavers the LA extends it to. */
export type Reciprocity =
  /** Any care leaver living in the LA, whichever authority is responsible for them. */
  | 'ANY_CARE_LEAVER_RESIDENT'
  /** Both of the above. */
  | 'BOTH'
  /** The LA's own care leavers, wherever they live. */
  | 'OWN_CARE_LEAVERS_ANYWHERE'
  /** Only the LA's own care leavers, and only while they live in it. */
  | 'OWN_CARE_LEAVERS_RESIDENT';

export type RefreshSessionInput = {
  refreshToken: string;
};

export type RequestSignInCodeInput = {
  email: string;
};

/** What a person may do; scoped roles apply to one House, LA, organisation or area. */
export type Role =
  | 'ALDCS_VIEWER'
  | 'CICC_MEMBER'
  | 'HOUSE_CO_CHAIR'
  | 'HOUSE_MEMBER'
  | 'LA_OFFICER'
  | 'PARTNER_OFFICER'
  | 'PROGRAMME_ADMIN'
  | 'SAFEGUARDING_LEAD'
  | 'TRUST_BOARD_MEMBER';

/** What a scoped role applies to. */
export type RoleScopeKind =
  | 'AREA'
  | 'AUTHORITY'
  | 'BODY'
  | 'ORGANISATION';

export type SignOffProposalInput = {
  note?: string | null | undefined;
  proposalId: string | number;
};

export type SignOutInput = {
  /** The refresh token of the session to end. */
  refreshToken: string;
};

export type UpdateAuthorityAgreementsInput = {
  authorityId: string | number;
  /** 1–200 of the authority's agreements; all are applied or none. */
  items: Array<AuthorityAgreementItemInput>;
};

export type VerifySignInCodeInput = {
  /** The 6-digit code from the email. */
  code: string;
  email: string;
};

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } } };

export type CurrentEditionQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentEditionQuery = { currentCompactEdition: { number: number, title: string, publishedOn: string, introduction: string, offerCount: number, offers: Array<{ proposalId: string, title: string, summary: string, houseName: string, minAge: number, maxAge: number, deliveryModel: DeliveryModel, areaRule: AreaRule | null, uascConsiderations: string | null, wordingVersion: number, partners: Array<{ code: string, name: string }>, parties: Array<{ kind: AgreementPartyKind, code: string, name: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, reconfirmationNeeded: boolean }> }> } | null };

export type EditionDiffQueryVariables = Exact<{
  from: number;
  to: number;
}>;


export type EditionDiffQuery = { compactEditionDiff: { unchangedCount: number, from: { number: number, title: string, publishedOn: string }, to: { number: number, title: string, publishedOn: string }, added: Array<{ proposalId: string, title: string, summary: string }>, removed: Array<{ proposalId: string, title: string }>, changed: Array<{ proposalId: string, changedFields: Array<string>, before: { title: string, summary: string, minAge: number, maxAge: number }, after: { title: string, summary: string, minAge: number, maxAge: number }, partiesAdded: Array<{ name: string, status: AgreementStatus }>, partiesRemoved: Array<{ name: string }>, partiesChanged: Array<{ before: { name: string, status: AgreementStatus, reciprocity: Reciprocity | null }, after: { name: string, status: AgreementStatus, reciprocity: Reciprocity | null } }> }> } };

export type OfferMapDataQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferMapDataQuery = { currentCompactEdition: { number: number, title: string, publishedOn: string, offers: Array<{ proposalId: string, title: string, summary: string, houseName: string, minAge: number, maxAge: number, deliveryModel: DeliveryModel, areaRule: AreaRule | null, uascConsiderations: string | null, partners: Array<{ code: string, name: string }>, parties: Array<{ kind: AgreementPartyKind, code: string, name: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, reconfirmationNeeded: boolean }> }> } | null, localAuthorities: Array<{ shortCode: string, name: string, tileRow: number, tileCol: number }>, areas: Array<{ code: string, name: string, members: Array<{ shortCode: string }> }> };

export type ProgressPartyFragment = { id: string, kind: AgreementPartyKind, name: string, shortCode: string, tileRow: number | null, tileCol: number | null };

export type LondonsProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type LondonsProgressQuery = { agreementMatrix: { proposals: Array<{ id: string, title: string, status: ProposalStatus, deliveryModel: DeliveryModel }>, parties: Array<{ id: string, kind: AgreementPartyKind, name: string, shortCode: string, tileRow: number | null, tileCol: number | null }>, columns: { proposalIds: Array<string>, partyIds: Array<string>, statuses: Array<AgreementStatus>, reconfirmationsNeeded: Array<boolean> } }, boardOverview: { generatedAt: string, houses: Array<{ offersOutForAgreement: number, offersAgreedEverywhere: number, offersInPlaceEverywhere: number, agreementParties: number, agreementsAgreed: number, agreementsImplemented: number, agreementsAwaitingReconfirmation: number, house: { id: string, name: string } }> }, localAuthorities: Array<{ id: string, shortCode: string, name: string, tileRow: number, tileCol: number }>, icsAreas: Array<{ id: string, name: string, members: Array<{ id: string }> }>, subRegions: Array<{ id: string, name: string, members: Array<{ id: string }> }> };

export type AreaProgressFiguresFragment = { areaId: string, name: string, totalParties: number, agreed: number, implemented: number, awaitingReconfirmation: number };

export type OfferProgressQueryVariables = Exact<{
  proposalId: string | number;
  historyFrom: string;
  historyDays: number;
}>;


export type OfferProgressQuery = { proposal: { id: string, title: string, summary: string, status: ProposalStatus, deliveryModel: DeliveryModel, wordingVersion: number, house: { name: string } } | null, agreementMatrix: { parties: Array<{ id: string, kind: AgreementPartyKind, name: string, shortCode: string, tileRow: number | null, tileCol: number | null }>, cells: Array<{ partyId: string, status: AgreementStatus, reconfirmationNeeded: boolean, effectiveDate: string | null, reciprocity: Reciprocity | null }> }, proposalProgress: { totalParties: number, agreed: number, implemented: number, awaitingReconfirmation: number, byIcsArea: Array<{ areaId: string, name: string, totalParties: number, agreed: number, implemented: number, awaitingReconfirmation: number }>, bySubRegion: Array<{ areaId: string, name: string, totalParties: number, agreed: number, implemented: number, awaitingReconfirmation: number }>, notEngaged: Array<{ id: string, name: string }> } | null, proposalProgressHistory: { edges: Array<{ node: { date: string, total: number, agreed: number, implemented: number } }> }, localAuthorities: Array<{ id: string, shortCode: string, name: string, tileRow: number, tileCol: number }>, icsAreas: Array<{ id: string, name: string, members: Array<{ id: string }> }> };

export type MyAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAuthoritiesQuery = { myRoles: Array<{ role: Role, scope: { id: string, kind: RoleScopeKind } | null }>, localAuthorities: Array<{ id: string, name: string }> };

export type AuthorityAgreementFragment = { id: string, proposalId: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, updatedAt: string, reconfirmationNeeded: boolean, updatedBy: { displayName: string } | null, proposal: { id: string, title: string, summary: string }, viewerCan: { setStatus: boolean, reconfirm: boolean } };

export type OurAuthorityQueryVariables = Exact<{
  authorityId: string | number;
  first: number;
}>;


export type OurAuthorityQuery = { localAuthority: { id: string, name: string } | null, agreements: { totalCount: number, edges: Array<{ node: { id: string, proposalId: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, updatedAt: string, reconfirmationNeeded: boolean, updatedBy: { displayName: string } | null, proposal: { id: string, title: string, summary: string }, viewerCan: { setStatus: boolean, reconfirm: boolean } } }> } };

export type UpdateAuthorityAgreementsMutationVariables = Exact<{
  input: UpdateAuthorityAgreementsInput;
}>;


export type UpdateAuthorityAgreementsMutation = { updateAuthorityAgreements: { agreements: Array<{ id: string, version: number }> } };

export type ConfirmAgreementWordingMutationVariables = Exact<{
  input: ConfirmAgreementWordingInput;
}>;


export type ConfirmAgreementWordingMutation = { confirmAgreementWording: { agreement: { id: string, version: number } } };

export type AgreementHistoryQueryVariables = Exact<{
  authorityId: string | number;
  proposalId: string | number;
  agreementId: string | number;
  first: number;
}>;


export type AgreementHistoryQuery = { localAuthority: { id: string, name: string } | null, proposal: { id: string, title: string } | null, agreement: { partyId: string, id: string, proposalId: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, updatedAt: string, reconfirmationNeeded: boolean, updatedBy: { displayName: string } | null, proposal: { id: string, title: string, summary: string }, viewerCan: { setStatus: boolean, reconfirm: boolean } } | null, agreementHistory: { totalCount: number, edges: Array<{ node: { id: string, changedAt: string, fromStatus: AgreementStatus, toStatus: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, changedBy: { displayName: string } | null } }> } };

export type MyHousesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHousesQuery = { myRoles: Array<{ role: Role, scope: { id: string, kind: RoleScopeKind } | null }>, bodies: Array<{ id: string, name: string }> };

export type HouseCoChairsFragment = { id: string, name: string, coChairs: { youngPerson: { person: { id: string, displayName: string } } | null, sectorLead: { person: { id: string, displayName: string } } | null } };

export type HouseProposalSignOffFragment = { id: string, title: string, status: ProposalStatus, houseId: string, viewerCan: { signOff: boolean }, signOff: { ready: boolean, awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, signedAt: string, note: string, person: { id: string, displayName: string } }> } };

export type OurHouseQueryVariables = Exact<{
  houseId: string | number;
  first: number;
}>;


export type OurHouseQuery = { body: { id: string, name: string, coChairs: { youngPerson: { person: { id: string, displayName: string } } | null, sectorLead: { person: { id: string, displayName: string } } | null } } | null, proposals: { totalCount: number, edges: Array<{ node: { updatedAt: string, id: string, title: string, status: ProposalStatus, houseId: string, viewerCan: { signOff: boolean }, signOff: { ready: boolean, awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, signedAt: string, note: string, person: { id: string, displayName: string } }> } } }> }, consultations: { edges: Array<{ node: { id: string, title: string | null, proposalId: string | null, audience: ConsultationAudience, opensAt: string, closesAt: string, responseSummary: { totalResponses: number, personalResponses: number, respondedSummary: string | null, respondedAuthorities: number | null, totalAuthorities: number | null, notRespondedAuthorities: Array<{ name: string }> | null } } }> } };

export type SignOffPageQueryVariables = Exact<{
  houseId: string | number;
  proposalId: string | number;
}>;


export type SignOffPageQuery = { body: { id: string, name: string, coChairs: { youngPerson: { person: { id: string, displayName: string } } | null, sectorLead: { person: { id: string, displayName: string } } | null } } | null, proposal: { summary: string, id: string, title: string, status: ProposalStatus, houseId: string, viewerCan: { signOff: boolean }, signOff: { ready: boolean, awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, signedAt: string, note: string, person: { id: string, displayName: string } }> } } | null };

export type SignOffProposalMutationVariables = Exact<{
  input: SignOffProposalInput;
}>;


export type SignOffProposalMutation = { signOffProposal: { recommended: boolean, proposal: { id: string, status: ProposalStatus } } };

export type RequestSignInCodeMutationVariables = Exact<{
  input: RequestSignInCodeInput;
}>;


export type RequestSignInCodeMutation = { requestSignInCode: { message: string, codeLifetimeMinutes: number } };

export type SignedInTokensFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, person: { id: string, displayName: string } };

export type VerifySignInCodeMutationVariables = Exact<{
  input: VerifySignInCodeInput;
}>;


export type VerifySignInCodeMutation = { verifySignInCode: { tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, person: { id: string, displayName: string } } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, person: { id: string, displayName: string } } } };

export type SignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SignOutMutation = { signOut: { signedOut: boolean } };

export type EntitlementsQueryVariables = Exact<{
  responsibleAuthority: string;
  residentAuthority: string;
  age: number;
  formerUasc?: boolean | null | undefined;
}>;


export type EntitlementsQuery = { entitlements: { on: string, age: number, formerUasc: boolean, edition: { number: number, title: string, publishedOn: string }, responsibleAuthority: { shortCode: string, name: string }, residentAuthority: { shortCode: string, name: string }, offers: Array<{ status: EntitlementStatus, reason: EntitlementReason, explanation: string, howToAccess: string | null, availableFrom: string | null, uascNote: string | null, providers: Array<{ kind: AgreementPartyKind, name: string }>, offer: { proposalId: string, title: string, summary: string, houseName: string, minAge: number, maxAge: number } }> } };

export type LocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalAuthoritiesQuery = { localAuthorities: Array<{ shortCode: string, name: string }> };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: { totalCount: number, edges: Array<{ node: { id: string, subject: string, body: string, link: string | null, readAt: string | null, createdAt: string } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProgressPartyFragmentDoc = new TypedDocumentString(`
    fragment ProgressParty on AgreementParty {
  id
  kind
  name
  shortCode
  tileRow
  tileCol
}
    `, {"fragmentName":"ProgressParty"}) as unknown as TypedDocumentString<ProgressPartyFragment, unknown>;
export const AreaProgressFiguresFragmentDoc = new TypedDocumentString(`
    fragment AreaProgressFigures on AreaAgreementProgress {
  areaId
  name
  totalParties
  agreed
  implemented
  awaitingReconfirmation
}
    `, {"fragmentName":"AreaProgressFigures"}) as unknown as TypedDocumentString<AreaProgressFiguresFragment, unknown>;
export const AuthorityAgreementFragmentDoc = new TypedDocumentString(`
    fragment AuthorityAgreement on Agreement {
  id
  proposalId
  status
  reciprocity
  effectiveDate
  evidenceUrl
  note
  version
  updatedAt
  updatedBy {
    displayName
  }
  reconfirmationNeeded
  proposal {
    id
    title
    summary
  }
  viewerCan {
    setStatus
    reconfirm
  }
}
    `, {"fragmentName":"AuthorityAgreement"}) as unknown as TypedDocumentString<AuthorityAgreementFragment, unknown>;
export const HouseCoChairsFragmentDoc = new TypedDocumentString(`
    fragment HouseCoChairs on Body {
  id
  name
  coChairs {
    youngPerson {
      person {
        id
        displayName
      }
    }
    sectorLead {
      person {
        id
        displayName
      }
    }
  }
}
    `, {"fragmentName":"HouseCoChairs"}) as unknown as TypedDocumentString<HouseCoChairsFragment, unknown>;
export const HouseProposalSignOffFragmentDoc = new TypedDocumentString(`
    fragment HouseProposalSignOff on Proposal {
  id
  title
  status
  houseId
  viewerCan {
    signOff
  }
  signOff {
    ready
    awaiting
    signed {
      role
      signedAt
      note
      person {
        id
        displayName
      }
    }
  }
}
    `, {"fragmentName":"HouseProposalSignOff"}) as unknown as TypedDocumentString<HouseProposalSignOffFragment, unknown>;
export const SignedInTokensFragmentDoc = new TypedDocumentString(`
    fragment SignedInTokens on SessionTokens {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  person {
    id
    displayName
  }
}
    `, {"fragmentName":"SignedInTokens"}) as unknown as TypedDocumentString<SignedInTokensFragment, unknown>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    tokens {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const CurrentEditionDocument = new TypedDocumentString(`
    query CurrentEdition {
  currentCompactEdition {
    number
    title
    publishedOn
    introduction
    offerCount
    offers {
      proposalId
      title
      summary
      houseName
      minAge
      maxAge
      deliveryModel
      areaRule
      uascConsiderations
      wordingVersion
      partners {
        code
        name
      }
      parties {
        kind
        code
        name
        status
        reciprocity
        effectiveDate
        reconfirmationNeeded
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentEditionQuery, CurrentEditionQueryVariables>;
export const EditionDiffDocument = new TypedDocumentString(`
    query EditionDiff($from: Int!, $to: Int!) {
  compactEditionDiff(from: $from, to: $to) {
    from {
      number
      title
      publishedOn
    }
    to {
      number
      title
      publishedOn
    }
    unchangedCount
    added {
      proposalId
      title
      summary
    }
    removed {
      proposalId
      title
    }
    changed {
      proposalId
      changedFields
      before {
        title
        summary
        minAge
        maxAge
      }
      after {
        title
        summary
        minAge
        maxAge
      }
      partiesAdded {
        name
        status
      }
      partiesRemoved {
        name
      }
      partiesChanged {
        before {
          name
          status
          reciprocity
        }
        after {
          name
          status
          reciprocity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditionDiffQuery, EditionDiffQueryVariables>;
export const OfferMapDataDocument = new TypedDocumentString(`
    query OfferMapData {
  currentCompactEdition {
    number
    title
    publishedOn
    offers {
      proposalId
      title
      summary
      houseName
      minAge
      maxAge
      deliveryModel
      areaRule
      uascConsiderations
      partners {
        code
        name
      }
      parties {
        kind
        code
        name
        status
        reciprocity
        effectiveDate
        reconfirmationNeeded
      }
    }
  }
  localAuthorities {
    shortCode
    name
    tileRow
    tileCol
  }
  areas(kind: ICS_AREA) {
    code
    name
    members {
      shortCode
    }
  }
}
    `) as unknown as TypedDocumentString<OfferMapDataQuery, OfferMapDataQueryVariables>;
export const LondonsProgressDocument = new TypedDocumentString(`
    query LondonsProgress {
  agreementMatrix {
    proposals {
      id
      title
      status
      deliveryModel
    }
    parties {
      ...ProgressParty
    }
    columns {
      proposalIds
      partyIds
      statuses
      reconfirmationsNeeded
    }
  }
  boardOverview {
    generatedAt
    houses {
      house {
        id
        name
      }
      offersOutForAgreement
      offersAgreedEverywhere
      offersInPlaceEverywhere
      agreementParties
      agreementsAgreed
      agreementsImplemented
      agreementsAwaitingReconfirmation
    }
  }
  localAuthorities {
    id
    shortCode
    name
    tileRow
    tileCol
  }
  icsAreas: areas(kind: ICS_AREA) {
    id
    name
    members {
      id
    }
  }
  subRegions: areas(kind: SUB_REGION) {
    id
    name
    members {
      id
    }
  }
}
    fragment ProgressParty on AgreementParty {
  id
  kind
  name
  shortCode
  tileRow
  tileCol
}`) as unknown as TypedDocumentString<LondonsProgressQuery, LondonsProgressQueryVariables>;
export const OfferProgressDocument = new TypedDocumentString(`
    query OfferProgress($proposalId: ID!, $historyFrom: Date!, $historyDays: Int!) {
  proposal(id: $proposalId) {
    id
    title
    summary
    status
    deliveryModel
    wordingVersion
    house {
      name
    }
  }
  agreementMatrix(filter: {proposalIds: [$proposalId]}) {
    parties {
      ...ProgressParty
    }
    cells {
      partyId
      status
      reconfirmationNeeded
      effectiveDate
      reciprocity
    }
  }
  proposalProgress(proposalId: $proposalId) {
    totalParties
    agreed
    implemented
    awaitingReconfirmation
    byIcsArea {
      ...AreaProgressFigures
    }
    bySubRegion {
      ...AreaProgressFigures
    }
    notEngaged {
      id
      name
    }
  }
  proposalProgressHistory(
    proposalId: $proposalId
    from: $historyFrom
    first: $historyDays
  ) {
    edges {
      node {
        date
        total
        agreed
        implemented
      }
    }
  }
  localAuthorities {
    id
    shortCode
    name
    tileRow
    tileCol
  }
  icsAreas: areas(kind: ICS_AREA) {
    id
    name
    members {
      id
    }
  }
}
    fragment ProgressParty on AgreementParty {
  id
  kind
  name
  shortCode
  tileRow
  tileCol
}
fragment AreaProgressFigures on AreaAgreementProgress {
  areaId
  name
  totalParties
  agreed
  implemented
  awaitingReconfirmation
}`) as unknown as TypedDocumentString<OfferProgressQuery, OfferProgressQueryVariables>;
export const MyAuthoritiesDocument = new TypedDocumentString(`
    query MyAuthorities {
  myRoles {
    role
    scope {
      id
      kind
    }
  }
  localAuthorities {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyAuthoritiesQuery, MyAuthoritiesQueryVariables>;
export const OurAuthorityDocument = new TypedDocumentString(`
    query OurAuthority($authorityId: ID!, $first: Int!) {
  localAuthority(id: $authorityId) {
    id
    name
  }
  agreements(filter: {partyId: $authorityId}, first: $first) {
    totalCount
    edges {
      node {
        ...AuthorityAgreement
      }
    }
  }
}
    fragment AuthorityAgreement on Agreement {
  id
  proposalId
  status
  reciprocity
  effectiveDate
  evidenceUrl
  note
  version
  updatedAt
  updatedBy {
    displayName
  }
  reconfirmationNeeded
  proposal {
    id
    title
    summary
  }
  viewerCan {
    setStatus
    reconfirm
  }
}`) as unknown as TypedDocumentString<OurAuthorityQuery, OurAuthorityQueryVariables>;
export const UpdateAuthorityAgreementsDocument = new TypedDocumentString(`
    mutation UpdateAuthorityAgreements($input: UpdateAuthorityAgreementsInput!) {
  updateAuthorityAgreements(input: $input) {
    agreements {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAuthorityAgreementsMutation, UpdateAuthorityAgreementsMutationVariables>;
export const ConfirmAgreementWordingDocument = new TypedDocumentString(`
    mutation ConfirmAgreementWording($input: ConfirmAgreementWordingInput!) {
  confirmAgreementWording(input: $input) {
    agreement {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmAgreementWordingMutation, ConfirmAgreementWordingMutationVariables>;
export const AgreementHistoryDocument = new TypedDocumentString(`
    query AgreementHistory($authorityId: ID!, $proposalId: ID!, $agreementId: ID!, $first: Int!) {
  localAuthority(id: $authorityId) {
    id
    name
  }
  proposal(id: $proposalId) {
    id
    title
  }
  agreement(id: $agreementId) {
    ...AuthorityAgreement
    partyId
  }
  agreementHistory(agreementId: $agreementId, first: $first) {
    totalCount
    edges {
      node {
        id
        changedAt
        fromStatus
        toStatus
        reciprocity
        effectiveDate
        evidenceUrl
        note
        version
        changedBy {
          displayName
        }
      }
    }
  }
}
    fragment AuthorityAgreement on Agreement {
  id
  proposalId
  status
  reciprocity
  effectiveDate
  evidenceUrl
  note
  version
  updatedAt
  updatedBy {
    displayName
  }
  reconfirmationNeeded
  proposal {
    id
    title
    summary
  }
  viewerCan {
    setStatus
    reconfirm
  }
}`) as unknown as TypedDocumentString<AgreementHistoryQuery, AgreementHistoryQueryVariables>;
export const MyHousesDocument = new TypedDocumentString(`
    query MyHouses {
  myRoles {
    role
    scope {
      id
      kind
    }
  }
  bodies(kind: HOUSE) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyHousesQuery, MyHousesQueryVariables>;
export const OurHouseDocument = new TypedDocumentString(`
    query OurHouse($houseId: ID!, $first: Int!) {
  body(id: $houseId) {
    ...HouseCoChairs
  }
  proposals(filter: {houseId: $houseId}, first: $first) {
    totalCount
    edges {
      node {
        ...HouseProposalSignOff
        updatedAt
      }
    }
  }
  consultations(filter: {houseId: $houseId, state: OPEN}, first: $first) {
    edges {
      node {
        id
        title
        proposalId
        audience
        opensAt
        closesAt
        responseSummary {
          totalResponses
          personalResponses
          respondedSummary
          respondedAuthorities
          totalAuthorities
          notRespondedAuthorities {
            name
          }
        }
      }
    }
  }
}
    fragment HouseCoChairs on Body {
  id
  name
  coChairs {
    youngPerson {
      person {
        id
        displayName
      }
    }
    sectorLead {
      person {
        id
        displayName
      }
    }
  }
}
fragment HouseProposalSignOff on Proposal {
  id
  title
  status
  houseId
  viewerCan {
    signOff
  }
  signOff {
    ready
    awaiting
    signed {
      role
      signedAt
      note
      person {
        id
        displayName
      }
    }
  }
}`) as unknown as TypedDocumentString<OurHouseQuery, OurHouseQueryVariables>;
export const SignOffPageDocument = new TypedDocumentString(`
    query SignOffPage($houseId: ID!, $proposalId: ID!) {
  body(id: $houseId) {
    ...HouseCoChairs
  }
  proposal(id: $proposalId) {
    ...HouseProposalSignOff
    summary
  }
}
    fragment HouseCoChairs on Body {
  id
  name
  coChairs {
    youngPerson {
      person {
        id
        displayName
      }
    }
    sectorLead {
      person {
        id
        displayName
      }
    }
  }
}
fragment HouseProposalSignOff on Proposal {
  id
  title
  status
  houseId
  viewerCan {
    signOff
  }
  signOff {
    ready
    awaiting
    signed {
      role
      signedAt
      note
      person {
        id
        displayName
      }
    }
  }
}`) as unknown as TypedDocumentString<SignOffPageQuery, SignOffPageQueryVariables>;
export const SignOffProposalDocument = new TypedDocumentString(`
    mutation SignOffProposal($input: SignOffProposalInput!) {
  signOffProposal(input: $input) {
    recommended
    proposal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffProposalMutation, SignOffProposalMutationVariables>;
export const RequestSignInCodeDocument = new TypedDocumentString(`
    mutation RequestSignInCode($input: RequestSignInCodeInput!) {
  requestSignInCode(input: $input) {
    message
    codeLifetimeMinutes
  }
}
    `) as unknown as TypedDocumentString<RequestSignInCodeMutation, RequestSignInCodeMutationVariables>;
export const VerifySignInCodeDocument = new TypedDocumentString(`
    mutation VerifySignInCode($input: VerifySignInCodeInput!) {
  verifySignInCode(input: $input) {
    tokens {
      ...SignedInTokens
    }
  }
}
    fragment SignedInTokens on SessionTokens {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  person {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<VerifySignInCodeMutation, VerifySignInCodeMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    tokens {
      ...SignedInTokens
    }
  }
}
    fragment SignedInTokens on SessionTokens {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  person {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($input: SignOutInput!) {
  signOut(input: $input) {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const EntitlementsDocument = new TypedDocumentString(`
    query Entitlements($responsibleAuthority: String!, $residentAuthority: String!, $age: Int!, $formerUasc: Boolean) {
  entitlements(
    responsibleAuthority: $responsibleAuthority
    residentAuthority: $residentAuthority
    age: $age
    formerUasc: $formerUasc
  ) {
    on
    age
    formerUasc
    edition {
      number
      title
      publishedOn
    }
    responsibleAuthority {
      shortCode
      name
    }
    residentAuthority {
      shortCode
      name
    }
    offers {
      status
      reason
      explanation
      howToAccess
      availableFrom
      uascNote
      providers {
        kind
        name
      }
      offer {
        proposalId
        title
        summary
        houseName
        minAge
        maxAge
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntitlementsQuery, EntitlementsQueryVariables>;
export const LocalAuthoritiesDocument = new TypedDocumentString(`
    query LocalAuthorities {
  localAuthorities {
    shortCode
    name
  }
}
    `) as unknown as TypedDocumentString<LocalAuthoritiesQuery, LocalAuthoritiesQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int!) {
  myNotifications(first: $first) {
    totalCount
    edges {
      node {
        id
        subject
        body
        link
        readAt
        createdAt
      }
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;