import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { PersonalDataService } from './personal-data.service';

/** A person's own data: the copy they may read, and its erasure at their request. */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [PersonalDataService],
  exports: [PersonalDataService],
})
export class PersonalDataModule {}
