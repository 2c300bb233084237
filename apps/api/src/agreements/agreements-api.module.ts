import { AccessModule } from '@app/access';
import { Module } from '@nestjs/common';
import { AgreementsModule } from '@app/agreements';
import { GovernanceModule } from '@app/governance';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { AgreementHistoryEntryResolver, AgreementsResolver } from './agreements.resolver';

@Module({
  imports: [AccessModule, AgreementsModule, GovernanceModule, ProposalsModule, ReferenceModule],
  providers: [AgreementsResolver, AgreementHistoryEntryResolver],
})
export class AgreementsApiModule {}
