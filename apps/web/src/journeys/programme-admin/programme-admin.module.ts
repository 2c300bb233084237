import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { signedInOnly } from '../moderation/signed-in-only';
import { AuditController } from './audit.controller';
import { JobsController } from './jobs.controller';

/** Pages for programme admins: the audit trail and the background jobs that failed. */
@Module({ controllers: [AuditController, JobsController] })
export class ProgrammeAdminModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(signedInOnly).forRoutes(AuditController, JobsController);
  }
}
