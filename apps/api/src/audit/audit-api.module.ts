import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { GovernanceModule } from '@app/governance';
import { AuditResolver } from './audit.resolver';

@Module({
  imports: [AuditModule, AccessModule, GovernanceModule],
  providers: [AuditResolver],
})
export class AuditApiModule {}
