import { Module } from '@nestjs/common';
import { ProposalModule } from '../proposal/proposal.module';
import { CommentsController } from './comments.controller';

@Module({ imports: [ProposalModule], controllers: [CommentsController] })
export class CommentsModule {}
