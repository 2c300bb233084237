import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { ProposalsModule } from '@app/proposals';
import { OutboxModule } from '@app/outbox';
import { ConsultationAnswerEntity } from './consultation-answer.entity';
import { ConsultationQuestionEntity } from './consultation-question.entity';
import { ConsultationResponseEntity } from './consultation-response.entity';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationResponsesService } from './consultation-responses.service';
import { ConsultationsService } from './consultations.service';
import { VoteEntity } from './vote.entity';
import { VotesService } from './votes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ConsultationEntity, ConsultationQuestionEntity, ConsultationResponseEntity, ConsultationAnswerEntity, VoteEntity]),
    ProposalsModule,
    AuditModule,
    AccessModule,
    OutboxModule,
  ],
  providers: [ConsultationsService, ConsultationResponsesService, VotesService],
  exports: [ConsultationsService, ConsultationResponsesService, VotesService],
})
export class ConsultationsModule {}
