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

/** A comment or reply on a proposal, by someone with a part in it (see the comment rule). */
export type AddCommentInput = {
  /** 1–5000 characters. */
  body: string;
  /** Reply to this comment on the same proposal. */
  parentId?: string | number | null | undefined;
  /** The proposal commented on. */
  proposalId: string | number;
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

/** One of an LA's agreements to change, as part of a change to many at once. */
export type AuthorityAgreementItemInput = {
  /** The agreement to change: one party's agreement to one offer. */
  agreementId: string | number;
  /** When the offer took effect for the party; required for IMPLEMENTED. */
  effectiveDate?: string | null | undefined;
  /** An http(s) link to the decision or policy. */
  evidenceUrl?: string | null | undefined;
  /** The version you last read; a newer one means someone else changed it. */
  expectedVersion: number;
  /** What the party wants others to know about its position, such as conditions or timing. */
  note?: string | null | undefined;
  /** LA offers only; required once FORMALLY_AGREED or IMPLEMENTED. */
  reciprocity?: Reciprocity | null | undefined;
  /** Where the party now stands on the offer. */
  status: AgreementStatus;
};

/** What kind of governance body it is. */
export type BodyKind =
  /** The London Children in Care Council: care-experienced young people aged 14–25. */
  | 'CICC'
  /** One of the six thematic Houses that find and deliver offers, co-chaired by a young person and a sector lead. */
  | 'HOUSE'
  /** A network, such as LLANCL, the LAs' leaving-care leads. */
  | 'NETWORK'
  /** The Care Leavers Trust Board, which oversees the Compact and decides on recommended offers. */
  | 'TRUST_BOARD'
  /** A working group, such as the Compact Working Group. */
  | 'WORKING_GROUP';

/** A CiCC member's vote on a proposal. */
export type CastVoteInput = {
  /** The vote. */
  choice: VoteChoice;
  /** The proposal voted on; its CiCC consultation must be open. */
  proposalId: string | number;
};

/** Why a comment was reported: to the moderators, or for SAFETY_CONCERN to the safeguarding leads only. */
export type CommentReportReason =
  /** Abusive, offensive or bullying. */
  | 'ABUSIVE'
  /** Not about the proposal. */
  | 'OFF_TOPIC'
  /** Something else; say what in the details. */
  | 'OTHER'
  /** It gives away personal information about someone. */
  | 'PERSONAL_INFORMATION'
  /** I'm worried about someone's safety: goes at once to the safeguarding leads, and not to the moderators. */
  | 'SAFETY_CONCERN'
  /** Advertising or nonsense. */
  | 'SPAM';

/** A party's confirmation that it agrees the offer's current, revised wording. */
export type ConfirmAgreementWordingInput = {
  /** The agreement that needs re-confirmation. */
  agreementId: string | number;
  /** The version you last read. */
  expectedVersion: number;
};

/** Who a consultation asks. */
export type ConsultationAudience =
  /** The Association of London Directors of Children's Services, one answer per LA. */
  | 'ALDCS'
  /** Young people of the Children in Care Council, each for themself; on a proposal they also vote. */
  | 'CICC'
  /** The LAs' housing directors, one answer per LA. */
  | 'HOUSING_DIRECTORS'
  /** London's local authorities, one answer per LA from its officers. */
  | 'LOCAL_AUTHORITIES'
  /** Partners: one answer per ICS area or partner organisation, from its officers. */
  | 'PARTNERS';

/** Where a consultation is in time, worked out now from its dates. */
export type ConsultationState =
  /** No longer taking responses: its closing time passed or its co-chairs closed it early. */
  | 'CLOSED'
  /** Taking responses (and votes) now. */
  | 'OPEN'
  /** Set up, opening later. */
  | 'SCHEDULED';

/** Your own comment, to delete. */
export type DeleteCommentInput = {
  /** The comment to delete. */
  commentId: string | number;
  /** When given, refused with CONFLICT if the comment changed since. */
  expectedVersion?: number | null | undefined;
};

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

/** A new wording of your own comment. */
export type EditCommentInput = {
  /** The new wording; the earlier one is kept as a revision. */
  body: string;
  /** The comment to edit. */
  commentId: string | number;
  /** The version you last read; a newer one means the comment changed since. */
  expectedVersion: number;
};

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

/** Scoped roles (HOUSE_CO_CHAIR, HOUSE_MEMBER: a House; LA_OFFICER: an LA; PARTNER_OFFICER: an organisation or area) need scopeKind and scopeId; the others take neither. */
export type GrantRoleInput = {
  /** The person to give the role. */
  personId: string | number;
  /** Why (up to 2000 characters). */
  reason?: string | null | undefined;
  /** The role to give. */
  role: Role;
  /** The House, LA, organisation or area a scoped role applies to. */
  scopeId?: string | number | null | undefined;
  /** What a scoped role applies to. */
  scopeKind?: RoleScopeKind | null | undefined;
};

/** One person to invite, as written in a list such as a CSV file: every value is text, and the API says what is wrong with it. */
export type InvitationRowInput = {
  /** Birth month as YYYY-MM, or empty. */
  birthMonth?: string | null | undefined;
  /** Whether they are care-experienced: yes or no (empty means no). */
  careExperienced?: string | null | undefined;
  /** How they are named to others (1–120 characters). */
  displayName?: string | null | undefined;
  /** Their email address; if it is already known, that person is invited as recorded. */
  email?: string | null | undefined;
  /** The London council they come from: its name (Hackney), three-letter code (hck) or GSS code (E09000012); or empty. */
  homeCouncil?: string | null | undefined;
};

/** A place on a body to give the person invited: who may add it is checked as for addMembership. */
export type InviteMembershipInput = {
  /** The House, board or group. */
  bodyId: string | number;
  /** The ICS area or sub-region the person represents (at most one of the three). */
  representsAreaId?: string | number | null | undefined;
  /** The local authority the person represents (at most one of the three). */
  representsAuthorityId?: string | number | null | undefined;
  /** The partner organisation the person represents (at most one of the three). */
  representsOrganisationId?: string | number | null | undefined;
  /** Any role but a co-chair seat (see appointCoChair). */
  role: MembershipRole;
};

/** A list of people to invite to one House (or none), each given the same places. */
export type InvitePeopleInput = {
  /** The House the invitations are for. A co-chair can invite only to their own House. Defaults to the House among memberships, when they name one. */
  houseId?: string | number | null | undefined;
  /** Places to give each person (e.g. House member), each allowed only to those who may add it. */
  memberships?: Array<InviteMembershipInput> | null | undefined;
  /** The people, one row each, in the order of the list (1 to 200). */
  rows: Array<InvitationRowInput>;
};

/** Invite someone already recorded (personId), or someone new (email and displayName, with their details), and give them their places, all in one step. If the email is already known, that person is invited as recorded. */
export type InvitePersonInput = {
  /** For someone new: birth month as YYYY-MM. */
  birthMonth?: string | null | undefined;
  /** For someone new: whether they are care-experienced (default false). */
  careExperienced?: boolean | null | undefined;
  /** For someone new: how they are named to others (1–120 characters). */
  displayName?: string | null | undefined;
  /** For someone new; if the email is already known, that person is invited. */
  email?: string | null | undefined;
  /** For someone new: the local authority they come from. */
  homeAuthorityId?: string | number | null | undefined;
  /** The House the invitation is for. A co-chair can invite only to their own House. Defaults to the House among memberships, when they name one. */
  houseId?: string | number | null | undefined;
  /** Places to give them in the same step (e.g. CiCC member, House member), each allowed only to those who may add it. Places they already hold stay as they are. */
  memberships?: Array<InviteMembershipInput> | null | undefined;
  /** Someone already recorded; leave out to invite someone new by email. */
  personId?: string | number | null | undefined;
};

/** Leaving the Children in Care Council, with a reason if you want to give one. */
export type LeaveCiccInput = {
  /** Why, if you want to say (up to 2000 characters). */
  reason?: string | null | undefined;
};

/** Which of your notifications to mark read: some by id, or all. */
export type MarkNotificationsReadInput = {
  /** Mark every notification read. */
  all?: boolean | null | undefined;
  /** The notifications to mark read (at most 100). */
  notificationIds?: Array<string> | null | undefined;
};

/** A seat on a governance body. */
export type MembershipRole =
  /** Advises the body (e.g. the National Care Leaver Adviser on the Trust Board). */
  | 'ADVISER'
  /** Chairs the body. */
  | 'CHAIR'
  /** A House's sector-lead co-chair: a lead from an LA, the NHS or a partner. */
  | 'CO_CHAIR_SECTOR_LEAD'
  /** A House's young-person co-chair: a care-experienced CiCC member. */
  | 'CO_CHAIR_YOUNG_PERSON'
  /** A member, who takes part in the body's work and decisions. */
  | 'MEMBER'
  /** Attends without taking part in the body's decisions; gives no House or Trust Board role. */
  | 'OBSERVER';

/** How a person wants to hear about one kind of notification (without a choice: email at once). */
export type NotificationDelivery =
  /** An email at once, and in the app. */
  | 'EMAIL_NOW'
  /** In the app only, never emailed. */
  | 'IN_APP_ONLY'
  /** Gathered into one weekly email, and in the app. */
  | 'WEEKLY_DIGEST';

/** What a notification is about. */
export type NotificationKind =
  /** A meeting action you own is due. */
  | 'ACTION_ITEM_DUE'
  /** An offer was endorsed: each party's officers are asked to record their position. */
  | 'AGREEMENT_REQUESTED'
  /** To a House's co-chairs: a party changed where it stands on one of the House's offers. */
  | 'AGREEMENT_STATUS_CHANGED'
  /** A reminder that an agreement has not moved for a while. */
  | 'AGREEMENT_STATUS_STALE'
  /** Someone replied to your comment. */
  | 'COMMENT_REPLY'
  /** A consultation you took part in, or run, has closed. */
  | 'CONSULTATION_CLOSED'
  /** A reminder that a consultation you have not answered closes soon. */
  | 'CONSULTATION_CLOSING'
  /** A consultation opened: its audience is asked to take part before it closes, and the running House's co-chairs are told. */
  | 'CONSULTATION_OPENED'
  /** To a House's co-chairs: a proposal has not moved since its consultation closed. */
  | 'CONSULTATION_STALLED'
  /** A meeting of a body you sit on is coming up. */
  | 'MEETING_UPCOMING'
  /** An offer a party agreed was reworded: its officers see the old and new wording and are asked to re-confirm. */
  | 'OFFER_REVISED'
  /** Kept for stored choices: a proposal's moves now reach those who took part as YOU_SAID_WE_DID. */
  | 'PROPOSAL_STATUS_CHANGED'
  /** A concern for someone's safety is waiting: to every safeguarding lead (or, with none, programme admins). Always emailed at once. */
  | 'SAFEGUARDING_CONCERN'
  /** To the person who raised a safety concern: what happens next, then that it was handled. */
  | 'SAFEGUARDING_UPDATE'
  /** Your weekly summary of what waits for you. */
  | 'WEEKLY_DIGEST'
  /** What happened to something you took part in, and why. */
  | 'YOU_SAID_WE_DID';

/** The part of care leavers' lives an offer serves. */
export type ProposalCategory =
  /** How councils and partners act as care leavers' corporate parents (e.g. the Care Leaver Covenant). */
  | 'CORPORATE_PARENTING'
  /** Education, training, apprenticeships and work. */
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  /** Money: council tax, grants, a standard financial offer. */
  | 'FINANCE'
  /** Physical and mental health, prescriptions and NHS services. */
  | 'HEALTH'
  /** Somewhere to live: homelessness, deposits, tenancies. */
  | 'HOUSING'
  /** Family, friends, mentoring and support networks. */
  | 'RELATIONSHIPS'
  /** Getting around London, such as travel concessions. */
  | 'TRANSPORT'
  /** Leisure, culture and feeling well beyond health services. */
  | 'WELLBEING';

/** Where a proposal is on its way from a House to the Compact. */
export type ProposalStatus =
  /** The Trust Board adopted it into the Compact: it is published in the next edition. */
  | 'ADOPTED'
  /** Not taken forward, by the House or by the Trust Board; final. */
  | 'DECLINED'
  /** Being written by its House; nobody outside the House is asked yet. */
  | 'DRAFT'
  /** The Trust Board endorsed it: each party that must agree is asked to, and records its position as an agreement. */
  | 'ENDORSED'
  /** The House is asking young people, LAs or partners about it; its co-chairs sign it off when ready. */
  | 'IN_CONSULTATION'
  /** Both co-chairs signed it off: the House recommends it to the Trust Board, whose decision is awaited. */
  | 'RECOMMENDED'
  /** Taken back by the House (or, once adopted, by the Trust Board); final. */
  | 'WITHDRAWN';

/** The next edition of the Compact: every ADOPTED offer as it stands now. */
export type PublishCompactEditionInput = {
  /** The introduction printed at the front of the edition; empty when left out. */
  introduction?: string | null | undefined;
  /** The next number: one more than the latest edition (1 for the first). */
  number: number;
  /** The date printed on the edition; not before the previous edition. */
  publishedOn: string;
  /** The edition's title as published. */
  title: string;
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

/** A report of a comment that should not be there, or that makes you worried about someone's safety. */
export type ReportCommentInput = {
  /** The comment reported. */
  commentId: string | number;
  /** Up to 1000 characters. */
  details?: string | null | undefined;
  /** Why; SAFETY_CONCERN goes to the safeguarding leads only. */
  reason: CommentReportReason;
};

/** The email address to send a sign-in code to. */
export type RequestSignInCodeInput = {
  /** The address the person is recorded with. */
  email: string;
};

/** A role grant to take back. */
export type RevokeRoleInput = {
  /** The grant to revoke. */
  grantId: string | number;
  /** Why it is revoked (up to 2000 characters). */
  reason?: string | null | undefined;
};

/** What a person may do; scoped roles apply to one House, LA, organisation or area. */
export type Role =
  /** A children's services director who reads the directors' views; takes no part in discussions. */
  | 'ALDCS_VIEWER'
  /** A member of the Children in Care Council: answers and votes in CiCC consultations. */
  | 'CICC_MEMBER'
  /** A co-chair of one House (scoped): moves its proposals, runs its consultations and moderates its comments. */
  | 'HOUSE_CO_CHAIR'
  /** A co-chair, chair or member of one House (scoped): drafts and discusses its proposals. */
  | 'HOUSE_MEMBER'
  /** Acts for one LA (scoped): answers its consultations and records its agreements. */
  | 'LA_OFFICER'
  /** Acts for one ICS area or partner organisation (scoped): answers its consultations and records its agreements. */
  | 'PARTNER_OFFICER'
  /** Runs the service: people, places, roles, editions, erasure and failed jobs. */
  | 'PROGRAMME_ADMIN'
  /** Receives and handles safety concerns; reads the people's details a concern needs. */
  | 'SAFEGUARDING_LEAD'
  /** A member, chair or adviser of the Care Leavers Trust Board: reads the directors' views and decides on recommended proposals. */
  | 'TRUST_BOARD_MEMBER';

/** What a scoped role applies to. */
export type RoleScopeKind =
  /** An ICS area (or sub-region). */
  | 'AREA'
  /** A local authority. */
  | 'AUTHORITY'
  /** A House (or another governance body). */
  | 'BODY'
  /** A partner organisation. */
  | 'ORGANISATION';

/** A part of the service for the people who run the Compact, opened by the roles its pages serve. */
export type ServiceArea =
  /** The audit trail (programme admins and safeguarding leads). */
  | 'AUDIT'
  /** Background jobs that failed (programme admins). */
  | 'JOBS'
  /** London's progress: the agreement matrix, maps and trends (directors, the Trust Board, programme admins, the Houses and officers). */
  | 'LONDONS_PROGRESS'
  /** Moderation: reported and hidden comments of a House (its co-chairs). */
  | 'MODERATION'
  /** Our authority: an LA's agreements to each offer (its officers). */
  | 'OUR_AUTHORITY'
  /** Our House: a House's proposals, consultations and sign-offs (its co-chairs). */
  | 'OUR_HOUSE'
  /** People: finding people, inviting them and their roles (programme admins; co-chairs invite into their own House). */
  | 'PEOPLE'
  /** Publishing the next edition of the Compact (programme admins). */
  | 'PUBLISHING'
  /** Safeguarding: safety concerns to handle (safeguarding leads). */
  | 'SAFEGUARDING'
  /** The Trust Board: proposals recommended to it and its decisions (its members and programme admins). */
  | 'TRUST_BOARD';

/** How you want to hear about one kind of notification. */
export type SetNotificationPreferenceInput = {
  /** How you want to hear about it. */
  delivery: NotificationDelivery;
  /** The version you read (0 when never chosen); a stale one is refused. */
  expectedVersion?: number | null | undefined;
  /** The kind of notification. */
  kind: NotificationKind;
};

/** A co-chair's sign-off that the proposal is ready to recommend to the Trust Board. */
export type SignOffProposalInput = {
  /** What the co-chair wants to say with the sign-off. */
  note?: string | null | undefined;
  /** The proposal in consultation to sign off. */
  proposalId: string | number;
};

/** The session to end. */
export type SignOutInput = {
  /** The refresh token of the session to end. */
  refreshToken: string;
};

/** Why a vote tally is hidden. */
export type TallyHiddenReason =
  /** This consultation takes no votes. */
  | 'NO_VOTE'
  /** Fewer members have voted than the minimum (TALLY_MIN_VOTERS), so the count could give votes away. */
  | 'TOO_FEW_VOTERS'
  /** Shown when voting closes. */
  | 'UNTIL_CLOSE'
  /** Shown to members once they have voted, and to everyone when voting closes. */
  | 'VOTE_TO_SEE';

/** When the vote tally of a CiCC consultation may be seen (and always only once enough members have voted). */
export type TallyVisibility =
  /** To everyone once voting closes, and not before. */
  | 'AFTER_CLOSE'
  /** To a member once they have voted, and to everyone once voting closes. */
  | 'AFTER_VOTING'
  /** To everyone signed in, while voting is open too; each new vote then moves it by one. */
  | 'ALWAYS';

/** Changes to many of one LA's agreements, applied together or not at all. */
export type UpdateAuthorityAgreementsInput = {
  /** The LA whose agreements these are; you must act for it. */
  authorityId: string | number;
  /** 1–200 of the authority's agreements; all are applied or none. */
  items: Array<AuthorityAgreementItemInput>;
};

/** The emailed code, to sign in with. */
export type VerifySignInCodeInput = {
  /** The 6-digit code from the email. */
  code: string;
  /** The address the code was sent to. */
  email: string;
};

/** A CiCC member's vote on a proposal. */
export type VoteChoice =
  /** Taking part without taking a side; counted in the total. */
  | 'ABSTAIN'
  /** Against the proposal. */
  | 'OPPOSE'
  /** For the proposal. */
  | 'SUPPORT';

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } } };

