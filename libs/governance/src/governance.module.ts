import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { GovernanceService } from './governance.service';
import { MembershipEntity } from './membership.entity';
import { PersonPrivacyService } from './person-privacy';
import { PersonEntity } from './person.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, MembershipEntity]), AuditModule, AccessModule],
  providers: [GovernanceService, PersonPrivacyService],
  exports: [GovernanceService, PersonPrivacyService],
})
export class GovernanceModule {}
