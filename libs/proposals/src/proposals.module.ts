import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { OutboxModule } from '@app/outbox';
import { ProposalPartnerEntity } from './proposal-partner.entity';
import { ProposalSignOffEntity } from './proposal-sign-off.entity';
import { ProposalTransitionEntity } from './proposal-transition.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProposalEntity, ProposalPartnerEntity, ProposalTransitionEntity, ProposalSignOffEntity]), AuditModule, AccessModule, OutboxModule],
  providers: [ProposalsService],
  exports: [ProposalsService],
})
export class ProposalsModule {}
