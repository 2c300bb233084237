import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { safetyConcernAdvice } from '@app/comments';
import { Clock, Environment, SafeguardingConcernPayload, SafeguardingLeadAppointedPayload, Tx } from '@app/core';
import { NotificationKind } from './notification-kind';
import { NotificationsService, NotifyRequest } from './notifications.service';

/** Who was told about a concern. */
export interface SafeguardingNoticeResult {
  /** Safeguarding leads told. */
  leads: number;
  /** Programme admins told that a concern waits with no safeguarding lead to read it. */
  admins: number;
  /** Notifications created by this run (none when it ran before). */
  notified: number;
}

const CURRENT_HOLDERS = `SELECT DISTINCT g.person_id AS id FROM role_grant g WHERE g.role = $1 AND g.revoked_at IS NULL`;

/**
 * Concerns for someone's safety: who hears, at once. Every safeguarding lead is told (always by
 * email, see ALWAYS_EMAILED_KINDS, and in the app); with no lead appointed, every programme admin
 * is told that a concern is waiting and where — never who raised it or what it is about. The
 * person who raised it hears what happens next, by when and who to call, and later that it was
 * handled, without details. Dedupe keys make each method safe to run again.
 */
@Injectable()
export class SafeguardingNotifier {
  private readonly logger = new Logger(SafeguardingNotifier.name);

  constructor(
    private readonly txHost: Tx,
    private readonly notifications: NotificationsService,
    private readonly config: ConfigService<Environment, true>,
    private readonly clock: Clock,
  ) {}

