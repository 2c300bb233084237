import { Injectable } from '@nestjs/common';
import { EventJob, ProposalStatus, QueueName } from '@app/core';
import { DomainEventNotifier, SafeguardingNotifier } from '@app/notifications';
import { RemindersService } from '@app/reminders';
import { JobHandlers } from './job-handlers';
import { RollupRequests } from './rollup-requests';

/** Domain events relayed from the outbox: each becomes notifications (idempotent by dedupe key). */
@Injectable()
export class EventsProcessor {
  readonly queue = QueueName.EVENTS as const;

  constructor(
    private readonly notifier: DomainEventNotifier,
    private readonly rollups: RollupRequests,
    private readonly reminders: RemindersService,
    private readonly safeguarding: SafeguardingNotifier,
  ) {}

  readonly handlers: JobHandlers<QueueName.EVENTS> = {
    [EventJob.PROPOSAL_STATUS_CHANGED]: async (event) => {
      // Endorsement opens the agreement rows: roll the new offer up, and ask each party's officers for their position.
      if (event.to === ProposalStatus.ENDORSED) await this.rollups.request(event.proposalId);
      const asked = await this.notifier.agreementsRequested(event);
      return { notified: (await this.notifier.proposalStatusChanged(event)) + asked };
    },
    [EventJob.CONSULTATION_OPENED]: async (event) => {
      // The House's co-chairs hear it is running; its audience is asked to take part.
      const coChairs = await this.notifier.consultationOpened(event);
      const audience = await this.reminders.consultationOpened(event.consultationId);
      return { notified: coChairs + audience.created };
    },
    [EventJob.CONSULTATION_CLOSED]: async (event) => ({ notified: await this.notifier.consultationClosed(event) }),
    [EventJob.CONSULTATION_OUTCOME_RECORDED]: async (event) => ({ notified: await this.notifier.consultationOutcomeRecorded(event) }),
    [EventJob.COMMENT_REPLIED]: async (event) => ({ notified: await this.notifier.commentReplied(event) }),
    [EventJob.OFFER_REVISED]: async (event) => {
      // Re-confirmation changes the agreed figures: roll them up again.
      return { rollup: await this.rollups.request(event.proposalId), notified: await this.notifier.offerRevised(event) };
    },
    [EventJob.AGREEMENT_STATUS_CHANGED]: async (event, jobId) => ({
      rollup: await this.rollups.request(event.proposalId),
      notified: await this.notifier.agreementStatusChanged(event, jobId ?? event.agreementStatusId),
    }),
    [EventJob.SAFEGUARDING_CONCERN_RAISED]: async (event) => this.safeguarding.concernRaised(event),
    [EventJob.SAFEGUARDING_CONCERN_HANDLED]: async (event) => ({ notified: await this.safeguarding.concernHandled(event) }),
    // Agreement changes as the relay packs them: one rollup request per offer, the notifications
    // of every change in one transaction, each as it would be alone (same dedupe keys).
    [EventJob.AGREEMENT_STATUSES_CHANGED]: async ({ events }) => {
      await this.rollups.requestMany(events.map((e) => ({ proposalId: e.payload.proposalId, changedAt: new Date(e.at) })));
      const notified = await this.notifier.agreementStatusesChanged(events.map((e) => ({ event: e.payload, eventId: e.eventId })));
      return { events: events.length, notified };
    },
  };
}
