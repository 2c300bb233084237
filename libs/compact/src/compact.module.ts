import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AgreementsModule } from '@app/agreements';
import { AuditModule } from '@app/audit';
import { ConsultationsModule } from '@app/consultations';
import { GovernanceModule } from '@app/governance';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { CompactEditionOfferEntity } from './compact-edition-offer.entity';
import { CompactEditionEntity } from './compact-edition.entity';
import { CompactService } from './compact.service';
import { EntitlementsService } from './entitlements.service';
import { ExportsService } from './exports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CompactEditionEntity, CompactEditionOfferEntity]),
    AccessModule,
    AgreementsModule,
    AuditModule,
    ConsultationsModule,
    GovernanceModule,
    ProposalsModule,
    ReferenceModule,
  ],
  providers: [CompactService, EntitlementsService, ExportsService],
  exports: [CompactService, EntitlementsService, ExportsService],
})
export class CompactModule {}
