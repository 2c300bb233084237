import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GovernanceService } from './governance.service';
import { MembershipEntity } from './membership.entity';
import { PersonEntity } from './person.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, MembershipEntity])],
  providers: [GovernanceService],
  exports: [GovernanceService],
})
export class GovernanceModule {}
