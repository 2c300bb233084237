import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { JobsController } from './jobs.controller';

/** Pages for programme admins: the audit trail and the background jobs that failed. */
@Module({ controllers: [AuditController, JobsController] })
export class ProgrammeAdminModule {}
