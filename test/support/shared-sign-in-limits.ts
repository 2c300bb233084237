import { REQUEST_CODE_LIMITS } from '../../apps/api/src/identity/identity.resolver';
import { createPerson, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';

const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { person { id } } } }`;

/**
 * Sign-in limits as several API processes see them: counted together in the shared store
 * (`store` names it), kept across a restart, generous to many people behind one address and
 * strict with one email. Every request comes from the same address (127.0.0.1).
 */
export function describeSharedSignInLimits(store: string): void {
  describe(`sign-in limits shared by every API process (${store})`, () => {
    jest.setTimeout(180_000);
    let smtp: TestSmtpServer;
    let first: TestApp;
    let second: TestApp;
    beforeAll(async () => {
      smtp = await startSmtpServer();
      first = await startTestApp({ smtp });
      second = await startTestApp({ smtp, sharedDatabase: true });
    });
    afterAll(async () => {
      await second.close();
      await first.close();
      await smtp.close();
    });

    it('lets 30 young people in one room, behind one address, each ask for a code and sign in', async () => {
      const room = await Promise.all(Array.from({ length: 30 }, (_, i) => createPerson(first.dataSource, { email: `room.${i}@example.org` })));
      for (const [i, person] of room.entries()) {
        const api = i % 2 ? second : first;
        await api.ok(REQUEST_CODE, { input: { email: person.email } });
        const code = /\b(\d{6})\b/.exec((await smtp.nextMailTo(person.email)).subject)![1];
        expect((await api.ok(VERIFY, { input: { email: person.email, code } })).verifySignInCode.tokens.person.id).toBe(person.id);
      }
    });

    it('counts one email across both processes, and a restarted process still refuses it', async () => {
      const email = 'hammered@example.org';
      await createPerson(first.dataSource, { email });
      for (let i = 0; i < REQUEST_CODE_LIMITS.email; i++) await (i % 2 ? second : first).ok(REQUEST_CODE, { input: { email } });
      expect((await first.fails(REQUEST_CODE, { input: { email } })).extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect((await second.fails(REQUEST_CODE, { input: { email } })).extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });

      // A restart (a new process on the same store) remembers.
      await second.close();
      second = await startTestApp({ smtp, sharedDatabase: true });
      expect((await second.fails(REQUEST_CODE, { input: { email } })).extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      // Someone else is still served.
      await second.ok(REQUEST_CODE, { input: { email: 'someone.else@example.org' } });
    });

    it(`stops one address that asks for codes for many emails, after ${REQUEST_CODE_LIMITS.address} in 15 minutes across both processes`, async () => {
      // The room above and the previous test used some of this address's allowance already.
      let refused = null;
      for (let i = 0; i <= REQUEST_CODE_LIMITS.address && !refused; i++) {
        const res = await (i % 2 ? second : first).gql(REQUEST_CODE, { input: { email: `sweep.${i}@example.org` } });
        if (res.errors) refused = { at: i, error: res.errors[0] };
      }
      expect(refused).not.toBeNull();
      expect(refused?.error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(refused?.at).toBeLessThan(REQUEST_CODE_LIMITS.address);
      // Trying a code has an allowance of its own.
      expect((await first.fails(VERIFY, { input: { email: 'sweep.0@example.org', code: '123456' } })).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
}
