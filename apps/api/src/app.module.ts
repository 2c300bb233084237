import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { CoreConfigModule, DatabaseModule, LoggingModule } from '@app/core';
import { ApiGraphQLModule } from './graphql/graphql.module';
import { createValidationPipe } from './graphql/validation';
import { HealthModule } from './health/health.module';
import { ReferenceApiModule } from './reference/reference-api.module';

/** The API process: HTTP + GraphQL. Domain rules live in libs/; this module only wires them. */
@Module({
  imports: [CoreConfigModule, LoggingModule, DatabaseModule, ApiGraphQLModule, HealthModule, ReferenceApiModule],
  providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
})
export class AppModule {}
