import { Module } from '@nestjs/common';
import { ProposalController } from './proposal.controller';
import { ProposalPage } from './proposal-page';

@Module({ controllers: [ProposalController], providers: [ProposalPage], exports: [ProposalPage] })
export class ProposalModule {}
