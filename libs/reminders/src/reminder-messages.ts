import { dateInWords, ProgrammeCalendar } from '@app/core';
import { NotificationKind, NotifyRequest } from '@app/notifications';
import { HeldNotification, ProgrammeDigest, WaitingAgreement } from './digest';
import { ActionDue, AudienceMember, ClosingDue, MeetingDue, StaleDue, StalledDue } from './reminder-rules';

/** "today", "tomorrow" or "in N days", counted in the programme's calendar days. */
export function inDays(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** A stored status in plain words: IN_CONSULTATION → "in consultation". */
export function words(status: string): string {
  return status.toLowerCase().replace(/_/g, ' ');
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const SUBJECT_MAX = 200;

/** A reminder, sent at `now`, that a consultation closes soon; the days are calendar days (in the programme's time zone) from `now`. */
export function closingMessage(d: ClosingDue, now: Date, calendar: ProgrammeCalendar): NotifyRequest {
  const when = calendar.momentInWords(new Date(d.closesAt));
  const ask = d.audience === 'CICC' && d.proposalId ? 'Have your say and cast your vote' : 'Send your response';
  return {
    recipientId: d.recipientId,
    kind: NotificationKind.CONSULTATION_CLOSING,
    subject: clip(`Closes ${inDays(calendar.daysBetween(now, new Date(d.closesAt)))}: "${d.title}"`, SUBJECT_MAX),
    body: [
      `The consultation "${d.title}" closes on ${when}.`,
      `${ask} before then. ${d.audience === 'CICC' ? 'Your view shapes what the Houses put to the Trust Board.' : 'Answers after it closes cannot be counted.'}`,
    ].join('\n\n'),
    dedupeKey: `consultation-closing:${d.consultationId}:${d.days}d:${d.recipientId}`,
    link: `/consultations/${d.consultationId}`,
  };
}

/** A consultation has opened: its audience is asked to take part, and told by when. */
export function openedMessage(d: AudienceMember, now: Date, calendar: ProgrammeCalendar): NotifyRequest {
  const when = calendar.momentInWords(new Date(d.closesAt));
  const opens = new Date(d.opensAt) > now ? `opens on ${calendar.momentInWords(new Date(d.opensAt))} and stays open` : 'is open';
  const ask = d.audience === 'CICC' && d.proposalId ? 'Have your say and cast your vote' : 'Send your response';
  return {
    recipientId: d.recipientId,
    kind: NotificationKind.CONSULTATION_OPENED,
    subject: clip(`Open until ${when}: "${d.title}"`, SUBJECT_MAX),
    body: [`The consultation "${d.title}" ${opens} until ${when}.`, `${ask} before then.`].join('\n\n'),
    // The same key as the note to the House's co-chairs, so nobody hears twice.
    dedupeKey: `consultation-opened:${d.consultationId}:${d.recipientId}`,
    link: `/consultations/${d.consultationId}`,
  };
}

export function staleMessage(d: StaleDue & { recipientId: string }, staleAfterDays: number, calendar: ProgrammeCalendar): NotifyRequest {
  const since = calendar.momentInWords(new Date(d.since));
  return {
    recipientId: d.recipientId,
    kind: NotificationKind.AGREEMENT_STATUS_STALE,
    subject: clip(`Please update ${d.partyName}'s position on "${d.proposalTitle}"`, SUBJECT_MAX),
    body: [
      `${d.partyName}'s agreement to "${d.proposalTitle}" has been ${words(d.status)} since ${since}, more than ${staleAfterDays} days.`,
      'Please record where it stands now (or what is holding it up) within the next week, so the Trust Board sees an accurate picture.',
    ].join('\n\n'),
    dedupeKey: `agreement-stale:${d.agreementId}:${new Date(d.since).getTime()}:${d.cycle}:${d.recipientId}`,
    link: `/proposals/${d.proposalId}/agreements`,
  };
}

/** The list of stale agreements in one House, for its co-chairs. */
export function staleListMessage(houseId: string, personId: string, rows: StaleDue[], period: number): NotifyRequest {
  const byOffer = new Map<string, { title: string; parties: string[] }>();
  for (const r of rows) {
    const entry = byOffer.get(r.proposalId) ?? { title: r.proposalTitle, parties: [] };
    if (!entry.parties.includes(r.partyName)) entry.parties.push(r.partyName);
    byOffer.set(r.proposalId, entry);
  }
  const lines = [...byOffer.values()].map((o) => `- "${o.title}": ${o.parties.join(', ')}`);
  const parties = new Set(rows.map((r) => r.agreementId)).size;
  return {
    recipientId: personId,
    kind: NotificationKind.AGREEMENT_STATUS_STALE,
    subject: clip(`${parties} ${parties === 1 ? 'agreement has' : 'agreements have'} not moved in your House's offers`, SUBJECT_MAX),
    body: [
      'These parties have not changed their position on your House\'s endorsed offers for a month or more. Their officers have been reminded:',
      lines.join('\n'),
      'You may want to follow up with them before the next Trust Board.',
    ].join('\n\n'),
    dedupeKey: `agreement-stale-list:${houseId}:${period}:${personId}`,
    link: `/houses/${houseId}`,
  };
}

export function stalledMessage(d: StalledDue, calendar: ProgrammeCalendar): NotifyRequest {
  return {
    recipientId: d.recipientId,
    kind: NotificationKind.CONSULTATION_STALLED,
    subject: clip(`"${d.proposalTitle}" has not moved since its consultation closed`, SUBJECT_MAX),
    body: [
      `The consultation "${d.title}" closed on ${calendar.momentInWords(new Date(d.closedAt))}, and the proposal is still ${words(d.proposalStatus)}.`,
      'As co-chairs, please decide the next step (recommend it, send it back to draft, or withdraw it) and tell the people who took part.',
    ].join('\n\n'),
    dedupeKey: `consultation-stalled:${d.consultationId}:${d.recipientId}`,
    link: `/proposals/${d.proposalId}`,
  };
}

export function meetingMessage(d: MeetingDue, calendar: ProgrammeCalendar): NotifyRequest {
  const when = calendar.momentInWords(new Date(d.startsAt));
  return {
    recipientId: d.recipientId,
    kind: NotificationKind.MEETING_UPCOMING,
    subject: clip(`${d.bodyName}: "${d.title}" on ${when}`, SUBJECT_MAX),
    body: [
      `${d.bodyName} meets on ${when}${d.location ? ` (${d.location})` : ''}.`,
      d.agenda ? `Agenda:\n${d.agenda}` : 'The agenda has not been published yet.',
      'Please read the papers beforehand and let the secretariat know if you cannot attend.',
    ].join('\n\n'),
    dedupeKey: `meeting-upcoming:${d.meetingId}:${new Date(d.startsAt).getTime()}:${d.recipientId}`,
    link: `/meetings/${d.meetingId}`,
  };
}

export function actionMessage(d: ActionDue): NotifyRequest {
  return {
    recipientId: d.recipientId,
    kind: NotificationKind.ACTION_ITEM_DUE,
    subject: clip(`Action due ${dateInWords(d.dueOn)}: ${d.description}`, SUBJECT_MAX),
    body: [
      `From "${d.meetingTitle}", you agreed to: ${d.description}`,
      `It is due on ${dateInWords(d.dueOn)}. Please mark it done when it is, or tell the chair if it needs more time.`,
    ].join('\n\n'),
    dedupeKey: `action-item-due:${d.actionItemId}:${d.dueOn}:${d.recipientId}`,
    link: `/meetings/${d.meetingId}`,
  };
}

/** Makes an app path into a link people can open from an email. */
export type LinkMaker = (path: string) => string;

/** One item of the digest: the line, then where it happened on its own line. */
function item(line: string, link: string | null): string {
  return link ? `- ${line}\n  ${link}` : `- ${line}`;
}

/**
 * The weekly digest's text: the offers waiting for the person's parties, the programme section
 * for directors, then the person's held notifications. Every item links to where it happened.
 */
export function digestMessage(
  recipientId: string,
  weekOf: string,
  programme: ProgrammeDigest | null,
  held: HeldNotification[],
  link: LinkMaker,
  waiting: WaitingAgreement[] = [],
): NotifyRequest {
  const parts: string[] = [];
  const agreements = (proposalId: string) => link(`/proposals/${proposalId}/agreements`);
  if (waiting.length) {
    parts.push(
      `Offers waiting for you:\n${waiting
        .map((w) =>
          item(
            `"${w.title}" (${w.partyName}): ${w.reconfirmationNeeded ? `${words(w.status)}, but the wording changed: please re-confirm` : words(w.status)}`,
            agreements(w.proposalId),
          ),
        )
        .join('\n')}`,
    );
  }
  if (programme) {
    if (programme.moves.length) {
      parts.push(
        `What moved this week:\n${programme.moves
          .map((mv) => item(`"${mv.title}": ${mv.from ? `${words(mv.from)} → ` : ''}${words(mv.to)}`, link(`/proposals/${mv.proposalId}`)))
          .join('\n')}`,
      );
    }
    if (programme.agreementChanges.length) {
      parts.push(
        `Agreement changes this week:\n${programme.agreementChanges
          .map((c) => item(`"${c.title}": ${c.changes} ${c.changes === 1 ? 'change' : 'changes'}`, agreements(c.proposalId)))
          .join('\n')}`,
      );
    }
    if (programme.progress.length) {
      parts.push(
        `Progress per offer (agreed, and in place, on the current wording):\n${programme.progress
          .map((p) => item(`"${p.title}" (${words(p.status)}): agreed by ${p.agreed} of ${p.total}, in place with ${p.implemented} of ${p.total}`, agreements(p.proposalId)))
          .join('\n')}`,
      );
    }
    if (programme.stuck.length) {
      parts.push(
        `What is stuck:\n${programme.stuck
          .map((s) => {
            const why = [
              s.staleAgreements ? `${s.staleAgreements} ${s.staleAgreements === 1 ? 'agreement' : 'agreements'} not updated for a month` : '',
              s.stalledConsultations ? `${s.stalledConsultations === 1 ? 'a consultation' : `${s.stalledConsultations} consultations`} closed with no next step` : '',
            ].filter(Boolean);
            return item(`"${s.title}": ${why.join('; ')}`, link(`/proposals/${s.proposalId}`));
          })
          .join('\n')}`,
      );
    }
  }
  if (held.length) parts.push(`Your notifications this week:\n${held.map((n) => item(n.subject, n.link ? link(n.link) : null)).join('\n')}`);
  parts.push('Open the Compact to see the details and anything that needs you.');
  return {
    recipientId,
    kind: NotificationKind.WEEKLY_DIGEST,
    subject: `Your weekly Compact digest, week of ${dateInWords(weekOf)}`,
    body: parts.join('\n\n'),
    dedupeKey: `weekly-digest:${weekOf}:${recipientId}`,
    link: '/',
  };
}
