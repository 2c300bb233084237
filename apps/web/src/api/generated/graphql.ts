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

/** Where a meeting action stands. */
export type ActionItemStatus =
  /** No longer needed. */
  | 'CANCELLED'
  /** Done. */
  | 'DONE'
  /** Still to do; its owner is reminded as it falls due. */
  | 'OPEN';

/** An action agreed at a meeting. */
export type AddActionItemInput = {
  /** What is to be done. */
  description: string;
  /** When the action is due; not before the meeting. */
  dueOn: string;
  /** The meeting that set it. */
  meetingId: string | number;
  /** The person who will do it. */
  ownerId: string | number;
};

/** An item to add at the end of a meeting's agenda. */
export type AddAgendaItemInput = {
  /** The meeting. */
  meetingId: string | number;
  /** A link to the item's papers (http or https), if they are up. */
  papersUrl?: string | null | undefined;
  /** The proposal this item is about, if any. */
  proposalId?: string | number | null | undefined;
  /** What the item is. */
  title: string;
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

/** An answer: give only the field for the question's kind (yesNo, choice, choices, scale or text). */
export type AnswerInput = {
  /** SINGLE_CHOICE questions: one of the options, as written. */
  choice?: string | null | undefined;
  /** MULTIPLE_CHOICE questions: the options chosen, as written. */
  choices?: Array<string> | null | undefined;
  /** The question answered. */
  questionId: string | number;
  /** SCALE questions: a whole number from scaleMin to scaleMax. */
  scale?: number | null | undefined;
  /** FREE_TEXT questions: the answer in words. */
  text?: string | null | undefined;
  /** YES_NO questions: the answer. */
  yesNo?: boolean | null | undefined;
};

/** For an ICS-area offer, whose care leavers an area's agreement covers. */
export type AreaRule =
  /** Both. */
  | 'EITHER_AREA'
  /** Care leavers living in the area's LAs, whoever is responsible for them. */
  | 'RESIDENT_AUTHORITY_AREA'
  /** Care leavers of the area's LAs, wherever they live. */
  | 'RESPONSIBLE_AUTHORITY_AREA';

/** Narrows the audit trail; every field is optional and they combine with AND. */
export type AuditEventsFilterInput = {
  /** The person who made the changes. */
  actorId?: string | number | null | undefined;
  /** The id of the record changed. */
  entityId?: string | number | null | undefined;
  /** The kind of record, e.g. proposal, agreement_status, membership. */
  entityType?: string | null | undefined;
  /** Events at or after this instant. */
  from?: string | null | undefined;
  /** Events before this instant; must be after `from`. */
  to?: string | null | undefined;
};

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

/** The consultation to close before its closing time. */
export type CloseConsultationInput = {
  /** The consultation to close. */
  consultationId: string | number;
  /** When given, refused with CONFLICT if the consultation changed since. */
  expectedVersion?: number | null | undefined;
};

/** Why a comment is held from view for safeguarding. */
export type CommentHold =
  /** A safeguarding lead handled the concern and chose to keep it from view: others see "This comment has been removed." */
  | 'KEPT_HIDDEN'
  /** A safety concern about it is open: others see "This comment is being looked at." until a lead has handled every one. */
  | 'UNDER_REVIEW';

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

/** A new proposal, drafted by a co-chair or member of the House that will own it. */
export type CreateProposalInput = {
  /** The area of care leavers' lives it serves. */
  category: ProposalCategory;
  /** Who must agree it: each LA, each ICS area, one partner or several. */
  deliveryModel: DeliveryModel;
  /** Up to 20 http(s) links. */
  evidenceLinks?: Array<string> | null | undefined;
  /** The House that owns the proposal. */
  houseId: string | number;
  /** Oldest eligible age, 16–25 (25 when a new proposal leaves it out). */
  maxAge?: number | null | undefined;
  /** Youngest eligible age, 16–25 (18 when a new proposal leaves it out). */
  minAge?: number | null | undefined;
  /** Partner organisations: one for SINGLE_PARTNER, two or more for SEVERAL_PARTNERS, none otherwise. */
  partnerIds?: Array<string | number> | null | undefined;
  /** Why the House proposes it: the need and the evidence. */
  rationale?: string | null | undefined;
  /** What care leavers get: the wording partners are asked to agree. */
  summary: string;
  /** A short name for the offer (as it would appear in the Compact). */
  title: string;
  /** How the offer works for former UASC; needed before the proposal leaves draft. */
  uascConsiderations?: string | null | undefined;
};

/** What a decision does: ENDORSE, ADOPT, DECLINE and SEND_BACK move the proposal (Trust Board only); NOTE only records. */
export type DecisionKind =
  /** The Trust Board adopts an endorsed proposal into the Compact. */
  | 'ADOPT'
  /** The Trust Board declines a recommended or endorsed proposal. */
  | 'DECLINE'
  /** The Trust Board endorses a recommended proposal: parties are asked to agree it. */
  | 'ENDORSE'
  /** A record of what was discussed or agreed; it moves nothing. */
  | 'NOTE'
  /** The Trust Board sends a recommended proposal back to its House as a draft. */
  | 'SEND_BACK';

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

/** How a safeguarding lead handled a safety concern, which closes it. */
export type HandleSafeguardingConcernInput = {
  /** What was done. */
  action: SafeguardingAction;
  /** What becomes of the comment: RESTORE shows it to everyone again, KEEP_HIDDEN keeps its text and author from all but its author and the leads. It stays held while another concern about it is open. */
  commentOutcome?: SafeguardingCommentOutcome;
  /** What was done, and anything the next lead should know (1–4000 characters). */
  notes: string;
  /** The report (a SafeguardingConcern id). */
  reportId: string | number;
};

/** A moderator hiding a comment from everyone but the moderators. */
export type HideCommentInput = {
  /** The comment to hide. */
  commentId: string | number;
  /** Shown to moderators; 1–2000 characters. */
  reason: string;
};

/** A status a House's co-chairs move its proposal to themselves (transitionProposal). */
export type HouseMove =
  /** The House declines it (from IN_CONSULTATION). */
  | 'DECLINED'
  /** Back to draft for more work (from IN_CONSULTATION or RECOMMENDED); sign-offs are voided. */
  | 'DRAFT'
  /** Out for consultation (from DRAFT, with UASC considerations written and both co-chair seats filled). */
  | 'IN_CONSULTATION'
  /** The House withdraws it (from DRAFT, IN_CONSULTATION, RECOMMENDED or ENDORSED). */
  | 'WITHDRAWN';

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

/** Whether a meeting is still to come, took place, or was called off. */
export type MeetingStatus =
  /** Called off. */
  | 'CANCELLED'
  /** It took place. */
  | 'HELD'
  /** In the diary. */
  | 'SCHEDULED';

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

/** A consultation to open or schedule: about a proposal, or a topic of the body running it. */
export type OpenConsultationInput = {
  /** Who is asked; a CiCC consultation on a proposal also takes the members' votes. */
  audience: ConsultationAudience;
  /** For a topic (no proposal): the body running it: a House, a working group (e.g. the Compact Working Group) or the Trust Board. */
  bodyId?: string | number | null | undefined;
  /** When it closes, after opensAt; responses and votes stop then. */
  closesAt: string;
  /** What the consultation asks and why, shown to those asked. */
  description?: string | null | undefined;
  /**
   * The same as bodyId.
   * @deprecated Working groups and the Trust Board consult too: use bodyId.
   */
  houseId?: string | number | null | undefined;
  /** Defaults to now. Opening now moves a DRAFT proposal to IN_CONSULTATION. */
  opensAt?: string | null | undefined;
  /** The proposal to consult on; its House runs the consultation. */
  proposalId?: string | number | null | undefined;
  /** The questions to ask, in order; none for a vote or an open invitation to comment. */
  questions?: Array<QuestionInput> | null | undefined;
  /** Defaults to AFTER_VOTING. */
  tallyVisibility?: TallyVisibility | null | undefined;
  /** Required for a topic (no proposal); 1–200 characters. */
  title?: string | null | undefined;
};

/** Where to open the background job queues dashboard. */
export type OpenQueueDashboardInput = {
  /** Open the dashboard at this queue; otherwise at the list of queues. */
  queue?: QueueName | null | undefined;
};

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

/** Ask a question only when an earlier yes/no or single-choice question got a given answer. */
export type QuestionConditionInput = {
  /** "Yes" or "No" for a yes/no question; one of the options of a single-choice question. */
  answer: string;
  /** The earlier question, by its place in this list (0 for the first). */
  question: number;
};

/** A question; options for choice questions, scaleMin/scaleMax for SCALE. */
export type QuestionInput = {
  /** Ask it only when an earlier question got this answer; left out, it is always asked. */
  askIf?: QuestionConditionInput | null | undefined;
  /** The kind of answer the question takes. */
  kind: QuestionKind;
  /** Choice questions: 2–20 distinct options. */
  options?: Array<string> | null | undefined;
  /** The question as people will read it. */
  prompt: string;
  /** Whether a response must answer it (default true); a question that is not asked never must. */
  required?: boolean;
  /** SCALE questions only: the highest point, above scaleMin and at most 10 steps from it. */
  scaleMax?: number | null | undefined;
  /** SCALE questions only: the lowest point (a whole number). */
  scaleMin?: number | null | undefined;
};

/** The kind of answer a consultation question takes. */
export type QuestionKind =
  /** An answer in words. */
  | 'FREE_TEXT'
  /** Any number of the question's options. */
  | 'MULTIPLE_CHOICE'
  /** A whole number from scaleMin to scaleMax. */
  | 'SCALE'
  /** One of the question's options. */
  | 'SINGLE_CHOICE'
  /** Yes or no. */
  | 'YES_NO';

/** A background job queue. */
export type QueueName =
  /** What happened in the programme, turned into notifications. */
  | 'EVENTS'
  /** Emails waiting to be sent. */
  | 'NOTIFICATIONS'
  /** Reminders and the weekly digest, run on a schedule. */
  | 'REMINDERS'
  /** Agreement progress figures being recomputed, and the nightly snapshots. */
  | 'ROLLUPS'
  /** The service's own housekeeping, such as sweeping up stranded work. */
  | 'SYSTEM';

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

/** What the body concluded from a closed consultation. */
export type RecordConsultationOutcomeInput = {
  /** The closed consultation. */
  consultationId: string | number;
  /** When given, refused with CONFLICT if the consultation changed since. */
  expectedVersion?: number | null | undefined;
  /** What was concluded, as those asked will read it ("you said, we did"). */
  summary: string;
};

/** A decision taken at a meeting. */
export type RecordDecisionInput = {
  /** The proposal version the decision was taken on; a newer one is refused. */
  expectedProposalVersion?: number | null | undefined;
  /** What kind of decision it is; only the Trust Board may move a proposal. */
  kind: DecisionKind;
  /** The meeting it was taken at. */
  meetingId: string | number;
  /** Required for decisions that move a proposal. */
  proposalId?: string | number | null | undefined;
  /** What was decided and why; becomes the reason on the proposal’s status change. */
  summary: string;
};

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

/** A moderator closing a report. */
export type ResolveCommentReportInput = {
  /** The report to close. */
  reportId: string | number;
  /** What was done about it. */
  resolution: string;
};

/** A response to an open consultation, yourself or for the LA, ICS area or partner you act for. */
export type RespondToConsultationInput = {
  /** One answer per question answered; every required question must be answered. */
  answers: Array<AnswerInput>;
  /** The consultation answered. */
  consultationId: string | number;
  /** The ICS area answered for (partner consultations); or give onBehalfOfOrganisationId. */
  onBehalfOfAreaId?: string | number | null | undefined;
  /** The LA answered for (consultations of LAs, housing directors or ALDCS). */
  onBehalfOfAuthorityId?: string | number | null | undefined;
  /** The partner organisation answered for (partner consultations); or give onBehalfOfAreaId. */
  onBehalfOfOrganisationId?: string | number | null | undefined;
};

/** Failed jobs of one queue to run again. */
export type RetryFailedJobsInput = {
  /** The failed jobs to retry (1 to 100), by the ids failedJobs gives (a queue's own ids, not UUIDs). */
  jobIds: Array<string>;
  /** The queue they belong to. */
  queue: QueueName;
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

/** What a safeguarding lead did about a concern. */
export type SafeguardingAction =
  /** Spoke to the young person, or to the person the concern is about. */
  | 'CONTACTED_PERSON'
  /** Looked into it and found no risk to anyone's safety. */
  | 'NO_SAFETY_RISK_FOUND'
  /** Something else; the notes say what. */
  | 'OTHER'
  /** Passed to the police or emergency services. */
  | 'REFERRED_TO_EMERGENCY_SERVICES'
  /** Passed to the responsible local authority's children's or leaving-care service. */
  | 'REFERRED_TO_LOCAL_AUTHORITY';

/** What a safeguarding lead chose for the comment once a concern was handled. */
export type SafeguardingCommentOutcome =
  /** Keep its text and author from everyone but its author and the safeguarding leads. */
  | 'KEEP_HIDDEN'
  /** Show it to everyone again (once no other concern about it is open). */
  | 'RESTORE';

/** A meeting to put in the diary; for the body's chair, co-chairs and members. */
export type ScheduleMeetingInput = {
  /** The body meeting: the Trust Board, a House, the CiCC… */
  bodyId: string | number;
  /** Must be after startsAt. */
  endsAt?: string | null | undefined;
  /** A place or a video link. */
  location?: string | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** The meeting's title. */
  title: string;
};

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

/** A status change a House co-chair makes to a proposal. */
export type TransitionProposalInput = {
  /** The version you last read; a newer one means someone else changed it. */
  expectedVersion: number;
  /** The proposal to move. */
  proposalId: string | number;
  /** Why (1–2000 characters); kept in the proposal's history. */
  reason: string;
  /** The status to move to. RECOMMENDED comes from both co-chairs signing off; ENDORSED and ADOPTED from a recorded Trust Board decision. */
  to: HouseMove;
};

/** A moderator showing a hidden comment again. */
export type UnhideCommentInput = {
  /** The comment to show again. */
  commentId: string | number;
  /** Why it may be shown again; kept for the moderators. */
  reason: string;
};

/** A change to a meeting action; for its owner and the body's members. Fields left out keep their value. */
export type UpdateActionItemInput = {
  /** The action to change. */
  actionItemId: string | number;
  /** What is to be done, reworded. */
  description?: string | null | undefined;
  /** When the action is due. */
  dueOn?: string | null | undefined;
  /** The version you last read; a newer one means someone else changed it. */
  expectedVersion: number;
  /** Hand it to another person. */
  ownerId?: string | number | null | undefined;
  /** Mark it done or cancelled, or open again. */
  status?: ActionItemStatus | null | undefined;
};

/** Changes to many of one party's agreements (a local authority, an ICS area or a partner organisation), applied together or not at all. */
export type UpdatePartyAgreementsInput = {
  /** 1–200 of the party's agreements; all are applied or none. */
  items: Array<AuthorityAgreementItemInput>;
  /** The party whose agreements these are (its id, as Agreement.partyId gives it); you must act for it. */
  partyId: string | number;
};

/** Fields left out are unchanged; uascConsiderations: null clears them (in draft only). */
export type UpdateProposalInput = {
  /** The area of care leavers' lives it serves. */
  category?: ProposalCategory | null | undefined;
  /** Who must agree it: each LA, each ICS area, one partner or several. */
  deliveryModel?: DeliveryModel | null | undefined;
  /** Up to 20 http(s) links. */
  evidenceLinks?: Array<string> | null | undefined;
  /** The version you read; a newer one means someone else changed it. */
  expectedVersion: number;
  /** Oldest eligible age, 16–25 (25 when a new proposal leaves it out). */
  maxAge?: number | null | undefined;
  /** Youngest eligible age, 16–25 (18 when a new proposal leaves it out). */
  minAge?: number | null | undefined;
  /** Partner organisations: one for SINGLE_PARTNER, two or more for SEVERAL_PARTNERS, none otherwise. */
  partnerIds?: Array<string | number> | null | undefined;
  /** The proposal to edit (in DRAFT or IN_CONSULTATION). */
  proposalId: string | number;
  /** Why the House proposes it: the need and the evidence. */
  rationale?: string | null | undefined;
  /** What care leavers get: the wording partners are asked to agree. */
  summary?: string | null | undefined;
  /** A short name for the offer (as it would appear in the Compact). */
  title?: string | null | undefined;
  /** How the offer works for former UASC; needed before the proposal leaves draft. */
  uascConsiderations?: string | null | undefined;
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

export type AnswerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AnswerPageQuery = { consultation: { id: string, title: string | null, description: string, audience: ConsultationAudience, state: ConsultationState, opensAt: string, closesAt: string, closedAt: string | null, body: { name: string }, proposal: { id: string, title: string } | null, questions: Array<{ id: string, position: number, kind: QuestionKind, prompt: string, options: Array<string>, required: boolean, scaleMin: number | null, scaleMax: number | null, askIf: { question: number, answer: string } | null }>, viewerCan: { respond: boolean }, viewerRespondsFor: Array<{ name: string, onBehalfOfAuthorityId: string | null, onBehalfOfAreaId: string | null, onBehalfOfOrganisationId: string | null, response: { id: string, submittedAt: string, answers: Array<{ questionId: string, yesNo: boolean | null, choice: string | null, choices: Array<string> | null, scale: number | null, text: string | null }> } | null }> } | null };

export type RespondToConsultationMutationVariables = Exact<{
  input: RespondToConsultationInput;
}>;


export type RespondToConsultationMutation = { respondToConsultation: { message: string, replaced: boolean } };

export type CommentPageQueryVariables = Exact<{
  id: string | number;
  commentId: string | number;
}>;


export type CommentPageQuery = { proposal: { id: string, title: string } | null, comment: { proposalId: string, id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } } | null };

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

export type ModerationHousesQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationHousesQuery = { myHouses: Array<{ id: string, name: string }> };

export type ModerationHouseQueryVariables = Exact<{
  houseId: string | number;
  first: number;
}>;


export type ModerationHouseQuery = { body: { id: string, name: string } | null, proposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, openCommentReportCount: number | null } }> } };

