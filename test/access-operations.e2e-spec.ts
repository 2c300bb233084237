import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApp, TestApp } from '@app/testing';
import { AccessOperations } from '../apps/api/src/access/access-operations';

const SNAPSHOT_FILE = join(__dirname, '..', 'apps', 'api', 'src', 'access', 'operations.snapshot.json');

/**
 * Who may do what is part of the contract: a change to any operation's rule shows up here and is
 * reviewed as such. Update with UPDATE_ACCESS_SNAPSHOT=1 npx jest test/access-operations.
 */
describe('the access rule of every operation', () => {
  let t: TestApp;
  let operations: AccessOperations;
  beforeAll(async () => {
    t = await startTestApp();
    operations = t.app.get(AccessOperations);
  });
  afterAll(() => t.close());

  it('declares a rule on every query and mutation the schema serves', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const served = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ].sort();
    const listed = operations.snapshot();
    expect(served.filter((name) => !(name in listed))).toEqual([]);
    expect(Object.entries(listed).filter(([, rule]) => rule === 'UNDECLARED').map(([name]) => name)).toEqual([]);
  });

  it('matches the committed snapshot', () => {
    const printed = JSON.stringify(operations.snapshot(), null, 2) + '\n';
    if (process.env.UPDATE_ACCESS_SNAPSHOT === '1') writeFileSync(SNAPSHOT_FILE, printed);
    const committed = existsSync(SNAPSHOT_FILE) ? readFileSync(SNAPSHOT_FILE, 'utf8') : '';
    // A difference is a change to who can do what: run with UPDATE_ACCESS_SNAPSHOT=1 and review the diff.
    expect(committed).toBe(printed);
  });

  it('refuses an operation that declares no rule, and lets a public one through anonymously', async () => {
    const ref = await t.gql('{ localAuthorities { shortCode } }');
    expect(ref.errors).toBeUndefined();
    expect(ref.data?.localAuthorities).toHaveLength(33);
    const err = await t.fails('{ myRoles { role } }');
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
