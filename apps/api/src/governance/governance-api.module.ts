import { Module } from '@nestjs/common';
import { GovernanceModule } from '@app/governance';
import { ReferenceModule } from '@app/reference';
import { BodyGovernanceResolver } from './body-governance.resolver';
import { MembershipResolver } from './membership.resolver';
import { PersonResolver } from './person.resolver';

@Module({
  imports: [GovernanceModule, ReferenceModule],
  providers: [PersonResolver, MembershipResolver, BodyGovernanceResolver],
})
export class GovernanceApiModule {}
