import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/access';
import { CommentsService, SafeguardingService } from '@app/comments';
import { Actor } from '@app/core';
import { GovernanceService } from '@app/governance';
import { RequireRole } from '../access/access.decorators';
import { toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { byKey, Loaders } from '../graphql/loaders';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { HandleSafeguardingConcernInput, SafeguardingQueueArgs } from './safeguarding.input';
import { HandleSafeguardingConcernPayload, SafeguardingConcernConnection, SafeguardingConcernModel, SafeguardingHandlingModel } from './safeguarding.model';

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
  @Mutation(() => HandleSafeguardingConcernPayload, { description: 'Records who handled a safety concern and how, closing it (safeguarding leads).' })
  async handleSafeguardingConcern(@CurrentActor() actor: Actor, @Args('input') input: HandleSafeguardingConcernInput): Promise<HandleSafeguardingConcernPayload> {
    return { concern: SafeguardingConcernModel.from(await this.safeguarding.handle(actor, input)) };
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who raised the concern.' })
  reporter(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return personById(loaders, this.governance).load(concern.reporterId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The text of the comment the concern is about (null once its author deleted it).' })
  async commentBody(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    const comment = await loaders
      .for<string, { body: string; deletedAt: Date | null } | null>('safeguardingCommentById', async (ids) => byKey(ids, await this.comments.commentsByIds(ids), (c) => c.id))
      .load(concern.commentId);
    return comment && !comment.deletedAt ? comment.body : null;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who wrote the comment.' })
  async commentAuthor(@Parent() concern: SafeguardingConcernModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    const comment = await loaders
      .for<string, { authorId: string } | null>('safeguardingCommentAuthorById', async (ids) => byKey(ids, await this.comments.commentsByIds(ids), (c) => c.id))
      .load(concern.commentId);
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
