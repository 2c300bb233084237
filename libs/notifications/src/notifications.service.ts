import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  Actor,
  Environment,
  keysetPage,
  NotFoundError,
  NotificationJob,
  Page,
  PageRequest,
  requirePerson,
  StaleVersionError,
  Tx,
} from '@app/core';
import { AuditService } from '@app/audit';
import { formerCiccMemberSql, GovernanceService } from '@app/governance';
import { MailMessage, MailTransport } from '@app/mail';
import { OutboxService } from '@app/outbox';
import { absoluteLink, emailText } from './email-text';
import { NotificationEntity } from './notification.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import {
  ALWAYS_EMAILED_KINDS,
  channelFor,
  DEFAULT_DELIVERY,
  initialStatus,
  NotificationChannel,
  NotificationDelivery,
  NotificationKind,
  NotificationStatus,
} from './notification-kind';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors';

/** One notification to create. */
export interface NotifyRequest {
  recipientId: string;
  kind: NotificationKind;
  /** Short, plain: what happened (at most 200 characters). */
  subject: string;
  /** What happened, what to do and by when, in plain words. */
  body: string;
  /** Unique per recipient and event (e.g. `consultation-closing:<consultation>:<person>:1d`); a repeat is ignored. */
  dedupeKey: string;
  /** A path in the app (`/proposals/<id>`) or an absolute URL. */
  link?: string | null;
}

export interface NotifyResult {
  /** Notifications created (requests whose dedupe key was already used are left out). */
  created: { id: string; recipientId: string; channel: NotificationChannel }[];
}

export interface NotificationPreferenceView {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  /** False when the person never chose (the default applies). */
  chosen: boolean;
  version: number;
  /** False for kinds that always reach the person at once by email (a concern for someone's safety). */
  changeable: boolean;
}

export interface MarkReadRequest {
  notificationIds?: readonly string[] | null;
  all?: boolean | null;
}

const MAX_ATTEMPTS = 8;

/** A notification with what its email needs, and whether its recipient has left the CiCC. */
interface DeliveryRow {
  id: string;
  kind: NotificationKind;
  status: NotificationStatus;
  channel: NotificationChannel;
  subject: string;
  body: string;
  link: string | null;
  email: string | null;
  displayName: string;
  formerMember: boolean;
}

const DELIVERY_ROWS = `SELECT n.id, n.kind, n.status, n.channel, n.subject, n.body, n.link, p.email, p.display_name AS "displayName", ${formerCiccMemberSql('p.id')} AS "formerMember"
  FROM notification n JOIN person p ON p.id = n.recipient_id`;

/** Whether a notification's email is still to send: by email, pending, to someone with an address. */
function isDue(row: DeliveryRow): boolean {
  return row.channel === NotificationChannel.EMAIL && row.status === NotificationStatus.PENDING && !!row.email;
}
const KINDS = new Set<string>(Object.values(NotificationKind));

