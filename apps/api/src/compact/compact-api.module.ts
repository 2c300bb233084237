import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from '@app/access';
import { AgreementsModule } from '@app/agreements';
import { CompactModule } from '@app/compact';
import { IdentityModule } from '@app/identity';
import { PersonalDataModule } from '@app/personal-data';
import { ProposalsModule } from '@app/proposals';
import { RateLimitsModule, SharedThrottlerStorage } from '@app/rate-limits';
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
    // Counts are shared by every API process and survive a restart (Redis, or the database).
    ThrottlerModule.forRootAsync({
      imports: [RateLimitsModule],
      inject: [SharedThrottlerStorage],
      useFactory: (storage: SharedThrottlerStorage) => ({ throttlers: PUBLIC_THROTTLERS, storage }),
    }),
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
