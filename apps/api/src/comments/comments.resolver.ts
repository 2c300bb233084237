import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@app/core';
import { CommentsService, CommentViewer } from '@app/comments';
import { GovernanceService } from '@app/governance';
import { toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { byKey, groupByKey, Loaders } from '../graphql/loaders';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { ProposalModel } from '../proposals/proposal.model';
import {
  AddCommentInput,
  CommentReportsArgs,
  DeleteCommentInput,
  EditCommentInput,
  HideCommentInput,
  ProposalCommentsArgs,
  ReportCommentInput,
  ResolveCommentReportInput,
  UnhideCommentInput,
} from './comments.input';
import {
  AddCommentPayload,
  CommentConnection,
  CommentModel,
  CommentReportConnection,
  CommentReportModel,
  CommentRevisionModel,
  DeleteCommentPayload,
  EditCommentPayload,
  HideCommentPayload,
  ReportCommentPayload,
  ResolveCommentReportPayload,
  SafetyConcernReceivedModel,
  UnhideCommentPayload,
} from './comments.model';
import { SignedIn } from '../access/access.decorators';

function viewName(viewer: CommentViewer): string {
  return `${viewer.moderator ? 'moderator' : 'member'}${viewer.safeguardingLead ? '+lead' : ''}`;
}

@Resolver()
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @SignedIn()
  @Query(() => CommentConnection, { description: "A proposal's discussion for anyone signed in: top-level comments, oldest first, each with its replies." })
  async proposalComments(@CurrentActor() actor: Actor, @Args() args: ProposalCommentsArgs): Promise<CommentConnection> {
    const { page, viewer } = await this.comments.proposalComments(actor, args.proposalId, args);
    return toConnection(page, (e) => CommentModel.from(e, viewer));
  }

  @SignedIn()
  @Query(() => CommentModel, {
    nullable: true,
    description:
      'One comment by id, as its discussion shows it to the caller (a reply, edit or report form opens on it); null, with a NOT_FOUND error in errors, when there is none or it is hidden from the caller (the rest of the response is kept).',
  })
  async comment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The comment id.' }) id: string): Promise<CommentModel> {
    const { comment, viewer } = await this.comments.comment(actor, id);
    return CommentModel.from(comment, viewer);
  }

  @SignedIn()
  @Query(() => CommentReportConnection, { description: "Reports on a proposal's comments, open ones first; for the moderators." })
  async commentReports(@CurrentActor() actor: Actor, @Args() args: CommentReportsArgs): Promise<CommentReportConnection> {
    const { page, viewer } = await this.comments.commentReports(actor, args.proposalId, { includeResolved: args.includeResolved }, args);
    return toConnection(page, (e) => CommentReportModel.from(e, viewer));
  }

  @SignedIn()
  @Mutation(() => AddCommentPayload, {
    description:
      "Comments on a proposal, or replies to a comment with parentId. For the proposal's House, its consultation's audience while open, the Trust Board while the proposal is before it, deciding parties while endorsed, and programme admins (ACCESS.md); others get FORBIDDEN saying whom to ask.",
  })
  async addComment(@CurrentActor() actor: Actor, @Args('input', { description: 'The proposal, the comment replied to (if any) and the text.' }) input: AddCommentInput): Promise<AddCommentPayload> {
    const { comment, viewer } = await this.comments.addComment(actor, input);
    return { comment: CommentModel.from(comment, viewer) };
  }

  @SignedIn()
  @Mutation(() => EditCommentPayload, { description: 'The author changes a comment; the earlier text is kept as a revision.' })
  async editComment(@CurrentActor() actor: Actor, @Args('input', { description: 'The comment, its new text and the version you last read.' }) input: EditCommentInput): Promise<EditCommentPayload> {
    const { comment, viewer } = await this.comments.editComment(actor, input);
    return { comment: CommentModel.from(comment, viewer) };
  }

  @SignedIn()
  @Mutation(() => DeleteCommentPayload, { description: 'The author deletes a comment; a tombstone keeps its replies in place.' })
  async deleteComment(@CurrentActor() actor: Actor, @Args('input', { description: 'The comment to delete.' }) input: DeleteCommentInput): Promise<DeleteCommentPayload> {
    const { comment, viewer } = await this.comments.deleteComment(actor, input);
    return { comment: CommentModel.from(comment, viewer) };
  }

  @SignedIn()
  @Mutation(() => ReportCommentPayload, {
    description:
      "Tells the moderators a comment needs their attention; with SAFETY_CONCERN, tells the safeguarding leads at once instead, holds the comment from view, and answers with what happens next.",
  })
  async reportComment(@CurrentActor() actor: Actor, @Args('input', { description: 'The comment, the reason and what worries you.' }) input: ReportCommentInput): Promise<ReportCommentPayload> {
    const { report, advice } = await this.comments.reportComment(actor, input);
    return {
      report: CommentReportModel.from(report, { personId: actor.personId, moderator: false, safeguardingLead: false }),
      safetyConcern: advice ? SafetyConcernReceivedModel.from(advice) : null,
    };
  }

  @SignedIn()
  @Mutation(() => HideCommentPayload, { description: "Hides a comment from everyone but the moderators (the House's co-chairs)." })
  async hideComment(@CurrentActor() actor: Actor, @Args('input', { description: 'The comment and why it is hidden.' }) input: HideCommentInput): Promise<HideCommentPayload> {
    const { comment, viewer } = await this.comments.hideComment(actor, input);
    return { comment: CommentModel.from(comment, viewer) };
  }

  @SignedIn()
  @Mutation(() => UnhideCommentPayload, { description: "Shows a hidden comment again (the House's co-chairs); not a comment held for safeguarding." })
  async unhideComment(@CurrentActor() actor: Actor, @Args('input', { description: 'The comment and why it may be shown again.' }) input: UnhideCommentInput): Promise<UnhideCommentPayload> {
    const { comment, viewer } = await this.comments.unhideComment(actor, input);
    return { comment: CommentModel.from(comment, viewer) };
  }

  @SignedIn()
  @Mutation(() => ResolveCommentReportPayload, { description: 'A moderator closes a report, saying what was done.' })
  async resolveCommentReport(@CurrentActor() actor: Actor, @Args('input', { description: 'The report and what was done.' }) input: ResolveCommentReportInput): Promise<ResolveCommentReportPayload> {
    const report = await this.comments.resolveCommentReport(actor, input);
    return { report: CommentReportModel.from(report, { personId: actor.personId, moderator: true, safeguardingLead: false }) };
  }
}

