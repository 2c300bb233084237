import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { RollupsModule } from '@app/rollups';
import { OutboxModule } from '@app/outbox';
import { AgreementStatusHistoryEntity } from './agreement-status-history.entity';
import { AgreementStatusEntity } from './agreement-status.entity';
import { AgreementViewsService } from './agreement-views.service';
import { AgreementsService } from './agreements.service';

/** Importing this module is what makes an endorsement open the agreement rows. */
@Module({
  imports: [TypeOrmModule.forFeature([AgreementStatusEntity, AgreementStatusHistoryEntity]), ProposalsModule, ReferenceModule, AuditModule, AccessModule, RollupsModule, OutboxModule],
  providers: [AgreementsService, AgreementViewsService],
  exports: [AgreementsService, AgreementViewsService],
})
export class AgreementsModule {}
