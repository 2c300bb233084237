import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Request } from 'express';
import { loadWebConfig } from '../config/web-config';
import { ApiClient } from './api-client';
import { ApiInputError, ApiRateLimitedError, ServiceUnavailableError, SessionExpiredError } from './api-errors';
import { LocalAuthoritiesDocument, RequestSignInCodeDocument } from './generated/graphql';
import { apiCallsOf } from './round-trips';

/** A stand-in API: answers each request with the next canned reply, and keeps what it was sent. */
async function fakeApi(replies: (received: { body: any; headers: IncomingMessage['headers'] }) => { status?: number; body: unknown }) {
  const received: { body: any; headers: IncomingMessage['headers'] }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const entry = { body: JSON.parse(raw), headers: req.headers };
      received.push(entry);
      const reply = replies(entry);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { client: new ApiClient(loadWebConfig({ API_URL: url })), received, close: () => new Promise((r) => server.close(r)) };
}

function request(session: Record<string, unknown> = {}): Request {
  const res = { locals: {} };
  return { session, ip: '203.0.113.7', header: () => undefined, res } as unknown as Request;
}

const tokens = (minutesLeft: number, suffix = 'a') => ({
  accessToken: `access-${suffix}`,
  accessTokenExpiresAt: new Date(Date.now() + minutesLeft * 60_000).toISOString(),
  refreshToken: `refresh-${suffix}`,
  refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
});

describe('the API client', () => {
  it('sends the operation with the visitor’s token and address, and counts the round trip', async () => {
    const api = await fakeApi(() => ({ body: { data: { localAuthorities: [] } } }));
    const req = request({ tokens: tokens(9) });
    await expect(api.client.request(req, LocalAuthoritiesDocument, {})).resolves.toEqual({ localAuthorities: [] });
    expect(api.received[0].body.query).toContain('query LocalAuthorities');
    expect(api.received[0].headers).toMatchObject({ authorization: 'Bearer access-a', 'x-forwarded-for': '203.0.113.7' });
    expect(apiCallsOf(req.res!)).toBe(1);
    await api.close();
  });

  it('refreshes a token near expiry first, and keeps the new pair in the session', async () => {
    const fresh = tokens(10, 'b');
    const api = await fakeApi(({ body }) =>
      body.query.includes('RefreshSession') ? { body: { data: { refreshSession: { tokens: fresh } } } } : { body: { data: { localAuthorities: [] } } },
    );
    const req = request({ tokens: tokens(0.5) });
    await api.client.request(req, LocalAuthoritiesDocument, {});
    expect(api.received.map((r) => r.headers.authorization ?? null)).toEqual([null, 'Bearer access-b']);
    expect(api.received[0].body.variables).toEqual({ input: { refreshToken: 'refresh-a' } });
    expect((req.session as unknown as { tokens: unknown }).tokens).toEqual(fresh);
    expect(apiCallsOf(req.res!)).toBe(2);
    await api.close();
  });

  it('ends the web session when the API no longer accepts its tokens', async () => {
    const api = await fakeApi(() => ({ body: { errors: [{ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] } }));
    const session: Record<string, unknown> = { tokens: tokens(9), person: { id: 'p', displayName: 'P' } };
    await expect(api.client.request(request(session), LocalAuthoritiesDocument, {})).rejects.toBeInstanceOf(SessionExpiredError);
    expect(session).toEqual({});
    await api.close();
  });

  it('turns the API’s errors into the web app’s: input (with its field), rate limits, unavailable', async () => {
    const replies = [
      { body: { errors: [{ message: 'Give an email.', extensions: { code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL' } }] } },
      { body: { errors: [{ message: 'Too many sign-in attempts. Wait 3 minutes and try again.', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 170 } }] } },
      { body: { errors: [{ message: 'Down for maintenance.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] } },
      { status: 503, body: {} },
    ];
    const api = await fakeApi(() => replies.shift()!);
    const call = () => api.client.anonymous(request(), RequestSignInCodeDocument, { input: { email: 'x' } });
    await expect(call()).rejects.toMatchObject({ constructor: ApiInputError, field: 'email', reason: 'EMAIL', message: 'Give an email.' });
    await expect(call()).rejects.toMatchObject({ constructor: ApiRateLimitedError, retryAfterSeconds: 170 });
    await expect(call()).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(call()).rejects.toBeInstanceOf(ServiceUnavailableError);
    await api.close();
  });

  it('says the service is unavailable when the API cannot be reached', async () => {
    const client = new ApiClient(loadWebConfig({ API_URL: 'http://127.0.0.1:9/graphql' }));
    await expect(client.request(request(), LocalAuthoritiesDocument, {})).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