export type CommentPageQueryVariables = Exact<{
  id: string | number;
  comments: number;
}>;


export type CommentPageQuery = { proposal: { id: string, title: string } | null, proposalComments: { edges: Array<{ node: { id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, replies: Array<{ id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } }>, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } } }> } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { comment: { id: string } } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { comment: { id: string } } };

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;


export type DeleteCommentMutation = { deleteComment: { comment: { id: string } } };

export type ReportCommentMutationVariables = Exact<{
  input: ReportCommentInput;
}>;


export type ReportCommentMutation = { reportComment: { report: { id: string, reason: CommentReportReason }, safetyConcern: { whatHappensNext: string, lookWithin: string, emergency: string, helplines: Array<{ name: string, phone: string, whenToCall: string }> } | null } };

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

export type InvitePlaceFragment = { id: string, name: string, kind: BodyKind, viewerCan: { addMember: boolean } };

export type PeopleSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type PeopleSearchQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, memberships: Array<{ id: string, role: MembershipRole, body: { id: string, name: string } }> } }> }, bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { addMember: boolean } }> };

export type PersonPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPageQuery = { person: { id: string, displayName: string, email: string | null, birthMonth: string | null, under18: boolean | null, careExperienced: boolean | null, homeAuthority: { name: string } | null, memberships: Array<{ id: string, role: MembershipRole, startedAt: string, body: { id: string, name: string } }>, viewerCan: { manageRoles: boolean } } | null };

