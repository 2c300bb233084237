import { Module } from '@nestjs/common';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { ProposalSignatureResolver, ProposalsResolver, ProposalTransitionResolver } from './proposals.resolver';

@Module({
  imports: [ProposalsModule, ReferenceModule],
  providers: [ProposalsResolver, ProposalTransitionResolver, ProposalSignatureResolver],
})
export class ProposalsApiModule {}
