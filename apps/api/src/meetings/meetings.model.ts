import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionItemEntity, ActionItemStatus, AgendaItemEntity, DecisionEntity, DecisionKind, MeetingEntity, MeetingStatus } from '@app/meetings';
import { ProposalStatus } from '@app/proposals';
import { Connection } from '../graphql/connection';
import { DateScalar } from '../graphql/scalars';

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Whether a meeting is still to come, took place, or was called off.',
  valuesMap: {
    SCHEDULED: { description: 'In the diary.' },
    HELD: { description: 'It took place.' },
    CANCELLED: { description: 'Called off.' },
  },
});
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Where a meeting action stands.',
  valuesMap: {
    OPEN: { description: 'Still to do; its owner is reminded as it falls due.' },
    DONE: { description: 'Done.' },
    CANCELLED: { description: 'No longer needed.' },
  },
});
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'What a decision does: ENDORSE, ADOPT, DECLINE and SEND_BACK move the proposal (Trust Board only); NOTE only records.',
  valuesMap: {
    ENDORSE: { description: 'The Trust Board endorses a recommended proposal: parties are asked to agree it.' },
    ADOPT: { description: 'The Trust Board adopts an endorsed proposal into the Compact.' },
    DECLINE: { description: 'The Trust Board declines a recommended or endorsed proposal.' },
    SEND_BACK: { description: 'The Trust Board sends a recommended proposal back to its House as a draft.' },
    NOTE: { description: 'A record of what was discussed or agreed; it moves nothing.' },
  },
});

@ObjectType('Meeting', { description: 'A meeting of a governance body.' })
export class MeetingModel {
  @Field(() => ID, { description: "The meeting's id." })
  id: string;

  @Field(() => ID, { description: 'The body meeting.' })
  bodyId: string;

  @Field({ description: "The meeting's title." })
  title: string;

  @Field({ description: 'When it starts.' })
  startsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ends, if set.' })
  endsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'A place or a video link, if set.' })
  location: string | null;

  @Field(() => MeetingStatus, { description: 'Whether it is still to come, was held, or was cancelled.' })
  status: MeetingStatus;

  @Field(() => Int, { description: "The meeting's version, which goes up with each change." })
  version: number;

  static from(e: MeetingEntity): MeetingModel {
    return Object.assign(new MeetingModel(), {
      id: e.id,
      bodyId: e.bodyId,
      title: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      location: e.location,
      status: e.status,
      version: e.version,
    });
  }
}

@ObjectType('AgendaItem', { description: "An item on a meeting's agenda." })
export class AgendaItemModel {
  @Field(() => ID, { description: "The item's id." })
  id: string;

  @Field(() => ID, { description: 'The meeting it is on.' })
  meetingId: string;

  @Field(() => Int, { description: '1-based order on the agenda.' })
  position: number;

  @Field({ description: 'What the item is.' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The proposal it is about, if any.' })
  proposalId: string | null;

  @Field(() => String, { nullable: true, description: "A link to the item's papers; null until someone puts them up." })
  papersUrl: string | null;

  static from(e: AgendaItemEntity): AgendaItemModel {
    return Object.assign(new AgendaItemModel(), { id: e.id, meetingId: e.meetingId, position: e.position, title: e.title, proposalId: e.proposalId, papersUrl: e.papersUrl });
  }
}

@ObjectType('Decision', { description: 'A decision recorded at a meeting.' })
export class DecisionModel {
  @Field(() => ID, { description: "The decision's id." })
  id: string;

  @Field(() => ID, { description: 'The meeting it was taken at.' })
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'The proposal it concerns, if any.' })
  proposalId: string | null;

  @Field(() => DecisionKind, { description: 'What kind of decision it is.' })
  kind: DecisionKind;

  @Field({ description: 'What was decided and why.' })
  summary: string;

  @Field(() => ID, { nullable: true, description: 'Who recorded it; null when the service did.' })
  recordedById: string | null;

  @Field({ description: 'When it was recorded. Decisions are never edited: a later one supersedes it.' })
  recordedAt: Date;

  static from(e: DecisionEntity): DecisionModel {
    return Object.assign(new DecisionModel(), {
      id: e.id,
      meetingId: e.meetingId,
      proposalId: e.proposalId,
      kind: e.kind,
      summary: e.summary,
      recordedById: e.recordedById,
      recordedAt: e.recordedAt,
    });
  }
}

@ObjectType('ActionItem', { description: 'Something a named person agreed at a meeting to do by a date.' })
export class ActionItemModel {
  @Field(() => ID, { description: "The action's id." })
  id: string;

  @Field(() => ID, { description: 'The meeting that set it.' })
  meetingId: string;

  @Field(() => ID, { description: 'The person who will do it.' })
  ownerId: string;

  @Field({ description: 'What is to be done.' })
  description: string;

  @Field(() => DateScalar, { description: 'When the action is due.' })
  dueOn: string;

  @Field(() => ActionItemStatus, { description: 'Whether it is open, done or cancelled.' })
  status: ActionItemStatus;

  @Field(() => Int, { description: 'Send this back as expectedVersion when changing the action.' })
  version: number;

  static from(e: ActionItemEntity): ActionItemModel {
    return Object.assign(new ActionItemModel(), {
      id: e.id,
      meetingId: e.meetingId,
      ownerId: e.ownerId,
      description: e.description,
      dueOn: e.dueOn,
      status: e.status,
      version: e.version,
    });
  }
}

@ObjectType({ description: 'A page of meetings.' })
export class MeetingConnection extends Connection(MeetingModel) {}

@ObjectType({ description: 'A page of meeting actions.' })
export class ActionItemConnection extends Connection(ActionItemModel) {}

@ObjectType('ScheduleMeetingPayload', { description: 'The meeting as scheduled.' })
export class ScheduleMeetingPayload {
  @Field(() => MeetingModel, { description: 'The new meeting.' })
  meeting: MeetingModel;
}

@ObjectType('AddAgendaItemPayload', { description: 'The agenda item as added.' })
export class AddAgendaItemPayload {
  @Field(() => AgendaItemModel, { description: 'The new item, placed last on the agenda.' })
  agendaItem: AgendaItemModel;
}

@ObjectType('RecordDecisionPayload', { description: 'The decision as recorded, and where it left the proposal.' })
export class RecordDecisionPayload {
  @Field(() => DecisionModel, { description: 'The decision recorded.' })
  decision: DecisionModel;

  @Field(() => ProposalStatus, { nullable: true, description: "The proposal's status after the decision, when it concerns one." })
  proposalStatus: ProposalStatus | null;

  @Field(() => Int, { nullable: true, description: "The proposal's version after the decision, when it concerns one." })
  proposalVersion: number | null;
}

@ObjectType('AddActionItemPayload', { description: 'The action as added.' })
export class AddActionItemPayload {
  @Field(() => ActionItemModel, { description: 'The new action.' })
  actionItem: ActionItemModel;
}

@ObjectType('UpdateActionItemPayload', { description: 'The action as changed.' })
export class UpdateActionItemPayload {
  @Field(() => ActionItemModel, { description: 'The action after the change.' })
  actionItem: ActionItemModel;
}