export type PersonRoleGrantsQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonRoleGrantsQuery = { roleGrants: Array<{ id: string, role: Role, current: boolean, grantedAt: string, reason: string, revokedAt: string | null, revokeReason: string | null, scope: { id: string, kind: RoleScopeKind } | null }>, bodies: Array<{ id: string, name: string }>, localAuthorities: Array<{ id: string, name: string }>, areas: Array<{ id: string, name: string }>, organisations: Array<{ id: string, name: string }> };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { grant: { id: string, role: Role } } };

export type RevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type RevokeRoleMutation = { revokeRole: { grant: { id: string, role: Role } } };

export type InvitePageQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitePageQuery = { bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { addMember: boolean } }>, localAuthorities: Array<{ id: string, name: string }> };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { person: { id: string, displayName: string } } };

export type InvitePlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitePlacesQuery = { bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { addMember: boolean } }> };

export type CheckInvitationsQueryVariables = Exact<{
  input: InvitePeopleInput;
}>;


export type CheckInvitationsQuery = { invitationsCheck: { ready: boolean, rowsWithProblems: number, rows: Array<{ row: number, displayName: string, email: string, problems: Array<{ code: string, field: string | null, message: string }> }> }, bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { addMember: boolean } }> };

export type InvitePeopleMutationVariables = Exact<{
  input: InvitePeopleInput;
}>;


