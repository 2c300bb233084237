import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { GovernanceModule } from '@app/governance';
import { CommentReportResolver, CommentResolver, CommentsResolver } from './comments.resolver';

@Module({
  imports: [CommentsModule, GovernanceModule],
  providers: [CommentsResolver, CommentResolver, CommentReportResolver],
})
export class CommentsApiModule {}
