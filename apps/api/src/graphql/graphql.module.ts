import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ORPHANED_SCHEMA_TYPES } from './error-reasons';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import { corsOrigins, Environment, isProduction } from '@app/core';
import { AccessModule, AccessService } from '@app/access';
import { IdentityModule, SessionService } from '@app/identity';
import { Authenticator, buildContext, RoleMemory } from './context';
import { CompiledExecution } from './compiled-execution';
import { errorReportingPlugin, formatError } from './error-formatter';
import { DateTimeScalar } from './scalars';
import { inputCheckPlugin } from './validation';

/** Largest request body accepted (a GraphQL document with its variables). */
export const REQUEST_BODY_LIMIT = '100kb';

/**
 * Limits on the shape of a query, set so every query the product's own clients send passes with
 * room to spare while abusive ones (deep nesting, alias floods, huge documents) are refused
 * before they run.
 */
export const ARMOR_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

/** graphql-armor's validation rules and plugins; field suggestions are masked in production. */
export function armorProtection(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    // Tokens are limited by the parser itself (parseOptions below), which answers 400 rather than 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** What the two root types hold, as GraphiQL shows them first. */
const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'What the Compact service can tell you: proposals, consultations, agreements, Compact editions, meetings, people and reference data. Reference data is open to everyone; the rest needs sign-in and shows people as the privacy rule allows.',
  Mutation:
    'What you can do in the Compact service. Each operation says who may do it; anyone else is refused (UNAUTHENTICATED when not signed in, FORBIDDEN otherwise) with a message saying who can.',
} as const;

/** Describes Query and Mutation, which code-first types have no decorator for. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_TYPE_DESCRIPTIONS.Query;
  if (mutation) mutation.description = ROOT_TYPE_DESCRIPTIONS.Mutation;
  return schema;
}

/** The Apollo options for this environment (exported so the production settings can be checked). */
export function graphqlOptions(
  env: Pick<Environment, 'NODE_ENV' | 'GRAPHIQL'> & Partial<Pick<Environment, 'GRAPHQL_COMPILED'>>,
  authenticator: Authenticator,
  roles: RoleMemory,
): ApolloDriverConfig {
  const production = isProduction(env as Environment);
  const armor = armorProtection(production);
  const compiled = env.GRAPHQL_COMPILED === false ? null : new CompiledExecution();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: production ? false : (env.GRAPHIQL ?? true),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
    validationRules: armor.validationRules,
    // No HTTP caching of GraphQL answers here; without this plugin Apollo would wrap every field's
    // resolver to compute cache hints, a measurable cost on large answers like the matrix.
    plugins: [...armor.plugins, inputCheckPlugin(), errorReportingPlugin(), ApolloServerPluginCacheControlDisabled()],
    // Date-times are read strictly: an impossible one is refused, never moved to another day.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }], orphanedTypes: ORPHANED_SCHEMA_TYPES },
    transformSchema: (schema: GraphQLSchema) => (compiled ? compiled.useSchema(describeRootTypes(schema)) : describeRootTypes(schema)),
    // Nest would answer 200 to every request that reached execution; errorReportingPlugin answers
    // 503 with Retry-After when the database is out of reach, and nothing else sets a status.
    preserveHttpStatusForExecutionErrors: false,
    context: (args: { req: Request; res: Response }) => buildContext(args, authenticator, roles),
    formatError,
    // Operations run compiled (see CompiledExecution) unless GRAPHQL_COMPILED is false. Apollo takes
    // an executor only as a gateway's, which Nest's config type leaves out, though Nest hands every
    // option to Apollo as it is.
    ...(compiled ? ({ gateway: compiled } as Pick<ApolloDriverConfig, never>) : {}),
  };
}

/**
 * CORS for the browser origins in CORS_ORIGINS only: other origins get no CORS headers, so
 * browsers refuse to show them the response. Preflight requests are answered here.
 */
export function corsMiddleware(allowed: readonly string[]) {
  const origins = new Set(allowed);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    const permitted = typeof origin === 'string' && origins.has(origin);
    res.vary('Origin');
    if (permitted) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'x-correlation-id, retry-after');
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (permitted) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-correlation-id, apollo-require-preflight');
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * Settings that belong to the HTTP application itself (used by main.ts and the test harness):
 * the body size limit and, behind a proxy, which address is the client's.
 */
export function configureHttpApplication(app: NestExpressApplication): void {
  const config = app.get<ConfigService<Environment, true>>(ConfigService);
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  const trustProxy = config.get('TRUST_PROXY', { infer: true });
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
}

@Module({
  imports: [
    IdentityModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule, AccessModule],
      inject: [ConfigService, SessionService, AccessService],
      useFactory: (config: ConfigService<Environment, true>, sessions: SessionService, access: AccessService) =>
        graphqlOptions(
          { NODE_ENV: config.get('NODE_ENV', { infer: true }), GRAPHIQL: config.get('GRAPHIQL', { infer: true }), GRAPHQL_COMPILED: config.get('GRAPHQL_COMPILED', { infer: true }) },
          sessions,
          access,
        ),
    }),
  ],
})
export class ApiGraphQLModule implements NestModule {
  constructor(private readonly config: ConfigService<Environment, true>) {}

  /** Security headers and CORS on every route. GraphiQL (development only) needs inline scripts, so no CSP there. */
  configure(consumer: MiddlewareConsumer): void {
    const production = this.config.get('NODE_ENV', { infer: true }) === 'production';
    consumer
      .apply(
        helmet({ contentSecurityPolicy: production ? undefined : false, crossOriginEmbedderPolicy: false }),
        corsMiddleware(corsOrigins({ CORS_ORIGINS: this.config.get('CORS_ORIGINS', { infer: true }) })),
      )
      .forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
  }
}
