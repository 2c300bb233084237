import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { startTestApp, TestApp } from '@app/testing';

/**
 * Every element of the schema a client reads in GraphiQL, as `Type`, `Type.field`,
 * `Type.field(argument)` or `Enum.VALUE`, with the problem with its description (none yet, or more
 * than one line). GraphQL's own scalars and introspection types describe themselves.
 */
export function undescribedElements(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const check = (element: string, description: string | null | undefined): void => {
    if (!description || description.trim() === '') problems.push(`${element}: no description`);
    else if (description.includes('\n')) problems.push(`${element}: description is more than one line`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return problems.sort();
}

describe('the schema describes itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every type, field, argument, input field and enum value a one-line description', () => {
    // Each line names an element GraphiQL would show bare: add a `description` where it is declared.
    expect(undescribedElements(t.app.get(GraphQLSchemaHost).schema)).toEqual([]);
  });

  it('names every kind of element that lacks one', () => {
    const schema = buildSchema(`
      "A described type."
      type Query {
        "A described field."
        bare(
          "A described argument."
          described: Int
          plain: Level
        ): Int
        plain(where: Where): Level
      }
      "Two lines\\nof description."
      enum Level { "A described value." HIGH LOW }
      input Where { "A described input field." near: Int far: Int }
      scalar Moment
    `);
    expect(undescribedElements(schema)).toEqual([
      'Level.LOW: no description',
      'Level: description is more than one line',
      'Moment: no description',
      'Query.bare(plain): no description',
      'Query.plain(where): no description',
      'Query.plain: no description',
      'Where.far: no description',
      'Where: no description',
    ]);
  });
});
