import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { CommentEntity, CommentHold, CommentsService, SafeguardingService } from '@app/comments';
import { Actor } from '@app/core';
import { GovernanceService } from '@app/governance';
import { RequireRole } from '../access/access.decorators';
import { toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { byKey, Loaders } from '../graphql/loaders';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { HandleSafeguardingConcernInput, SafeguardingQueueArgs } from './safeguarding.input';
import {
  HandleSafeguardingConcernPayload,
  ProgrammeWarningModel,
  SafeguardingConcernConnection,
  SafeguardingConcernModel,
  SafeguardingHandlingModel,
} from './safeguarding.model';

/** Concerns about someone's safety: flagged to safeguarding leads at once, and only to them. */
@Resolver(() => SafeguardingConcernModel)
export class SafeguardingResolver {
  constructor(
    private readonly safeguarding: SafeguardingService,
    private readonly comments: CommentsService,
    private readonly governance: GovernanceService,
  ) {}

  @RequireRole(Role.SAFEGUARDING_LEAD)
  @Query(() => SafeguardingConcernConnection, { description: 'Open safety concerns, newest first (safeguarding leads only).' })
  async safeguardingQueue(@CurrentActor() actor: Actor, @Args() args: SafeguardingQueueArgs): Promise<SafeguardingConcernConnection> {
    return toConnection(await this.safeguarding.queue(actor, { includeHandled: args.includeHandled }, args), SafeguardingConcernModel.from);
  }

  @RequireRole(Role.SAFEGUARDING_LEAD)
  @Query(() => SafeguardingConcernModel, {
    nullable: true,
    description: 'One safety concern, open or handled (safeguarding leads only); null, with a NOT_FOUND error in errors, when there is none.',
  })
  async safeguardingConcern(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The concern (a SafeguardingConcern id).' }) id: string): Promise<SafeguardingConcernModel> {
    return SafeguardingConcernModel.from(await this.safeguarding.concern(actor, id));
  }

  @RequireRole(Role.SAFEGUARDING_LEAD)
  @Mutation(() => HandleSafeguardingConcernPayload, {
    description: 'Records who handled a safety concern and how, closing it, and whether its comment is restored or kept hidden (safeguarding leads).',
  })
  async handleSafeguardingConcern(@CurrentActor() actor: Actor, @Args('input', { description: 'The concern, what was done, notes and what happens to the comment.' }) input: HandleSafeguardingConcernInput): Promise<HandleSafeguardingConcernPayload> {
    return { concern: SafeguardingConcernModel.from(await this.safeguarding.handle(actor, input)) };
  }

  @RequireRole(Role.PROGRAMME_ADMIN)
  @Query(() => [ProgrammeWarningModel], {
    description: 'What a programme admin must put right in how the programme is set up, e.g. NO_SAFEGUARDING_LEAD (programme admins only).',
  })
  programmeWarnings(): Promise<ProgrammeWarningModel[]> {
    return this.safeguarding.programmeWarnings();
  }

  private comment(concern: SafeguardingConcernModel, loaders: Loaders): Promise<CommentEntity | null> {
    return loaders.for<string, CommentEntity | null>('safeguardingCommentById', async (ids) => byKey(ids, await this.comments.commentsByIds(ids), (c) => c.id)).load(concern.commentId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who raised the concern.' })
  reporter(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return personById(loaders, this.governance).load(concern.reporterId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The text of the comment the concern is about, even if its author has since deleted it.' })
  async commentBody(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return (await this.comment(concern, loaders))?.body ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the author has deleted the comment (its text stays here for the leads).' })
  async commentDeleted(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    return !!(await this.comment(concern, loaders))?.deletedAt;
  }

  @ResolveField(() => CommentHold, { nullable: true, description: 'Whether the comment is held from view now, and why; null when it is shown to everyone.' })
  async commentHold(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<CommentHold | null> {
    return (await this.comment(concern, loaders))?.hold ?? null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The proposal the comment is on.' })
  async proposalId(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    return (await this.comment(concern, loaders))?.proposalId ?? null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who wrote the comment.' })
  async commentAuthor(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    const comment = await this.comment(concern, loaders);
    return comment ? personById(loaders, this.governance).load(comment.authorId) : null;
  }
}

@Resolver(() => SafeguardingHandlingModel)
export class SafeguardingHandlingResolver {
  constructor(private readonly governance: GovernanceService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'The safeguarding lead who handled it.' })
  handledBy(@Parent() handling: SafeguardingHandlingModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return handling.handledById ? personById(loaders, this.governance).load(handling.handledById) : Promise.resolve(null);
  }
}
