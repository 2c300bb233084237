import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AgreementsModule } from '@app/agreements';
import { CommentsModule } from '@app/comments';
import { ConsultationsModule } from '@app/consultations';
import { CompactModule } from '@app/compact';
import { GovernanceModule } from '@app/governance';
import { MeetingsModule } from '@app/meetings';
import { PersonalDataModule } from '@app/personal-data';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import {
  ActionItemViewerCanResolver,
  BodyViewerCanResolver,
  CompactEditionViewerCanResolver,
  DecisionViewerCanResolver,
  MeetingViewerCanResolver,
  MembershipViewerCanResolver,
  PersonViewerCanResolver,
  ProgrammeViewerCanResolver,
  SafeguardingConcernViewerCanResolver,
} from './viewer-can-governance.resolver';
import { AgreementPartyViewerCanResolver, AgreementViewerCanResolver, CommentViewerCanResolver, ConsultationViewerCanResolver, ProposalViewerCanResolver } from './viewer-can.resolver';

/** `viewerCan` on the objects people act on, decided by the rules their operations apply. */
@Module({
  imports: [AccessModule, ProposalsModule, ConsultationsModule, CommentsModule, AgreementsModule, ReferenceModule, MeetingsModule, PersonalDataModule, GovernanceModule, CompactModule],
  providers: [
    ProposalViewerCanResolver,
    ConsultationViewerCanResolver,
    CommentViewerCanResolver,
    AgreementViewerCanResolver,
    BodyViewerCanResolver,
    MeetingViewerCanResolver,
    DecisionViewerCanResolver,
    ActionItemViewerCanResolver,
    PersonViewerCanResolver,
    CompactEditionViewerCanResolver,
    MembershipViewerCanResolver,
    SafeguardingConcernViewerCanResolver,
    ProgrammeViewerCanResolver,
    AgreementPartyViewerCanResolver,
  ],
})
export class ViewerCanApiModule {}
