import { Inject, Injectable } from '@nestjs/common';
import { Clock, Tx } from '@app/core';
import { NotificationsService, NotifyRequest } from '@app/notifications';
import { digestRecipients, hasNews, heldForDigest, isDirector, programmeDigest, waitingFor } from './digest';
import {
  actionMessage,
  closingMessage,
  digestMessage,
  meetingMessage,
  openedMessage,
  staleListMessage,
  staleMessage,
  stalledMessage,
} from './reminder-messages';
import {
  actionItemsDue,
  coChairsOf,
  consultationAudience,
  consultationsClosing,
  DEFAULT_REMINDER_SETTINGS,
  ReminderSettings,
  staleAgreements,
  StaleDue,
  stalledConsultations,
  upcomingMeetings,
} from './reminder-rules';

export interface ReminderRun {
  /** Reminders the rule found due at `now` (including ones already sent). */
  due: number;
  /** Notifications created by this run (the rest had been sent before). */
  created: number;
}

/** The thresholds the rules use (see reminderSettingsFromEnvironment). */
export const REMINDER_SETTINGS = Symbol('REMINDER_SETTINGS');

/** Notifications are written in batches of this many, one transaction each. */
export const REMINDER_BATCH = 500;

const DAY_MS = 24 * 3600 * 1000;

/**
 * Runs the reminder rules: finds who is due at `now` (in SQL) and creates their notifications
 * through NotificationsService, whose unique dedupe keys make every run idempotent — a rule
 * run twice, or retried after a crash, reminds nobody twice.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly txHost: Tx,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(REMINDER_SETTINGS) readonly settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
  ) {}

  /** A consultation opened → everyone it is addressed to (once each, whenever it runs). */
  async consultationOpened(consultationId: string, now: Date = this.clock.now()): Promise<ReminderRun> {
    const audience = await consultationAudience(this.txHost.tx, consultationId, now);
    return this.send(audience.map((d) => openedMessage(d, now, this.clock.calendar)));
  }

  /** Consultations closing in 3 days and in 1 day → audience members who have not responded. */
  async consultationsClosing(now: Date): Promise<ReminderRun> {
    const due = await consultationsClosing(this.txHost.tx, now, this.settings);
    return this.send(due.map((d) => closingMessage(d, now, this.clock.calendar)));
  }

  /** Stale agreements to endorsed offers → the party's officers (every 14 days); each House's co-chairs get the list. */
  async staleAgreements(now: Date): Promise<ReminderRun> {
    const due = await staleAgreements(this.txHost.tx, now, this.settings);
    const toOfficers = due.filter((d): d is StaleDue & { recipientId: string } => d.recipientId !== null).map((d) => staleMessage(d, this.settings.staleAfterDays, this.clock.calendar));
    const byHouse = new Map<string, StaleDue[]>();
    for (const d of due) byHouse.set(d.houseId, [...(byHouse.get(d.houseId) ?? []), d]);
    const period = Math.floor(now.getTime() / (this.settings.staleRepeatDays * DAY_MS));
    const coChairs = await coChairsOf(this.txHost.tx, [...byHouse.keys()]);
    const lists = coChairs.map((c) => staleListMessage(c.houseId, c.personId, byHouse.get(c.houseId) ?? [], period));
    return this.send([...toOfficers, ...lists]);
  }

  /** Consultations closed 14 days ago whose proposal has not moved → the House's co-chairs. */
  async stalledConsultations(now: Date): Promise<ReminderRun> {
    const due = await stalledConsultations(this.txHost.tx, now, this.settings);
    return this.send(due.map((d) => stalledMessage(d, this.clock.calendar)));
  }

  /** Meetings in the next 7 days → the body's members, with the agenda. */
  async upcomingMeetings(now: Date): Promise<ReminderRun> {
    const due = await upcomingMeetings(this.txHost.tx, now, this.settings);
    return this.send(due.map((d) => meetingMessage(d, this.clock.calendar)));
  }

  /** Action items due within 3 days → their owners. */
  async actionItemsDue(now: Date): Promise<ReminderRun> {
    const due = await actionItemsDue(this.txHost.tx, this.clock.calendar.dateOf(now), this.settings);
    return this.send(due.map(actionMessage));
  }

  /** Who has something in the digest as of `now` (directors only when the programme has news). */
  async digestRecipients(now: Date): Promise<string[]> {
    const m = this.txHost.tx;
    const programme = await programmeDigest(m, now, this.settings);
    return digestRecipients(m, now, hasNews(programme));
  }

  /**
   * Builds and sends one person's weekly digest as of `now`: the offers still waiting for the
   * parties they act for, the programme section if they are a director, and the notifications
   * they chose to receive in the digest (marked sent with it), each linked to where it happened.
   * Returns 'sent', 'empty' when there was nothing for them, or 'already-sent'.
   */
  async sendDigest(recipientId: string, now: Date): Promise<'sent' | 'empty' | 'already-sent'> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const weekOf = this.clock.calendar.dateOf(now);
      const held = await heldForDigest(m, recipientId, now);
      const waiting = await waitingFor(m, recipientId, now);
      const programme = (await isDirector(m, recipientId)) ? await programmeDigest(m, now, this.settings) : null;
      const programmeNews = programme !== null && hasNews(programme);
      if (!programmeNews && held.length === 0 && waiting.length === 0) return 'empty';
      const link = (path: string) => this.notifications.absoluteLink(path);
      const { created } = await this.notifications.notify(digestMessage(recipientId, weekOf, programmeNews ? programme : null, held, link, waiting));
      if (created.length === 0) return 'already-sent';
      if (held.length > 0) {
        await m.query(`UPDATE notification SET status = 'SENT', sent_at = now() WHERE id = ANY($1::uuid[]) AND status = 'AWAITING_DIGEST'`, [held.map((h) => h.id)]);
      }
      return 'sent';
    });
  }

  private async send(requests: NotifyRequest[]): Promise<ReminderRun> {
    let created = 0;
    for (let i = 0; i < requests.length; i += REMINDER_BATCH) {
      const batch = requests.slice(i, i + REMINDER_BATCH);
      created += await this.txHost.withTransaction(async () => (await this.notifications.notifyMany(batch)).created.length);
    }
    return { due: requests.length, created };
  }
}
