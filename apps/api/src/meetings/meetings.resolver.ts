import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@app/core';
import { MeetingsService } from '@app/meetings';
import { GovernanceService } from '@app/governance';
import { ProposalsService } from '@app/proposals';
import { ReferenceService } from '@app/reference';
import { personById } from '../governance/governance.loaders';
import { PersonModel } from '../governance/governance.model';
import { proposalById } from '../proposals/proposal.loaders';
import { ProposalModel } from '../proposals/proposal.model';
import { ConnectionShape, PageArgs, toConnection } from '../graphql/connection';
import { CurrentActor, RequestLoaders } from '../graphql/current-actor.decorator';
import { byKey, groupByKey, Loaders } from '../graphql/loaders';
import { BodyModel } from '../reference/reference.model';
import { bodyLoader } from '../reference/reference.loaders';
import {
  ActionItemsFilterInput,
  AddActionItemInput,
  AddAgendaItemInput,
  MeetingsFilterInput,
  RecordDecisionInput,
  ScheduleMeetingInput,
  UpdateActionItemInput,
} from './meetings.input';
import {
  ActionItemConnection,
  ActionItemModel,
  AddActionItemPayload,
  AddAgendaItemPayload,
  AgendaItemModel,
  DecisionModel,
  MeetingConnection,
  MeetingModel,
  RecordDecisionPayload,
  ScheduleMeetingPayload,
  UpdateActionItemPayload,
} from './meetings.model';
import { SignedIn } from '../access/access.decorators';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly reference: ReferenceService,
  ) {}

  @SignedIn()
  @Query(() => MeetingModel, { nullable: true, description: 'One meeting by id, for anyone signed in; null, with a NOT_FOUND error in errors, when there is none (the rest of the response is kept).' })
  async meeting(@Args('id', { type: () => ID, description: 'The meeting id.' }) id: string): Promise<MeetingModel | null> {
    return MeetingModel.from(await this.meetings.getMeeting(id));
  }

  @SignedIn()
  @Query(() => MeetingConnection, { name: 'meetings', description: 'Meetings by start time, optionally of one body and within dates, for anyone signed in.' })
  async listMeetings(
    @Args() page: PageArgs,
    @Args('filter', { type: () => MeetingsFilterInput, nullable: true, description: 'Which meetings to list.' }) filter?: MeetingsFilterInput,
  ): Promise<ConnectionShape<MeetingModel>> {
    return toConnection(await this.meetings.listMeetings(filter ?? {}, page), MeetingModel.from);
  }

  @SignedIn()
  @Query(() => ActionItemConnection, { name: 'actionItems', description: 'Meeting actions by due date, for anyone signed in.' })
  async listActionItems(
    @Args() page: PageArgs,
    @Args('filter', { type: () => ActionItemsFilterInput, nullable: true, description: 'Which actions to list.' }) filter?: ActionItemsFilterInput,
  ): Promise<ConnectionShape<ActionItemModel>> {
    return toConnection(await this.meetings.listActionItems(filter ?? {}, page), ActionItemModel.from);
  }

  @SignedIn()
  @Mutation(() => ScheduleMeetingPayload, { description: 'Schedules a meeting of a body (its chair, co-chairs and members).' })
  async scheduleMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'The body, title, time and place.' }) input: ScheduleMeetingInput): Promise<ScheduleMeetingPayload> {
    return { meeting: MeetingModel.from(await this.meetings.scheduleMeeting(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => AddAgendaItemPayload, { description: "Adds an item to the end of a meeting's agenda (the body's chair, co-chairs and members)." })
  async addAgendaItem(@CurrentActor() actor: Actor, @Args('input', { description: 'The meeting and the item.' }) input: AddAgendaItemInput): Promise<AddAgendaItemPayload> {
    return { agendaItem: AgendaItemModel.from(await this.meetings.addAgendaItem(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => RecordDecisionPayload, {
    description: "Records a decision (the body's chair, co-chairs and members); at the Trust Board, ENDORSE/ADOPT/DECLINE/SEND_BACK move the proposal in the same step.",
  })
  async recordDecision(@CurrentActor() actor: Actor, @Args('input', { description: 'The meeting, the decision and, for one that moves a proposal, the proposal and its version.' }) input: RecordDecisionInput): Promise<RecordDecisionPayload> {
    const { decision, proposal } = await this.meetings.recordDecision(actor, input);
    return { decision: DecisionModel.from(decision), proposalStatus: proposal?.status ?? null, proposalVersion: proposal?.version ?? null };
  }

  @SignedIn()
  @Mutation(() => AddActionItemPayload, { description: "Records an action agreed at a meeting (the body's chair, co-chairs and members)." })
  async addActionItem(@CurrentActor() actor: Actor, @Args('input', { description: 'The meeting, the owner, the action and its due date.' }) input: AddActionItemInput): Promise<AddActionItemPayload> {
    return { actionItem: ActionItemModel.from(await this.meetings.addActionItem(actor, input)) };
  }

  @SignedIn()
  @Mutation(() => UpdateActionItemPayload, { description: "Changes a meeting action (its owner or the body's members)." })
  async updateActionItem(@CurrentActor() actor: Actor, @Args('input', { description: 'The action, the version you last read and what changes.' }) input: UpdateActionItemInput): Promise<UpdateActionItemPayload> {
    return { actionItem: ActionItemModel.from(await this.meetings.updateActionItem(actor, input)) };
  }

  @ResolveField(() => BodyModel, { description: 'The body that meets.' })
  async body(@Parent() meeting: MeetingModel, @RequestLoaders() loaders: Loaders): Promise<BodyModel | null> {
    return bodyLoader(loaders, this.reference).load(meeting.bodyId);
  }

  @ResolveField(() => [AgendaItemModel], { description: 'In agenda order.' })
  async agendaItems(@Parent() meeting: MeetingModel, @RequestLoaders() loaders: Loaders): Promise<AgendaItemModel[]> {
    return loaders
      .for<string, AgendaItemModel[]>('agendaItemsByMeetingId', async (ids) =>
        groupByKey(ids, (await this.meetings.agendaItemsOf(ids)).map(AgendaItemModel.from), (a) => a.meetingId),
      )
      .load(meeting.id);
  }

  @ResolveField(() => [DecisionModel], { description: 'In the order recorded.' })
  async decisions(@Parent() meeting: MeetingModel, @RequestLoaders() loaders: Loaders): Promise<DecisionModel[]> {
    return loaders
      .for<string, DecisionModel[]>('decisionsByMeetingId', async (ids) =>
        groupByKey(ids, (await this.meetings.decisionsOf(ids)).map(DecisionModel.from), (d) => d.meetingId),
      )
      .load(meeting.id);
  }

  @ResolveField(() => [ActionItemModel], { description: 'By due date.' })
  async actionItems(@Parent() meeting: MeetingModel, @RequestLoaders() loaders: Loaders): Promise<ActionItemModel[]> {
    return loaders
      .for<string, ActionItemModel[]>('actionItemsByMeetingId', async (ids) =>
        groupByKey(ids, (await this.meetings.actionItemsOf(ids)).map(ActionItemModel.from), (a) => a.meetingId),
      )
      .load(meeting.id);
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly governance: GovernanceService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who is to do it; null once their record is gone.' })
  async owner(@Parent() item: ActionItemModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return personById(loaders, this.governance).load(item.ownerId);
  }

  @ResolveField(() => MeetingModel, { description: 'The meeting that set the action.' })
  async meeting(@Parent() item: ActionItemModel, @RequestLoaders() loaders: Loaders): Promise<MeetingModel | null> {
    return loaders
      .for<string, MeetingModel | null>('meetingById', async (ids) => byKey(ids, (await this.meetings.meetingsByIds(ids)).map(MeetingModel.from), (m) => m.id))
      .load(item.meetingId);
  }
}

@Resolver(() => DecisionModel)
export class DecisionResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly proposals: ProposalsService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who recorded the decision; null when not known.' })
  async recordedBy(@Parent() decision: DecisionModel, @RequestLoaders() loaders: Loaders): Promise<PersonModel | null> {
    return decision.recordedById ? personById(loaders, this.governance).load(decision.recordedById) : null;
  }

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal decided on; null for a decision about something else.' })
  async proposal(@Parent() decision: DecisionModel, @RequestLoaders() loaders: Loaders): Promise<ProposalModel | null> {
    return decision.proposalId ? proposalById(loaders, this.proposals).load(decision.proposalId) : null;
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(private readonly proposals: ProposalsService) {}

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal this item discusses; null for other business.' })
  async proposal(@Parent() item: AgendaItemModel, @RequestLoaders() loaders: Loaders): Promise<ProposalModel | null> {
    return item.proposalId ? proposalById(loaders, this.proposals).load(item.proposalId) : null;
  }
}
