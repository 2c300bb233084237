import { Module } from '@nestjs/common';
import { ConsultationsModule } from '@app/consultations';
import { GovernanceModule } from '@app/governance';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { ProposalSignatureResolver, ProposalsResolver, ProposalTransitionResolver } from './proposals.resolver';

/** ConsultationsModule is imported so that a sign-off is refused wherever it can be made while the CiCC's vote is still to close. */
@Module({
  imports: [ProposalsModule, ConsultationsModule, GovernanceModule, ReferenceModule],
  providers: [ProposalsResolver, ProposalTransitionResolver, ProposalSignatureResolver],
})
export class ProposalsApiModule {}
