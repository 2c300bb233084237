import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '@app/access';
import { AgreementsService, confirmWordingPermission, setAgreementStatusPermission, updatePartyAgreementsPermission } from '@app/agreements';
import {
  CommentsService,
  commentPermission,
  deleteCommentPermission,
  editCommentPermission,
  hideCommentPermission,
  moderatePermission,
  replyPermission,
  reportCommentPermission,
  unhideCommentPermission,
} from '@app/comments';
import {
  castVotePermission,
  changeVotePermission,
  closeConsultationPermission,
  ConsultationsService,
  openConsultationPermission,
  recordOutcomePermission,
  respondPermission,
  signOffAfterVotePermission,
  VotesService,
} from '@app/consultations';
import { Actor, Clock } from '@app/core';
import {
  movableStatuses,
  ProposalFacts,
  ProposalsService,
  ProposalStatus,
  reviseOfferPermission,
  signOffPermission,
  updateProposalPermission,
  withdrawSignOffPermission,
} from '@app/proposals';
import { ReferenceService } from '@app/reference';
import { AgreementModel, AgreementPartyModel } from '../agreements/agreements.model';
import { CommentModel } from '../comments/comments.model';
import { ConsultationModel } from '../consultations/consultation.model';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { Loaders } from '../graphql/loaders';
import { ProposalModel } from '../proposals/proposal.model';
import { bodyLoader } from '../reference/reference.loaders';
import {
  agreementFactsLoader,
  commentDecisionLoader,
  commentStatesLoader,
  runnersLoader,
  seatsLoader,
  signOffsLoader,
  viewerLoader,
  voteFactsLoader,
} from './viewer-can.loaders';
import { AgreementPartyViewerCanModel, AgreementViewerCanModel, CommentViewerCanModel, ConsultationViewerCanModel, ProposalViewerCanModel } from './viewer-can.model';

/** The facts every proposal rule reads, through the request's loaders. */
async function proposalFacts(proposal: ProposalModel, loaders: Loaders, proposals: ProposalsService, reference: ReferenceService): Promise<ProposalFacts> {
  const [house, seats, signOffs] = await Promise.all([
    bodyLoader(loaders, reference).load(proposal.houseId),
    seatsLoader(loaders, proposals).load(proposal.houseId),
    signOffsLoader(loaders, proposals).load(proposal.id),
  ]);
  return { proposal, houseName: house?.name ?? '', seats, signOffs };
}

@Resolver(() => ProposalModel)
export class ProposalViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly proposals: ProposalsService,
    private readonly reference: ReferenceService,
    private readonly consultations: ConsultationsService,
    private readonly votes: VotesService,
    private readonly comments: CommentsService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => ProposalViewerCanModel, { description: 'What the person asking may do with this proposal now.' })
  async viewerCan(@Parent() proposal: ProposalModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ProposalViewerCanModel> {
    const now = this.clock.now();
    const [viewer, facts, runners, vote, comment] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      proposalFacts(proposal, loaders, this.proposals, this.reference),
      runnersLoader(loaders, this.consultations).load(proposal.houseId),
      voteFactsLoader(loaders, this.votes, actor).load(proposal.id),
      commentDecisionLoader(loaders, this.comments, actor).load(proposal.id),
    ]);
    const signOff = signOffPermission(viewer, facts);
    return Object.assign(new ProposalViewerCanModel(), {
      proposalId: proposal.id,
      edit: updateProposalPermission(viewer, facts).allowed,
      setStatus: movableStatuses(viewer, facts).length > 0,
      signOff: signOff.allowed && signOffAfterVotePermission(proposal, vote, now, this.clock.calendar).allowed,
      withdrawSignOff: withdrawSignOffPermission(viewer, facts).allowed,
      reviseOffer: reviseOfferPermission(viewer, facts).allowed,
      openConsultation: !!runners && openConsultationPermission(viewer, proposal, runners).allowed,
      comment: !!comment && commentPermission(comment).allowed,
      vote: castVotePermission(viewer, vote, now).allowed && !changeVotePermission(viewer, vote, now).allowed,
      changeVote: changeVotePermission(viewer, vote, now).allowed,
    });
  }

  @ResolveField(() => [ProposalStatus], {
    description:
      'Statuses the person asking can move the proposal to now with transitionProposal. RECOMMENDED comes from both co-chairs signing off (signOffProposal); ENDORSED, ADOPTED and a Board decline from a recorded Trust Board decision.',
  })
  async allowedNextStatuses(@Parent() proposal: ProposalModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ProposalStatus[]> {
    const [viewer, facts] = await Promise.all([viewerLoader(loaders, this.access, actor), proposalFacts(proposal, loaders, this.proposals, this.reference)]);
    return movableStatuses(viewer, facts);
  }
}

