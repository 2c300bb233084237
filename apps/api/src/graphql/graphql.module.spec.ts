import { GraphQLError } from 'graphql';
import { NodeEnv } from '@app/core';
import { CompiledExecution } from './compiled-execution';
import { armorProtection, graphqlOptions } from './graphql.module';

const authenticator = { authenticate: () => Promise.reject(new Error('not used')) };
const roles = { rememberRoles: () => undefined };

async function messageAfterPlugins(production: boolean, message: string): Promise<string> {
  const error = new GraphQLError(message);
  for (const plugin of armorProtection(production).plugins as any[]) {
    const hooks = await plugin.requestDidStart?.({});
    await hooks?.didEncounterErrors?.({ errors: [error] });
  }
  return error.message;
}

describe('GraphQL options', () => {
  it('turn off introspection and GraphiQL in production, even if GRAPHIQL asks for it', () => {
    const options = graphqlOptions({ NODE_ENV: NodeEnv.PRODUCTION, GRAPHIQL: true }, authenticator, roles);
    expect(options.introspection).toBe(false);
    expect(options.graphiql).toBe(false);
    expect(options).toMatchObject({ csrfPrevention: true, allowBatchedHttpRequests: false, includeStacktraceInErrorResponses: false });
  });

  it('keep introspection and GraphiQL in development unless GRAPHIQL turns it off', () => {
    expect(graphqlOptions({ NODE_ENV: NodeEnv.DEVELOPMENT, GRAPHIQL: undefined }, authenticator, roles)).toMatchObject({ introspection: true, graphiql: true });
    expect(graphqlOptions({ NODE_ENV: NodeEnv.DEVELOPMENT, GRAPHIQL: false }, authenticator, roles)).toMatchObject({ graphiql: false });
  });

  it('mask field suggestions in production only', async () => {
    const message = 'Cannot query field "nme" on type "LocalAuthority". Did you mean "name"?';
    expect(await messageAfterPlugins(true, message)).not.toMatch(/Did you mean/);
    expect(await messageAfterPlugins(false, message)).toBe(message);
  });

  it('run operations compiled unless GRAPHQL_COMPILED is false', () => {
    const compiled = graphqlOptions({ NODE_ENV: NodeEnv.TEST, GRAPHIQL: undefined }, authenticator, roles) as { gateway?: unknown };
    expect(compiled.gateway).toBeInstanceOf(CompiledExecution);
    const standard = graphqlOptions({ NODE_ENV: NodeEnv.TEST, GRAPHIQL: undefined, GRAPHQL_COMPILED: false }, authenticator, roles) as { gateway?: unknown };
    expect(standard.gateway).toBeUndefined();
  });

  it('limit depth, aliases, directives and cost with validation rules, and tokens in the parser', () => {
    const options = graphqlOptions({ NODE_ENV: NodeEnv.TEST, GRAPHIQL: undefined }, authenticator, roles);
    expect(options.validationRules).toHaveLength(4);
    expect(options.parseOptions).toEqual({ maxTokens: 2000 });
  });
});