export type ModeratedReportFragment = { id: string, reason: CommentReportReason, details: string, createdAt: string, resolution: string | null, resolvedAt: string | null, resolvedBy: { id: string, displayName: string } | null, reporter: { id: string, displayName: string } | null, comment: { id: string, body: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, heldNotice: string | null, createdAt: string, author: { id: string, displayName: string } | null, viewerCan: { moderate: boolean, hide: boolean, restore: boolean } } | null };

export type ModerationReportsQueryVariables = Exact<{
  proposalId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ModerationReportsQuery = { proposal: { id: string, title: string, house: { id: string, name: string } } | null, commentReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reason: CommentReportReason, details: string, createdAt: string, resolution: string | null, resolvedAt: string | null, resolvedBy: { id: string, displayName: string } | null, reporter: { id: string, displayName: string } | null, comment: { id: string, body: string | null, deleted: boolean, hidden: boolean, hiddenReason: string | null, held: boolean, heldNotice: string | null, createdAt: string, author: { id: string, displayName: string } | null, viewerCan: { moderate: boolean, hide: boolean, restore: boolean } } | null } }> } };

export type HideReportedCommentMutationVariables = Exact<{
  input: HideCommentInput;
}>;


export type HideReportedCommentMutation = { hideComment: { comment: { id: string, hidden: boolean } } };

