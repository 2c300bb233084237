import { JwtService } from '@nestjs/jwt';
import { AccessTokenService } from './access-token.service';
import { IdentityUnauthenticatedError } from './identity.errors';
import { ACCESS_TOKEN_TTL_SECONDS } from './sign-in-rules';

const PERSON = '5f0c7c62-8c1f-4c43-9f57-0c1d2b3a4e5f';
const SESSION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const options = {
  secret: 's'.repeat(32),
  signOptions: { algorithm: 'HS256' as const, issuer: 'compact-api', audience: 'compact' },
  verifyOptions: { algorithms: ['HS256' as const], issuer: 'compact-api', audience: 'compact' },
};

describe('AccessTokenService', () => {
  const service = new AccessTokenService(new JwtService(options));

  it('signs short-lived tokens naming the person and the session', () => {
    const { token, expiresAt } = service.sign({ personId: PERSON, sessionId: SESSION });
    expect(service.verify(token)).toEqual({ personId: PERSON, sessionId: SESSION });
    const minutes = (expiresAt.getTime() - Date.now()) / 60_000;
    expect(ACCESS_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(15 * 60);
    expect(minutes).toBeGreaterThan(ACCESS_TOKEN_TTL_SECONDS / 60 - 1);
    expect(minutes).toBeLessThanOrEqual(ACCESS_TOKEN_TTL_SECONDS / 60);
  });

  it('refuses expired tokens, saying to refresh', () => {
    const expired = new JwtService(options).sign({ sid: SESSION }, { subject: PERSON, expiresIn: -1 });
    expect(() => service.verify(expired)).toThrow(IdentityUnauthenticatedError);
    expect(() => service.verify(expired)).toThrow(/refreshSession/);
  });

  it('refuses tokens signed with another secret, another algorithm, for another audience, or without a session', () => {
    const other = new JwtService({ ...options, secret: 't'.repeat(32) }).sign({ sid: SESSION }, { subject: PERSON });
    const audience = new JwtService({ ...options, signOptions: { ...options.signOptions, audience: 'elsewhere' } }).sign({ sid: SESSION }, { subject: PERSON });
    const noSession = new JwtService(options).sign({}, { subject: PERSON });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: PERSON, sid: SESSION })).toString('base64url')}.`;
    for (const token of [other, audience, noSession, unsigned, 'not a token']) {
      expect(() => service.verify(token)).toThrow(expect.objectContaining({ reason: 'ACCESS_TOKEN_INVALID' }));
    }
  });
});
