/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The invitation link being used. */
export type AcceptInvitationInput = {
  /** The token from the invitation link. */
  token: string;
};

/** Who is asked to agree an offer. */
export type AgreementPartyKind =
  /** One of the five NHS ICS areas. */
  | 'ICS_AREA'
  /** One of London's 33 local authorities. */
  | 'LOCAL_AUTHORITY'
  /** A partner organisation, such as TfL or a business. */
  | 'ORGANISATION';

/** Where one party stands on one endorsed offer. Only FORMALLY_AGREED and IMPLEMENTED count as agreed and are published in the Compact. */
export type AgreementStatus =
  /** Supported, but not yet through the party's own decision-making: not counted as agreed, not published, and nothing is promised to care leavers yet. */
  | 'AGREED_IN_PRINCIPLE'
  /** The party decided not to provide it. */
  | 'DECLINED'
  /** Agreed through the party's own decision-making (e.g. a cabinet or board decision): counted as agreed and published; care leavers are told it is coming. */
  | 'FORMALLY_AGREED'
  /** In place: care leavers can get it from its effective date. */
  | 'IMPLEMENTED'
  /** The party is considering it. */
  | 'IN_DISCUSSION'
  /** The offer does not apply to this party; a final position, left aside when counting offers agreed everywhere. */
  | 'NOT_APPLICABLE'
  /** Asked, but nothing recorded yet. */
  | 'NOT_STARTED';

/** For an ICS-area offer, whose care leavers an area's agreement covers. */
export type AreaRule =
  /** Both. */
  | 'EITHER_AREA'
  /** Care leavers living in the area's LAs, whoever is responsible for them. */
  | 'RESIDENT_AUTHORITY_AREA'
  /** Care leavers of the area's LAs, wherever they live. */
  | 'RESPONSIBLE_AUTHORITY_AREA';

/** Who must agree the offer: each LA, each ICS area, one partner, or several named partners. */
export type DeliveryModel =
  /** Each of the five NHS ICS areas agrees for its area (e.g. free prescriptions). */
  | 'EACH_ICS_AREA'
  /** Each of London's 33 local authorities agrees for its own care leavers (e.g. council tax exemption). */
  | 'EACH_LA'
  /** Two or more named partners each agree to provide it. */
  | 'SEVERAL_PARTNERS'
  /** One partner provides it for all of London (e.g. TfL for half-price travel). */
  | 'SINGLE_PARTNER';

/** Why an offer does or does not apply: a stable code per rule (explanation gives the sentence). */
export type EntitlementReason =
  /** Agreed, but not yet in place on the date asked. */
  | 'AGREED_NOT_YET_IMPLEMENTED'
  /** The LA the young person lives in provides it to any care leaver living there. */
  | 'ANY_CARE_LEAVER_RESIDENT'
  /** An ICS-area offer provided by the area of the LA the young person lives in. */
  | 'AREA_OF_RESIDENT_AUTHORITY'
  /** An ICS-area offer provided by the area of the responsible LA. */
  | 'AREA_OF_RESPONSIBLE_AUTHORITY'
  /** The party that would provide it has not confirmed the offer's current wording (see UNCONFIRMED). */
  | 'AWAITING_RECONFIRMATION'
  /** Both LAs would provide it; the responsible LA does. */
  | 'BOTH_AUTHORITIES_RESPONSIBLE_PROVIDES'
  /** The party that would provide it declined it. */
  | 'DECLINED'
  /** An ICS area provides it, but its area rule does not reach this young person. */
  | 'NOT_COVERED_BY_AREA_RULE'
  /** An LA provides it, but only to care leavers this young person is not one of. */
  | 'NOT_COVERED_BY_RECIPROCITY'
  /** The party that would provide it has not agreed it yet. */
  | 'NOT_YET_AGREED'
  /** The LA the area rule looks at was in no ICS area on the date asked. */
  | 'NO_AREA_ON_DATE'
  /** The young person is younger or older than the offer allows. */
  | 'OUTSIDE_AGE_RANGE'
  /** The responsible LA provides it to its own care leavers wherever they live. */
  | 'OWN_CARE_LEAVERS_ANYWHERE'
  /** A partner's offer, open to every care leaver in the age range. */
  | 'PARTNER_OFFER'
  /** The responsible and resident LA are the same, and it provides the offer. */
  | 'SAME_AUTHORITY';

/** Whether an offer applies to the young person on the date asked. */
export type EntitlementStatus =
  /** They can get it now. */
  | 'AVAILABLE'
  /** Formally agreed, or in place from a later date: they will be able to get it. */
  | 'COMING'
  /** Not provided to them (not agreed, declined, or their circumstances are not covered). */
  | 'NOT_AVAILABLE'
  /** They are outside the offer's age range. */
  | 'NOT_ELIGIBLE'
  /** The party that would provide it agreed an earlier wording and has not confirmed this edition’s wording: nothing is promised on its behalf; ask the personal adviser. */
  | 'UNCONFIRMED';

/** Which of your notifications to mark read: some by id, or all. */
export type MarkNotificationsReadInput = {
  /** Mark every notification read. */
  all?: boolean | null | undefined;
  /** The notifications to mark read (at most 100). */
  notificationIds?: Array<string> | null | undefined;
};

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

/** The refresh token to exchange. */
export type RefreshSessionInput = {
  /** The refresh token from the last sign-in or refresh; it works once. */
  refreshToken: string;
};

/** The email address to send a sign-in code to. */
export type RequestSignInCodeInput = {
  /** The address the person is recorded with. */
  email: string;
};

/** The session to end. */
export type SignOutInput = {
  /** The refresh token of the session to end. */
  refreshToken: string;
};

/** The emailed code, to sign in with. */
export type VerifySignInCodeInput = {
  /** The 6-digit code from the email. */
  code: string;
  /** The address the code was sent to. */
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