import {
  checkSignInCode,
  CodeCheck,
  decideRefresh,
  generateSignInCode,
  hashSignInCode,
  hashToken,
  invitationState,
  normaliseEmail,
  randomToken,
  RefreshDecision,
  sameHash,
  SIGN_IN_CODE_MAX_WRONG,
} from './sign-in-rules';

const PERSON = '5f0c7c62-8c1f-4c43-9f57-0c1d2b3a4e5f';
const OTHER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('sign-in codes', () => {
  it('are six digits, leading zeros kept, and vary', () => {
    const codes = Array.from({ length: 200 }, generateSignInCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('hash with the key and the person, so the hash alone reveals nothing and fits nobody else', () => {
    const hash = hashSignInCode('key', PERSON, '012345');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('012345');
    expect(hashSignInCode('key', PERSON, ' 012345 ')).toBe(hash);
    expect(hashSignInCode('other key', PERSON, '012345')).not.toBe(hash);
    expect(hashSignInCode('key', OTHER, '012345')).not.toBe(hash);
    expect(hashSignInCode('key', PERSON, '012346')).not.toBe(hash);
  });

  const now = new Date('2025-06-01T12:00:00Z');
  const stored = (wrongAttempts = 0, expiresAt = new Date('2025-06-01T12:05:00Z')) => ({ codeHash: hashSignInCode('k', PERSON, '111111'), expiresAt, wrongAttempts });

  it('accepts the right code while it is live', () => {
    expect(checkSignInCode(stored(), hashSignInCode('k', PERSON, '111111'), now)).toEqual({ outcome: CodeCheck.ACCEPTED, wrongAttempts: 0 });
    expect(checkSignInCode(stored(4), hashSignInCode('k', PERSON, '111111'), now).outcome).toBe(CodeCheck.ACCEPTED);
  });

  it('counts wrong tries and kills the code on the fifth', () => {
    const wrong = hashSignInCode('k', PERSON, '222222');
    expect(SIGN_IN_CODE_MAX_WRONG).toBe(5);
    for (let tries = 0; tries < 4; tries++) {
      expect(checkSignInCode(stored(tries), wrong, now)).toEqual({ outcome: CodeCheck.WRONG, wrongAttempts: tries + 1 });
    }
    expect(checkSignInCode(stored(4), wrong, now)).toEqual({ outcome: CodeCheck.LOCKED, wrongAttempts: 5 });
    // Out of tries, even the right code is refused.
    expect(checkSignInCode(stored(5), hashSignInCode('k', PERSON, '111111'), now).outcome).toBe(CodeCheck.LOCKED);
  });

  it('refuses any code at or after its expiry', () => {
    const right = hashSignInCode('k', PERSON, '111111');
    expect(checkSignInCode(stored(0, now), right, now).outcome).toBe(CodeCheck.EXPIRED);
    expect(checkSignInCode(stored(0, new Date(now.getTime() - 1)), right, now).outcome).toBe(CodeCheck.EXPIRED);
    expect(checkSignInCode(stored(0, new Date(now.getTime() + 1)), right, now).outcome).toBe(CodeCheck.ACCEPTED);
  });

  it('compares hashes in full', () => {
    const a = hashToken('a');
    expect(sameHash(a, a)).toBe(true);
    expect(sameHash(a, hashToken('b'))).toBe(false);
    expect(sameHash(a, a.slice(0, 62))).toBe(false);
    expect(sameHash('', '')).toBe(false);
  });

  it('normalises emails for comparison', () => {
    expect(normaliseEmail('  Ama.Mensah@Example.ORG ')).toBe('ama.mensah@example.org');
  });
});

describe('refresh tokens', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  const later = new Date('2025-07-01T12:00:00Z');

  it('are random, URL-safe and stored as SHA-256', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it('rotate when unused, unexpired and in an open session', () => {
    expect(decideRefresh({ usedAt: null, expiresAt: later }, { revokedAt: null }, now)).toBe(RefreshDecision.ROTATE);
  });

  it('count a second use as reuse, which ends the session', () => {
    expect(decideRefresh({ usedAt: now, expiresAt: later }, { revokedAt: null }, now)).toBe(RefreshDecision.REUSED);
  });

  it('are refused once expired or once the session has ended (an ended session is not ended twice)', () => {
    expect(decideRefresh({ usedAt: null, expiresAt: now }, { revokedAt: null }, now)).toBe(RefreshDecision.EXPIRED);
    expect(decideRefresh({ usedAt: null, expiresAt: later }, { revokedAt: now }, now)).toBe(RefreshDecision.SESSION_ENDED);
    expect(decideRefresh({ usedAt: now, expiresAt: later }, { revokedAt: now }, now)).toBe(RefreshDecision.SESSION_ENDED);
  });
});

describe('invitations', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it('are open until used or expired', () => {
    expect(invitationState({ acceptedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe('OPEN');
    expect(invitationState({ acceptedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(invitationState({ acceptedAt: now, expiresAt: new Date(now.getTime() + 1) }, now)).toBe('USED');
  });
});
