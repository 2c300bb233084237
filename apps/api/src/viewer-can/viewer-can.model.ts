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
