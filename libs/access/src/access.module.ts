import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { OutboxModule } from '@app/outbox';
import { AccessService } from './access.service';
import { RoleGrantEntity } from './role-grant.entity';

@Module({
  imports: [TypeOrmModule.forFeature([RoleGrantEntity]), AuditModule, OutboxModule],
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
