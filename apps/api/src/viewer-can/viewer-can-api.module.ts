import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AgreementsModule } from '@app/agreements';
import { CommentsModule } from '@app/comments';
import { ConsultationsModule } from '@app/consultations';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { AgreementViewerCanResolver, CommentViewerCanResolver, ConsultationViewerCanResolver, ProposalViewerCanResolver } from './viewer-can.resolver';

/** `viewerCan` on the objects people act on, decided by the rules their operations apply. */
@Module({
  imports: [AccessModule, ProposalsModule, ConsultationsModule, CommentsModule, AgreementsModule, ReferenceModule],
  providers: [ProposalViewerCanResolver, ConsultationViewerCanResolver, CommentViewerCanResolver, AgreementViewerCanResolver],
})
export class ViewerCanApiModule {}
