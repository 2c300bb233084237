import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from '@app/access';
import { AgreementsModule } from '@app/agreements';
import { CompactModule } from '@app/compact';
import { IdentityModule } from '@app/identity';
import { PersonalDataModule } from '@app/personal-data';
import { ProposalsModule } from '@app/proposals';
import { AgreementReconfirmationResolver, CompactEditionResolver, OfferWordingResolver, ProposalEditionsResolver } from './compact.resolver';
import { EntitlementsResolver } from './entitlements.resolver';
import { ExportsController } from './exports.controller';
import { HttpAccessGuard } from './http-access.guard';
import { PUBLIC_THROTTLERS, PublicThrottlerGuard } from './public-throttler.guard';

@Module({
  imports: [
    CompactModule,
    AgreementsModule,
    ProposalsModule,
    AccessModule,
    IdentityModule,
    PersonalDataModule,
    // Counts live in this process's memory: with several API replicas, each enforces its own share.
    ThrottlerModule.forRoot({ throttlers: PUBLIC_THROTTLERS }),
  ],
  controllers: [ExportsController],
  providers: [
    CompactEditionResolver,
    OfferWordingResolver,
    ProposalEditionsResolver,
    AgreementReconfirmationResolver,
    EntitlementsResolver,
    PublicThrottlerGuard,
    HttpAccessGuard,
  ],
})
export class CompactApiModule {}
