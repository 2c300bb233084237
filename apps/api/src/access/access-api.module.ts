import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessModule } from '@app/access';
import { GovernanceModule } from '@app/governance';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { PersonalDataModule } from '@app/personal-data';
import { ReferenceModule } from '@app/reference';
import { AccessGuard } from './access.guard';
import { AccessOperations } from './access-operations';
import { AccessResolver } from './access.resolver';
import { PersonalDataResolver } from './personal-data.resolver';
import {
  PersonPrivacyResolver,
  ProfileResolver,
  RecentChangePrivacyResolver,
} from './privacy.resolver';

/**
 * Deny by default (the global guard and the list of operations with their rules), role grants,
 * and the person privacy rule applied wherever a person is shown. Identity and notifications are
 * imported so that wherever leaveCicc runs, leaving also ends the person's sessions and cancels
 * what is unsent to them.
 */
@Module({
  imports: [AccessModule, GovernanceModule, IdentityModule, NotificationsModule, PersonalDataModule, ReferenceModule, DiscoveryModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccessOperations,
    AccessResolver,
    PersonPrivacyResolver,
        RecentChangePrivacyResolver,
    ProfileResolver,
    PersonalDataResolver,
  ],
  exports: [AccessOperations],
})
export class AccessApiModule {}
