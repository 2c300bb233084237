import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { actsForSql } from '@app/access';
import { CONSULTATION_RUNNERS_SQL } from '@app/consultations';
import { AgreementStatusChangedPayload, Clock, CommentRepliedPayload, ConsultationEventPayload, OfferRevisedPayload, ProposalStatusChangedPayload, Tx } from '@app/core';
import { NotificationKind } from './notification-kind';
import { NotificationsService, NotifyRequest } from './notifications.service';

/** Proposal moves that everyone who took part hears about ("you said, we did"). */
export const YOU_SAID_MOVES = ['RECOMMENDED', 'ENDORSED', 'ADOPTED', 'DECLINED'] as const;

/** Plain words for a proposal's new status, for people who took part. */
export function whatHappened(to: string): string {
  switch (to) {
    case 'RECOMMENDED':
      return "has been recommended by its House's co-chairs and goes to the Trust Board";
    case 'ENDORSED':
      return 'has been endorsed by the Trust Board; each council and partner now decides whether to agree it';
    case 'ADOPTED':
      return 'has been adopted into the London Care Leavers Compact';
    case 'DECLINED':
      return 'has been declined';
    default:
      return `is now ${to.toLowerCase().replace(/_/g, ' ')}`;
  }
}

/**
 * Turns domain events into notifications: who hears about what, in plain words. Each method runs
 * in one transaction and uses dedupe keys made from the event, so running it twice changes nothing.
 */