export type InvitePeopleMutation = { invitePeople: { invitations: Array<{ person: { id: string } }> } };

export type CiccConsultationFragment = { id: string, state: ConsultationState, opensAt: string, closesAt: string, closedAt: string | null, takesVotes: boolean, tallyVisibility: TallyVisibility, outcomeSummary: string | null, myVote: { choice: VoteChoice, castAt: string, updatedAt: string } | null, viewerCan: { vote: boolean, changeVote: boolean }, tally: { support: number, oppose: number, abstain: number, total: number } | null, tallyHidden: { reason: TallyHiddenReason, message: string } | null };

export type ShownCommentFragment = { id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } };

export type ProposalPageQueryVariables = Exact<{
  id: string | number;
  comments: number;
}>;


export type ProposalPageQuery = { proposal: { id: string, title: string, summary: string, rationale: string, uascConsiderations: string | null, category: ProposalCategory, deliveryModel: DeliveryModel, minAge: number, maxAge: number, status: ProposalStatus, createdAt: string, viewerCan: { vote: boolean, changeVote: boolean, comment: boolean }, house: { id: string, name: string }, partners: Array<{ id: string, name: string }>, transitions: Array<{ id: string, at: string, fromStatus: ProposalStatus | null, toStatus: ProposalStatus, reason: string }> } | null, consultations: { edges: Array<{ node: { id: string, state: ConsultationState, opensAt: string, closesAt: string, closedAt: string | null, takesVotes: boolean, tallyVisibility: TallyVisibility, outcomeSummary: string | null, myVote: { choice: VoteChoice, castAt: string, updatedAt: string } | null, viewerCan: { vote: boolean, changeVote: boolean }, tally: { support: number, oppose: number, abstain: number, total: number } | null, tallyHidden: { reason: TallyHiddenReason, message: string } | null } }> }, proposalComments: { totalCount: number, edges: Array<{ node: { id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, replies: Array<{ id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } }>, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } } }> } };

