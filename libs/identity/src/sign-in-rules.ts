import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Digits in a one-time sign-in code. */
export const SIGN_IN_CODE_DIGITS = 6;
/** How long a sign-in code works. */
export const SIGN_IN_CODE_TTL_MS = 10 * 60 * 1000;
/** Wrong tries after which a code dies. */
export const SIGN_IN_CODE_MAX_WRONG = 5;
/** Lifetime of an access token (a JWT): minutes, so a stolen one is soon useless. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
/** Lifetime of a refresh token; each refresh replaces it with a new one. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh code of SIGN_IN_CODE_DIGITS digits (leading zeros kept), from a cryptographic source. */
export function generateSignInCode(): string {
  return randomInt(0, 10 ** SIGN_IN_CODE_DIGITS).toString().padStart(SIGN_IN_CODE_DIGITS, '0');
}

/** Emails compare without regard to case or surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A code is stored only as a keyed hash bound to its person, so the table alone neither reveals a
 * code nor lets one be tried for someone else.
 */
export function hashSignInCode(key: string, personId: string, code: string): string {
  return createHmac('sha256', key).update(`sign-in-code:${personId}:${code.trim()}`).digest('hex');
}

/** A random, unguessable token (refresh tokens, invitation links): 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256; they carry 256 bits, so no key or stretching is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two hex hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export enum CodeCheck {
  ACCEPTED = 'ACCEPTED',
  /** Wrong, and the code still has tries left. */
  WRONG = 'WRONG',
  /** Wrong for the last allowed time, or already out of tries: the code is dead. */
  LOCKED = 'LOCKED',
  EXPIRED = 'EXPIRED',
}

export interface StoredSignInCode {
  codeHash: string;
  expiresAt: Date;
  wrongAttempts: number;
}

/** Checks a submitted code (as its hash) against the stored one; says what happened and the new wrong-try count. */
export function checkSignInCode(stored: StoredSignInCode, submittedHash: string, now: Date): { outcome: CodeCheck; wrongAttempts: number } {
  if (now.getTime() >= stored.expiresAt.getTime()) return { outcome: CodeCheck.EXPIRED, wrongAttempts: stored.wrongAttempts };
  if (stored.wrongAttempts >= SIGN_IN_CODE_MAX_WRONG) return { outcome: CodeCheck.LOCKED, wrongAttempts: stored.wrongAttempts };
  if (sameHash(stored.codeHash, submittedHash)) return { outcome: CodeCheck.ACCEPTED, wrongAttempts: stored.wrongAttempts };
  const wrongAttempts = stored.wrongAttempts + 1;
  return { outcome: wrongAttempts >= SIGN_IN_CODE_MAX_WRONG ? CodeCheck.LOCKED : CodeCheck.WRONG, wrongAttempts };
}

export enum RefreshDecision {
  /** Replace the token with a new one in the same session. */
  ROTATE = 'ROTATE',
  /** The token was already replaced: someone holds a copy, so the whole session must end. */
  REUSED = 'REUSED',
  EXPIRED = 'EXPIRED',
  /** The session has ended (signed out, or ended after reuse). */
  SESSION_ENDED = 'SESSION_ENDED',
}

/** What to do with a presented refresh token. */
export function decideRefresh(token: { usedAt: Date | null; expiresAt: Date }, session: { revokedAt: Date | null }, now: Date): RefreshDecision {
  if (session.revokedAt) return RefreshDecision.SESSION_ENDED;
  if (token.usedAt) return RefreshDecision.REUSED;
  if (now.getTime() >= token.expiresAt.getTime()) return RefreshDecision.EXPIRED;
  return RefreshDecision.ROTATE;
}

/** Whether an invitation can still be accepted. */
export function invitationState(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date): 'OPEN' | 'USED' | 'EXPIRED' {
  if (invitation.acceptedAt) return 'USED';
  if (now.getTime() >= invitation.expiresAt.getTime()) return 'EXPIRED';
  return 'OPEN';
}