@Injectable()
export class DomainEventNotifier {
  constructor(
    private readonly txHost: Tx,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** A proposal someone voted, commented or responded on moved: everyone who took part hears what happened and why. */
  async proposalStatusChanged(event: ProposalStatusChangedPayload): Promise<number> {
    if (!(YOU_SAID_MOVES as readonly string[]).includes(event.to)) return 0;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [proposal] = await m.query<{ title: string; reason: string; actorId: string | null }[]>(
        `SELECT p.title, t.reason, t.actor_id AS "actorId" FROM proposal p JOIN proposal_transition t ON t.id = $2 WHERE p.id = $1`,
        [event.proposalId, event.transitionId],
      );
      if (!proposal) return 0;
      const people = await this.participantsOfProposal(m, event.proposalId, proposal.actorId);
      const requests: NotifyRequest[] = people.map((personId) => ({
        recipientId: personId,
        kind: NotificationKind.YOU_SAID_WE_DID,
        subject: `You said, we did: "${clip(proposal.title, 120)}" ${event.to === 'DECLINED' ? 'was declined' : `is ${event.to.toLowerCase()}`}`,
        body: [
          `You took part in "${proposal.title}". It ${whatHappened(event.to)}.`,
          `Why: ${proposal.reason}`,
          'Thank you for giving your time. Nothing more is needed from you; open the proposal to see what happens next.',
        ].join('\n\n'),
        dedupeKey: `you-said:${event.transitionId}:${personId}`,
        link: `/proposals/${event.proposalId}`,
      }));
      return (await this.notifications.notifyMany(requests)).created.length;
    });
  }

  /** A consultation's outcome was recorded: everyone who responded or voted in it hears it. */
  async consultationOutcomeRecorded(event: ConsultationEventPayload): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const c = await consultationOf(m, event.consultationId);
      if (!c || !c.outcome) return 0;
      const outcome = c.outcome;
      const people = await this.participantsOfConsultation(m, event.consultationId);
      const requests: NotifyRequest[] = people.map((id) => ({
        recipientId: id,
        kind: NotificationKind.YOU_SAID_WE_DID,
        subject: `You said, we did: the outcome of "${clip(c.name, 140)}"`,
        body: [
          `You took part in the consultation "${c.name}". Here is what the House decided and why:`,
          outcome,
          'Thank you for giving your time. Nothing more is needed from you.',
        ].join('\n\n'),
        dedupeKey: `consultation-outcome:${event.consultationId}:${id}`,
        link: `/consultations/${event.consultationId}`,
      }));
      return (await this.notifications.notifyMany(requests)).created.length;
    });
  }

  /** A consultation opened: its House's co-chairs are told it is running and when it closes. */
  async consultationOpened(event: ConsultationEventPayload): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const c = await consultationOf(m, event.consultationId);
      if (!c) return 0;
      const chairs = await m.query<{ person_id: string }[]>(CONSULTATION_RUNNERS_SQL, [[c.houseId]]);
      return (
        await this.notifications.notifyMany(
          chairs.map(({ person_id }) => ({
            recipientId: person_id,
            kind: NotificationKind.CONSULTATION_OPENED,
            subject: `Consultation open: "${clip(c.name, 160)}"`,
            body: `The consultation "${c.name}" is open until ${this.clock.calendar.dayInWords(new Date(c.closesAt))}. Its audience has been told; after it closes, record the outcome so everyone who took part hears what happened.`,
            dedupeKey: `consultation-opened:${event.consultationId}:${person_id}`,
            link: `/consultations/${event.consultationId}`,
          })),
        )
      ).created.length;
    });
  }

  /** A consultation closed: those who took part hear that it closed; co-chairs are asked to record the outcome. */
  async consultationClosed(event: ConsultationEventPayload): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const c = await consultationOf(m, event.consultationId);
      if (!c) return 0;
      const people = await this.participantsOfConsultation(m, event.consultationId);
      const chairs = await m.query<{ person_id: string }[]>(CONSULTATION_RUNNERS_SQL, [[c.houseId]]);
      const link = `/consultations/${event.consultationId}`;
      const requests: NotifyRequest[] = [
        ...people.map((id) => ({
          recipientId: id,
          kind: NotificationKind.CONSULTATION_CLOSED,
          subject: `Consultation closed: "${clip(c.name, 160)}"`,
          body: `The consultation "${c.name}" has closed. The House is now weighing what you said; you will hear the outcome and why.`,
          dedupeKey: `consultation-closed:${event.consultationId}:${id}`,
          link,
        })),
        ...chairs.map(({ person_id }) => ({
          recipientId: person_id,
          kind: NotificationKind.CONSULTATION_CLOSED,
          subject: `Record the outcome of "${clip(c.name, 150)}"`,
          body: `The consultation "${c.name}" has closed. Record its outcome within 14 days so everyone who took part hears what happened and why.`,
          dedupeKey: `consultation-closed-chair:${event.consultationId}:${person_id}`,
          link,
        })),
      ];
      return (await this.notifications.notifyMany(requests)).created.length;
    });
  }

  /** Someone replied to a comment: its author hears (not when replying to themself, nor about hidden or deleted replies). */
  async commentReplied(event: CommentRepliedPayload): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const [row] = await m.query<{ authorId: string | null; title: string; proposalId: string }[]>(
        `SELECT parent.author_id AS "authorId", p.title, p.id AS "proposalId"
           FROM comment reply JOIN comment parent ON parent.id = reply.parent_id JOIN proposal p ON p.id = reply.proposal_id
          WHERE reply.id = $1 AND reply.deleted_at IS NULL AND reply.hidden_at IS NULL AND reply.author_id IS DISTINCT FROM parent.author_id`,
        [event.commentId],
      );
      if (!row?.authorId) return 0;
      return (
        await this.notifications.notify({
          recipientId: row.authorId,
          kind: NotificationKind.COMMENT_REPLY,
          subject: `New reply to your comment on "${clip(row.title, 150)}"`,
          body: `Someone replied to your comment on "${row.title}". Read it and reply if you want to.`,
          dedupeKey: `comment-reply:${event.commentId}`,
          link: `/proposals/${row.proposalId}/comments/${event.commentId}`,
        })
      ).created.length;
    });
  }

  /** A party's agreement status changed: the House's co-chairs hear it. */
  async agreementStatusChanged(event: AgreementStatusChangedPayload, eventId: string): Promise<number> {
    return this.agreementStatusesChanged([{ event, eventId }]);
  }

  /**
   * Many agreement changes at once (a packed job of the relay): the same notifications as one by
   * one, made in one transaction with a fixed number of statements whatever the count.
   */
  async agreementStatusesChanged(changes: readonly { event: AgreementStatusChangedPayload; eventId: string }[]): Promise<number> {
    if (changes.length === 0) return 0;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const rows = await m.query<{ id: string; title: string; houseId: string; party: string }[]>(
        `SELECT s.id, p.title, p.house_id AS "houseId",
                coalesce(la.name, ar.name, o.name, 'A party') AS party
           FROM agreement_status s JOIN proposal p ON p.id = s.proposal_id
           LEFT JOIN local_authority la ON la.id = s.local_authority_id
           LEFT JOIN area ar ON ar.id = s.area_id
           LEFT JOIN organisation o ON o.id = s.organisation_id
          WHERE s.id = ANY($1::uuid[])`,
        [[...new Set(changes.map((c) => c.event.agreementStatusId))]],
      );
      const agreements = new Map(rows.map((r) => [r.id, r]));
      const chairs = await m.query<{ houseId: string; personId: string }[]>(
        `SELECT DISTINCT r.body_id AS "houseId", r.person_id AS "personId" FROM (${CONSULTATION_RUNNERS_SQL}) r`,
        [[...new Set(rows.map((r) => r.houseId))]],
      );
      const requests = changes.flatMap(({ event, eventId }) => {
        const row = agreements.get(event.agreementStatusId);
        if (!row) return [];
        const to = event.to.toLowerCase().replace(/_/g, ' ');
        return chairs
          .filter((c) => c.houseId === row.houseId)
          .map(({ personId }) => ({
            recipientId: personId,
            kind: NotificationKind.AGREEMENT_STATUS_CHANGED,
            subject: `${clip(row.party, 80)}: "${clip(row.title, 90)}" is now ${to}`,
            body: `${row.party} changed its status for "${row.title}" to ${to}. No action is needed unless you want to follow up with them.`,
            dedupeKey: `agreement-status:${eventId}:${personId}`,
            link: `/proposals/${event.proposalId}/agreements`,
          }));
      });
      return (await this.notifications.notifyMany(requests)).created.length;
    });
  }

  /**
   * An offer was endorsed and its agreement rows opened: the officers of every party asked are
   * told it now waits for their position, once each (a person acting for two parties hears once,
   * naming both).
   */
  async agreementsRequested(event: ProposalStatusChangedPayload): Promise<number> {
    if (event.to !== 'ENDORSED') return 0;
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const rows = await m.query<{ personId: string; title: string; summary: string; parties: string[] }[]>(
        `WITH officers AS (${actsForSql({ at: '$1::timestamptz' })})
         SELECT o.person_id AS "personId", p.title, p.summary,
                array_agg(DISTINCT coalesce(la.name, 'NHS ' || ar.name, org.name) ORDER BY coalesce(la.name, 'NHS ' || ar.name, org.name)) AS parties
           FROM agreement_status a
           JOIN proposal p ON p.id = a.proposal_id
           JOIN officers o ON o.authority_id = a.local_authority_id OR o.area_id = a.area_id OR o.organisation_id = a.organisation_id
           LEFT JOIN local_authority la ON la.id = a.local_authority_id
           LEFT JOIN area ar ON ar.id = a.area_id
           LEFT JOIN organisation org ON org.id = a.organisation_id
          WHERE a.proposal_id = $2 AND p.status IN ('ENDORSED', 'ADOPTED')
          GROUP BY o.person_id, p.title, p.summary
          ORDER BY o.person_id`,
        [new Date().toISOString(), event.proposalId],
      );
      const requests: NotifyRequest[] = rows.map((r) => ({
        recipientId: r.personId,
        kind: NotificationKind.AGREEMENT_REQUESTED,
        subject: clip(`Please record ${listOf(r.parties)}'s position on "${r.title}"`, 200),
        body: [
          `The Trust Board has endorsed "${r.title}", so each council and partner now decides whether to agree it. ${listOf(r.parties)}'s agreement is open and waits for you.`,
          `The offer: ${r.summary}`,
          'Record where it stands (in discussion, agreed in principle, formally agreed, implemented, declined or not applicable), with the reciprocity terms for a council. Until you do, it is listed in your weekly digest.',
        ].join('\n\n'),
        dedupeKey: `agreement-requested:${event.proposalId}:${r.personId}`,
        link: `/proposals/${event.proposalId}/agreements`,
      }));
      return (await this.notifications.notifyMany(requests)).created.length;
    });
  }

  /**
   * An offer was reworded after parties agreed it: the officers of each party that must
   * re-confirm hear at once what changed (old and new wording) and what to do.
   */
  async offerRevised(event: OfferRevisedPayload): Promise<number> {
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const rows = await m.query<{ personId: string; title: string; parties: string[] }[]>(
        `WITH officers AS (${actsForSql({ at: '$1::timestamptz' })})
         SELECT o.person_id AS "personId", p.title,
                array_agg(DISTINCT coalesce(la.name, 'NHS ' || ar.name, org.name) ORDER BY coalesce(la.name, 'NHS ' || ar.name, org.name)) AS parties
           FROM agreement_status a
           JOIN proposal p ON p.id = a.proposal_id
           JOIN officers o ON o.authority_id = a.local_authority_id OR o.area_id = a.area_id OR o.organisation_id = a.organisation_id
           LEFT JOIN local_authority la ON la.id = a.local_authority_id
           LEFT JOIN area ar ON ar.id = a.area_id
           LEFT JOIN organisation org ON org.id = a.organisation_id
          WHERE a.proposal_id = $2 AND a.reconfirmation_needed
          GROUP BY o.person_id, p.title
          ORDER BY o.person_id`,
        [new Date().toISOString(), event.proposalId],
      );
      const changes = event.changes.map((c) => `${FIELD_WORDS[c.field] ?? c.field}\n  Before: ${c.before}\n  Now: ${c.after}`).join('\n\n');
      const requests: NotifyRequest[] = rows.map((r) => ({
        recipientId: r.personId,
        kind: NotificationKind.OFFER_REVISED,
        subject: clip(`"${r.title}" was reworded: please re-confirm ${listOf(r.parties)}'s agreement`, 200),
        body: [
          `${listOf(r.parties)} agreed "${r.title}" as worded before (version ${event.previousWordingVersion}). It has been revised (now version ${event.wordingVersion}).`,
          `Why: ${event.reason}`,
          `What changed:\n${changes}`,
          `Until you confirm the new wording, ${listOf(r.parties)} is not counted as having agreed it, and young people are not promised the new terms on its behalf. Confirm it, or record a different position, on the offer's agreements page.`,
        ].join('\n\n'),
        dedupeKey: `offer-revised:${event.proposalId}:${event.wordingVersion}:${r.personId}`,
        link: `/proposals/${event.proposalId}/agreements`,
      }));
      return (await this.notifications.notifyMany(requests)).created.length;
    });
  }

  /** Everyone who responded to a consultation or voted in it. */
  private async participantsOfConsultation(m: EntityManager, consultationId: string): Promise<string[]> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT respondent_id AS id FROM consultation_response WHERE consultation_id = $1
       UNION SELECT member_id FROM vote WHERE consultation_id = $1 AND member_id IS NOT NULL`,
      [consultationId],
    );
    return rows.map((r) => r.id);
  }

  /** Everyone who voted on, commented on or responded to a consultation about a proposal, except `exceptId`. */
  private async participantsOfProposal(m: EntityManager, proposalId: string, exceptId: string | null): Promise<string[]> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT member_id AS id FROM vote WHERE proposal_id = $1
       UNION SELECT author_id FROM comment WHERE proposal_id = $1 AND deleted_at IS NULL AND author_id IS NOT NULL
       UNION SELECT r.respondent_id FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id WHERE c.proposal_id = $1`,
      [proposalId],
    );
    return rows.map((r) => r.id).filter((id) => id && id !== exceptId);
  }
}

/** How a revised field reads in a message. */
const FIELD_WORDS: Record<string, string> = {
  summary: 'The wording',
  minAge: 'The youngest age it applies to',
  maxAge: 'The oldest age it applies to',
  uascConsiderations: 'How it works for former unaccompanied asylum-seeking children',
  areaRule: "Whose care leavers an ICS area's agreement covers",
};

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What notifications need of a consultation. */
interface ConsultationFacts {
  /** Its title, or for a consultation on a proposal that has none, the proposal's title. */
  name: string;
  houseId: string;
  closesAt: Date;
  outcome: string | null;
}

/**
 * A consultation as people know it. A consultation on a proposal usually has no title of its own
 * (the proposal names it); the table's check constraint guarantees one of the two is set.
 */
async function consultationOf(m: EntityManager, consultationId: string): Promise<ConsultationFacts | null> {
  const [row] = await m.query<ConsultationFacts[]>(
    `SELECT coalesce(c.title, p.title) AS name, c.house_id AS "houseId", c.closes_at AS "closesAt", c.outcome_summary AS outcome
       FROM consultation c LEFT JOIN proposal p ON p.id = c.proposal_id
      WHERE c.id = $1`,
    [consultationId],
  );
  return row ?? null;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
