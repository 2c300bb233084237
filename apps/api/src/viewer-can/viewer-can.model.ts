import { Field, ObjectType } from '@nestjs/graphql';

/**
 * What the person asking may do now, one Boolean per action. Each is decided by the same rule
 * that the operation named in its description applies, so a page can show exactly the buttons
 * that will work; a refused operation still says why.
 */

@ObjectType('ProposalViewerCan', { description: 'What the person asking may do with this proposal now, decided by the rules its operations apply.' })
export class ProposalViewerCanModel {
  @Field({ description: 'updateProposal: a co-chair or member of its House, while it is in DRAFT or IN_CONSULTATION.' })
  edit: boolean;

  @Field({ description: 'transitionProposal to at least one status (allowedNextStatuses lists which): a co-chair of its House.' })
  setStatus: boolean;

  @Field({ description: 'signOffProposal: a co-chair from their seat, while it is in consultation and the CiCC vote on it has closed.' })
  signOff: boolean;

  @Field({ description: 'withdrawSignOff: a co-chair who signed it off, while it is still in consultation.' })
  withdrawSignOff: boolean;

  @Field({ description: 'reviseOffer: a programme admin, while the offer is out for agreement (ENDORSED or ADOPTED).' })
  reviseOffer: boolean;

  @Field({ description: 'openConsultation on it: those who run its House’s consultations, while it is DRAFT or IN_CONSULTATION.' })
  openConsultation: boolean;

  @Field({ description: 'addComment on it (and replying in general): those who take part in the proposal now.' })
  comment: boolean;

  @Field({ description: 'castVote for the first time: a current CiCC member, while a CiCC consultation on it is open.' })
  vote: boolean;

  @Field({ description: 'castVote again, changing a vote already cast in the open CiCC consultation.' })
  changeVote: boolean;

  /** The proposal these answers are about (not exposed). */
  proposalId: string;
}

@ObjectType('ConsultationViewerCan', { description: 'What the person asking may do with this consultation now, decided by the rules its operations apply.' })
export class ConsultationViewerCanModel {
  @Field({
    description:
      'respondToConsultation: while it is open; CiCC members for a CiCC consultation, someone who acts for a local authority (or ICS area or partner) for one answered per party, anyone otherwise.',
  })
  respond: boolean;

  @Field({ description: 'castVote in it: a current CiCC member, while this CiCC consultation on a proposal is open.' })
  vote: boolean;

  @Field({ description: 'castVote again in it, changing a vote already cast.' })
  changeVote: boolean;

  @Field({ description: 'closeConsultation: those who run the body’s consultations, while it has not closed.' })
  closeConsultation: boolean;

  @Field({ description: 'recordConsultationOutcome: those who run the body’s consultations, once it has closed.' })
  recordOutcome: boolean;

  consultationId: string;
}

@ObjectType('CommentViewerCan', { description: 'What the person asking may do with this comment now, decided by the rules its operations apply.' })
export class CommentViewerCanModel {
  @Field({ description: 'addComment replying to it: those who take part in the proposal, while it is not deleted, hidden or held.' })
  reply: boolean;

  @Field({ description: 'editComment: its author, while it is not deleted, hidden or held.' })
  edit: boolean;

  @Field({ description: 'deleteComment: its author, while it is not deleted.' })
  delete: boolean;

  @Field({ description: 'reportComment: anyone who can see it, once while their report is open.' })
  report: boolean;

  @Field({ description: 'hideComment: a co-chair of the proposal’s House, while it is shown.' })
  hide: boolean;

  @Field({ description: 'unhideComment: a co-chair of the proposal’s House, while it is hidden.' })
  restore: boolean;

  @Field({ description: 'Moderating the proposal’s comments (hide, unhide, commentReports, resolveCommentReport): a co-chair of its House.' })
  moderate: boolean;

  commentId: string;
}

@ObjectType('AgreementViewerCan', { description: 'What the person asking may do with this agreement now, decided by the rules its operations apply.' })
export class AgreementViewerCanModel {
  @Field({ description: 'setAgreementStatus (and updateAuthorityAgreements): someone who acts for the party, while the offer is out for agreement.' })
  setStatus: boolean;

  @Field({ description: 'confirmAgreementWording: someone who acts for the party, while it is asked to re-confirm a revised wording.' })
  reconfirm: boolean;

  agreementId: string;
}

@ObjectType('BodyViewerCan', { description: 'What the person asking may do with this body now, decided by the rules its operations apply.' })
export class BodyViewerCanModel {
  @Field({ description: 'scheduleMeeting: its chair, co-chairs and members.' })
  scheduleMeeting: boolean;

  @Field({ description: 'openConsultation run by it: a House’s co-chairs, or a working group’s or the Trust Board’s chair or co-chairs.' })
  openConsultation: boolean;

  @Field({ description: 'createProposal in it: a House’s co-chairs and members.' })
  createProposal: boolean;

