import { Logger } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import { MembershipRole } from '@app/governance';
import { addMembership, createPerson, startTestApp, TestApp } from '@app/testing';

const ALLOWED_ORIGIN = 'https://compact.example.org';

describe('the hardened GraphQL edge', () => {
  let t: TestApp;
  const previousOrigins = process.env.CORS_ORIGINS;

  beforeAll(async () => {
    process.env.CORS_ORIGINS = `${ALLOWED_ORIGIN}, http://localhost:5173`;
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    if (previousOrigins === undefined) delete process.env.CORS_ORIGINS;
    else process.env.CORS_ORIGINS = previousOrigins;
  });

  describe('query limits (graphql-armor)', () => {
    it('refuses deep nesting with a clear message', async () => {
      const person = await createPerson(t.dataSource);
      await addMembership(t.dataSource, person.id, 'HOUSE_HOUSING', MembershipRole.MEMBER);
      let selection = 'id';
      for (let i = 0; i < 6; i++) selection = `memberships { person { ${selection} } }`;
      const deep = await t.fails(`query($id: ID!) { person(id: $id) { ${selection} } }`, { id: person.id }, { as: person.id });
      expect(deep.message).toMatch(/Query depth limit of 10 exceeded, found 14\./);
      expect(deep.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      // The same shape at an ordinary depth is answered.
      const shallow = await t.ok(`query($id: ID!) { person(id: $id) { memberships { person { memberships { body { code } } } } } }`, { id: person.id }, { as: person.id });
      expect(shallow.person.memberships[0].person.memberships[0].body.code).toBe('HOUSE_HOUSING');
    });

    it('refuses an alias flood', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: localAuthorities { name }`).join(' ');
      const flood = await t.fails(`{ ${aliases} }`);
      expect(flood.message).toMatch(/Aliases limit of 15 exceeded, found 16\./);
      expect(flood.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const few = await t.ok(`{ ${Array.from({ length: 3 }, (_, i) => `a${i}: localAuthorities { name }`).join(' ')} }`);
      expect(few.a2).toHaveLength(33);
    });

    it('refuses too many directives and too many tokens', async () => {
      const manyDirectives = await t.fails(`{ localAuthorities { ${'name @include(if: true) '.repeat(21)} } }`);
      expect(manyDirectives.message).toMatch(/Directives limit of 20 exceeded/);
      expect(manyDirectives.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const someDirectives = await t.ok(`{ localAuthorities { ${'name @include(if: true) '.repeat(5)} } }`);
      expect(someDirectives.localAuthorities).toHaveLength(33);

      const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: `{ localAuthorities { ${'name '.repeat(2100)} } }` });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].message).toMatch(/Document contains more that 2000 tokens/);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.body.data ?? null).toBeNull();
    });

    it('lets the schema be introspected outside production (GraphiQL needs it)', async () => {
      const data = await t.ok(getIntrospectionQuery());
      expect(data.__schema.queryType.name).toBe('Query');
    });
  });

  describe('HTTP protections', () => {
    it('refuses batched requests', async () => {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/batch/i);
    });

    it('refuses CSRF-able requests: a simple GET, and a text/plain POST mutation', async () => {
      const get = await t.http().get('/graphql').query({ query: '{ __typename }' });
      expect(get.status).toBe(400);
      expect(get.text).toMatch(/CSRF/);

      const person = await createPerson(t.dataSource, { email: 'csrf.target@example.org' });
      const form = await t
        .http()
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: `mutation { signOutEverywhere(input: {}) { sessionsEnded } }` }));
      expect(form.status).toBe(400);
      expect(form.text).toMatch(/CSRF/);
      const stillSignedIn = await t.ok(`query($id: ID!) { person(id: $id) { id } }`, { id: person.id }, { as: person.id });
      expect(stillSignedIn.person.id).toBe(person.id);

      // A GET that proves it is not a simple request is served, for queries only.
      const preflighted = await t.http().get('/graphql').set('apollo-require-preflight', 'true').query({ query: '{ __typename }' });
      expect(preflighted.status).toBe(200);
      expect(preflighted.body.data).toEqual({ __typename: 'Query' });
    });

    it('sends CORS headers only to allowed origins', async () => {
      const allowed = await t.http().post('/graphql').set('origin', ALLOWED_ORIGIN).set('content-type', 'application/json').send({ query: '{ __typename }' });
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      const other = await t.http().post('/graphql').set('origin', 'https://evil.example.com').set('content-type', 'application/json').send({ query: '{ __typename }' });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();

      const preflight = await t.http().options('/graphql').set('origin', 'http://localhost:5173').set('access-control-request-method', 'POST');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/);
      const refused = await t.http().options('/graphql').set('origin', 'https://evil.example.com').set('access-control-request-method', 'POST');
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      expect(refused.headers['access-control-allow-methods']).toBeUndefined();
    });

    it('sets security headers, and still serves GraphiQL in development', async () => {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(res.headers['x-powered-by']).toBeUndefined();

      const page = await t.http().get('/graphql').set('accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toMatch(/graphiql/i);
      expect(page.headers['content-security-policy']).toBeUndefined();
    });

    it('refuses a request body over the size limit', async () => {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }', variables: { padding: 'x'.repeat(150_000) } });
      expect(res.status).toBe(413);
    });
  });

  describe('unexpected errors', () => {
    it('hide internals, log the fault with the correlation id, and give the client that id', async () => {
      const person = await createPerson(t.dataSource, { email: 'forced.fault@example.org' });
      const logged = jest.spyOn(Logger.prototype, 'error');
      await t.dataSource.query(`ALTER TABLE sign_in_code RENAME TO sign_in_code_away`);
      try {
        const res = await t
          .http()
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-correlation-id', 'support-ticket-4711')
          .send({ query: `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`, variables: { input: { email: person.email } } });
        expect(res.status).toBe(200);
        expect(res.headers['x-correlation-id']).toBe('support-ticket-4711');
        expect(res.body.errors).toHaveLength(1);
        const [error] = res.body.errors;
        expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: 'support-ticket-4711' });
        expect(error.message).toMatch(/Something went wrong on our side/);
        expect(JSON.stringify(res.body)).not.toMatch(/sign_in_code|does not exist|stacktrace|QueryFailedError|\.ts:\d+/i);
        expect(logged).toHaveBeenCalledWith(expect.objectContaining({ correlationId: 'support-ticket-4711', path: ['requestSignInCode'] }), expect.any(String));
      } finally {
        await t.dataSource.query(`ALTER TABLE sign_in_code_away RENAME TO sign_in_code`);
        logged.mockRestore();
      }
    });

    it('keep the codes of errors a person can act on, without a correlation id', async () => {
      const bad = await t.fails(`{ localAuthority(id: "lambeth") { name } }`);
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(bad.extensions).not.toHaveProperty('correlationId');
      expect(bad.extensions).not.toHaveProperty('stacktrace');
    });
  });
});
