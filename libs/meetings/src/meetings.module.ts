import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AgreementsModule } from '@app/agreements';
import { AuditModule } from '@app/audit';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { ActionItemEntity } from './action-item.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionEntity } from './decision.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingsService } from './meetings.service';

/**
 * AgreementsModule is imported so that wherever a Trust Board endorsement can be recorded, the
 * listener that opens agreement rows is registered too.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MeetingEntity, AgendaItemEntity, DecisionEntity, ActionItemEntity]),
    ProposalsModule,
    ReferenceModule,
    AgreementsModule,
    AuditModule,
    AccessModule,
  ],
  providers: [MeetingsService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
