import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { GovernanceModule } from '@app/governance';
import { CommentReportResolver, CommentResolver, CommentsResolver, ProposalCommentReportsResolver } from './comments.resolver';
import { SafeguardingHandlingResolver, SafeguardingResolver } from './safeguarding.resolver';

@Module({
  imports: [CommentsModule, GovernanceModule],
  providers: [CommentsResolver, CommentResolver, CommentReportResolver, ProposalCommentReportsResolver, SafeguardingResolver, SafeguardingHandlingResolver],
})
export class CommentsApiModule {}
