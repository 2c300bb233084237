import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { ProposalsModule } from '@app/proposals';
import { OutboxModule } from '@app/outbox';
import { CommentModerationEntity } from './comment-moderation.entity';
import { CommentReportEntity } from './comment-report.entity';
import { CommentRevisionEntity } from './comment-revision.entity';
import { CommentEntity } from './comment.entity';
import { CommentsService } from './comments.service';
import { SafeguardingHandlingEntity } from './safeguarding-handling.entity';
import { SafeguardingService } from './safeguarding.service';

@Module({
  imports: [
    ProposalsModule,
    AuditModule,
    AccessModule,
    OutboxModule,
    TypeOrmModule.forFeature([CommentEntity, CommentRevisionEntity, CommentReportEntity, CommentModerationEntity, SafeguardingHandlingEntity]),
  ],
  providers: [CommentsService, SafeguardingService],
  exports: [CommentsService, SafeguardingService],
})
export class CommentsModule {}
