import { createPerson, startSmtpServer, startTestApp, TestApp, TestSmtpServer } from '@app/testing';
import { describeSharedSignInLimits } from './support/shared-sign-in-limits';

const REQUEST_CODE = `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`;
const VERIFY = `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken person { id } } } }`;

function codeIn(subject: string): string {
  const match = /\b(\d{6})\b/.exec(subject);
  if (!match) throw new Error(`No code in: ${subject}`);
  return match[1];
}

/** A six-digit code that is not `code`. */
function wrong(code: string, n: number): string {
  const candidate = String((Number(code) + 1 + n) % 1_000_000).padStart(6, '0');
  return candidate === code ? wrong(code, n + 1) : candidate;
}

describe('sign-in codes: expiry, five wrong tries, rate limits', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ smtp });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function codeFor(email: string): Promise<string> {
    await t.ok(REQUEST_CODE, { input: { email } });
    return codeIn((await smtp.nextMailTo(email)).subject);
  }

  it('refuses a correct code once it has expired, and forgets it', async () => {
    const person = await createPerson(t.dataSource);
    const code = await codeFor(person.email);
    const [row] = await t.dataSource.query(`SELECT EXTRACT(EPOCH FROM expires_at - created_at)::float AS seconds FROM sign_in_code WHERE person_id = $1`, [person.id]);
    expect(row.seconds).toBeGreaterThan(595);
    expect(row.seconds).toBeLessThan(605);
    await t.dataSource.query(`UPDATE sign_in_code SET expires_at = now() - interval '1 second' WHERE person_id = $1`, [person.id]);
    const expired = await t.fails(VERIFY, { input: { email: person.email, code } });
    expect(expired.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_NOT_ACCEPTED' });
    expect(await t.dataSource.query(`SELECT 1 FROM sign_in_code WHERE person_id = $1`, [person.id])).toHaveLength(0);
  });

  it('accepts the right code after four wrong tries, but not after five', async () => {
    const lucky = await createPerson(t.dataSource);
    const luckyCode = await codeFor(lucky.email);
    for (let i = 0; i < 4; i++) {
      expect((await t.fails(VERIFY, { input: { email: lucky.email, code: wrong(luckyCode, i) } })).extensions?.reason).toBe('SIGN_IN_CODE_NOT_ACCEPTED');
    }
    expect((await t.ok(VERIFY, { input: { email: lucky.email, code: luckyCode } })).verifySignInCode.tokens.person.id).toBe(lucky.id);

    const unlucky = await createPerson(t.dataSource);
    const code = await codeFor(unlucky.email);
    for (let i = 0; i < 5; i++) {
      expect((await t.fails(VERIFY, { input: { email: unlucky.email, code: wrong(code, i) } })).extensions?.reason).toBe('SIGN_IN_CODE_NOT_ACCEPTED');
    }
    const dead = await t.fails(VERIFY, { input: { email: unlucky.email, code } });
    expect(dead.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_CODE_NOT_ACCEPTED' });

    // A new code works again.
    const fresh = await codeFor(unlucky.email);
    expect((await t.ok(VERIFY, { input: { email: unlucky.email, code: fresh } })).verifySignInCode.tokens.person.id).toBe(unlucky.id);
  });

  it('a newer code replaces the older one', async () => {
    const person = await createPerson(t.dataSource);
    const older = await codeFor(person.email);
    const newer = await codeFor(person.email);
    if (older !== newer) {
      expect((await t.fails(VERIFY, { input: { email: person.email, code: older } })).extensions?.reason).toBe('SIGN_IN_CODE_NOT_ACCEPTED');
    }
    expect((await t.ok(VERIFY, { input: { email: person.email, code: newer } })).verifySignInCode.tokens.person.id).toBe(person.id);
  });

  it('limits code requests per email (whatever its case), known or not, with TOO_MANY_REQUESTS', async () => {
    for (const email of ['flood.known@example.org', 'flood.unknown@example.org']) {
      if (email.startsWith('flood.known')) await createPerson(t.dataSource, { email });
      for (let i = 0; i < 5; i++) await t.ok(REQUEST_CODE, { input: { email } });
      const limited = await t.fails(REQUEST_CODE, { input: { email: email.toUpperCase() } });
      expect(limited.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
      expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(limited.message).toMatch(/Too many sign-in attempts\. Wait \d+ minutes? and try again\./);
    }
    // Another email from the same address is still served.
    await t.ok(REQUEST_CODE, { input: { email: 'someone.else@example.org' } });
  });
});

describeSharedSignInLimits('Redis');
