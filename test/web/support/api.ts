import { Client } from 'pg';
import type { Stack } from './stack';

/** GraphQL over HTTP straight to the API, for building records the way its own clients do. */
export async function gql<T = any>(stack: Stack, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new Error(`The API did not answer (${String(error)}). Its output:\n${stack.output('api').slice(-4000)}`);
  }
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors for ${query.slice(0, 80)}…: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** The 6-digit code in the newest sign-in email to `email` that arrived after `after` messages. */
export async function signInCode(stack: Stack, email: string, after: number, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = stack.smtp.messages
      .slice(after)
      .filter((m) => m.to.includes(email.toLowerCase()) && /Your sign-in code: \d{6}/.test(m.subject))
      .pop();
    if (found) return /(\d{6})/.exec(found.subject)![1];
    if (Date.now() > deadline) throw new Error(`No sign-in code reached ${email} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The invitation link in the newest invitation email to `email`. */
export async function invitationLink(stack: Stack, email: string, after: number, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = stack.smtp.messages
      .slice(after)
      .filter((m) => m.to.includes(email.toLowerCase()) && /invited you/.test(m.subject))
      .pop();
    const link = found && /(https?:\/\/\S+\/sign-in\/invitation\?token=\S+)/.exec(found.text)?.[1];
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No invitation reached ${email} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Signs in through the API's own operations, reading the code from the test SMTP server. */
export async function signInThroughApi(stack: Stack, email: string): Promise<string> {
  return (await signInTokens(stack, email)).accessToken;
}

/** As signInThroughApi, with the refresh token too, for sessions that outlive an access token. */
export async function signInTokens(stack: Stack, email: string): Promise<{ accessToken: string; refreshToken: string }> {
  const before = stack.smtp.messages.length;
  await gql(stack, `mutation($input: RequestSignInCodeInput!) { requestSignInCode(input: $input) { message } }`, { input: { email } });
  const code = await signInCode(stack, email, before);
  const data = await gql(stack, `mutation($input: VerifySignInCodeInput!) { verifySignInCode(input: $input) { tokens { accessToken refreshToken } } }`, { input: { email, code } });
  return data.verifySignInCode.tokens;
}

/**
 * The first programme admin, written straight to the database: someone has to be able to call
 * the API and let everyone else in (as the API's own end-to-end tests do).
 */
export async function createFirstAdmin(stack: Stack, email: string): Promise<void> {
  const client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`INSERT INTO person (display_name, email) VALUES ('Programme admin', $1) RETURNING id`, [email]);
    await client.query(`INSERT INTO role_grant (person_id, role, reason) VALUES ($1, 'PROGRAMME_ADMIN', 'The first programme admin.')`, [rows[0].id]);
  } finally {
    await client.end();
  }
}