export type ConsultationProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationProposalQuery = { consultation: { id: string, proposalId: string | null } | null };

export type EditionPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type EditionPreviewQuery = { compactEditionPreview: { nextNumber: number, offerCount: number, unchangedCount: number, latest: { number: number, title: string, publishedOn: string } | null, added: Array<{ proposalId: string, title: string, summary: string }>, removed: Array<{ proposalId: string, title: string }>, changed: Array<{ proposalId: string, changedFields: Array<string>, before: { title: string, summary: string }, after: { title: string, summary: string }, partiesAdded: Array<{ name: string, status: AgreementStatus }>, partiesRemoved: Array<{ name: string }>, partiesChanged: Array<{ after: { name: string, status: AgreementStatus } }> }> } };

export type PublishEditionMutationVariables = Exact<{
  input: PublishCompactEditionInput;
}>;


export type PublishEditionMutation = { publishCompactEdition: { offerCount: number, edition: { number: number, title: string, publishedOn: string } } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, delivery: NotificationDelivery, chosen: boolean, changeable: boolean, version: number }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { preference: { kind: NotificationKind, delivery: NotificationDelivery, version: number } } };

export type LeaveCiccMutationVariables = Exact<{
  input: LeaveCiccInput;
}>;


export type LeaveCiccMutation = { leaveCicc: { ended: Array<{ id: string }> } };

