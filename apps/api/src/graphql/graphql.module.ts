import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { Environment, isProduction } from '@app/core';
import { buildContext } from './context';
import { formatError } from './error-formatter';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => {
        const env = config.get('NODE_ENV', { infer: true });
        const production = isProduction({ NODE_ENV: env } as Environment);
        const graphiql = config.get('GRAPHIQL', { infer: true }) ?? !production;
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          graphiql,
          introspection: !production,
          includeStacktraceInErrorResponses: false,
          context: buildContext,
          formatError,
        };
      },
    }),
  ],
})
export class ApiGraphQLModule {}
