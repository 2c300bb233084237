import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreaMembershipEntity } from './area-membership.entity';
import { AreaEntity } from './area.entity';
import { BodyEntity } from './body.entity';
import { LocalAuthorityEntity } from './local-authority.entity';
import { OrganisationEntity } from './organisation.entity';
import { ReferenceService } from './reference.service';

@Module({
  imports: [TypeOrmModule.forFeature([LocalAuthorityEntity, AreaEntity, AreaMembershipEntity, OrganisationEntity, BodyEntity])],
  providers: [ReferenceService],
  exports: [ReferenceService],
})
export class ReferenceModule {}
