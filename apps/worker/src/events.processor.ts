import { Injectable } from '@nestjs/common';
import {
  AgreementStatusChangedPayload,
  AgreementStatusesChangedPayload,
  CommentRepliedPayload,
  ConsultationEventPayload,
  EventJob,
  OfferRevisedPayload,
  ProposalStatusChangedPayload,
  QueueName,
  SafeguardingConcernPayload,
} from '@app/core';
import { DomainEventNotifier, SafeguardingNotifier } from '@app/notifications';
import { RemindersService } from '@app/reminders';
import { JobHandlers } from './job-handlers';
import { RollupRequests } from './rollup-requests';

/** Domain events relayed from the outbox: each becomes notifications (idempotent by dedupe key). */
@Injectable()
export class EventsProcessor {
  readonly queue = QueueName.EVENTS;

  constructor(
    private readonly notifier: DomainEventNotifier,
    private readonly rollups: RollupRequests,
    private readonly reminders: RemindersService,
    private readonly safeguarding: SafeguardingNotifier,
  ) {}

  readonly handlers: JobHandlers = {
    [EventJob.PROPOSAL_STATUS_CHANGED]: async (data) => {
      const event = data as ProposalStatusChangedPayload;
      // Endorsement opens the agreement rows: roll the new offer up, and ask each party's officers for their position.
      if (event.to === 'ENDORSED') await this.rollups.request(event.proposalId);
      const asked = await this.notifier.agreementsRequested(event);
      return { notified: (await this.notifier.proposalStatusChanged(event)) + asked };
    },
    [EventJob.CONSULTATION_OPENED]: async (data) => {
      const event = data as ConsultationEventPayload;
      // The House's co-chairs hear it is running; its audience is asked to take part.
      const coChairs = await this.notifier.consultationOpened(event);
      const audience = await this.reminders.consultationOpened(event.consultationId);
      return { notified: coChairs + audience.created };
    },
    [EventJob.CONSULTATION_CLOSED]: async (data) => ({ notified: await this.notifier.consultationClosed(data as ConsultationEventPayload) }),
    [EventJob.CONSULTATION_OUTCOME_RECORDED]: async (data) => ({ notified: await this.notifier.consultationOutcomeRecorded(data as ConsultationEventPayload) }),
    [EventJob.COMMENT_REPLIED]: async (data) => ({ notified: await this.notifier.commentReplied(data as CommentRepliedPayload) }),
    [EventJob.OFFER_REVISED]: async (data) => {
      const event = data as OfferRevisedPayload;
      // Re-confirmation changes the agreed figures: roll them up again.
      return { rollup: await this.rollups.request(event.proposalId), notified: await this.notifier.offerRevised(event) };
    },
    [EventJob.AGREEMENT_STATUS_CHANGED]: async (data, jobId) => ({
      rollup: await this.rollups.request((data as AgreementStatusChangedPayload).proposalId),
      notified: await this.notifier.agreementStatusChanged(data as AgreementStatusChangedPayload, jobId ?? (data as AgreementStatusChangedPayload).agreementStatusId),
    }),
    [EventJob.SAFEGUARDING_CONCERN_RAISED]: async (data) => this.safeguarding.concernRaised(data as SafeguardingConcernPayload),
    [EventJob.SAFEGUARDING_CONCERN_HANDLED]: async (data) => ({ notified: await this.safeguarding.concernHandled(data as SafeguardingConcernPayload) }),
    // Agreement changes as the relay packs them: one rollup request per offer, the notifications
    // of every change in one transaction, each as it would be alone (same dedupe keys).
    [EventJob.AGREEMENT_STATUSES_CHANGED]: async (data) => {
      const { events } = data as AgreementStatusesChangedPayload;
      await this.rollups.requestMany(events.map((e) => ({ proposalId: e.payload.proposalId, changedAt: new Date(e.at) })));
      const notified = await this.notifier.agreementStatusesChanged(events.map((e) => ({ event: e.payload, eventId: e.eventId })));
      return { events: events.length, notified };
    },
  };
}
