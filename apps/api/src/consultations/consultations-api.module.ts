import { Module } from '@nestjs/common';
import { ConsultationsModule } from '@app/consultations';
import { GovernanceModule } from '@app/governance';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import {
  ConsultationFieldsResolver,
  ConsultationQuestionResolver,
  ConsultationResponseResolver,
  ConsultationsResolver,
} from './consultations.resolver';

@Module({
  imports: [ConsultationsModule, GovernanceModule, ProposalsModule, ReferenceModule],
  providers: [ConsultationsResolver, ConsultationFieldsResolver, ConsultationQuestionResolver, ConsultationResponseResolver],
})
export class ConsultationsApiModule {}
