import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { GovernanceModule } from '@app/governance';
import { IdentityModule } from '@app/identity';
import { ReferenceModule } from '@app/reference';
import { IdentityResolver, InvitationResolver, SessionTokensResolver } from './identity.resolver';
import { SignInThrottlerGuard, SIGN_IN_THROTTLERS } from './sign-in-throttler.guard';

@Module({
  imports: [
    IdentityModule,
    GovernanceModule,
    ReferenceModule,
    // Counts live in this process's memory: with several API replicas, each enforces its own share.
    ThrottlerModule.forRoot({ throttlers: SIGN_IN_THROTTLERS }),
  ],
  providers: [IdentityResolver, SessionTokensResolver, InvitationResolver, SignInThrottlerGuard],
})
export class IdentityApiModule {}
