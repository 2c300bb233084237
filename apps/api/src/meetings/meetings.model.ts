import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActionItemEntity, ActionItemStatus, AgendaItemEntity, DecisionEntity, DecisionKind, MeetingEntity, MeetingStatus } from '@app/meetings';
import { ProposalStatus } from '@app/proposals';
import { Connection } from '../graphql/connection';
import { DateScalar } from '../graphql/scalars';

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'ENDORSE, ADOPT, DECLINE and SEND_BACK move the proposal (Trust Board only); NOTE only records.',
});

@ObjectType('Meeting', { description: 'A meeting of a governance body.' })
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  bodyId: string;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => Int)
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

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => Int, { description: '1-based order on the agenda.' })
  position: number;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  static from(e: AgendaItemEntity): AgendaItemModel {
    return Object.assign(new AgendaItemModel(), { id: e.id, meetingId: e.meetingId, position: e.position, title: e.title, proposalId: e.proposalId });
  }
}

@ObjectType('Decision', { description: 'A decision recorded at a meeting.' })
export class DecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field(() => DecisionKind)
  kind: DecisionKind;

  @Field()
  summary: string;

  @Field(() => ID, { nullable: true })
  recordedById: string | null;

  @Field()
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
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  ownerId: string;

  @Field()
  description: string;

  @Field(() => DateScalar, { description: 'When the action is due.' })
  dueOn: string;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => Int)
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

@ObjectType()
export class MeetingConnection extends Connection(MeetingModel) {}

@ObjectType()
export class ActionItemConnection extends Connection(ActionItemModel) {}

@ObjectType('ScheduleMeetingPayload')
export class ScheduleMeetingPayload {
  @Field(() => MeetingModel)
  meeting: MeetingModel;
}

@ObjectType('AddAgendaItemPayload')
export class AddAgendaItemPayload {
  @Field(() => AgendaItemModel)
  agendaItem: AgendaItemModel;
}

@ObjectType('RecordDecisionPayload')
export class RecordDecisionPayload {
  @Field(() => DecisionModel)
  decision: DecisionModel;

  @Field(() => ProposalStatus, { nullable: true, description: "The proposal's status after the decision, when it concerns one." })
  proposalStatus: ProposalStatus | null;

  @Field(() => Int, { nullable: true, description: "The proposal's version after the decision, when it concerns one." })
  proposalVersion: number | null;
}

@ObjectType('AddActionItemPayload')
export class AddActionItemPayload {
  @Field(() => ActionItemModel)
  actionItem: ActionItemModel;
}

@ObjectType('UpdateActionItemPayload')
export class UpdateActionItemPayload {
  @Field(() => ActionItemModel)
  actionItem: ActionItemModel;
}