export type UnhideReportedCommentMutationVariables = Exact<{
  input: UnhideCommentInput;
}>;


export type UnhideReportedCommentMutation = { unhideComment: { comment: { id: string, hidden: boolean } } };

export type ResolveCommentReportMutationVariables = Exact<{
  input: ResolveCommentReportInput;
}>;


export type ResolveCommentReportMutation = { resolveCommentReport: { report: { id: string, resolvedAt: string | null } } };

export type SafeguardingConcernShownFragment = { id: string, commentId: string, commentBody: string | null, commentDeleted: boolean, commentHold: CommentHold | null, details: string, reportedAt: string, proposalId: string | null, reporter: { id: string, displayName: string } | null, commentAuthor: { id: string, displayName: string } | null, viewerCan: { handle: boolean }, handling: { action: SafeguardingAction, commentOutcome: SafeguardingCommentOutcome | null, handledAt: string, notes: string, handledBy: { id: string, displayName: string } | null } | null };

export type SafeguardingConcernsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SafeguardingConcernsQuery = { safeguardingQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, commentId: string, commentBody: string | null, commentDeleted: boolean, commentHold: CommentHold | null, details: string, reportedAt: string, proposalId: string | null, reporter: { id: string, displayName: string } | null, commentAuthor: { id: string, displayName: string } | null, viewerCan: { handle: boolean }, handling: { action: SafeguardingAction, commentOutcome: SafeguardingCommentOutcome | null, handledAt: string, notes: string, handledBy: { id: string, displayName: string } | null } | null } }> } };

export type HandleSafeguardingConcernMutationVariables = Exact<{
  input: HandleSafeguardingConcernInput;
}>;


export type HandleSafeguardingConcernMutation = { handleSafeguardingConcern: { concern: { id: string } } };

export type SafeguardingConcernQueryVariables = Exact<{
  id: string | number;
}>;


export type SafeguardingConcernQuery = { safeguardingConcern: { id: string, commentId: string, commentBody: string | null, commentDeleted: boolean, commentHold: CommentHold | null, details: string, reportedAt: string, proposalId: string | null, reporter: { id: string, displayName: string } | null, commentAuthor: { id: string, displayName: string } | null, viewerCan: { handle: boolean }, handling: { action: SafeguardingAction, commentOutcome: SafeguardingCommentOutcome | null, handledAt: string, notes: string, handledBy: { id: string, displayName: string } | null } | null } | null };

export type MyAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAuthoritiesQuery = { myParties: Array<{ id: string, name: string }> };

export type AuthorityAgreementFragment = { id: string, proposalId: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, updatedAt: string, reconfirmationNeeded: boolean, updatedBy: { displayName: string } | null, proposal: { id: string, title: string, summary: string }, viewerCan: { setStatus: boolean, reconfirm: boolean } };

export type OurAuthorityQueryVariables = Exact<{
  authorityId: string | number;
  first: number;
}>;


export type OurAuthorityQuery = { agreementParty: { id: string, kind: AgreementPartyKind, name: string, viewerCan: { updateAgreements: boolean } } | null, agreements: { totalCount: number, edges: Array<{ node: { id: string, proposalId: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, updatedAt: string, reconfirmationNeeded: boolean, updatedBy: { displayName: string } | null, proposal: { id: string, title: string, summary: string }, viewerCan: { setStatus: boolean, reconfirm: boolean } } }> } };

export type UpdatePartyAgreementsMutationVariables = Exact<{
  input: UpdatePartyAgreementsInput;
}>;


export type UpdatePartyAgreementsMutation = { updatePartyAgreements: { agreements: Array<{ id: string, version: number }> } };

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


export type AgreementHistoryQuery = { agreementParty: { id: string, kind: AgreementPartyKind, name: string } | null, proposal: { id: string, title: string } | null, agreement: { partyId: string, id: string, proposalId: string, status: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, updatedAt: string, reconfirmationNeeded: boolean, updatedBy: { displayName: string } | null, proposal: { id: string, title: string, summary: string }, viewerCan: { setStatus: boolean, reconfirm: boolean } } | null, agreementHistory: { totalCount: number, edges: Array<{ node: { id: string, changedAt: string, fromStatus: AgreementStatus, toStatus: AgreementStatus, reciprocity: Reciprocity | null, effectiveDate: string | null, evidenceUrl: string | null, note: string | null, version: number, changedBy: { displayName: string } | null } }> } };

export type DraftingHouseFragment = { id: string, name: string, viewerCan: { createProposal: boolean, openConsultation: boolean } };

export type DraftedProposalFragment = { id: string, houseId: string, title: string, summary: string, rationale: string, category: ProposalCategory, deliveryModel: DeliveryModel, minAge: number, maxAge: number, evidenceLinks: Array<string>, uascConsiderations: string | null, status: ProposalStatus, version: number, partners: Array<{ id: string, name: string }> };

export type HouseNewProposalPageQueryVariables = Exact<{
  houseId: string | number;
}>;


export type HouseNewProposalPageQuery = { body: { id: string, name: string, viewerCan: { createProposal: boolean, openConsultation: boolean } } | null, organisations: Array<{ id: string, name: string }> };

export type HouseEditProposalPageQueryVariables = Exact<{
  houseId: string | number;
  proposalId: string | number;
}>;


export type HouseEditProposalPageQuery = { body: { id: string, name: string, viewerCan: { createProposal: boolean, openConsultation: boolean } } | null, organisations: Array<{ id: string, name: string }>, proposal: { id: string, houseId: string, title: string, summary: string, rationale: string, category: ProposalCategory, deliveryModel: DeliveryModel, minAge: number, maxAge: number, evidenceLinks: Array<string>, uascConsiderations: string | null, status: ProposalStatus, version: number, viewerCan: { edit: boolean, openConsultation: boolean }, signOff: { signed: Array<{ role: MembershipRole, person: { displayName: string } }> }, partners: Array<{ id: string, name: string }> } | null };

export type HouseDraftProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type HouseDraftProposalMutation = { createProposal: { proposal: { id: string, title: string } } };

export type HouseEditProposalMutationVariables = Exact<{
  input: UpdateProposalInput;
}>;


export type HouseEditProposalMutation = { updateProposal: { proposal: { id: string, title: string, status: ProposalStatus } } };

export type HouseProposalPageQueryVariables = Exact<{
  houseId: string | number;
  proposalId: string | number;
}>;


export type HouseProposalPageQuery = { body: { id: string, name: string, viewerCan: { createProposal: boolean, openConsultation: boolean } } | null, proposal: { allowedNextStatuses: Array<ProposalStatus>, id: string, houseId: string, title: string, summary: string, rationale: string, category: ProposalCategory, deliveryModel: DeliveryModel, minAge: number, maxAge: number, evidenceLinks: Array<string>, uascConsiderations: string | null, status: ProposalStatus, version: number, viewerCan: { edit: boolean, setStatus: boolean, openConsultation: boolean, signOff: boolean }, signOff: { awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, person: { displayName: string } }> }, partners: Array<{ id: string, name: string }> } | null, consultations: { edges: Array<{ node: { id: string, audience: ConsultationAudience, state: ConsultationState, opensAt: string, closesAt: string, closedAt: string | null, outcomeSummary: string | null, viewerCan: { closeConsultation: boolean, recordOutcome: boolean }, responseSummary: { totalResponses: number } } }> } };

