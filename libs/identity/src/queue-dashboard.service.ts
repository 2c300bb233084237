import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull, LessThan } from 'typeorm';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { Actor, requirePerson, Tx } from '@app/core';
import { AccessTokenService, TokenPurpose } from './access-token.service';
import { IdentityErrorCode, IdentityUnauthenticatedError } from './identity.errors';
import { QueueDashboardTicketEntity } from './queue-dashboard-ticket.entity';
import { SessionEntity } from './session.entity';
import { asPerson, AuthenticatedCaller } from './session.service';
import { hashToken, randomToken } from './sign-in-rules';

/** How long a link into the queue dashboard works: long enough to click, too short to pass around. */
export const QUEUE_DASHBOARD_LINK_TTL_MS = 60 * 1000;
/** How long a browser stays in the dashboard after opening a link (each request still checks the session and role). */
export const QUEUE_DASHBOARD_ENTRY_TTL_SECONDS = 30 * 60;
/** Expired links are deleted a day after they expire (the audit trail keeps that they were made and used). */
const KEEP_EXPIRED_LINKS_MS = 24 * 60 * 60 * 1000;
/** A dashboard entry has its own audience: never accepted as an access token, nor an access token as an entry. */
const ENTRY: TokenPurpose = {
  audience: 'compact-queue-dashboard',
  ttlSeconds: QUEUE_DASHBOARD_ENTRY_TTL_SECONDS,
  expired: () =>
    new IdentityUnauthenticatedError(
      IdentityErrorCode.QUEUE_DASHBOARD_ENTRY_EXPIRED,
      `Your time in the queue dashboard is up (${QUEUE_DASHBOARD_ENTRY_TTL_SECONDS / 60} minutes). ${ASK_AGAIN}`,
    ),
  invalid: () => new IdentityUnauthenticatedError(IdentityErrorCode.QUEUE_DASHBOARD_ENTRY_INVALID, `This is not a valid way into the queue dashboard. ${ASK_AGAIN}`),
};
/** Namespace of the name-based ids that name queues in the audit trail. */
const QUEUE_ID_NAMESPACE = Buffer.from('6f1c2b7e0d4a4c1e9b3f5a8d2e7c9041', 'hex');

const ASK_AGAIN = 'Ask for a new link with the openQueueDashboard mutation.';
const SIGN_IN_AGAIN = 'Sign in again, then ask for a new link with the openQueueDashboard mutation.';
const LINK_REFUSALS: Readonly<Record<LinkRefusal, string>> = {
  [IdentityErrorCode.QUEUE_DASHBOARD_LINK_NOT_ACCEPTED]: `This is not a valid link to the queue dashboard. ${ASK_AGAIN}`,
  [IdentityErrorCode.QUEUE_DASHBOARD_LINK_EXPIRED]: `This link to the queue dashboard has expired (links work for a minute). ${ASK_AGAIN}`,
  [IdentityErrorCode.QUEUE_DASHBOARD_LINK_ALREADY_USED]: `This link to the queue dashboard has already been used; each link works once. ${ASK_AGAIN}`,
  [IdentityErrorCode.SESSION_ENDED]: `The sign-in that asked for this link has ended. ${SIGN_IN_AGAIN}`,
};
type LinkRefusal =
  | IdentityErrorCode.QUEUE_DASHBOARD_LINK_NOT_ACCEPTED
  | IdentityErrorCode.QUEUE_DASHBOARD_LINK_EXPIRED
  | IdentityErrorCode.QUEUE_DASHBOARD_LINK_ALREADY_USED
  | IdentityErrorCode.SESSION_ENDED;

export interface QueueDashboardLink {
  /** The secret that goes in the link; stored only as its hash. */
  ticket: string;
  expiresAt: Date;
}

/** What a browser holds (as a cookie) once it has opened a link: a signed, short-lived entry naming the session. */
export interface QueueDashboardEntry {
  credential: string;
  expiresAt: Date;
  personId: string;
  sessionId: string;
}

/** Something a programme admin changed through the dashboard (retried a job, cleaned a queue, …). */
export interface QueueDashboardAction {
  /** What they did, named like an operation (e.g. `retryJob`). */
  action: string;
  /** The queues it touched. */
  queues: readonly string[];
  /** What it was done to (job id, job state, …): ids and scalars only. */
  details: Record<string, unknown>;
}

/**
 * Who may use the queue dashboard (programme admins), and how a browser gets in: the API hands a
 * signed-in admin a one-time link tied to their session; opening it exchanges it for a short-lived
 * entry kept in a cookie. Every dashboard request checks the entry (or an access token), that the
 * session is still open and that the person is still a programme admin.
 */
