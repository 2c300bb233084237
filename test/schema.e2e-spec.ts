import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from '@app/testing';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
const HEADER = '# The GraphQL contract, generated from the code. Regenerate with `npm run schema:update`.\n\n';

describe('schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the code serves', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // A difference means the API contract changed: run `npm run schema:update` and review the diff.
    expect(committed).toBe(printed);
  });
});