/**
 * Notifications: one record per recipient and event, sent by email at once, kept for the weekly
 * digest, or shown in the app only, as each person chooses per kind.
 *
 * `notify`/`notifyMany` run in the caller's transaction: the record and (for email) the delivery
 * job's outbox event commit with the change that caused them, and a repeated dedupe key is ignored.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly txHost: Tx,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly mail: MailTransport,
    private readonly config: ConfigService<Environment, true>,
    private readonly governance: GovernanceService,
  ) {}

  /** A link in the app as a full URL people can open from an email (paths are made absolute with APP_URL). */
  absoluteLink(link: string): string {
    return absoluteLink(this.config.get('APP_URL', { infer: true }), link) ?? link;
  }

  /**
   * Someone who leaves the CiCC and keeps no other membership hears nothing more: what was
   * waiting to be emailed to them, alone or in a digest, is cancelled in the same transaction.
   */
  onModuleInit(): void {
    this.governance.onLeftCicc(async (event) => {
      if (event.formerMember) await this.cancelUnsent(event.personId);
    });
  }

  /** Cancels a person's notifications that wait to be emailed (alone or in a digest); returns how many. */
  async cancelUnsent(personId: string): Promise<number> {
    const rows = await this.txHost.tx.query<[unknown[], number]>(
      `UPDATE notification SET status = 'CANCELLED' WHERE recipient_id = $1 AND status IN ('PENDING', 'AWAITING_DIGEST') RETURNING id`,
      [personId],
    );
    return rows[1];
  }

  async notify(request: NotifyRequest): Promise<NotifyResult> {
    return this.notifyMany([request]);
  }

  /**
   * Creates many notifications with a few statements (a batch of reminders, everyone who took
   * part…). Former CiCC members (left, and no other membership) are left out: nothing in the
   * programme concerns them any more.
   */
  async notifyMany(requests: readonly NotifyRequest[]): Promise<NotifyResult> {
    if (requests.length === 0) return { created: [] };
    for (const r of requests) checkRequest(r);
    const recipients = [...new Set(requests.map((r) => r.recipientId))];
    const people = await this.txHost.tx.query<{ id: string; email: string | null; choices: Record<string, NotificationDelivery> }[]>(
      `SELECT p.id, p.email, coalesce(json_object_agg(np.kind, np.delivery) FILTER (WHERE np.kind IS NOT NULL), '{}') AS choices
         FROM person p LEFT JOIN notification_preference np ON np.person_id = p.id
        WHERE p.id = ANY($1::uuid[]) AND p.erased_at IS NULL AND NOT ${formerCiccMemberSql('p.id')}
        GROUP BY p.id, p.email`,
      [recipients],
    );
    // Unknown people, and people whose data was erased, are told nothing.
    const byId = new Map(people.map((p) => [p.id, p]));
    const rows = requests
      .filter((r) => byId.has(r.recipientId))
      .map((r) => {
        const person = byId.get(r.recipientId)!;
        const channel = channelFor(person.choices[r.kind] ?? DEFAULT_DELIVERY, !!person.email, r.kind);
        return { ...r, channel, status: initialStatus(channel) };
      });
    if (rows.length === 0) return { created: [] };
    const inserted = await this.txHost.tx.query<NotifyResult['created']>(
      `INSERT INTO notification (recipient_id, kind, subject, body, link, dedupe_key, channel, status)
       SELECT r.recipient_id, r.kind, r.subject, r.body, r.link, r.dedupe_key, r.channel::notification_channel, r.status::notification_status
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[])
              WITH ORDINALITY AS r(recipient_id, kind, subject, body, link, dedupe_key, channel, status, n)
        ORDER BY r.n
       ON CONFLICT ON CONSTRAINT uq_notification_dedupe_key DO NOTHING
       RETURNING id, recipient_id AS "recipientId", channel`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.subject),
        rows.map((r) => r.body),
        rows.map((r) => r.link ?? null),
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.channel),
        rows.map((r) => r.status),
      ],
    );
    const emails = inserted.filter((n) => n.channel === NotificationChannel.EMAIL);
    await this.outbox.emitMany(
      emails.map((n) => ({ job: NotificationJob.DELIVER_EMAIL, payload: { notificationId: n.id } })),
    );
    return { created: inserted };
  }

  /**
   * Sends one notification's email, at most once: the row is locked while sending and marked
   * sent in the same transaction, so a repeated or concurrent job finds it sent and does nothing.
   * One to a former CiCC member is cancelled instead. A refused address fails for good; anything
   * else is retried by the queue.
   */
  async deliverEmail(notificationId: string): Promise<'sent' | 'skipped'> {
    try {
      return await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        const [row] = await m.query<DeliveryRow[]>(`${DELIVERY_ROWS} WHERE n.id = $1 FOR UPDATE OF n`, [notificationId]);
        if (!row) throw new NotFoundError(NotificationsErrorCode.NOTIFICATION_NOT_FOUND, `No notification has id ${notificationId}; it may have been deleted with its recipient.`);
        if (!isDue(row)) return 'skipped';
        if (row.formerMember) {
          await m.query(`UPDATE notification SET status = 'CANCELLED' WHERE id = $1`, [notificationId]);
          return 'skipped';
        }
        await this.mail.send(this.message(row));
        await m.query(`UPDATE notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [notificationId]);
        return 'sent';
      });
    } catch (error) {
      if (error instanceof NotFoundError) throw error;
      const permanent = isPermanentMailError(error);
      const message = error instanceof Error ? error.message : String(error);
      await this.txHost.tx.query(
        `UPDATE notification SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN $3::boolean OR attempts + 1 >= $4 THEN 'FAILED'::notification_status ELSE status END
          WHERE id = $1 AND status = 'PENDING'`,
        [notificationId, message.slice(0, 1000), permanent, MAX_ATTEMPTS],
      );
      if (permanent) {
        throw new NotificationsError(NotificationsErrorCode.BAD_ADDRESS, `The mail server refused the message for good: ${message}`);
      }
      this.logger.warn(`Notification ${notificationId}: email not sent yet (${message}); it will be retried.`);
      throw error;
    }
  }

  /**
   * Sends a pack of notifications' emails (as the outbox relay packs them), each at most once as
   * `deliverEmail` would: their rows are locked together (in id order) while the emails go out at
   * once over the pooled transport, and those sent are marked sent in the same transaction. An
   * email that could not be sent, and a notification that has gone, is handed to a job of its own,
   * with the retries and the failure for good that a single delivery has.
   */
  async deliverEmails(notificationIds: readonly string[]): Promise<{ sent: number; skipped: number; alone: number }> {
    const ids = [...new Set(notificationIds)].sort();
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const rows = await m.query<DeliveryRow[]>(`${DELIVERY_ROWS} WHERE n.id = ANY($1::uuid[]) ORDER BY n.id FOR UPDATE OF n`, [ids]);
      const due = rows.filter(isDue);
      const cancelled = due.filter((r) => r.formerMember).map((r) => r.id);
      const toSend = due.filter((r) => !r.formerMember);
      const outcomes = await Promise.allSettled(toSend.map((r) => this.mail.send(this.message(r))));
      const sent = toSend.filter((_, i) => outcomes[i].status === 'fulfilled').map((r) => r.id);
      const failed = toSend.filter((_, i) => outcomes[i].status === 'rejected').map((r) => r.id);
      // A notification that has gone (deleted with its recipient) fails alone, as its own job would.
      const found = new Set(rows.map((r) => r.id));
      const gone = ids.filter((id) => !found.has(id));
      if (cancelled.length > 0) await m.query(`UPDATE notification SET status = 'CANCELLED' WHERE id = ANY($1::uuid[])`, [cancelled]);
      if (sent.length > 0) {
        await m.query(`UPDATE notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [sent]);
      }
      if (failed.length > 0) {
        const reasons = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason instanceof Error ? o.reason.message : String(o.reason)] : []));
        this.logger.warn(`${failed.length} of ${toSend.length} emails of a pack were not sent (${reasons[0]}); each tries again in a job of its own.`);
      }
      const alone = [...failed, ...gone];
      await this.outbox.emitMany(
        alone.map((notificationId) => ({ job: NotificationJob.DELIVER_EMAIL, payload: { notificationId }, options: { alone: true } })),
      );
      return { sent: sent.length, skipped: rows.length - toSend.length, alone: alone.length };
    });
  }

  /** The email of one notification. */
  private message(row: DeliveryRow): MailMessage {
    return {
      // The same Message-ID on every attempt: a resend after a crash shows once in the mailbox.
      id: `notification-${row.id}`,
      to: row.email!,
      subject: row.subject,
      text: emailText(this.config.get('APP_URL', { infer: true }), {
        displayName: row.displayName,
        subject: row.subject,
        body: row.body,
        link: row.link,
        alwaysEmailed: ALWAYS_EMAILED_KINDS.has(row.kind),
      }),
    };
  }

  /**
   * Makes email notifications that failed pending again, with their attempts renewed, in the
   * caller's transaction (a programme admin retrying their failed delivery jobs).
   */
  async reopenFailed(notificationIds: readonly string[]): Promise<number> {
    if (notificationIds.length === 0) return 0;
    const [, changed] = await this.txHost.tx.query<[unknown, number]>(
      `UPDATE notification SET status = 'PENDING', attempts = 0 WHERE id = ANY($1::uuid[]) AND status = 'FAILED' AND channel = 'EMAIL'`,
      [notificationIds],
    );
    return changed;
  }

  /** The caller's notifications, newest first. */
  async mine(actor: Actor, filter: { unreadOnly?: boolean | null; kind?: NotificationKind | null }, page: PageRequest): Promise<Page<NotificationEntity>> {
    const personId = requirePerson(actor);
    const qb = this.txHost.tx.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipientId = :personId', { personId });
    if (filter.unreadOnly) qb.andWhere('n.readAt IS NULL');
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    return keysetPage(
      qb,
      [
        { sql: 'n.created_at', type: 'timestamptz', direction: 'DESC' },
        { sql: 'n.id', type: 'uuid', direction: 'DESC' },
      ],
      page,
    );
  }

  async unreadCount(actor: Actor): Promise<number> {
    const personId = requirePerson(actor);
    const [row] = await this.txHost.tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [personId]);
    return row.n;
  }

  /** Marks some (or all) of the caller's notifications read. Returns how many changed and how many stay unread. */
  async markRead(actor: Actor, request: MarkReadRequest): Promise<{ marked: number; unread: number }> {
    const personId = requirePerson(actor);
    const ids = [...new Set(request.notificationIds ?? [])];
    if (!request.all && ids.length === 0) {
      throw new NotificationsError(NotificationsErrorCode.NOTHING_TO_MARK, 'Name the notifications to mark read, or set "all" to mark every one.', 'notificationIds');
    }
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      if (!request.all) {
        const [found] = await m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND id = ANY($2::uuid[])`, [personId, ids]);
        if (found.n !== ids.length) {
          throw new NotFoundError(NotificationsErrorCode.NOTIFICATION_NOT_FOUND, 'Some of these notifications are not yours or no longer exist; reload your notifications and try again.', 'notificationIds');
        }
      }
      const marked = await m.query<[{ id: string; readAt: Date }[], number]>(
        `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[])) RETURNING id, read_at AS "readAt"`,
        [personId, !!request.all, ids],
      );
      const changed = marked[0];
      await this.audit.recordMany(
        actor,
        changed.map((n) => ({ action: 'markNotificationsRead', entityType: 'notification', entityId: n.id, before: { readAt: null }, after: { readAt: n.readAt.toISOString() } })),
      );
      const [unread] = await m.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [personId]);
      return { marked: changed.length, unread: unread.n };
    });
  }

  /** The caller's choice for every kind (the default where they never chose). */
  async preferences(actor: Actor): Promise<NotificationPreferenceView[]> {
    const personId = requirePerson(actor);
    const rows = await this.txHost.tx.getRepository(NotificationPreferenceEntity).find({ where: { personId } });
    const chosen = new Map(rows.map((r) => [r.kind, r]));
    return Object.values(NotificationKind).map((kind) => {
      const row = chosen.get(kind);
      const changeable = !ALWAYS_EMAILED_KINDS.has(kind);
      return { kind, delivery: changeable ? (row?.delivery ?? DEFAULT_DELIVERY) : NotificationDelivery.EMAIL_NOW, chosen: !!row, version: row?.version ?? 0, changeable };
    });
  }

  /**
   * Sets how the caller hears about one kind. `expectedVersion` (the version they read; 0 when
   * they never chose) refuses a change made from a stale screen.
   */
  async setPreference(
    actor: Actor,
    request: { kind: NotificationKind; delivery: NotificationDelivery; expectedVersion?: number | null },
  ): Promise<NotificationPreferenceView> {
    const personId = requirePerson(actor);
    if (!KINDS.has(request.kind)) {
      throw new NotificationsError(NotificationsErrorCode.UNKNOWN_KIND, `"${request.kind}" is not a kind of notification.`, 'kind');
    }
    if (ALWAYS_EMAILED_KINDS.has(request.kind) && request.delivery !== NotificationDelivery.EMAIL_NOW) {
      throw new NotificationsError(
        NotificationsErrorCode.FIXED_DELIVERY,
        'Concerns for someone\'s safety always reach you at once, by email and in the app, so how you hear about them cannot be changed.',
        'delivery',
      );
    }
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const repo = m.getRepository(NotificationPreferenceEntity);
      const existing = await repo.findOne({ where: { personId, kind: request.kind }, lock: { mode: 'pessimistic_write' } });
      const current = existing?.version ?? 0;
      if (request.expectedVersion !== undefined && request.expectedVersion !== null && request.expectedVersion !== current) {
        throw new StaleVersionError('notification preference', request.expectedVersion, current);
      }
      const before = { delivery: existing?.delivery ?? DEFAULT_DELIVERY };
      let saved: NotificationPreferenceEntity;
      if (existing) {
        existing.delivery = request.delivery;
        saved = await repo.save(existing);
      } else {
        saved = await repo.save(repo.create({ personId, kind: request.kind, delivery: request.delivery }));
      }
      await this.audit.record(actor, {
        action: 'setNotificationPreference',
        entityType: 'notification_preference',
        entityId: personId,
        before: { kind: request.kind, ...before },
        after: { kind: request.kind, delivery: saved.delivery },
      });
      return { kind: request.kind, delivery: saved.delivery, chosen: true, version: saved.version, changeable: !ALWAYS_EMAILED_KINDS.has(request.kind) };
    });
  }
}

function checkRequest(r: NotifyRequest): void {
  if (!KINDS.has(r.kind)) throw new Error(`Unknown notification kind "${r.kind}".`);
  if (!r.subject || r.subject.length > 200) throw new Error(`A notification subject needs 1 to 200 characters (${r.dedupeKey}).`);
  if (!r.dedupeKey || r.dedupeKey.length > 300) throw new Error('A notification needs a dedupe key of 1 to 300 characters.');
  if (r.link && r.link.length > 500) throw new Error(`A notification link has at most 500 characters (${r.dedupeKey}).`);
}

/** SMTP 5xx (e.g. 550 no such mailbox) or an address nodemailer refuses: retrying cannot help. */
function isPermanentMailError(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e?.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) return true;
  return e?.code === 'EENVELOPE';
}
