import { ApolloServer } from '@apollo/server';
import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { CompiledExecution } from './compiled-execution';

/** How many times a compiled operation ran (the real compiler, counted). */
const compiledRuns = { count: 0 };
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return {
    ...actual,
    compileQuery: (...args: Parameters<typeof actual.compileQuery>) => {
      const result = actual.compileQuery(...args);
      if (!('query' in result)) return result;
      const query = result.query;
      return {
        ...result,
        query: (...run: Parameters<typeof query>) => {
          compiledRuns.count += 1;
          return query(...run);
        },
      };
    },
  };
});

/** A date-time read from text only, as the API's own scalar reads a client's value. */
const Moment = new GraphQLScalarType<Date, string>({
  name: 'Moment',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new GraphQLError('A Moment is an ISO date-time.');
    return new Date(value);
  },
});
const Mood = new GraphQLEnumType({ name: 'Mood', values: { GLAD: { value: 'glad' }, CROSS: { value: 'cross' } } });
const GreetInput = new GraphQLInputObjectType({
  name: 'GreetInput',
  fields: {
    name: { type: new GraphQLNonNull(GraphQLString) },
    loud: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false },
    mood: { type: Mood, defaultValue: 'glad' },
  },
});
const Item = new GraphQLObjectType({ name: 'Item', fields: { n: { type: new GraphQLNonNull(GraphQLInt) }, label: { type: GraphQLString } } });
const calls: string[] = [];
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      greet: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(GreetInput) } },
        resolve: (_: unknown, { input }: { input: { name: string; loud: boolean; mood: string } }) => `${input.loud ? 'HELLO' : 'hello'} ${input.name} (${input.mood})`,
      },
      weekday: {
        type: GraphQLString,
        args: { at: { type: new GraphQLNonNull(Moment) } },
        resolve: (_: unknown, { at }: { at: Date }) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][at.getUTCDay()],
      },
      items: {
        type: new GraphQLList(Item),
        args: { count: { type: GraphQLInt, defaultValue: 3 } },
        resolve: (_: unknown, { count }: { count: number }) => {
          calls.push('items');
          return Array.from({ length: count }, (_v, i) => ({ n: i, label: i % 2 ? null : `item ${i}` }));
        },
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('The shelf fell down.');
        },
      },
    },
  }),
});

describe('compiled execution', () => {
  let compiled: ApolloServer;
  let standard: ApolloServer;

  beforeAll(async () => {
    const execution = new CompiledExecution();
    execution.useSchema(schema);
    compiled = new ApolloServer({ gateway: execution });
    standard = new ApolloServer({ schema });
    await compiled.start();
    await standard.start();
  });
  afterAll(async () => {
    await compiled.stop();
    await standard.stop();
  });

  const both = async (query: string, variables?: Record<string, unknown>) => {
    const [a, b] = await Promise.all([compiled.executeOperation({ query, variables }), standard.executeOperation({ query, variables })]);
    return { compiled: a.body, standard: b.body };
  };

  it('answers as graphql-js does, compiled: lists, nulls, argument and input defaults', async () => {
    const cases: [string, Record<string, unknown>?][] = [
      ['{ items { n label } }'],
      ['query($c: Int) { items(count: $c) { n label } }', { c: 5 }],
      ['query($input: GreetInput!) { greet(input: $input) }', { input: { name: 'Amani' } }],
      ['{ greet(input: { name: "Chidi", loud: true }) }'],
    ];
    compiledRuns.count = 0;
    for (const [query, variables] of cases) {
      const answer = await both(query, variables);
      expect(answer.compiled).toEqual(answer.standard);
    }
    // Every one of them ran compiled.
    expect(compiledRuns.count).toBe(cases.length);
    const greeted = await compiled.executeOperation({ query: 'query($input: GreetInput!) { greet(input: $input) }', variables: { input: { name: 'Amani' } } });
    expect(greeted.body).toMatchObject({ kind: 'single', singleResult: { data: { greet: 'hello Amani (glad)' } } });
  });

  it('refuses a bad variable in graphql-js’s words, as BAD_USER_INPUT, without running anything', async () => {
    calls.length = 0;
    const answer = await both('query($c: Int) { items(count: $c) { n } }', { c: 'many' });
    expect(answer.compiled).toEqual(answer.standard);
    expect(answer.compiled).toMatchObject({ singleResult: { errors: [{ message: expect.stringContaining('Variable "$c" got invalid value "many"'), extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(calls).toEqual([]);
  });

  it('keeps a resolver’s error at its path, with a code, beside the data that did resolve', async () => {
    const answer = await both('{ broken items { n } }');
    expect(answer.compiled).toEqual(answer.standard);
    expect(answer.compiled).toMatchObject({
      singleResult: { data: { broken: null, items: [{ n: 0 }, { n: 1 }, { n: 2 }] }, errors: [{ message: 'The shelf fell down.', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });

  it('runs a document the compiler cannot take as graphql-js does, every time', async () => {
    // The compiler reads variables again from what graphql-js made of them: a Moment already a
    // Date, or an enum value that is not its name, it refuses; those documents run uncompiled.
    const cases: [string, Record<string, unknown>, unknown][] = [
      ['query($at: Moment!) { weekday(at: $at) }', { at: '2026-12-05T10:00:00Z' }, { weekday: 'Sat' }],
      ['query($input: GreetInput!) { greet(input: $input) }', { input: { name: 'Bola', loud: true, mood: 'CROSS' } }, { greet: 'HELLO Bola (cross)' }],
    ];
    for (const [query, variables, data] of cases) {
      for (let i = 0; i < 2; i += 1) {
        const answer = await both(query, variables);
        expect(answer.compiled).toEqual(answer.standard);
        expect(answer.compiled).toMatchObject({ singleResult: { data } });
      }
    }
  });
});