export type HouseMoveProposalMutationVariables = Exact<{
  input: TransitionProposalInput;
}>;


export type HouseMoveProposalMutation = { transitionProposal: { proposal: { id: string, status: ProposalStatus } } };

export type HouseConsultationPageQueryVariables = Exact<{
  houseId: string | number;
  consultationId: string | number;
}>;


export type HouseConsultationPageQuery = { body: { id: string, name: string, viewerCan: { createProposal: boolean, openConsultation: boolean } } | null, consultation: { id: string, audience: ConsultationAudience, state: ConsultationState, opensAt: string, closesAt: string, outcomeSummary: string | null, version: number, body: { id: string }, proposal: { id: string, title: string } | null, viewerCan: { closeConsultation: boolean, recordOutcome: boolean }, responseSummary: { totalResponses: number } } | null };

export type HouseOpenConsultationMutationVariables = Exact<{
  input: OpenConsultationInput;
}>;


export type HouseOpenConsultationMutation = { openConsultation: { proposalMovedToConsultation: boolean, consultation: { id: string } } };

export type HouseCloseConsultationMutationVariables = Exact<{
  input: CloseConsultationInput;
}>;


export type HouseCloseConsultationMutation = { closeConsultation: { consultation: { id: string, proposalId: string | null } } };

export type HouseRecordConsultationOutcomeMutationVariables = Exact<{
  input: RecordConsultationOutcomeInput;
}>;


export type HouseRecordConsultationOutcomeMutation = { recordConsultationOutcome: { consultation: { id: string, proposalId: string | null } } };

export type MyHousesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHousesQuery = { myHouses: Array<{ id: string, name: string }> };

export type HouseCoChairsFragment = { id: string, name: string, coChairs: { youngPerson: { person: { id: string, displayName: string } } | null, sectorLead: { person: { id: string, displayName: string } } | null } };

export type HouseProposalSignOffFragment = { id: string, title: string, status: ProposalStatus, houseId: string, viewerCan: { signOff: boolean }, signOff: { ready: boolean, awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, signedAt: string, note: string, person: { id: string, displayName: string } }> } };

export type OurHouseQueryVariables = Exact<{
  houseId: string | number;
  first: number;
}>;


export type OurHouseQuery = { body: { id: string, name: string, viewerCan: { createProposal: boolean }, coChairs: { youngPerson: { person: { id: string, displayName: string } } | null, sectorLead: { person: { id: string, displayName: string } } | null } } | null, proposals: { totalCount: number, edges: Array<{ node: { updatedAt: string, id: string, title: string, status: ProposalStatus, houseId: string, viewerCan: { signOff: boolean }, signOff: { ready: boolean, awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, signedAt: string, note: string, person: { id: string, displayName: string } }> } } }> }, consultations: { edges: Array<{ node: { id: string, title: string | null, proposalId: string | null, audience: ConsultationAudience, opensAt: string, closesAt: string, responseSummary: { totalResponses: number, personalResponses: number, respondedSummary: string | null, respondedAuthorities: number | null, totalAuthorities: number | null, notRespondedAuthorities: Array<{ name: string }> | null } } }> } };

export type SignOffPageQueryVariables = Exact<{
  houseId: string | number;
  proposalId: string | number;
}>;


export type SignOffPageQuery = { body: { id: string, name: string, coChairs: { youngPerson: { person: { id: string, displayName: string } } | null, sectorLead: { person: { id: string, displayName: string } } | null } } | null, proposal: { summary: string, id: string, title: string, status: ProposalStatus, houseId: string, viewerCan: { signOff: boolean }, signOff: { ready: boolean, awaiting: Array<MembershipRole>, signed: Array<{ role: MembershipRole, signedAt: string, note: string, person: { id: string, displayName: string } }> } } | null };

export type SignOffProposalMutationVariables = Exact<{
  input: SignOffProposalInput;
}>;


export type SignOffProposalMutation = { signOffProposal: { recommended: boolean, proposal: { id: string, status: ProposalStatus } } };

export type InvitePlaceFragment = { id: string, name: string, kind: BodyKind, viewerCan: { invite: boolean } };

export type PeopleSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type PeopleSearchQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, memberships: Array<{ id: string, role: MembershipRole, body: { id: string, name: string } }> } }> }, bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { invite: boolean } }> };

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


export type InvitePageQuery = { bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { invite: boolean } }>, localAuthorities: Array<{ id: string, name: string }> };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { person: { id: string, displayName: string } } };

export type InvitePlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitePlacesQuery = { bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { invite: boolean } }> };

export type CheckInvitationsQueryVariables = Exact<{
  input: InvitePeopleInput;
}>;


export type CheckInvitationsQuery = { invitationsCheck: { ready: boolean, rowsWithProblems: number, rows: Array<{ row: number, displayName: string, email: string, problems: Array<{ code: string, field: string | null, message: string }> }> }, bodies: Array<{ id: string, name: string, kind: BodyKind, viewerCan: { invite: boolean } }> };

export type InvitePeopleMutationVariables = Exact<{
  input: InvitePeopleInput;
}>;


export type InvitePeopleMutation = { invitePeople: { invitations: Array<{ person: { id: string } }> } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditEventsFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, at: string, entityType: string, entityId: string, actorId: string | null, actor: { id: string, displayName: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> } }> } };

export type FailedJobsQueryVariables = Exact<{
  queue: QueueName;
  first: number;
  after?: string | null | undefined;
}>;


export type FailedJobsQuery = { viewerCan: { retryFailedJobs: boolean, openQueueDashboard: boolean }, failedJobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, queue: QueueName, attemptsMade: number, createdAt: string | null, failedAt: string | null, failedReason: string, data: string } }> } };

export type RetryFailedJobsMutationVariables = Exact<{
  input: RetryFailedJobsInput;
}>;


export type RetryFailedJobsMutation = { retryFailedJobs: { retriedJobIds: Array<string> } };

export type OpenQueueDashboardMutationVariables = Exact<{
  input: OpenQueueDashboardInput;
}>;


export type OpenQueueDashboardMutation = { openQueueDashboard: { url: string } };

export type CiccConsultationFragment = { id: string, state: ConsultationState, opensAt: string, closesAt: string, closedAt: string | null, takesVotes: boolean, tallyVisibility: TallyVisibility, outcomeSummary: string | null, myVote: { choice: VoteChoice, castAt: string, updatedAt: string } | null, viewerCan: { vote: boolean, changeVote: boolean }, tally: { support: number, oppose: number, abstain: number, total: number } | null, tallyHidden: { reason: TallyHiddenReason, message: string } | null };

export type ConsultationToAnswerFragment = { id: string, title: string | null, closesAt: string, viewerCan: { respond: boolean }, viewerRespondsFor: Array<{ name: string, onBehalfOfAuthorityId: string | null, onBehalfOfAreaId: string | null, onBehalfOfOrganisationId: string | null, response: { id: string } | null }> };

export type ShownCommentFragment = { id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } };

export type ProposalPageQueryVariables = Exact<{
  id: string | number;
  comments: number;
}>;


export type ProposalPageQuery = { proposal: { id: string, title: string, summary: string, rationale: string, uascConsiderations: string | null, category: ProposalCategory, deliveryModel: DeliveryModel, minAge: number, maxAge: number, status: ProposalStatus, createdAt: string, viewerCan: { vote: boolean, changeVote: boolean, comment: boolean }, house: { id: string, name: string }, partners: Array<{ id: string, name: string }>, transitions: Array<{ id: string, at: string, fromStatus: ProposalStatus | null, toStatus: ProposalStatus, reason: string }> } | null, consultations: { edges: Array<{ node: { id: string, state: ConsultationState, opensAt: string, closesAt: string, closedAt: string | null, takesVotes: boolean, tallyVisibility: TallyVisibility, outcomeSummary: string | null, myVote: { choice: VoteChoice, castAt: string, updatedAt: string } | null, viewerCan: { vote: boolean, changeVote: boolean }, tally: { support: number, oppose: number, abstain: number, total: number } | null, tallyHidden: { reason: TallyHiddenReason, message: string } | null } }> }, openConsultations: { edges: Array<{ node: { id: string, title: string | null, closesAt: string, viewerCan: { respond: boolean }, viewerRespondsFor: Array<{ name: string, onBehalfOfAuthorityId: string | null, onBehalfOfAreaId: string | null, onBehalfOfOrganisationId: string | null, response: { id: string } | null }> } }> }, proposalComments: { totalCount: number, edges: Array<{ node: { id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, replies: Array<{ id: string, parentId: string | null, body: string | null, createdAt: string, edited: boolean, editedAt: string | null, deleted: boolean, held: boolean, heldNotice: string | null, hidden: boolean, hiddenReason: string | null, version: number, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } }>, author: { id: string, displayName: string } | null, viewerCan: { reply: boolean, edit: boolean, delete: boolean, report: boolean } } }> } };

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

