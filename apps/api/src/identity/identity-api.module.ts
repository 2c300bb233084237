import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { GovernanceModule } from '@app/governance';
import { IdentityModule } from '@app/identity';
import { RateLimitsModule, SharedThrottlerStorage } from '@app/rate-limits';
import { ReferenceModule } from '@app/reference';
import { IdentityResolver, InvitationResolver, SessionTokensResolver } from './identity.resolver';
import { SignInThrottlerGuard, SIGN_IN_THROTTLERS } from './sign-in-throttler.guard';

@Module({
  imports: [
    IdentityModule,
    GovernanceModule,
    ReferenceModule,
    // Counts are shared by every API process and survive a restart (Redis, or the database).
    ThrottlerModule.forRootAsync({
      imports: [RateLimitsModule],
      inject: [SharedThrottlerStorage],
      useFactory: (storage: SharedThrottlerStorage) => ({ throttlers: SIGN_IN_THROTTLERS, storage }),
    }),
  ],
  providers: [IdentityResolver, SessionTokensResolver, InvitationResolver, SignInThrottlerGuard],
})
export class IdentityApiModule {}
