import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { GovernanceModule } from '@app/governance';
import { AuditResolver } from './audit.resolver';

@Module({
  imports: [AuditModule, GovernanceModule],
  providers: [AuditResolver],
})
export class AuditApiModule {}