export type MyDataDownloadQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDataDownloadQuery = { myData: { generatedAt: string, actionItems: Array<{ description: string, dueOn: string, id: string, meeting: string, meetingId: string, status: string }>, auditEvents: Array<{ action: string, at: string, byYou: boolean, entityId: string, entityType: string, id: string, changes: Array<{ after: string | null, before: string | null, field: string }> }>, comments: Array<{ body: string, createdAt: string, deletedAt: string | null, editedAt: string | null, hiddenAt: string | null, id: string, parentId: string | null, proposal: string, proposalId: string, revisions: Array<{ body: string, replacedAt: string, revision: number, writtenAt: string }> }>, consultationResponses: Array<{ consultation: string, consultationId: string, firstSubmittedAt: string, id: string, onBehalfOf: string | null, submittedAt: string, answers: Array<{ answer: string, question: string }> }>, invitations: Array<{ acceptedAt: string | null, createdAt: string, expiresAt: string, house: string | null, id: string }>, memberships: Array<{ body: string, endReason: string | null, endedAt: string | null, id: string, represents: string | null, role: string, startReason: string | null, startedAt: string }>, notificationPreferences: Array<{ delivery: string, kind: string }>, notifications: Array<{ body: string, channel: string, createdAt: string, id: string, kind: string, link: string | null, readAt: string | null, sentAt: string | null, status: string, subject: string }>, profile: { birthMonth: string | null, careExperienced: boolean, createdAt: string, displayName: string, email: string, homeAuthority: string | null, id: string, updatedAt: string }, reports: Array<{ commentId: string, createdAt: string, details: string, id: string, reason: string, resolvedAt: string | null }>, roleGrants: Array<{ grantedAt: string, id: string, reason: string, revokeReason: string | null, revokedAt: string | null, role: string, scope: string | null }>, roles: Array<{ role: string, scope: string | null, source: string }>, sessions: Array<{ createdAt: string, endReason: string | null, id: string, lastRefreshedAt: string | null, method: string, revokedAt: string | null }>, signOffs: Array<{ id: string, note: string | null, proposal: string, proposalId: string, role: string, signedAt: string, voidedAt: string | null }>, votes: Array<{ castAt: string, choice: string, consultationId: string, proposal: string, proposalId: string, updatedAt: string }> } };

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

export type BoardBodyFragment = { id: string, name: string, viewerCan: { scheduleMeeting: boolean } };

export type BoardMeetingSummaryFragment = { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string };

export type BoardActionItemFragment = { id: string, description: string, dueOn: string, status: ActionItemStatus, version: number, owner: { id: string, displayName: string } | null, viewerCan: { update: boolean }, meeting: { id: string, title: string, bodyId: string } };

export type BoardRecommendedProposalFragment = { id: string, title: string, status: ProposalStatus, version: number, house: { id: string, name: string } };

export type BoardOverviewPageQueryVariables = Exact<{
  now: string;
  first: number;
}>;


export type BoardOverviewPageQuery = { bodies: Array<{ id: string, name: string, viewerCan: { scheduleMeeting: boolean } }>, boardOverview: { closingWithinDays: number, houses: Array<{ coChairsComplete: boolean, openConsultations: number, closingSoon: number, offersOutForAgreement: number, offersAgreedEverywhere: number, house: { id: string, name: string }, proposalsByStatus: Array<{ status: ProposalStatus, count: number }> }> }, proposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, version: number, house: { id: string, name: string } } }> }, meetings: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string } }> }, actionItems: { edges: Array<{ node: { id: string, description: string, dueOn: string, status: ActionItemStatus, version: number, owner: { id: string, displayName: string } | null, viewerCan: { update: boolean }, meeting: { id: string, title: string, bodyId: string } } }> } };

export type BoardMeetingsQueryVariables = Exact<{
  now: string;
  first: number;
}>;


export type BoardMeetingsQuery = { bodies: Array<{ id: string, name: string, viewerCan: { scheduleMeeting: boolean } }>, upcoming: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string } }> }, past: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string } }> } };

export type BoardBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardBodiesQuery = { bodies: Array<{ id: string, name: string, viewerCan: { scheduleMeeting: boolean } }> };

export type BoardMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type BoardMeetingQuery = { meeting: { version: number, id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string, body: { id: string, name: string, kind: BodyKind }, viewerCan: { addAgendaItem: boolean, recordDecision: boolean, addActionItem: boolean }, agendaItems: Array<{ id: string, position: number, title: string, papersUrl: string | null, proposal: { id: string, title: string, status: ProposalStatus, version: number, house: { id: string, name: string } } | null }>, decisions: Array<{ id: string, kind: DecisionKind, summary: string, recordedAt: string, recordedBy: { displayName: string } | null, proposal: { id: string, title: string, status: ProposalStatus } | null }>, actionItems: Array<{ id: string, description: string, dueOn: string, status: ActionItemStatus, version: number, owner: { id: string, displayName: string } | null, viewerCan: { update: boolean }, meeting: { id: string, title: string, bodyId: string } }> } | null };

export type BoardAgendaFormQueryVariables = Exact<{
  meetingId: string | number;
  first: number;
}>;


export type BoardAgendaFormQuery = { meeting: { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string, viewerCan: { addAgendaItem: boolean }, agendaItems: Array<{ id: string, proposalId: string | null }> } | null, proposals: { edges: Array<{ node: { id: string, title: string, status: ProposalStatus, version: number, house: { id: string, name: string } } }> } };

export type BoardDecisionFormQueryVariables = Exact<{
  meetingId: string | number;
  proposalId: string | number;
}>;


export type BoardDecisionFormQuery = { meeting: { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string, viewerCan: { recordDecision: boolean } } | null, proposal: { summary: string, id: string, title: string, status: ProposalStatus, version: number, house: { id: string, name: string } } | null };

export type BoardActionFormQueryVariables = Exact<{
  meetingId: string | number;
}>;


export type BoardActionFormQuery = { meeting: { id: string, title: string, startsAt: string, endsAt: string | null, location: string | null, status: MeetingStatus, bodyId: string, body: { id: string, name: string, members: Array<{ id: string, person: { id: string, displayName: string } }> }, viewerCan: { addActionItem: boolean }, actionItems: Array<{ id: string, description: string, dueOn: string, status: ActionItemStatus, version: number, owner: { id: string, displayName: string } | null, viewerCan: { update: boolean }, meeting: { id: string, title: string, bodyId: string } }> } | null };

export type BoardActionItemsQueryVariables = Exact<{
  first: number;
}>;


export type BoardActionItemsQuery = { bodies: Array<{ id: string, name: string, viewerCan: { scheduleMeeting: boolean } }>, actionItems: { edges: Array<{ node: { id: string, description: string, dueOn: string, status: ActionItemStatus, version: number, owner: { id: string, displayName: string } | null, viewerCan: { update: boolean }, meeting: { id: string, title: string, bodyId: string } } }> } };

export type BoardScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type BoardScheduleMeetingMutation = { scheduleMeeting: { meeting: { id: string } } };

export type BoardAddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type BoardAddAgendaItemMutation = { addAgendaItem: { agendaItem: { id: string, position: number } } };

export type BoardRecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type BoardRecordDecisionMutation = { recordDecision: { proposalStatus: ProposalStatus | null, decision: { id: string } } };

export type BoardAddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type BoardAddActionItemMutation = { addActionItem: { actionItem: { id: string } } };

export type BoardUpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type BoardUpdateActionItemMutation = { updateActionItem: { actionItem: { id: string, status: ActionItemStatus } } };

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


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: { totalCount: number, edges: Array<{ node: { id: string, subject: string, body: string, link: string | null, readAt: string | null, createdAt: string } }> }, openConsultations: { edges: Array<{ node: { id: string, title: string | null, closesAt: string, viewerCan: { respond: boolean }, viewerRespondsFor: Array<{ name: string, onBehalfOfAuthorityId: string | null, onBehalfOfAreaId: string | null, onBehalfOfOrganisationId: string | null, response: { id: string } | null }>, proposal: { title: string } | null } }> }, openVotes: { edges: Array<{ node: { id: string, proposalId: string | null, state: ConsultationState, closesAt: string, takesVotes: boolean, proposal: { id: string, title: string } | null, myVote: { choice: VoteChoice } | null, viewerCan: { vote: boolean, changeVote: boolean } } }> } };

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
export const ModeratedReportFragmentDoc = new TypedDocumentString(`
    fragment ModeratedReport on CommentReport {
  id
  reason
  details
  createdAt
  resolution
  resolvedAt
  resolvedBy {
    id
    displayName
  }
  reporter {
    id
    displayName
  }
  comment {
    id
    body
    deleted
    hidden
    hiddenReason
    held
    heldNotice
    createdAt
    author {
      id
      displayName
    }
    viewerCan {
      moderate
      hide
      restore
    }
  }
}
    `, {"fragmentName":"ModeratedReport"}) as unknown as TypedDocumentString<ModeratedReportFragment, unknown>;