  @Field({ description: 'addMembership of a member: programme admins, and a House’s co-chairs in their own House.' })
  addMember: boolean;

  @Field({ description: 'appointCoChair in it (a House): programme admins.' })
  appointCoChair: boolean;

  @Field({ description: 'invitePerson and invitePeople giving a member’s place in it: programme admins, and a House’s co-chairs in their own House.' })
  invite: boolean;

  bodyId: string;
}

@ObjectType('MeetingViewerCan', { description: 'What the person asking may do with this meeting now, decided by the rules its operations apply.' })
export class MeetingViewerCanModel {
  @Field({ description: 'addAgendaItem: the body’s chair, co-chairs and members, unless the meeting was cancelled.' })
  addAgendaItem: boolean;

  @Field({ description: 'recordDecision: the body’s chair, co-chairs and members, unless the meeting was cancelled.' })
  recordDecision: boolean;

  @Field({ description: 'addActionItem: the body’s chair, co-chairs and members, unless the meeting was cancelled.' })
  addActionItem: boolean;

  meetingId: string;
}

@ObjectType('DecisionViewerCan', { description: 'What the person asking may do following this decision now, decided by the rules its operations apply.' })
export class DecisionViewerCanModel {
  @Field({ description: 'addActionItem at the meeting that made it: the body’s chair, co-chairs and members, unless the meeting was cancelled.' })
  addActionItem: boolean;

  decisionId: string;
}

@ObjectType('ActionItemViewerCan', { description: 'What the person asking may do with this action now, decided by the rules its operations apply.' })
export class ActionItemViewerCanModel {
  @Field({ description: 'updateActionItem: its owner, or a member of the body whose meeting set it.' })
  update: boolean;

  actionItemId: string;
}

@ObjectType('PersonViewerCan', { description: 'What the person asking may do with this person’s record now, decided by the rules its operations apply.' })
export class PersonViewerCanModel {
  @Field({ description: 'updatePerson: the person themself, or a programme admin.' })
  edit: boolean;

  @Field({ description: 'updatePerson changing whether they are recorded as care-experienced: programme admins.' })
  changeCareExperienced: boolean;

  @Field({ description: 'erasePerson: a programme admin, never on their own data, once, and not while a safety concern about them is open.' })
  erase: boolean;

  @Field({ description: 'grantRole to this person, revokeRole of their grants and reading them (roleGrants): programme admins.' })
  manageRoles: boolean;

  personId: string;
}

@ObjectType('CompactEditionViewerCan', { description: 'What the person asking may do with the Compact’s editions now, decided by the rules its operations apply.' })
export class CompactEditionViewerCanModel {
  @Field({ description: 'publishCompactEdition (the next edition): programme admins.' })
  publishNextEdition: boolean;

  editionId: string;
}

@ObjectType('MembershipViewerCan', { description: 'What the person asking may do with this membership now, decided by the rules its operations apply.' })
export class MembershipViewerCanModel {
  @Field({ description: 'endMembership: while current and not a co-chair term; programme admins, and a House’s co-chairs for its members, advisers and observers.' })
  end: boolean;

  @Field({ description: 'endCoChairTerm of this seat: programme admins, while this is a current co-chair term.' })
  endCoChairTerm: boolean;

  membershipId: string;
}

@ObjectType('SafeguardingConcernViewerCan', { description: 'What the person asking may do with this safety concern now, decided by the rules its operations apply.' })
export class SafeguardingConcernViewerCanModel {
  @Field({ description: 'handleSafeguardingConcern: a safeguarding lead, while the concern is open.' })
  handle: boolean;

  concernId: string;
}

@ObjectType('AgreementPartyViewerCan', { description: 'What the person asking may do with this party’s agreements now, decided by the rules their operations apply.' })
export class AgreementPartyViewerCanModel {
  @Field({ description: 'updatePartyAgreements (and updateAuthorityAgreements for an LA): someone who acts for the party; each offer changed must be out for agreement.' })
  updateAgreements: boolean;

  partyId: string;
}

@ObjectType('ViewerCan', { description: 'What the person asking may do across the programme now, decided by the rules the operations apply.' })
export class ViewerCanModel {
  @Field({ description: 'invitePerson and invitePeople without naming a House: programme admins (a House’s co-chairs invite to their House: Body.viewerCan.invite).' })
  invite: boolean;

  @Field({ description: 'createPerson: programme admins and House co-chairs.' })
  createPerson: boolean;

  @Field({ description: 'retryFailedJobs: programme admins.' })
  retryFailedJobs: boolean;

  @Field({ description: 'openQueueDashboard: programme admins.' })
  openQueueDashboard: boolean;

  @Field({ description: 'leaveCicc: a current CiCC member, unless they are a young-person co-chair (that term ends first).' })
  leaveCicc: boolean;
}