  async concernRaised(event: SafeguardingConcernPayload): Promise<SafeguardingNoticeResult> {
    const lookWithin = this.config.get('SAFEGUARDING_RESPONSE_TIME', { infer: true });
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [report] = await m.query<{ reporterId: string; createdAt: Date; resolvedAt: Date | null }[]>(
        `SELECT reporter_id AS "reporterId", created_at AS "createdAt", resolved_at AS "resolvedAt" FROM comment_report WHERE id = $1 AND reason = 'SAFETY_CONCERN'`,
        [event.reportId],
      );
      if (!report) return { leads: 0, admins: 0, notified: 0 };
      const raised = this.clock.calendar.dayAndTimeInWords(new Date(report.createdAt));
      const requests: NotifyRequest[] = [];
      let leads: { id: string }[] = [];
      let admins: { id: string }[] = [];
      // A concern already handled (its event waited while the queues were down) needs no one now.
      if (!report.resolvedAt) {
        leads = await m.query<{ id: string }[]>(CURRENT_HOLDERS, ['SAFEGUARDING_LEAD']);
        admins = leads.length ? [] : (await m.query<{ id: string }[]>(CURRENT_HOLDERS, ['PROGRAMME_ADMIN']));
        if (leads.length === 0 && admins.length === 0) {
          this.logger.error(`Safety concern ${event.reportId} reached nobody: there is no safeguarding lead and no programme admin.`);
        }
      }
      for (const { id } of leads) {
        requests.push({
          recipientId: id,
          kind: NotificationKind.SAFEGUARDING_CONCERN,
          subject: "A concern for someone's safety needs a safeguarding lead",
          body: [
            `Someone raised a concern for a person's safety on the Compact on ${raised}. They were told a safeguarding lead will look at it ${lookWithin}.`,
            'Open the safeguarding queue to read it, see who raised it and what it is about, and record what you do. Until a lead handles it, the comment is hidden from everyone but its author and the safeguarding leads.',
          ].join('\n\n'),
          dedupeKey: `safeguarding-concern:${event.reportId}:${id}`,
          link: `/safeguarding/concerns/${event.reportId}`,
        });
      }
      for (const { id } of admins) {
        requests.push({
          recipientId: id,
          kind: NotificationKind.SAFEGUARDING_CONCERN,
          subject: 'A safety concern is waiting and no safeguarding lead is appointed',
          body: [
            `A concern for someone's safety was raised on the Compact on ${raised} and is waiting in the safeguarding queue. This programme has no safeguarding lead, so nobody can read or handle it.`,
            `Appoint one now: give the programme's safeguarding lead the SAFEGUARDING_LEAD role. They will find the concern in their safeguarding queue. The person who raised it was told a safeguarding lead would look at it ${lookWithin}.`,
          ].join('\n\n'),
          dedupeKey: `safeguarding-unassigned:${event.reportId}:${id}`,
          link: '/admin/roles',
        });
      }
      const advice = safetyConcernAdvice(lookWithin);
      requests.push({
        recipientId: report.reporterId,
        kind: NotificationKind.SAFEGUARDING_UPDATE,
        subject: `We have your concern: a safeguarding lead will look at it ${lookWithin}`,
        body: [advice.whatHappensNext, advice.emergency].join('\n\n'),
        dedupeKey: `safeguarding-received:${event.reportId}`,
      });
      const { created } = await this.notifications.notifyMany(requests);
      return { leads: leads.length, admins: admins.length, notified: created.length };
    });
  }

  /**
   * A new safeguarding lead hears at once how many concerns are already waiting, if any: those
   * raised while the programme had no lead reached only the admins, and nobody who can read them.
   */
  async leadAppointed(event: SafeguardingLeadAppointedPayload): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [state] = await m.query<{ current: boolean; waiting: number; oldest: Date | null }[]>(
        `SELECT EXISTS (SELECT 1 FROM role_grant g WHERE g.id = $1 AND g.revoked_at IS NULL) AS current,
                count(r.id)::int AS waiting, min(r.created_at) AS oldest
           FROM comment_report r WHERE r.reason = 'SAFETY_CONCERN' AND r.resolved_at IS NULL`,
        [event.grantId],
      );
      if (!state.current || state.waiting === 0 || !state.oldest) return 0;
      const lookWithin = this.config.get('SAFEGUARDING_RESPONSE_TIME', { infer: true });
      const { created } = await this.notifications.notify({
        recipientId: event.personId,
        kind: NotificationKind.SAFEGUARDING_CONCERN,
        subject: state.waiting === 1 ? "A concern for someone's safety is waiting for you" : `${state.waiting} concerns for someone's safety are waiting for you`,
        body: [
          `You are now a safeguarding lead on the Compact. ${state.waiting === 1 ? 'One concern for a person\'s safety is' : `${state.waiting} concerns for people's safety are`} waiting in the safeguarding queue; the oldest was raised on ${this.clock.calendar.dayAndTimeInWords(new Date(state.oldest))}.`,
          `The people who raised them were told a safeguarding lead would look ${lookWithin}. Open the safeguarding queue to read each one and record what you do.`,
        ].join('\n\n'),
        dedupeKey: `safeguarding-lead-appointed:${event.grantId}`,
        link: '/safeguarding/concerns',
      });
      return created.length;
    });
  }

  async concernHandled(event: SafeguardingConcernPayload): Promise<number> {
    const advice = safetyConcernAdvice(this.config.get('SAFEGUARDING_RESPONSE_TIME', { infer: true }));
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [report] = await m.query<{ reporterId: string; createdAt: Date }[]>(
        `SELECT reporter_id AS "reporterId", created_at AS "createdAt" FROM comment_report WHERE id = $1 AND reason = 'SAFETY_CONCERN' AND resolved_at IS NOT NULL`,
        [event.reportId],
      );
      if (!report) return 0;
      const { created } = await this.notifications.notify({
        recipientId: report.reporterId,
        kind: NotificationKind.SAFEGUARDING_UPDATE,
        subject: 'The concern you raised has been dealt with',
        body: [
          `A safeguarding lead has looked at the concern you raised on ${this.clock.calendar.dayAndTimeInWords(new Date(report.createdAt))} and dealt with it. To protect everyone's privacy we do not share what was done. Thank you for speaking up.`,
          `If you are still worried, or something new happens, raise it again. ${advice.emergency}`,
        ].join('\n\n'),
        dedupeKey: `safeguarding-handled:${event.reportId}`,
      });
      return created.length;
    });
  }
}