export const SafeguardingConcernShownFragmentDoc = new TypedDocumentString(`
    fragment SafeguardingConcernShown on SafeguardingConcern {
  id
  commentId
  commentBody
  commentDeleted
  commentHold
  details
  reportedAt
  proposalId
  reporter {
    id
    displayName
  }
  commentAuthor {
    id
    displayName
  }
  viewerCan {
    handle
  }
  handling {
    action
    commentOutcome
    handledAt
    notes
    handledBy {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"SafeguardingConcernShown"}) as unknown as TypedDocumentString<SafeguardingConcernShownFragment, unknown>;
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
export const DraftingHouseFragmentDoc = new TypedDocumentString(`
    fragment DraftingHouse on Body {
  id
  name
  viewerCan {
    createProposal
    openConsultation
  }
}
    `, {"fragmentName":"DraftingHouse"}) as unknown as TypedDocumentString<DraftingHouseFragment, unknown>;
export const DraftedProposalFragmentDoc = new TypedDocumentString(`
    fragment DraftedProposal on Proposal {
  id
  houseId
  title
  summary
  rationale
  category
  deliveryModel
  minAge
  maxAge
  evidenceLinks
  uascConsiderations
  status
  version
  partners {
    id
    name
  }
}
    `, {"fragmentName":"DraftedProposal"}) as unknown as TypedDocumentString<DraftedProposalFragment, unknown>;
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
    invite
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
export const ConsultationToAnswerFragmentDoc = new TypedDocumentString(`
    fragment ConsultationToAnswer on Consultation {
  id
  title
  closesAt
  viewerCan {
    respond
  }
  viewerRespondsFor {
    name
    onBehalfOfAuthorityId
    onBehalfOfAreaId
    onBehalfOfOrganisationId
    response {
      id
    }
  }
}
    `, {"fragmentName":"ConsultationToAnswer"}) as unknown as TypedDocumentString<ConsultationToAnswerFragment, unknown>;
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
export const BoardBodyFragmentDoc = new TypedDocumentString(`
    fragment BoardBody on Body {
  id
  name
  viewerCan {
    scheduleMeeting
  }
}
    `, {"fragmentName":"BoardBody"}) as unknown as TypedDocumentString<BoardBodyFragment, unknown>;
export const BoardMeetingSummaryFragmentDoc = new TypedDocumentString(`
    fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}
    `, {"fragmentName":"BoardMeetingSummary"}) as unknown as TypedDocumentString<BoardMeetingSummaryFragment, unknown>;
export const BoardActionItemFragmentDoc = new TypedDocumentString(`
    fragment BoardActionItem on ActionItem {
  id
  description
  dueOn
  status
  version
  owner {
    id
    displayName
  }
  viewerCan {
    update
  }
  meeting {
    id
    title
    bodyId
  }
}
    `, {"fragmentName":"BoardActionItem"}) as unknown as TypedDocumentString<BoardActionItemFragment, unknown>;
export const BoardRecommendedProposalFragmentDoc = new TypedDocumentString(`
    fragment BoardRecommendedProposal on Proposal {
  id
  title
  status
  version
  house {
    id
    name
  }
}
    `, {"fragmentName":"BoardRecommendedProposal"}) as unknown as TypedDocumentString<BoardRecommendedProposalFragment, unknown>;
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
export const AnswerPageDocument = new TypedDocumentString(`
    query AnswerPage($id: ID!) {
  consultation(id: $id) {
    id
    title
    description
    audience
    state
    opensAt
    closesAt
    closedAt
    body {
      name
    }
    proposal {
      id
      title
    }
    questions {
      id
      position
      kind
      prompt
      options
      required
      scaleMin
      scaleMax
      askIf {
        question
        answer
      }
    }
    viewerCan {
      respond
    }
    viewerRespondsFor {
      name
      onBehalfOfAuthorityId
      onBehalfOfAreaId
      onBehalfOfOrganisationId
      response {
        id
        submittedAt
        answers {
          questionId
          yesNo
          choice
          choices
          scale
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerPageQuery, AnswerPageQueryVariables>;
export const RespondToConsultationDocument = new TypedDocumentString(`
    mutation RespondToConsultation($input: RespondToConsultationInput!) {
  respondToConsultation(input: $input) {
    message
    replaced
  }
}
    `) as unknown as TypedDocumentString<RespondToConsultationMutation, RespondToConsultationMutationVariables>;
export const CommentPageDocument = new TypedDocumentString(`
    query CommentPage($id: ID!, $commentId: ID!) {
  proposal(id: $id) {
    id
    title
  }
  comment(id: $commentId) {
    ...ShownComment
    proposalId
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
  boardOverview(latestChanges: 0) {
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
export const ModerationHousesDocument = new TypedDocumentString(`
    query ModerationHouses {
  myHouses {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ModerationHousesQuery, ModerationHousesQueryVariables>;
export const ModerationHouseDocument = new TypedDocumentString(`
    query ModerationHouse($houseId: ID!, $first: Int!) {
  body(id: $houseId) {
    id
    name
  }
  proposals(filter: {houseId: $houseId}, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        status
        openCommentReportCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationHouseQuery, ModerationHouseQueryVariables>;
export const ModerationReportsDocument = new TypedDocumentString(`
    query ModerationReports($proposalId: ID!, $first: Int!, $after: String) {
  proposal(id: $proposalId) {
    id
    title
    house {
      id
      name
    }
  }
  commentReports(
    proposalId: $proposalId
    includeResolved: true
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ModeratedReport
      }
    }
  }
}
    fragment ModeratedReport on CommentReport {
  id
  reason
  details
  createdAt
  resolution
  resolvedAt
  resolvedBy {
    id
    displayName
  }
  reporter {
    id
    displayName
  }
  comment {
    id
    body
    deleted
    hidden
    hiddenReason
    held
    heldNotice
    createdAt
    author {
      id
      displayName
    }
    viewerCan {
      moderate
      hide
      restore
    }
  }
}`) as unknown as TypedDocumentString<ModerationReportsQuery, ModerationReportsQueryVariables>;
export const HideReportedCommentDocument = new TypedDocumentString(`
    mutation HideReportedComment($input: HideCommentInput!) {
  hideComment(input: $input) {
    comment {
      id
      hidden
    }
  }
}
    `) as unknown as TypedDocumentString<HideReportedCommentMutation, HideReportedCommentMutationVariables>;
export const UnhideReportedCommentDocument = new TypedDocumentString(`
    mutation UnhideReportedComment($input: UnhideCommentInput!) {
  unhideComment(input: $input) {
    comment {
      id
      hidden
    }
  }
}
    `) as unknown as TypedDocumentString<UnhideReportedCommentMutation, UnhideReportedCommentMutationVariables>;
export const ResolveCommentReportDocument = new TypedDocumentString(`
    mutation ResolveCommentReport($input: ResolveCommentReportInput!) {
  resolveCommentReport(input: $input) {
    report {
      id
      resolvedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ResolveCommentReportMutation, ResolveCommentReportMutationVariables>;
export const SafeguardingConcernsDocument = new TypedDocumentString(`
    query SafeguardingConcerns($first: Int!, $after: String) {
  safeguardingQueue(includeHandled: true, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SafeguardingConcernShown
      }
    }
  }
}
    fragment SafeguardingConcernShown on SafeguardingConcern {
  id
  commentId
  commentBody
  commentDeleted
  commentHold
  details
  reportedAt
  proposalId
  reporter {
    id
    displayName
  }
  commentAuthor {
    id
    displayName
  }
  viewerCan {
    handle
  }
  handling {
    action
    commentOutcome
    handledAt
    notes
    handledBy {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<SafeguardingConcernsQuery, SafeguardingConcernsQueryVariables>;
export const HandleSafeguardingConcernDocument = new TypedDocumentString(`
    mutation HandleSafeguardingConcern($input: HandleSafeguardingConcernInput!) {
  handleSafeguardingConcern(input: $input) {
    concern {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HandleSafeguardingConcernMutation, HandleSafeguardingConcernMutationVariables>;
export const SafeguardingConcernDocument = new TypedDocumentString(`
    query SafeguardingConcern($id: ID!) {
  safeguardingConcern(id: $id) {
    ...SafeguardingConcernShown
  }
}
    fragment SafeguardingConcernShown on SafeguardingConcern {
  id
  commentId
  commentBody
  commentDeleted
  commentHold
  details
  reportedAt
  proposalId
  reporter {
    id
    displayName
  }
  commentAuthor {
    id
    displayName
  }
  viewerCan {
    handle
  }
  handling {
    action
    commentOutcome
    handledAt
    notes
    handledBy {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<SafeguardingConcernQuery, SafeguardingConcernQueryVariables>;
export const MyAuthoritiesDocument = new TypedDocumentString(`
    query MyAuthorities {
  myParties {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyAuthoritiesQuery, MyAuthoritiesQueryVariables>;
export const OurAuthorityDocument = new TypedDocumentString(`
    query OurAuthority($authorityId: ID!, $first: Int!) {
  agreementParty(id: $authorityId) {
    id
    kind
    name
    viewerCan {
      updateAgreements
    }
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
export const UpdatePartyAgreementsDocument = new TypedDocumentString(`
    mutation UpdatePartyAgreements($input: UpdatePartyAgreementsInput!) {
  updatePartyAgreements(input: $input) {
    agreements {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePartyAgreementsMutation, UpdatePartyAgreementsMutationVariables>;
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
  agreementParty(id: $authorityId) {
    id
    kind
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
export const HouseNewProposalPageDocument = new TypedDocumentString(`
    query HouseNewProposalPage($houseId: ID!) {
  body(id: $houseId) {
    ...DraftingHouse
  }
  organisations {
    id
    name
  }
}
    fragment DraftingHouse on Body {
  id
  name
  viewerCan {
    createProposal
    openConsultation
  }
}`) as unknown as TypedDocumentString<HouseNewProposalPageQuery, HouseNewProposalPageQueryVariables>;
export const HouseEditProposalPageDocument = new TypedDocumentString(`
    query HouseEditProposalPage($houseId: ID!, $proposalId: ID!) {
  body(id: $houseId) {
    ...DraftingHouse
  }
  organisations {
    id
    name
  }
  proposal(id: $proposalId) {
    ...DraftedProposal
    viewerCan {
      edit
      openConsultation
    }
    signOff {
      signed {
        role
        person {
          displayName
        }
      }
    }
  }
}
    fragment DraftingHouse on Body {
  id
  name
  viewerCan {
    createProposal
    openConsultation
  }
}
fragment DraftedProposal on Proposal {
  id
  houseId
  title
  summary
  rationale
  category
  deliveryModel
  minAge
  maxAge
  evidenceLinks
  uascConsiderations
  status
  version
  partners {
    id
    name
  }
}`) as unknown as TypedDocumentString<HouseEditProposalPageQuery, HouseEditProposalPageQueryVariables>;
export const HouseDraftProposalDocument = new TypedDocumentString(`
    mutation HouseDraftProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    proposal {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<HouseDraftProposalMutation, HouseDraftProposalMutationVariables>;
export const HouseEditProposalDocument = new TypedDocumentString(`
    mutation HouseEditProposal($input: UpdateProposalInput!) {
  updateProposal(input: $input) {
    proposal {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<HouseEditProposalMutation, HouseEditProposalMutationVariables>;
export const HouseProposalPageDocument = new TypedDocumentString(`
    query HouseProposalPage($houseId: ID!, $proposalId: ID!) {
  body(id: $houseId) {
    ...DraftingHouse
  }
  proposal(id: $proposalId) {
    ...DraftedProposal
    allowedNextStatuses
    viewerCan {
      edit
      setStatus
      openConsultation
      signOff
    }
    signOff {
      awaiting
      signed {
        role
        person {
          displayName
        }
      }
    }
  }
  consultations(filter: {proposalId: $proposalId}, first: 20) {
    edges {
      node {
        id
        audience
        state
        opensAt
        closesAt
        closedAt
        outcomeSummary
        viewerCan {
          closeConsultation
          recordOutcome
        }
        responseSummary {
          totalResponses
        }
      }
    }
  }
}
    fragment DraftingHouse on Body {
  id
  name
  viewerCan {
    createProposal
    openConsultation
  }
}
fragment DraftedProposal on Proposal {
  id
  houseId
  title
  summary
  rationale
  category
  deliveryModel
  minAge
  maxAge
  evidenceLinks
  uascConsiderations
  status
  version
  partners {
    id
    name
  }
}`) as unknown as TypedDocumentString<HouseProposalPageQuery, HouseProposalPageQueryVariables>;
export const HouseMoveProposalDocument = new TypedDocumentString(`
    mutation HouseMoveProposal($input: TransitionProposalInput!) {
  transitionProposal(input: $input) {
    proposal {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<HouseMoveProposalMutation, HouseMoveProposalMutationVariables>;
export const HouseConsultationPageDocument = new TypedDocumentString(`
    query HouseConsultationPage($houseId: ID!, $consultationId: ID!) {
  body(id: $houseId) {
    ...DraftingHouse
  }
  consultation(id: $consultationId) {
    id
    audience
    state
    opensAt
    closesAt
    outcomeSummary
    version
    body {
      id
    }
    proposal {
      id
      title
    }
    viewerCan {
      closeConsultation
      recordOutcome
    }
    responseSummary {
      totalResponses
    }
  }
}
    fragment DraftingHouse on Body {
  id
  name
  viewerCan {
    createProposal
    openConsultation
  }
}`) as unknown as TypedDocumentString<HouseConsultationPageQuery, HouseConsultationPageQueryVariables>;
export const HouseOpenConsultationDocument = new TypedDocumentString(`
    mutation HouseOpenConsultation($input: OpenConsultationInput!) {
  openConsultation(input: $input) {
    proposalMovedToConsultation
    consultation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<HouseOpenConsultationMutation, HouseOpenConsultationMutationVariables>;
export const HouseCloseConsultationDocument = new TypedDocumentString(`
    mutation HouseCloseConsultation($input: CloseConsultationInput!) {
  closeConsultation(input: $input) {
    consultation {
      id
      proposalId
    }
  }
}
    `) as unknown as TypedDocumentString<HouseCloseConsultationMutation, HouseCloseConsultationMutationVariables>;
export const HouseRecordConsultationOutcomeDocument = new TypedDocumentString(`
    mutation HouseRecordConsultationOutcome($input: RecordConsultationOutcomeInput!) {
  recordConsultationOutcome(input: $input) {
    consultation {
      id
      proposalId
    }
  }
}
    `) as unknown as TypedDocumentString<HouseRecordConsultationOutcomeMutation, HouseRecordConsultationOutcomeMutationVariables>;
export const MyHousesDocument = new TypedDocumentString(`
    query MyHouses {
  myHouses {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MyHousesQuery, MyHousesQueryVariables>;
export const OurHouseDocument = new TypedDocumentString(`
    query OurHouse($houseId: ID!, $first: Int!) {
  body(id: $houseId) {
    ...HouseCoChairs
    viewerCan {
      createProposal
    }
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
    invite
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
    invite
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
    invite
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
    invite
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
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($filter: AuditEventsFilterInput, $first: Int, $after: String, $last: Int, $before: String) {
  auditEvents(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        action
        at
        entityType
        entityId
        actorId
        actor {
          id
          displayName
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const FailedJobsDocument = new TypedDocumentString(`
    query FailedJobs($queue: QueueName!, $first: Int!, $after: String) {
  viewerCan {
    retryFailedJobs
    openQueueDashboard
  }
  failedJobs(queue: $queue, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        queue
        attemptsMade
        createdAt
        failedAt
        failedReason
        data
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryFailedJobsDocument = new TypedDocumentString(`
    mutation RetryFailedJobs($input: RetryFailedJobsInput!) {
  retryFailedJobs(input: $input) {
    retriedJobIds
  }
}
    `) as unknown as TypedDocumentString<RetryFailedJobsMutation, RetryFailedJobsMutationVariables>;
export const OpenQueueDashboardDocument = new TypedDocumentString(`
    mutation OpenQueueDashboard($input: OpenQueueDashboardInput!) {
  openQueueDashboard(input: $input) {
    url
  }
}
    `) as unknown as TypedDocumentString<OpenQueueDashboardMutation, OpenQueueDashboardMutationVariables>;
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
  openConsultations: consultations(
    filter: {proposalId: $id, state: OPEN}
    first: 10
  ) {
    edges {
      node {
        ...ConsultationToAnswer
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
fragment ConsultationToAnswer on Consultation {
  id
  title
  closesAt
  viewerCan {
    respond
  }
  viewerRespondsFor {
    name
    onBehalfOfAuthorityId
    onBehalfOfAreaId
    onBehalfOfOrganisationId
    response {
      id
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
export const MyDataDownloadDocument = new TypedDocumentString(`
    query MyDataDownload {
  myData {
    actionItems {
      description
      dueOn
      id
      meeting
      meetingId
      status
    }
    auditEvents {
      action
      at
      byYou
      changes {
        after
        before
        field
      }
      entityId
      entityType
      id
    }
    comments {
      body
      createdAt
      deletedAt
      editedAt
      hiddenAt
      id
      parentId
      proposal
      proposalId
      revisions {
        body
        replacedAt
        revision
        writtenAt
      }
    }
    consultationResponses {
      answers {
        answer
        question
      }
      consultation
      consultationId
      firstSubmittedAt
      id
      onBehalfOf
      submittedAt
    }
    generatedAt
    invitations {
      acceptedAt
      createdAt
      expiresAt
      house
      id
    }
    memberships {
      body
      endReason
      endedAt
      id
      represents
      role
      startReason
      startedAt
    }
    notificationPreferences {
      delivery
      kind
    }
    notifications {
      body
      channel
      createdAt
      id
      kind
      link
      readAt
      sentAt
      status
      subject
    }
    profile {
      birthMonth
      careExperienced
      createdAt
      displayName
      email
      homeAuthority
      id
      updatedAt
    }
    reports {
      commentId
      createdAt
      details
      id
      reason
      resolvedAt
    }
    roleGrants {
      grantedAt
      id
      reason
      revokeReason
      revokedAt
      role
      scope
    }
    roles {
      role
      scope
      source
    }
    sessions {
      createdAt
      endReason
      id
      lastRefreshedAt
      method
      revokedAt
    }
    signOffs {
      id
      note
      proposal
      proposalId
      role
      signedAt
      voidedAt
    }
    votes {
      castAt
      choice
      consultationId
      proposal
      proposalId
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyDataDownloadQuery, MyDataDownloadQueryVariables>;
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
export const BoardOverviewPageDocument = new TypedDocumentString(`
    query BoardOverviewPage($now: DateTime!, $first: Int!) {
  bodies(kind: TRUST_BOARD) {
    ...BoardBody
  }
  boardOverview {
    closingWithinDays
    houses {
      house {
        id
        name
      }
      coChairsComplete
      proposalsByStatus {
        status
        count
      }
      openConsultations
      closingSoon
      offersOutForAgreement
      offersAgreedEverywhere
    }
  }
  proposals(filter: {statuses: [RECOMMENDED]}, first: $first) {
    totalCount
    edges {
      node {
        ...BoardRecommendedProposal
      }
    }
  }
  meetings(filter: {from: $now}, first: $first) {
    edges {
      node {
        ...BoardMeetingSummary
      }
    }
  }
  actionItems(filter: {status: OPEN}, first: $first) {
    edges {
      node {
        ...BoardActionItem
      }
    }
  }
}
    fragment BoardBody on Body {
  id
  name
  viewerCan {
    scheduleMeeting
  }
}
fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}
fragment BoardActionItem on ActionItem {
  id
  description
  dueOn
  status
  version
  owner {
    id
    displayName
  }
  viewerCan {
    update
  }
  meeting {
    id
    title
    bodyId
  }
}
fragment BoardRecommendedProposal on Proposal {
  id
  title
  status
  version
  house {
    id
    name
  }
}`) as unknown as TypedDocumentString<BoardOverviewPageQuery, BoardOverviewPageQueryVariables>;
export const BoardMeetingsDocument = new TypedDocumentString(`
    query BoardMeetings($now: DateTime!, $first: Int!) {
  bodies(kind: TRUST_BOARD) {
    ...BoardBody
  }
  upcoming: meetings(filter: {from: $now}, first: $first) {
    edges {
      node {
        ...BoardMeetingSummary
      }
    }
  }
  past: meetings(filter: {to: $now}, last: $first) {
    edges {
      node {
        ...BoardMeetingSummary
      }
    }
  }
}
    fragment BoardBody on Body {
  id
  name
  viewerCan {
    scheduleMeeting
  }
}
fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}`) as unknown as TypedDocumentString<BoardMeetingsQuery, BoardMeetingsQueryVariables>;
export const BoardBodiesDocument = new TypedDocumentString(`
    query BoardBodies {
  bodies(kind: TRUST_BOARD) {
    ...BoardBody
  }
}
    fragment BoardBody on Body {
  id
  name
  viewerCan {
    scheduleMeeting
  }
}`) as unknown as TypedDocumentString<BoardBodiesQuery, BoardBodiesQueryVariables>;
export const BoardMeetingDocument = new TypedDocumentString(`
    query BoardMeeting($id: ID!) {
  meeting(id: $id) {
    ...BoardMeetingSummary
    version
    body {
      id
      name
      kind
    }
    viewerCan {
      addAgendaItem
      recordDecision
      addActionItem
    }
    agendaItems {
      id
      position
      title
      papersUrl
      proposal {
        ...BoardRecommendedProposal
      }
    }
    decisions {
      id
      kind
      summary
      recordedAt
      recordedBy {
        displayName
      }
      proposal {
        id
        title
        status
      }
    }
    actionItems {
      ...BoardActionItem
    }
  }
}
    fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}
fragment BoardActionItem on ActionItem {
  id
  description
  dueOn
  status
  version
  owner {
    id
    displayName
  }
  viewerCan {
    update
  }
  meeting {
    id
    title
    bodyId
  }
}
fragment BoardRecommendedProposal on Proposal {
  id
  title
  status
  version
  house {
    id
    name
  }
}`) as unknown as TypedDocumentString<BoardMeetingQuery, BoardMeetingQueryVariables>;
export const BoardAgendaFormDocument = new TypedDocumentString(`
    query BoardAgendaForm($meetingId: ID!, $first: Int!) {
  meeting(id: $meetingId) {
    ...BoardMeetingSummary
    viewerCan {
      addAgendaItem
    }
    agendaItems {
      id
      proposalId
    }
  }
  proposals(filter: {statuses: [RECOMMENDED]}, first: $first) {
    edges {
      node {
        ...BoardRecommendedProposal
      }
    }
  }
}
    fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}
fragment BoardRecommendedProposal on Proposal {
  id
  title
  status
  version
  house {
    id
    name
  }
}`) as unknown as TypedDocumentString<BoardAgendaFormQuery, BoardAgendaFormQueryVariables>;
export const BoardDecisionFormDocument = new TypedDocumentString(`
    query BoardDecisionForm($meetingId: ID!, $proposalId: ID!) {
  meeting(id: $meetingId) {
    ...BoardMeetingSummary
    viewerCan {
      recordDecision
    }
  }
  proposal(id: $proposalId) {
    ...BoardRecommendedProposal
    summary
  }
}
    fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}
fragment BoardRecommendedProposal on Proposal {
  id
  title
  status
  version
  house {
    id
    name
  }
}`) as unknown as TypedDocumentString<BoardDecisionFormQuery, BoardDecisionFormQueryVariables>;
export const BoardActionFormDocument = new TypedDocumentString(`
    query BoardActionForm($meetingId: ID!) {
  meeting(id: $meetingId) {
    ...BoardMeetingSummary
    body {
      id
      name
      members {
        id
        person {
          id
          displayName
        }
      }
    }
    viewerCan {
      addActionItem
    }
    actionItems {
      ...BoardActionItem
    }
  }
}
    fragment BoardMeetingSummary on Meeting {
  id
  title
  startsAt
  endsAt
  location
  status
  bodyId
}
fragment BoardActionItem on ActionItem {
  id
  description
  dueOn
  status
  version
  owner {
    id
    displayName
  }
  viewerCan {
    update
  }
  meeting {
    id
    title
    bodyId
  }
}`) as unknown as TypedDocumentString<BoardActionFormQuery, BoardActionFormQueryVariables>;
export const BoardActionItemsDocument = new TypedDocumentString(`
    query BoardActionItems($first: Int!) {
  bodies(kind: TRUST_BOARD) {
    ...BoardBody
  }
  actionItems(first: $first) {
    edges {
      node {
        ...BoardActionItem
      }
    }
  }
}
    fragment BoardBody on Body {
  id
  name
  viewerCan {
    scheduleMeeting
  }
}
fragment BoardActionItem on ActionItem {
  id
  description
  dueOn
  status
  version
  owner {
    id
    displayName
  }
  viewerCan {
    update
  }
  meeting {
    id
    title
    bodyId
  }
}`) as unknown as TypedDocumentString<BoardActionItemsQuery, BoardActionItemsQueryVariables>;
export const BoardScheduleMeetingDocument = new TypedDocumentString(`
    mutation BoardScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    meeting {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardScheduleMeetingMutation, BoardScheduleMeetingMutationVariables>;
export const BoardAddAgendaItemDocument = new TypedDocumentString(`
    mutation BoardAddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    agendaItem {
      id
      position
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAddAgendaItemMutation, BoardAddAgendaItemMutationVariables>;
export const BoardRecordDecisionDocument = new TypedDocumentString(`
    mutation BoardRecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    decision {
      id
    }
    proposalStatus
  }
}
    `) as unknown as TypedDocumentString<BoardRecordDecisionMutation, BoardRecordDecisionMutationVariables>;
export const BoardAddActionItemDocument = new TypedDocumentString(`
    mutation BoardAddActionItem($input: AddActionItemInput!) {
  addActionItem(input: $input) {
    actionItem {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BoardAddActionItemMutation, BoardAddActionItemMutationVariables>;
export const BoardUpdateActionItemDocument = new TypedDocumentString(`
    mutation BoardUpdateActionItem($input: UpdateActionItemInput!) {
  updateActionItem(input: $input) {
    actionItem {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BoardUpdateActionItemMutation, BoardUpdateActionItemMutationVariables>;
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
  openConsultations: consultations(filter: {state: OPEN}, first: 20) {
    edges {
      node {
        id
        title
        closesAt
        viewerCan {
          respond
        }
        viewerRespondsFor {
          name
          onBehalfOfAuthorityId
          onBehalfOfAreaId
          onBehalfOfOrganisationId
          response {
            id
          }
        }
        proposal {
          title
        }
      }
    }
  }
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