import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule, LoggingModule } from '@app/core';
import { AccessApiModule } from './access/access-api.module';
import { AgreementsApiModule } from './agreements/agreements-api.module';
import { AuditApiModule } from './audit/audit-api.module';
import { CommentsApiModule } from './comments/comments-api.module';
import { CompactApiModule } from './compact/compact-api.module';
import { ConsultationsApiModule } from './consultations/consultations-api.module';
import { GovernanceApiModule } from './governance/governance-api.module';
import { ApiExceptionsFilter } from './graphql/exceptions.filter';
import { ApiGraphQLModule } from './graphql/graphql.module';
import { createValidationPipe } from './graphql/validation';
import { HealthModule } from './health/health.module';
import { IdentityApiModule } from './identity/identity-api.module';
import { JobsApiModule } from './jobs/jobs-api.module';
import { MeetingsApiModule } from './meetings/meetings-api.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { ProposalsApiModule } from './proposals/proposals-api.module';
import { QueueDashboardApiModule } from './queue-dashboard/queue-dashboard-api.module';
import { ReferenceApiModule } from './reference/reference-api.module';
import { ReportingApiModule } from './reporting/reporting-api.module';
import { RollupsApiModule } from './rollups/rollups-api.module';
import { ViewerCanApiModule } from './viewer-can/viewer-can-api.module';

/** The API process: HTTP + GraphQL. Domain rules live in libs/; this module only wires them. */
@Module({
  imports: [
    CoreConfigModule,
    LoggingModule,
    DatabaseModule,
    ApiGraphQLModule,
    AccessApiModule,
    HealthModule,
    IdentityApiModule,
    ReferenceApiModule,
    GovernanceApiModule,
    ProposalsApiModule,
    CommentsApiModule,
    ConsultationsApiModule,
    AgreementsApiModule,
    MeetingsApiModule,
    ReportingApiModule,
    CompactApiModule,
    AuditApiModule,
    NotificationsApiModule,
    RollupsApiModule,
    QueueDashboardApiModule,
    JobsApiModule,
    ViewerCanApiModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ApiExceptionsFilter },
  ],
})
export class AppModule {}