export type MyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataQuery = { myData: { generatedAt: string, profile: { displayName: string, email: string, birthMonth: string | null, careExperienced: boolean, homeAuthority: string | null, createdAt: string }, memberships: Array<{ id: string, body: string, role: string, represents: string | null, startedAt: string, endedAt: string | null }>, roles: Array<{ role: string, scope: string | null, source: string }>, votes: Array<{ proposal: string, proposalId: string, choice: string, castAt: string, updatedAt: string }>, comments: Array<{ id: string, proposal: string, proposalId: string, body: string, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenAt: string | null }>, reports: Array<{ id: string, reason: string, details: string, createdAt: string, resolvedAt: string | null }>, consultationResponses: Array<{ id: string, consultation: string, submittedAt: string }>, notificationPreferences: Array<{ kind: string, delivery: string }>, notifications: Array<{ id: string }>, sessions: Array<{ id: string, createdAt: string, method: string, revokedAt: string | null }> } };

export type MyAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAreasQuery = { myAreas: Array<ServiceArea> };

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

export type VoteOpenToViewerFragment = { id: string, proposalId: string | null, state: ConsultationState, closesAt: string, takesVotes: boolean, myVote: { choice: VoteChoice } | null, viewerCan: { vote: boolean, changeVote: boolean } };

export type VotePageQueryVariables = Exact<{
  id: string | number;
}>;


export type VotePageQuery = { proposal: { id: string, title: string, summary: string } | null, consultations: { edges: Array<{ node: { id: string, proposalId: string | null, state: ConsultationState, closesAt: string, takesVotes: boolean, myVote: { choice: VoteChoice } | null, viewerCan: { vote: boolean, changeVote: boolean } } }> } };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastVoteMutation = { castVote: { changed: boolean, vote: { choice: VoteChoice } } };

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


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: { totalCount: number, edges: Array<{ node: { id: string, subject: string, body: string, link: string | null, readAt: string | null, createdAt: string } }> }, openVotes: { edges: Array<{ node: { id: string, proposalId: string | null, state: ConsultationState, closesAt: string, takesVotes: boolean, proposal: { id: string, title: string } | null, myVote: { choice: VoteChoice } | null, viewerCan: { vote: boolean, changeVote: boolean } } }> } };

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
export const InvitePlaceFragmentDoc = new TypedDocumentString(`
    fragment InvitePlace on Body {
  id
  name
  kind
  viewerCan {
    addMember
  }
}
    `, {"fragmentName":"InvitePlace"}) as unknown as TypedDocumentString<InvitePlaceFragment, unknown>;
export const CiccConsultationFragmentDoc = new TypedDocumentString(`
    fragment CiccConsultation on Consultation {
  id
  state
  opensAt
  closesAt
  closedAt
  takesVotes
  tallyVisibility
  outcomeSummary
  myVote {
    choice
    castAt
    updatedAt
  }
  viewerCan {
    vote
    changeVote
  }
  tally {
    support
    oppose
    abstain
    total
  }
  tallyHidden {
    reason
    message
  }
}
    `, {"fragmentName":"CiccConsultation"}) as unknown as TypedDocumentString<CiccConsultationFragment, unknown>;