@Resolver(() => ConsultationModel)
export class ConsultationViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly consultations: ConsultationsService,
    private readonly votes: VotesService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => ConsultationViewerCanModel, { description: 'What the person asking may do with this consultation now.' })
  async viewerCan(@Parent() consultation: ConsultationModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<ConsultationViewerCanModel> {
    const now = this.clock.now();
    const [viewer, runners, vote] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      runnersLoader(loaders, this.consultations).load(consultation.houseId),
      consultation.takesVotes && consultation.proposalId ? voteFactsLoader(loaders, this.votes, actor).load(consultation.proposalId) : null,
    ]);
    // A vote goes to the proposal's open CiCC consultation: this one, when it is that one.
    const votesHere = !!vote && vote.latest?.id === consultation.id;
    return Object.assign(new ConsultationViewerCanModel(), {
      consultationId: consultation.id,
      respond: respondPermission(viewer, consultation, now).allowed,
      vote: votesHere && castVotePermission(viewer, vote, now).allowed && !changeVotePermission(viewer, vote, now).allowed,
      changeVote: votesHere && changeVotePermission(viewer, vote, now).allowed,
      closeConsultation: !!runners && closeConsultationPermission(viewer, consultation, runners, now).allowed,
      recordOutcome: !!runners && recordOutcomePermission(viewer, consultation, runners, now).allowed,
    });
  }
}

@Resolver(() => CommentModel)
export class CommentViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly comments: CommentsService,
  ) {}

  @ResolveField(() => CommentViewerCanModel, { description: 'What the person asking may do with this comment now.' })
  async viewerCan(@Parent() comment: CommentModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<CommentViewerCanModel> {
    const [viewer, states, decision] = await Promise.all([
      viewerLoader(loaders, this.access, actor),
      commentStatesLoader(loaders, this.comments, actor).load(comment.proposalId),
      commentDecisionLoader(loaders, this.comments, actor).load(comment.proposalId),
    ]);
    const none = Object.assign(new CommentViewerCanModel(), { commentId: comment.id, reply: false, edit: false, delete: false, report: false, hide: false, restore: false, moderate: false });
    const state = states.get(comment.id);
    if (!state || !decision) return none;
    const moderator = moderatePermission(viewer, state.houseId).allowed;
    return Object.assign(new CommentViewerCanModel(), {
      commentId: comment.id,
      reply: replyPermission(decision, state, moderator).allowed,
      edit: editCommentPermission(viewer, state, moderator).allowed,
      delete: deleteCommentPermission(viewer, state, moderator).allowed,
      report: reportCommentPermission(state, moderator, state.reportOpenByViewer).allowed,
      hide: hideCommentPermission(viewer, state, state.houseId).allowed,
      restore: unhideCommentPermission(viewer, state, state.houseId).allowed,
      moderate: moderator,
    });
  }
}

@Resolver(() => AgreementModel)
export class AgreementViewerCanResolver {
  constructor(
    private readonly access: AccessService,
    private readonly agreements: AgreementsService,
  ) {}

  @ResolveField(() => AgreementViewerCanModel, { description: 'What the person asking may do with this agreement now.' })
  async viewerCan(@Parent() agreement: AgreementModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<AgreementViewerCanModel> {
    const [viewer, facts] = await Promise.all([viewerLoader(loaders, this.access, actor), agreementFactsLoader(loaders, this.agreements).load(agreement.id)]);
    return Object.assign(new AgreementViewerCanModel(), {
      agreementId: agreement.id,
      setStatus: !!facts && setAgreementStatusPermission(viewer, facts, facts.proposalStatus).allowed,
      reconfirm: !!facts && confirmWordingPermission(viewer, facts).allowed,
    });
  }
}

@Resolver(() => AgreementPartyModel)
export class AgreementPartyViewerCanResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => AgreementPartyViewerCanModel, { description: 'What the person asking may do with this party’s agreements now.' })
  async viewerCan(@Parent() party: AgreementPartyModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<AgreementPartyViewerCanModel> {
    const viewer = await viewerLoader(loaders, this.access, actor);
    return Object.assign(new AgreementPartyViewerCanModel(), { partyId: party.id, updateAgreements: !!actor.personId && updatePartyAgreementsPermission(viewer, party).allowed });
  }
}
