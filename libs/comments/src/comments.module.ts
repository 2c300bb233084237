import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProposalsModule } from '@app/proposals';
import { CommentModerationEntity } from './comment-moderation.entity';
import { CommentReportEntity } from './comment-report.entity';
import { CommentRevisionEntity } from './comment-revision.entity';
import { CommentEntity } from './comment.entity';
import { CommentsService } from './comments.service';

@Module({
  imports: [ProposalsModule, TypeOrmModule.forFeature([CommentEntity, CommentRevisionEntity, CommentReportEntity, CommentModerationEntity])],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