@Resolver(() => CommentModel)
export class CommentResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly governance: GovernanceService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Null for a deleted comment.' })
  async author(@Parent() comment: CommentModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return comment.authorId ? personById(loaders, this.governance).load(comment.authorId) : null;
  }

  @ResolveField(() => [CommentModel], { description: 'Replies, oldest first (hidden ones only for moderators).' })
  async replies(@Parent() comment: CommentModel, @RequestLoaders() loaders: Loaders): Promise<CommentModel[]> {
    const viewer = comment.viewer;
    return loaders
      .for<string, CommentModel[]>(`commentRepliesByParentId:${viewName(viewer)}`, async (ids) =>
        groupByKey(ids, (await this.comments.repliesOf(ids, viewer.moderator)).map((e) => CommentModel.from(e, viewer)), (c) => c.parentId as string),
      )
      .load(comment.id);
  }

  @ResolveField(() => [CommentRevisionModel], { nullable: true, description: 'Earlier texts, first posted first; for the author and moderators, null for others.' })
  async revisions(@Parent() comment: CommentModel, @RequestLoaders() loaders: Loaders): Promise<CommentRevisionModel[] | null> {
    if (!comment.revisionsVisible) return null;
    return loaders
      .for<string, CommentRevisionModel[]>('commentRevisionsByCommentId', async (ids) =>
        groupByKey(ids, (await this.comments.revisionsOf(ids)).map(CommentRevisionModel.from), (r) => r.commentId),
      )
      .load(comment.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Reports not yet resolved; for moderators, null for others.' })
  async openReportCount(@Parent() comment: CommentModel, @RequestLoaders() loaders: Loaders): Promise<number | null> {
    if (!comment.reportsVisible) return null;
    return loaders
      .for<string, number>('openReportCountByCommentId', async (ids) => {
        const counts = await this.comments.openReportCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(comment.id);
  }
}

@Resolver(() => CommentReportModel)
export class CommentReportResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly governance: GovernanceService,
  ) {}

  @ResolveField(() => CommentModel, { nullable: true, description: 'The reported comment, as the caller may see it.' })
  async comment(@Parent() report: CommentReportModel, @RequestLoaders() loaders: Loaders): Promise<CommentModel | null> {
    const viewer = report.viewer;
    return loaders
      .for<string, CommentModel | null>(`commentById:${viewName(viewer)}`, async (ids) =>
        byKey(ids, (await this.comments.commentsByIds(ids)).flatMap((e) => CommentModel.visible(e, viewer) ?? []), (c) => c.id),
      )
      .load(report.commentId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who reported it, named as the privacy rule allows.' })
  async reporter(@Parent() report: CommentReportModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return personById(loaders, this.governance).load(report.reporterId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The moderator who closed the report; null while open.' })
  async resolvedBy(@Parent() report: CommentReportModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return report.resolvedById ? personById(loaders, this.governance).load(report.resolvedById) : null;
  }
}

/** What a House's moderators see of each proposal's discussion from a list of proposals. */
@Resolver(() => ProposalModel)
export class ProposalCommentReportsResolver {
  constructor(private readonly comments: CommentsService) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: "Open reports on its comments (worries about someone's safety aside, which go to the safeguarding leads); for its House's moderators, null for others.",
  })
  async openCommentReportCount(@Parent() proposal: ProposalModel, @CurrentActor() actor: Actor, @RequestLoaders() loaders: Loaders): Promise<number | null> {
    return loaders
      .for<string, number | null>('openCommentReportCountByProposal', async (keys) =>
        this.comments.openReportCountsByProposal(
          actor,
          keys.map((key) => {
            const [id, houseId] = key.split(' ');
            return { id, houseId };
          }),
        ),
      )
      .load(`${proposal.id} ${proposal.houseId}`);
  }
}