export const ShownCommentFragmentDoc = new TypedDocumentString(`
    fragment ShownComment on Comment {
  id
  parentId
  body
  createdAt
  edited
  editedAt
  deleted
  held
  heldNotice
  hidden
  hiddenReason
  version
  author {
    id
    displayName
  }
  viewerCan {
    reply
    edit
    delete
    report
  }
}
    `, {"fragmentName":"ShownComment"}) as unknown as TypedDocumentString<ShownCommentFragment, unknown>;
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
export const VoteOpenToViewerFragmentDoc = new TypedDocumentString(`
    fragment VoteOpenToViewer on Consultation {
  id
  proposalId
  state
  closesAt
  takesVotes
  myVote {
    choice
  }
  viewerCan {
    vote
    changeVote
  }
}
    `, {"fragmentName":"VoteOpenToViewer"}) as unknown as TypedDocumentString<VoteOpenToViewerFragment, unknown>;
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
export const CommentPageDocument = new TypedDocumentString(`
    query CommentPage($id: ID!, $comments: Int!) {
  proposal(id: $id) {
    id
    title
  }
  proposalComments(proposalId: $id, first: $comments) {
    edges {
      node {
        ...ShownComment
        replies {
          ...ShownComment
        }
      }
    }
  }
}
    fragment ShownComment on Comment {
  id
  parentId
  body
  createdAt
  edited
  editedAt
  deleted
  held
  heldNotice
  hidden
  hiddenReason
  version
  author {
    id
    displayName
  }
  viewerCan {
    reply
    edit
    delete
    report
  }
}`) as unknown as TypedDocumentString<CommentPageQuery, CommentPageQueryVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($input: DeleteCommentInput!) {
  deleteComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const ReportCommentDocument = new TypedDocumentString(`
    mutation ReportComment($input: ReportCommentInput!) {
  reportComment(input: $input) {
    report {
      id
      reason
    }
    safetyConcern {
      whatHappensNext
      lookWithin
      emergency
      helplines {
        name
        phone
        whenToCall
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportCommentMutation, ReportCommentMutationVariables>;
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
export const PeopleSearchDocument = new TypedDocumentString(`
    query PeopleSearch($search: String, $first: Int!) {
  people(filter: {search: $search}, first: $first) {
    totalCount
    edges {
      node {
        id
        displayName
        memberships {
          id
          role
          body {
            id
            name
          }
        }
      }
    }
  }
  bodies {
    ...InvitePlace
  }
}
    fragment InvitePlace on Body {
  id
  name
  kind
  viewerCan {
    addMember
  }
}`) as unknown as TypedDocumentString<PeopleSearchQuery, PeopleSearchQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  person(id: $id) {
    id
    displayName
    email
    birthMonth
    under18
    careExperienced
    homeAuthority {
      name
    }
    memberships {
      id
      role
      startedAt
      body {
        id
        name
      }
    }
    viewerCan {
      manageRoles
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const PersonRoleGrantsDocument = new TypedDocumentString(`
    query PersonRoleGrants($id: ID!) {
  roleGrants(personId: $id, includeRevoked: true) {
    id
    role
    current
    grantedAt
    reason
    revokedAt
    revokeReason
    scope {
      id
      kind
    }
  }
  bodies(kind: HOUSE) {
    id
    name
  }
  localAuthorities {
    id
    name
  }
  areas {
    id
    name
  }
  organisations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    grant {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($input: RevokeRoleInput!) {
  revokeRole(input: $input) {
    grant {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const InvitePageDocument = new TypedDocumentString(`
    query InvitePage {
  bodies {
    ...InvitePlace
  }
  localAuthorities {
    id
    name
  }
}
    fragment InvitePlace on Body {
  id
  name
  kind
  viewerCan {
    addMember
  }
}`) as unknown as TypedDocumentString<InvitePageQuery, InvitePageQueryVariables>;
export const InvitePersonDocument = new TypedDocumentString(`
    mutation InvitePerson($input: InvitePersonInput!) {
  invitePerson(input: $input) {
    person {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<InvitePersonMutation, InvitePersonMutationVariables>;
export const InvitePlacesDocument = new TypedDocumentString(`
    query InvitePlaces {
  bodies {
    ...InvitePlace
  }
}
    fragment InvitePlace on Body {
  id
  name
  kind
  viewerCan {
    addMember
  }
}`) as unknown as TypedDocumentString<InvitePlacesQuery, InvitePlacesQueryVariables>;
export const CheckInvitationsDocument = new TypedDocumentString(`
    query CheckInvitations($input: InvitePeopleInput!) {
  invitationsCheck(input: $input) {
    ready
    rowsWithProblems
    rows {
      row
      displayName
      email
      problems {
        code
        field
        message
      }
    }
  }
  bodies {
    ...InvitePlace
  }
}
    fragment InvitePlace on Body {
  id
  name
  kind
  viewerCan {
    addMember
  }
}`) as unknown as TypedDocumentString<CheckInvitationsQuery, CheckInvitationsQueryVariables>;
export const InvitePeopleDocument = new TypedDocumentString(`
    mutation InvitePeople($input: InvitePeopleInput!) {
  invitePeople(input: $input) {
    invitations {
      person {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitePeopleMutation, InvitePeopleMutationVariables>;
export const ProposalPageDocument = new TypedDocumentString(`
    query ProposalPage($id: ID!, $comments: Int!) {
  proposal(id: $id) {
    id
    title
    summary
    rationale
    uascConsiderations
    category
    deliveryModel
    minAge
    maxAge
    status
    createdAt
    viewerCan {
      vote
      changeVote
      comment
    }
    house {
      id
      name
    }
    partners {
      id
      name
    }
    transitions {
      id
      at
      fromStatus
      toStatus
      reason
    }
  }
  consultations(filter: {proposalId: $id, audience: CICC}, first: 5) {
    edges {
      node {
        ...CiccConsultation
      }
    }
  }
  proposalComments(proposalId: $id, first: $comments) {
    totalCount
    edges {
      node {
        ...ShownComment
        replies {
          ...ShownComment
        }
      }
    }
  }
}
    fragment CiccConsultation on Consultation {
  id
  state
  opensAt
  closesAt
  closedAt
  takesVotes
  tallyVisibility
  outcomeSummary
  myVote {
    choice
    castAt
    updatedAt
  }
  viewerCan {
    vote
    changeVote
  }
  tally {
    support
    oppose
    abstain
    total
  }
  tallyHidden {
    reason
    message
  }
}
fragment ShownComment on Comment {
  id
  parentId
  body
  createdAt
  edited
  editedAt
  deleted
  held
  heldNotice
  hidden
  hiddenReason
  version
  author {
    id
    displayName
  }
  viewerCan {
    reply
    edit
    delete
    report
  }
}`) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const ConsultationProposalDocument = new TypedDocumentString(`
    query ConsultationProposal($id: ID!) {
  consultation(id: $id) {
    id
    proposalId
  }
}
    `) as unknown as TypedDocumentString<ConsultationProposalQuery, ConsultationProposalQueryVariables>;
export const EditionPreviewDocument = new TypedDocumentString(`
    query EditionPreview {
  compactEditionPreview {
    nextNumber
    offerCount
    unchangedCount
    latest {
      number
      title
      publishedOn
    }
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
      }
      after {
        title
        summary
      }
      partiesAdded {
        name
        status
      }
      partiesRemoved {
        name
      }
      partiesChanged {
        after {
          name
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditionPreviewQuery, EditionPreviewQueryVariables>;
export const PublishEditionDocument = new TypedDocumentString(`
    mutation PublishEdition($input: PublishCompactEditionInput!) {
  publishCompactEdition(input: $input) {
    offerCount
    edition {
      number
      title
      publishedOn
    }
  }
}
    `) as unknown as TypedDocumentString<PublishEditionMutation, PublishEditionMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kind
    delivery
    chosen
    changeable
    version
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    preference {
      kind
      delivery
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const LeaveCiccDocument = new TypedDocumentString(`
    mutation LeaveCicc($input: LeaveCiccInput!) {
  leaveCicc(input: $input) {
    ended {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveCiccMutation, LeaveCiccMutationVariables>;
export const MyDataDocument = new TypedDocumentString(`
    query MyData {
  myData {
    generatedAt
    profile {
      displayName
      email
      birthMonth
      careExperienced
      homeAuthority
      createdAt
    }
    memberships {
      id
      body
      role
      represents
      startedAt
      endedAt
    }
    roles {
      role
      scope
      source
    }
    votes {
      proposal
      proposalId
      choice
      castAt
      updatedAt
    }
    comments {
      id
      proposal
      proposalId
      body
      createdAt
      editedAt
      deletedAt
      hiddenAt
    }
    reports {
      id
      reason
      details
      createdAt
      resolvedAt
    }
    consultationResponses {
      id
      consultation
      submittedAt
    }
    notificationPreferences {
      kind
      delivery
    }
    notifications {
      id
    }
    sessions {
      id
      createdAt
      method
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyDataQuery, MyDataQueryVariables>;
export const MyAreasDocument = new TypedDocumentString(`
    query MyAreas {
  myAreas
}
    `) as unknown as TypedDocumentString<MyAreasQuery, MyAreasQueryVariables>;
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
export const VotePageDocument = new TypedDocumentString(`
    query VotePage($id: ID!) {
  proposal(id: $id) {
    id
    title
    summary
  }
  consultations(filter: {proposalId: $id, audience: CICC}, first: 5) {
    edges {
      node {
        ...VoteOpenToViewer
      }
    }
  }
}
    fragment VoteOpenToViewer on Consultation {
  id
  proposalId
  state
  closesAt
  takesVotes
  myVote {
    choice
  }
  viewerCan {
    vote
    changeVote
  }
}`) as unknown as TypedDocumentString<VotePageQuery, VotePageQueryVariables>;
export const CastVoteDocument = new TypedDocumentString(`
    mutation CastVote($input: CastVoteInput!) {
  castVote(input: $input) {
    changed
    vote {
      choice
    }
  }
}
    `) as unknown as TypedDocumentString<CastVoteMutation, CastVoteMutationVariables>;
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
  openVotes: consultations(filter: {audience: CICC, state: OPEN}, first: 20) {
    edges {
      node {
        ...VoteOpenToViewer
        proposal {
          id
          title
        }
      }
    }
  }
}
    fragment VoteOpenToViewer on Consultation {
  id
  proposalId
  state
  closesAt
  takesVotes
  myVote {
    choice
  }
  viewerCan {
    vote
    changeVote
  }
}`) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    marked
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;