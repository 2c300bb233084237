import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * Runs each GraphQL operation as a function compiled once per document (graphql-jit) instead of
 * walking the document for every object of the answer, which is most of the cost of long answers
 * such as the directors' matrix. Apollo still parses, validates (graphql-armor's limits included),
 * formats errors and runs its plugins as before; only execution changes. An operation the
 * compiler cannot take runs as graphql-js runs it.
 *
 * Apollo Server takes a custom executor through its gateway interface, so this presents itself as
 * one: it hands Apollo the schema Nest built (set through `transformSchema`) and the executor.
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | undefined;
  /** Compiled operations by document (Apollo keeps one parsed document per query text) and operation name. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  private listener: GatewaySchemaLoadOrUpdateCallback | undefined;

  /** Nest's `transformSchema` hook: remembers the finished schema and passes it on unchanged. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listener = callback;
    return () => {
      this.listener = undefined;
    };
  }

  load(): Promise<{ executor: GatewayExecutor }> {
    if (!this.schema) throw new Error('The GraphQL schema was not built before the server started.');
    this.listener?.({ apiSchema: this.schema, coreSupergraphSdl: '' });
    return Promise.resolve({ executor: this.execute });
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  private readonly execute: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const schema = this.schema!;
    const variables = request.variables ?? {};
    // Variables are read as graphql-js reads them (defaults filled in; a bad one refused in its
    // words, which Apollo answers BAD_USER_INPUT), and the compiled operation is given what it read.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const compiled = this.compiledFor(schema, document, operationName);
    if (!compiled) return this.standard(schema, document, operationName, variables, context);
    const result = await compiled.query(undefined, context, coerced.coerced);
    // The compiler refusing what graphql-js read (a value it cannot read twice, such as a date-time
    // already made a Date): this document runs as graphql-js runs it from now on.
    if (result.errors?.length && result.data === undefined && result.errors.every((e) => !e.path)) {
      this.compiled.get(document)?.set(operationName ?? '', null);
      return this.standard(schema, document, operationName, variables, context);
    }
    return withPlainErrors(result);
  };

  private standard(schema: GraphQLSchema, document: DocumentNode, operationName: string | null, variables: Record<string, unknown>, context: unknown): Promise<ExecutionResult> {
    return Promise.resolve(execute({ schema, document, operationName, variableValues: variables, contextValue: context }));
  }

  private compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | null {
    let byName = this.compiled.get(document);
    if (!byName) {
      byName = new Map();
      this.compiled.set(document, byName);
    }
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const result = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key) ?? null;
  }
}

/**
 * The compiler's errors as graphql-js's own: the compiler's leave `extensions` out when the thrown
 * error has none, which Apollo's error handling reads; the message, place, path and the error
 * thrown are kept.
 */
function withPlainErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const plain = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? {} });
    (plain as { locations: GraphQLError['locations'] }).locations = e.locations;
    return plain;
  });
  return { ...result, errors };
}