@Injectable()
export class QueueDashboardService {
  constructor(
    private readonly txHost: Tx,
    private readonly tokens: AccessTokenService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Refuses anyone but a programme admin. */
  async assertMayUse(actor: Actor): Promise<void> {
    requirePerson(actor);
    await this.access.assertProgrammeAdmin(actor, 'use the queue dashboard');
  }

  /** A one-time link for the caller's own session (`sessionId`: the session their access token belongs to). */
  async issueLink(actor: Actor, sessionId: string | null): Promise<QueueDashboardLink> {
    await this.assertMayUse(actor);
    if (!sessionId) throw new IdentityUnauthenticatedError(IdentityErrorCode.SESSION_ENDED, 'Sign in to open the queue dashboard.');
    const ticket = randomToken();
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const repo = m.getRepository(QueueDashboardTicketEntity);
      await repo.delete({ expiresAt: LessThan(new Date(Date.now() - KEEP_EXPIRED_LINKS_MS)) });
      const link = await repo.save(repo.create({ sessionId, tokenHash: hashToken(ticket), expiresAt: new Date(Date.now() + QUEUE_DASHBOARD_LINK_TTL_MS) }));
      await this.audit.record(actor, {
        action: 'openQueueDashboard',
        entityType: 'queue_dashboard_ticket',
        entityId: link.id,
        after: { sessionId, expiresAt: link.expiresAt },
      });
      return { ticket, expiresAt: link.expiresAt };
    });
  }

  /**
   * Opens a link: once, before it expires, while its session is open and its person is still a
   * programme admin. `caller` is whoever opened it (anonymous, with the request's correlation id);
   * the entry is recorded as the link's person, a refusal of a known link as the anonymous caller.
   */
  async enter(caller: Actor, ticket: string): Promise<QueueDashboardEntry> {
    const result = await this.txHost.withTransaction(async (): Promise<{ personId: string; sessionId: string } | LinkRefusal> => {
      const m = this.txHost.tx;
      const repo = m.getRepository(QueueDashboardTicketEntity);
      const link = await repo.findOne({ where: { tokenHash: hashToken(ticket) }, lock: { mode: 'pessimistic_write' } });
      if (!link) return IdentityErrorCode.QUEUE_DASHBOARD_LINK_NOT_ACCEPTED;
      const session = await m.getRepository(SessionEntity).findOneByOrFail({ id: link.sessionId });
      const now = new Date();
      const refusal = link.usedAt
        ? IdentityErrorCode.QUEUE_DASHBOARD_LINK_ALREADY_USED
        : link.expiresAt.getTime() <= now.getTime()
          ? IdentityErrorCode.QUEUE_DASHBOARD_LINK_EXPIRED
          : session.revokedAt
            ? IdentityErrorCode.SESSION_ENDED
            : null;
      if (refusal) {
        // Nothing changes, but a link opened twice may have been seen by someone else: worth knowing.
        await this.audit.record(caller, { action: 'enterQueueDashboard', entityType: 'queue_dashboard_ticket', entityId: link.id, after: { refused: refusal }, always: true });
        return refusal;
      }
      const person = asPerson(caller, session.personId);
      await this.assertMayUse(person);
      link.usedAt = now;
      await repo.save(link);
      await this.audit.record(person, { action: 'enterQueueDashboard', entityType: 'queue_dashboard_ticket', entityId: link.id, before: { usedAt: null }, after: { usedAt: now } });
      return { personId: session.personId, sessionId: session.id };
    });
    if (typeof result === 'string') throw new IdentityUnauthenticatedError(result, LINK_REFUSALS[result]);
    const { token, expiresAt } = this.tokens.sign(result, ENTRY);
    return { credential: token, expiresAt, ...result };
  }

  /** The caller behind a dashboard entry, if it is genuine, unexpired and its session still open. */
  async authenticate(credential: string): Promise<AuthenticatedCaller> {
    const caller = this.tokens.verify(credential, ENTRY);
    const open = await this.txHost.tx.getRepository(SessionEntity).exists({ where: { id: caller.sessionId, personId: caller.personId, revokedAt: IsNull() } });
    if (!open) {
      throw new IdentityUnauthenticatedError(IdentityErrorCode.SESSION_ENDED, `The sign-in this dashboard entry belongs to has ended. ${SIGN_IN_AGAIN}`);
    }
    return caller;
  }

  /**
   * Records a change made through the dashboard, one event per queue it touched, before it is
   * made: a change the trail cannot record is not made.
   */
  async recordAction(actor: Actor, change: QueueDashboardAction): Promise<void> {
    requirePerson(actor);
    await this.txHost.withTransaction(() =>
      this.audit.recordMany(
        actor,
        change.queues.map((queue) => ({
          action: change.action,
          entityType: 'queue',
          entityId: queueEntityId(queue),
          after: { queue, ...change.details },
          always: true,
        })),
      ),
    );
  }

}

/**
 * The id that names a queue in the audit trail (which names records by uuid): a name-based
 * (version 5) uuid of the queue's name, the same every time, so one queue's events list together.
 */
export function queueEntityId(queueName: string): string {
  const hash = createHash('sha1').update(QUEUE_ID_NAMESPACE).update(queueName, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
