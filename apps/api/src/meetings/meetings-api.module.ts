import { Module } from '@nestjs/common';
import { GovernanceModule } from '@app/governance';
import { MeetingsModule } from '@app/meetings';
import { ProposalsModule } from '@app/proposals';
import { ReferenceModule } from '@app/reference';
import { ActionItemResolver, AgendaItemResolver, DecisionResolver, MeetingsResolver } from './meetings.resolver';

@Module({
  imports: [MeetingsModule, GovernanceModule, ProposalsModule, ReferenceModule],
  providers: [MeetingsResolver, ActionItemResolver, DecisionResolver, AgendaItemResolver],
})
export class MeetingsApiModule {}
