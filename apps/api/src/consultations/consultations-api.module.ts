import { Module } from '@nestjs/common';
import { ConsultationsModule } from '@app/consultations';
import { ReferenceModule } from '@app/reference';
import {
  ConsultationFieldsResolver,
  ConsultationQuestionResolver,
  ConsultationResponseResolver,
  ConsultationsResolver,
} from './consultations.resolver';

@Module({
  imports: [ConsultationsModule, ReferenceModule],
  providers: [ConsultationsResolver, ConsultationFieldsResolver, ConsultationQuestionResolver, ConsultationResponseResolver],
})
export class ConsultationsApiModule {}
