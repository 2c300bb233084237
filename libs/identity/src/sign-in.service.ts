import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { Actor, Tx } from '@app/core';
import { PersonEntity } from '@app/governance';
import { MailTransport } from '@app/mail';
import { IDENTITY_SECRET } from './identity-secret';
import { IdentityErrorCode, IdentityUnauthenticatedError } from './identity.errors';
import { asPerson, SessionService, SessionTokens } from './session.service';
import { SignInMethod } from './session.entity';
import { SignInCodeEntity } from './sign-in-code.entity';
import {
  checkSignInCode,
  CodeCheck,
  generateSignInCode,
  hashSignInCode,
  normaliseEmail,
  SIGN_IN_CODE_MAX_WRONG,
  SIGN_IN_CODE_TTL_MS,
} from './sign-in-rules';

/** The same words whatever went wrong, so the answer never tells whether an email is known. */
const CODE_REFUSED =
  'That code was not accepted: it may be mistyped, expired (codes last 10 minutes), replaced by a newer one, or tried too many times. Ask for a new code if you need one.';

/** Finds a person by email without regard to case. */
export function personByEmail(m: EntityManager, email: string): Promise<PersonEntity | null> {
  return m.getRepository(PersonEntity).createQueryBuilder('p').where('lower(p.email) = :email', { email: normaliseEmail(email) }).getOne();
}

/** Sign-in by a one-time code sent by email: no passwords. */
@Injectable()
export class SignInService {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly txHost: Tx,
    @Inject(IDENTITY_SECRET) private readonly secret: string,
    private readonly mail: MailTransport,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sends a fresh code to the email if it belongs to someone, replacing any earlier code. Says
   * nothing either way: the caller answers the same for a known and an unknown email, and the
   * mail goes out after the answer so its timing tells nothing either.
   *
   * `caller` is whoever asked (anonymous: asking proves nothing); the audit event names the code
   * (keyed by its person) and when it expires, never the code.
   */
  async requestCode(caller: Actor, email: string): Promise<void> {
    const person = await personByEmail(this.txHost.tx, email);
    if (!person) return;
    const code = generateSignInCode();
    const expiresAt = new Date(Date.now() + SIGN_IN_CODE_TTL_MS);
    await this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      await m
        .createQueryBuilder()
        .insert()
        .into(SignInCodeEntity)
        .values({ personId: person.id, codeHash: hashSignInCode(this.secret, person.id, code), expiresAt, wrongAttempts: 0 })
        .orUpdate(['code_hash', 'expires_at', 'wrong_attempts', 'created_at'], ['person_id'])
        .execute();
      await this.audit.record(caller, { action: 'requestSignInCode', entityType: 'sign_in_code', entityId: person.id, after: { expiresAt }, always: true });
    });
    const minutes = SIGN_IN_CODE_TTL_MS / 60_000;
    this.mail
      .send({
        to: person.email,
        subject: `Your sign-in code: ${code}`,
        text: [
          `Hello ${person.displayName},`,
          '',
          `Your code to sign in to the London Care Leavers Compact is: ${code}`,
          '',
          `It works once, for ${minutes} minutes. If you did not ask for it, you can ignore this email: nobody can sign in without the code.`,
        ].join('\n'),
        localNote: `Sign-in code for ${person.email}: ${code}`,
      })
      .catch((error: unknown) => this.logger.error({ err: error, personId: person.id }, 'Could not send a sign-in code'));
  }

  /**
   * Exchanges a correct, live code for a new session. Five wrong tries kill the code. A new
   * session is recorded as its person; a refused code for a known person as the anonymous
   * `caller`, with the outcome (the refusal commits, so the event stands).
   */
  async verifyCode(caller: Actor, email: string, code: string): Promise<SessionTokens> {
    const result = await this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const person = await personByEmail(m, email);
      // Hash even for an unknown email, so both paths do the same work.
      const submitted = hashSignInCode(this.secret, person?.id ?? '00000000-0000-0000-0000-000000000000', code);
      if (!person) return null;
      const repo = m.getRepository(SignInCodeEntity);
      const stored = await repo.findOne({ where: { personId: person.id }, lock: { mode: 'pessimistic_write' } });
      const refused = (outcome: string, wrongAttempts?: number) =>
        this.audit.record(caller, {
          action: 'verifySignInCode',
          entityType: 'sign_in_code',
          entityId: person.id,
          after: { refused: outcome, ...(wrongAttempts === undefined ? {} : { wrongAttempts }) },
          always: true,
        });
      if (!stored) {
        await refused('NO_LIVE_CODE');
        return null;
      }
      const check = checkSignInCode(stored, submitted, new Date());
      switch (check.outcome) {
        case CodeCheck.ACCEPTED: {
          await repo.delete({ personId: person.id });
          const tokens = await this.sessions.issueFor(person.id, SignInMethod.EMAIL_CODE);
          await this.audit.record(asPerson(caller, person.id), {
            action: 'verifySignInCode',
            entityType: 'sign_in_session',
            entityId: tokens.sessionId,
            after: { personId: person.id, method: SignInMethod.EMAIL_CODE },
          });
          return tokens;
        }
        case CodeCheck.WRONG:
          await repo.update({ personId: person.id }, { wrongAttempts: check.wrongAttempts });
          await refused(check.outcome, check.wrongAttempts);
          return null;
        case CodeCheck.LOCKED:
          this.logger.warn({ personId: person.id, tries: SIGN_IN_CODE_MAX_WRONG }, 'Sign-in code killed after too many wrong tries');
          await repo.delete({ personId: person.id });
          await refused(check.outcome, check.wrongAttempts);
          return null;
        case CodeCheck.EXPIRED:
          await repo.delete({ personId: person.id });
          await refused(check.outcome);
          return null;
        default: {
          const unreachable: never = check.outcome;
          throw new Error(`Unhandled code check ${String(unreachable)}`);
        }
      }
    });
    if (!result) throw new IdentityUnauthenticatedError(IdentityErrorCode.SIGN_IN_CODE_NOT_ACCEPTED, CODE_REFUSED, 'code');
    return result;
  }
}
